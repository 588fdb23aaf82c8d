// A PDF's pages laid out as one grid, top to bottom, as an office's spreadsheet of the same plan would
// be: each line of text outside the tables a row of one cell (letterhead and title above, signature
// below, for the title detection), each table row a row with its merged cells. Page numbers and the
// footers and running heads that repeat page after page are dropped; a table that runs on from one
// page to the next is one table, and the header rows it repeats at the top of each page are dropped.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { SourcePlace } from '../spreadsheet-import/sheet-grid.js';
import type { PlacedCell } from '../spreadsheet-import/text-grid.js';
import { alignedTables, type TableBlock } from './aligned-tables.js';
import { isVisualOrder } from './bengali-order.js';
import type { Segment, TextRun } from './page-content.js';
import { bandOf, ruledTables, type RuledTable } from './ruled-tables.js';
import { blockText, lineText, linesOf } from './text-lines.js';

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
}

export interface PdfLayout {
  cells: PlacedCell[];
  /** Per grid row: the page and the row of the table on it (1-based); null for a line of text. */
  rowSources: Array<{ page: number; row: number } | null>;
}

type PageBlock = { kind: 'line'; top: number; text: string; margin: 'top' | 'bottom' | null } | { kind: 'table'; top: number; table: TableBlock };

/** The top and bottom share of a page where running heads, footers and page numbers stand. */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER = /^(?:(?:page|pg\.?|পৃষ্ঠা|পাতা)\s*[:.-]?\s*)?[-–(]?\s*[0-9০-৯]{1,4}\s*[-–)]?(?:\s*(?:of|\/|এর মধ্যে)\s*[0-9০-৯]{1,4})?$/iu;
const MAX_REPEATED_HEADER_ROWS = 6;
/** Column boundaries of a continued table may differ by this much from page to page. */
const SAME_COLUMN = 3;

/** Glyph text is in visual order when any of it shows a vowel sign where logical text cannot have one. */
export function documentInVisualOrder(pages: PdfPage[]): boolean {
  return pages.some((page) => isVisualOrder(page.runs.filter((r) => !r.actual).map((r) => r.text).join(' ')));
}

export function layOutPages(pages: PdfPage[]): PdfLayout {
  const visual = documentInVisualOrder(pages);
  const pageBlocks = pages.map((page) => blocksOf(page, visual));
  dropRepeatedMargins(pageBlocks);

  const cells: PlacedCell[] = [];
  const rowSources: PdfLayout['rowSources'] = [];
  let chainHead: TableBlock | null = null;
  let lastWasTable = false;
  pageBlocks.forEach((blocks, p) => {
    const page = pages[p]!.number;
    let firstOnPage = true;
    for (const block of blocks) {
      if (block.kind === 'line') {
        if (block.text === '') continue;
        cells.push({ row: rowSources.length, col: 0, rowSpan: 1, colSpan: 1, text: block.text });
        rowSources.push(null);
        lastWasTable = false;
        firstOnPage = false;
        continue;
      }
      const table = block.table;
      const continues = firstOnPage && lastWasTable && chainHead !== null && sameColumns(chainHead, table);
      const skip = continues ? repeatedHeaderRows(chainHead!, table) : 0;
      if (!continues) chainHead = table;
      placeTable(table, skip, page, cells, rowSources);
      lastWasTable = true;
      firstOnPage = false;
    }
  });
  return { cells, rowSources };
}

function blocksOf(page: PdfPage, visual: boolean): PageBlock[] {
  const ruled = ruledTables(page.segments).filter((t) => t.ys.length >= 3);
  const inTable: TextRun[][][] = ruled.map((t) => t.cells.map(() => []));
  const outside: TextRun[] = [];
  // In drawing order: a word too long for its column runs on over the next one (a URL in a narrow
  // cell); a glyph drawn right after the previous one on its line stays in that one's cell.
  let previous: { run: TextRun; table: number; cell: number } | null = null;
  for (const run of [...page.runs].sort((a, b) => a.seq - b.seq)) {
    const x = run.x + run.width / 2;
    const y = run.y - run.size * 0.3;
    let at: { table: number; cell: number } | null = null;
    for (let k = 0; k < ruled.length && !at; k++) {
      const t = ruled[k]!;
      const r = bandOf(t.ys, y);
      const c = bandOf(t.xs, x);
      if (r >= 0 && c >= 0 && t.cellAt[r]![c]! >= 0) at = { table: k, cell: t.cellAt[r]![c]! };
    }
    if (previous && at && at.table === previous.table && at.cell !== previous.cell && runsOn(previous.run, run)) at = { table: previous.table, cell: previous.cell };
    if (at) inTable[at.table]![at.cell]!.push(run);
    else outside.push(run);
    if (run.text.trim() !== '') previous = at ? { run, ...at } : null;
  }
  const blocks: PageBlock[] = [];
  ruled.forEach((t, k) => {
    const table = ruledBlock(t, inTable[k]!, visual);
    if (table.cells.some((c) => c.text !== '')) blocks.push({ kind: 'table', top: table.top, table });
  });
  const { tables, rest } = alignedTables(linesOf(outside), visual);
  for (const table of tables) blocks.push({ kind: 'table', top: table.top, table });
  for (const line of rest) {
    const text = lineText(line.runs, visual);
    const margin = line.y < page.height * MARGIN_BAND ? 'top' : line.y > page.height * (1 - MARGIN_BAND) ? 'bottom' : null;
    // Page numbers go wherever they stand; in the margins only, a line of digits can be nothing else.
    if (margin !== null && PAGE_NUMBER.test(text)) continue;
    blocks.push({ kind: 'line', top: line.y - line.size, text, margin });
  }
  return blocks.sort((a, b) => a.top - b.top);
}

/** `next` continues `previous` on its line with no gap (a word, not the next cell's text). */
function runsOn(previous: TextRun, next: TextRun): boolean {
  const gap = next.x - (previous.x + previous.width);
  return next.text.trim() !== '' && Math.abs(next.y - previous.y) < 0.2 * next.size && gap > -0.5 && gap < 0.12 * next.size;
}

function ruledBlock(t: RuledTable, runs: TextRun[][], visual: boolean): TableBlock {
  return {
    top: t.ys[0]!,
    xs: t.xs,
    rowCount: t.ys.length - 1,
    cells: t.cells.map((cell, i) => ({ ...cell, text: blockText(runs[i]!, visual) })),
  };
}

/** Running heads and footers: the same line (numbers aside) in the same margin of two or more pages. */
function dropRepeatedMargins(pageBlocks: PageBlock[][]): void {
  const key = (b: PageBlock) => (b.kind === 'line' && b.margin !== null ? `${b.margin}:${b.text.replace(/[0-9০-৯]+/gu, '#')}` : null);
  const pagesWith = new Map<string, number>();
  for (const blocks of pageBlocks) {
    for (const k of new Set(blocks.map(key).filter((k): k is string => k !== null))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  pageBlocks.forEach((blocks, p) => {
    for (let i = blocks.length - 1; i >= 0; i--) {
      const k = key(blocks[i]!);
      if (k === null || (pagesWith.get(k) ?? 0) < 2) continue;
      // A footer goes everywhere; a running head stays where it first stands (the first page's letterhead).
      if (k.startsWith('bottom:') || p > 0) blocks.splice(i, 1);
    }
  });
}

function sameColumns(a: TableBlock, b: TableBlock): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= SAME_COLUMN);
}

function rowKey(table: TableBlock, r: number): string {
  return JSON.stringify(table.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col).map((c) => [c.col, c.colSpan, c.text.replace(/\s+/g, ' ')]));
}

function repeatedHeaderRows(head: TableBlock, next: TableBlock): number {
  let n = 0;
  const limit = Math.min(MAX_REPEATED_HEADER_ROWS, head.rowCount, next.rowCount - 1);
  while (n < limit && rowKey(head, n) === rowKey(next, n)) n++;
  return n;
}

function placeTable(table: TableBlock, skipRows: number, page: number, cells: PlacedCell[], rowSources: PdfLayout['rowSources']): void {
  const first = rowSources.length;
  for (let r = skipRows; r < table.rowCount; r++) rowSources.push({ page, row: r + 1 });
  for (const cell of table.cells) {
    const bottom = cell.row + cell.rowSpan;
    if (bottom <= skipRows) continue;
    const top = Math.max(cell.row, skipRows);
    cells.push({ row: first + top - skipRows, col: cell.col, rowSpan: bottom - top, colSpan: cell.colSpan, text: cell.text });
  }
}

/** "পৃষ্ঠা ২, সারি ৫, কলাম ৩" / "page 2, row 5, column 3". */
export function pdfPlace(source: { page: number; row: number }, col: number): SourcePlace {
  return {
    bn: `পৃষ্ঠা ${toBengaliDigits(source.page)}, সারি ${toBengaliDigits(source.row)}, কলাম ${toBengaliDigits(col + 1)}`,
    en: `page ${source.page}, row ${source.row}, column ${col + 1}`,
  };
}

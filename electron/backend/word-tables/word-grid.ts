// The body's blocks laid out as one grid, top to bottom, as an office's spreadsheet of the same plan
// would be: each paragraph a row of one cell (the letterhead and title above the table, the signature
// below, for the title detection), each table row a row, gridSpan as a merge across and vMerge as a
// merge down. A table whose cells hold tables is page layout: its content is read in order instead.
// A table continued in the next Word table (a page break, the header typed again) is one table: the
// header rows the continuation repeats are dropped.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { SourcePlace } from '../spreadsheet-import/sheet-grid.js';
import type { PlacedCell } from '../spreadsheet-import/text-grid.js';
import type { Block, WordCell, WordTable } from './body-blocks.js';

export interface WordLayout {
  cells: PlacedCell[];
  /** Per grid row: the Word table and its row (1-based) it came from; null for a paragraph. */
  rowSources: Array<{ table: number; row: number } | null>;
}

type Item = { kind: 'line'; text: string } | { kind: 'table'; table: WordTable };

/** How many leading rows of a continuation are compared with the first table's header. */
const MAX_REPEATED_HEADER_ROWS = 6;

export function layOutBlocks(blocks: Block[]): WordLayout {
  const cells: PlacedCell[] = [];
  const rowSources: WordLayout['rowSources'] = [];
  /** The first table of the run the last table continues, and whether only blank lines came since. */
  let chainHead: WordTable | null = null;
  let onlyBlankSince = false;

  for (const item of flatten(blocks)) {
    if (item.kind === 'line') {
      if (item.text.trim() === '') continue;
      cells.push({ row: rowSources.length, col: 0, rowSpan: 1, colSpan: 1, text: item.text });
      rowSources.push(null);
      onlyBlankSince = false;
      continue;
    }
    const table = item.table;
    const continues = chainHead !== null && onlyBlankSince && gridWidth(chainHead) === gridWidth(table);
    const skip = continues ? repeatedHeaderRows(chainHead!, table) : 0;
    if (!continues) chainHead = table;
    placeTable(table, skip, cells, rowSources);
    onlyBlankSince = true;
  }
  return { cells, rowSources };
}

/** Paragraphs and data tables in reading order; layout tables opened up. */
function flatten(blocks: Block[], out: Item[] = []): Item[] {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const line of block.text.split('\n')) out.push({ kind: 'line', text: line });
    } else if (holdsTables(block)) {
      for (const row of block.rows) for (const cell of row.cells) flatten(cell.blocks, out);
    } else out.push({ kind: 'table', table: block });
  }
  return out;
}

function holdsTables(table: WordTable): boolean {
  return table.rows.some((row) => row.cells.some((cell) => cell.blocks.some((b) => b.kind === 'table')));
}

function gridWidth(table: WordTable): number {
  let width = 0;
  for (const row of table.rows) width = Math.max(width, row.cells.reduce((sum, c) => sum + c.span, row.gridBefore));
  return width;
}

/** A cell's paragraphs, each its own line, as Alt+Enter lines are in a spreadsheet cell. */
export function cellText(cell: WordCell): string {
  const lines: string[] = [];
  for (const block of cell.blocks) if (block.kind === 'paragraph') lines.push(block.text);
  return lines.join('\n').trim();
}

function rowKey(table: WordTable, r: number): string {
  const row = table.rows[r]!;
  return JSON.stringify([row.gridBefore, row.cells.map((c) => [c.span, c.vMerge === 'continue' ? '' : cellText(c).replace(/\s+/g, ' ')])]);
}

/** The leading rows of `next` that repeat the leading rows of `head` (its header typed again). */
function repeatedHeaderRows(head: WordTable, next: WordTable): number {
  let n = 0;
  const limit = Math.min(MAX_REPEATED_HEADER_ROWS, head.rows.length, next.rows.length - 1);
  while (n < limit && rowKey(head, n) === rowKey(next, n)) n++;
  return n;
}

function placeTable(table: WordTable, skipRows: number, cells: PlacedCell[], rowSources: WordLayout['rowSources']): void {
  /** The cell each column's vertical merge is carried down from, by grid column. */
  let open = new Map<number, PlacedCell>();
  for (let r = skipRows; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const gridRow = rowSources.length;
    rowSources.push({ table: table.number, row: r + 1 });
    const next = new Map<number, PlacedCell>();
    let col = row.gridBefore;
    for (const cell of row.cells) {
      const above = cell.vMerge === 'continue' ? open.get(col) : undefined;
      if (above && above.colSpan === cell.span) {
        above.rowSpan = gridRow - above.row + 1;
        next.set(col, above);
      } else {
        const placed: PlacedCell = { row: gridRow, col, rowSpan: 1, colSpan: cell.span, text: cellText(cell) };
        cells.push(placed);
        if (cell.vMerge === 'restart') next.set(col, placed);
      }
      col += cell.span;
    }
    open = next;
  }
}

/** "সারণি ২, সারি ৫, কলাম ৩" / "table 2, row 5, column 3". */
export function wordPlace(source: { table: number; row: number }, col: number): SourcePlace {
  return {
    bn: `সারণি ${toBengaliDigits(source.table)}, সারি ${toBengaliDigits(source.row)}, কলাম ${toBengaliDigits(col + 1)}`,
    en: `table ${source.table}, row ${source.row}, column ${col + 1}`,
  };
}

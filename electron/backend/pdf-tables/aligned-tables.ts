// Tables printed without ruling lines: consecutive lines whose words stand in three or more separate
// groups are rows; the columns are where the blank gaps run down through all those rows; a line of one
// or two groups under a row is that row's cell text wrapped onto another line.
import type { TextRun } from './page-content.js';
import { lineText, type TextLine } from './text-lines.js';

export interface TableBlock {
  /** Top of the table, for ordering the page's blocks. */
  top: number;
  /** Column boundaries, left to right (a continued table on the next page has the same). */
  xs: number[];
  rowCount: number;
  cells: Array<{ row: number; col: number; rowSpan: number; colSpan: number; text: string }>;
}

/** A gap wider than this share of the font size separates two columns. */
const COLUMN_GAP = 1.2;
/** Lines further apart than this (in font sizes) are not one table. */
const MAX_LINE_GAP = 2.6;
const MIN_COLUMNS = 3;

interface Chunk {
  left: number;
  right: number;
  runs: TextRun[];
}

function chunksOf(line: TextLine): Chunk[] {
  const chunks: Chunk[] = [];
  for (const run of line.runs) {
    const last = chunks[chunks.length - 1];
    if (last && run.x - last.right <= COLUMN_GAP * line.size) {
      last.runs.push(run);
      last.right = Math.max(last.right, run.x + run.width);
    } else chunks.push({ left: run.x, right: run.x + run.width, runs: [run] });
  }
  return chunks;
}

/** The aligned tables among a page's lines, and the lines that are not part of one. */
export function alignedTables(lines: TextLine[], visualOrder: boolean): { tables: TableBlock[]; rest: TextLine[] } {
  const tables: TableBlock[] = [];
  const rest: TextLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (chunksOf(lines[i]!).length < MIN_COLUMNS) {
      rest.push(lines[i++]!);
      continue;
    }
    let j = i + 1;
    let tabular = 1;
    while (j < lines.length && lines[j]!.y - lines[j - 1]!.y <= MAX_LINE_GAP * lines[j]!.size) {
      if (chunksOf(lines[j]!).length >= MIN_COLUMNS) tabular++;
      j++;
    }
    // Trailing lines after the last tabular one are not the table's.
    while (j > i + 1 && chunksOf(lines[j - 1]!).length < MIN_COLUMNS) j--;
    const block = lines.slice(i, j);
    const table = tabular >= 2 ? tableOf(block, visualOrder) : null;
    if (table) tables.push(table);
    else rest.push(...block);
    i = j;
  }
  return { tables, rest };
}

function tableOf(block: TextLine[], visualOrder: boolean): TableBlock | null {
  const chunked = block.map(chunksOf);
  const tabularChunks = chunked.filter((c) => c.length >= MIN_COLUMNS).flat();
  const size = Math.max(...block.map((l) => l.size));
  // Columns: the x ranges the tabular rows' words cover, joined where they overlap.
  const spans = tabularChunks.map((c) => [c.left, c.right] as [number, number]).sort((a, b) => a[0] - b[0]);
  const columns: Array<[number, number]> = [];
  for (const [left, right] of spans) {
    const last = columns[columns.length - 1];
    if (last && left <= last[1] + size * 0.5) last[1] = Math.max(last[1], right);
    else columns.push([left, right]);
  }
  if (columns.length < MIN_COLUMNS) return null;
  const xs = [columns[0]![0], ...columns.slice(1).map((c, k) => (columns[k]![1] + c[0]) / 2), columns[columns.length - 1]![1]];
  const columnOf = (chunk: Chunk) => {
    const mid = (chunk.left + chunk.right) / 2;
    let best = 0;
    columns.forEach((c, k) => {
      if (mid >= c[0] - size && mid <= c[1] + size) best = k;
    });
    return best;
  };

  const rows: Array<Map<number, TextRun[][]>> = [];
  chunked.forEach((chunks) => {
    const continuation = chunks.length < MIN_COLUMNS && rows.length > 0;
    const row = continuation ? rows[rows.length - 1]! : new Map<number, TextRun[][]>();
    if (!continuation) rows.push(row);
    for (const chunk of chunks) {
      const col = columnOf(chunk);
      const lines = row.get(col) ?? [];
      lines.push(chunk.runs);
      row.set(col, lines);
    }
  });
  const cells: TableBlock['cells'] = [];
  rows.forEach((row, r) => {
    for (const [col, lines] of row) {
      const text = lines.map((runs) => lineText(runs, visualOrder)).filter((t) => t !== '').join('\n');
      cells.push({ row: r, col, rowSpan: 1, colSpan: 1, text });
    }
  });
  return { top: block[0]!.y - block[0]!.size, xs, rowCount: rows.length, cells };
}

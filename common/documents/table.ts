// A table described once, as HTML thinks of it (rows of cells with rowSpan/colSpan), and drawn by the
// HTML components, the DOCX writer and the XLSX writer alike, so the three formats hold the same cells.

/** The typed value behind a cell's text, for spreadsheets (numbers stay numbers, dates stay dates). */
export type CellValue =
  | { kind: 'number'; n: number }
  /** n in percent: 85 means 85%. */
  | { kind: 'percent'; n: number }
  | { kind: 'date'; iso: string };

export interface TableCell {
  /** What the cell prints; '\n' separates lines. */
  text: string;
  value?: CellValue;
  rowSpan?: number;
  colSpan?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  /** Latin text set small (hashes). */
  small?: boolean;
  /** A header cell of lesser weight (the row of column numbers). */
  muted?: boolean;
  /** Never wrap (dates, numbers). */
  nowrap?: boolean;
}

export interface TableColumn {
  key: string;
  /** Relative width; writers scale the widths to the page. */
  width: number;
}

export interface TableSpec {
  columns: TableColumn[];
  /** Header rows, repeated on every printed page. */
  head: TableCell[][];
  body: TableCell[][];
}

export interface PlacedCell {
  cell: TableCell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Where each cell of HTML-style rows lands in the grid: the HTML table algorithm, where a cell takes the
 * first column not already covered by a cell merged down from a row above.
 */
export function placeCells(rows: readonly TableCell[][], columnCount: number): PlacedCell[][] {
  const covered: boolean[][] = [];
  const isCovered = (r: number, c: number): boolean => covered[r]?.[c] === true;
  const placed: PlacedCell[][] = [];
  rows.forEach((cells, r) => {
    const line: PlacedCell[] = [];
    let col = 0;
    for (const cell of cells) {
      while (isCovered(r, col)) col += 1;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      if (col + colSpan > columnCount) throw new Error(`table row ${r} is wider than its ${columnCount} columns`);
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const target = (covered[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc += 1) target[col + dc] = true;
      }
      line.push({ cell, row: r, col, rowSpan, colSpan });
      col += colSpan;
    }
    placed.push(line);
  });
  return placed;
}

/** Column widths scaled to a total (e.g. twips or mm), rounded, summing exactly to the total. */
export function scaleWidths(columns: readonly TableColumn[], total: number): number[] {
  const sum = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / sum) * total));
  const rest = total - widths.reduce((s, w) => s + w, 0);
  if (widths.length > 0) widths[widths.length - 1]! += rest;
  return widths;
}

/** A row of column numbers (১ ২ ৩ …) as the plan tables print under their header. */
export function columnNumberRow(count: number, toDigits: (n: number) => string): TableCell[] {
  return Array.from({ length: count }, (_, i) => ({ text: toDigits(i + 1), align: 'center' as const, muted: true }));
}

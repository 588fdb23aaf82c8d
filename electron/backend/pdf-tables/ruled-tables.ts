// Tables drawn with ruling lines: the lines that touch one another make a table; their x and y
// positions are its column and row boundaries; a boundary missing between two neighbouring cells
// merges them (a cell spanning columns or rows, as a merged spreadsheet cell does).
import type { Segment } from './page-content.js';

export interface RuledCell {
  /** Elementary row and column of the cell's top-left corner, and how many it spans. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface RuledTable {
  /** Row boundaries (ys, top to bottom) and column boundaries (xs, left to right), in points. */
  ys: number[];
  xs: number[];
  cells: RuledCell[];
  /** cellAt[row][col]: the index in `cells` of the cell covering that elementary position. */
  cellAt: number[][];
}

/** Positions closer than this are one boundary (a double rule, a border drawn by both cells). */
const SAME_LINE = 2.5;
/** How far a line may stop short of the line it meets and still touch it. */
const TOUCH = 3;
const MIN_CELL = 4;

export function ruledTables(segments: Segment[]): RuledTable[] {
  const lines = mergeCollinear(segments);
  const groups = touchingGroups(lines);
  const tables: RuledTable[] = [];
  for (const group of groups) {
    const h = group.filter((s) => s.horizontal);
    const v = group.filter((s) => !s.horizontal);
    if (h.length < 2 || v.length < 2) continue;
    const ys = clusterPositions(h.map((s) => s.at));
    const xs = clusterPositions(v.map((s) => s.at));
    if (ys.length < 2 || xs.length < 2) continue;
    tables.push(buildTable(ys, xs, h, v));
  }
  return tables.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

/** Collinear pieces that overlap or touch, joined into one line. */
function mergeCollinear(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const horizontal of [true, false]) {
    const same = segments.filter((s) => s.horizontal === horizontal).sort((a, b) => a.at - b.at || a.from - b.from);
    const rows: Segment[][] = [];
    for (const s of same) {
      const row = rows[rows.length - 1];
      if (row && Math.abs(row[0]!.at - s.at) <= SAME_LINE / 2) row.push(s);
      else rows.push([s]);
    }
    for (const row of rows) {
      row.sort((a, b) => a.from - b.from);
      let current: Segment | null = null;
      for (const s of row) {
        if (current && s.from <= current.to + TOUCH) current.to = Math.max(current.to, s.to);
        else {
          current = { ...s };
          out.push(current);
        }
      }
    }
  }
  return out;
}

function touches(a: Segment, b: Segment): boolean {
  if (a.horizontal === b.horizontal) return false;
  const [h, v] = a.horizontal ? [a, b] : [b, a];
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Lines connected through lines that cross or meet them. */
function touchingGroups(lines: Segment[]): Segment[][] {
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const h = lines.map((s, i) => [s, i] as const).filter(([s]) => s.horizontal);
  const v = lines.map((s, i) => [s, i] as const).filter(([s]) => !s.horizontal);
  for (const [a, i] of h) for (const [b, j] of v) if (touches(a, b)) parent[find(i)] = find(j);
  const groups = new Map<number, Segment[]>();
  lines.forEach((s, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(s);
    else groups.set(root, [s]);
  });
  return [...groups.values()];
}

function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > SAME_LINE) {
      out.push(mean(group));
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(mean(group));
  // Boundaries closer than a cell can be (a rule drawn twice a little apart) are one.
  return out.filter((v, i) => i === 0 || v - out[i - 1]! >= MIN_CELL);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function buildTable(ys: number[], xs: number[], h: Segment[], v: Segment[]): RuledTable {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // A boundary between two neighbouring cells is drawn if a line covers the middle of their edge.
  const vertical = (x: number, y: number) => v.some((s) => Math.abs(s.at - x) <= SAME_LINE && s.from <= y && y <= s.to);
  const horizontal = (y: number, x: number) => h.some((s) => Math.abs(s.at - y) <= SAME_LINE && s.from <= x && x <= s.to);

  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !vertical(xs[c + 1]!, midY)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !horizontal(ys[r + 1]!, midX)) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const boxes = new Map<number, RuledCell>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const box = boxes.get(root);
      if (!box) boxes.set(root, { row: r, col: c, rowSpan: 1, colSpan: 1 });
      else {
        const bottom = Math.max(box.row + box.rowSpan, r + 1);
        const right = Math.max(box.col + box.colSpan, c + 1);
        box.col = Math.min(box.col, c);
        box.rowSpan = bottom - box.row;
        box.colSpan = right - box.col;
      }
    }
  }
  const cells = [...boxes.values()];
  const cellAt = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  cells.forEach((cell, i) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.col; c < cell.col + cell.colSpan; c++) if (cellAt[r]![c] === -1) cellAt[r]![c] = i;
  });
  return { ys, xs, cells, cellAt };
}

/** The elementary row or column a position falls in (-1 outside). */
export function bandOf(bounds: number[], value: number): number {
  if (value < bounds[0]! || value > bounds[bounds.length - 1]!) return -1;
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

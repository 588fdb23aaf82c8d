// A sheet as a plain grid of cells, built once from SheetJS's worksheet: rows of cells, merged ranges
// filled in (every covered position points at the merge's top-left cell, so an area merged down over its
// indicators is seen on every row and still reports its own address), and A1 addresses.
import type { WorkSheet } from '@e965/xlsx';

export type CellType = 's' | 'n' | 'b' | 'e' | 'd';

export interface GridCell {
  /** Where the value is written (for a merged range, its top-left cell). 0-based. */
  readonly row: number;
  readonly col: number;
  readonly t: CellType;
  /** Text for 's' and 'e', the raw number for 'n' (Excel serial for dates), a boolean for 'b', an ISO date for 'd'. */
  readonly v: string | number | boolean;
  /** Number format of a number cell, e.g. "0%" or "dd/mm/yyyy" (undefined when the file gives none). */
  readonly z: string | undefined;
  /**
   * What the reader worked out about the cell, kept on it so that a merged cell seen on many rows and
   * a re-normalise with another mapping do not work it out again (a property is much cheaper than a map).
   */
  memoText: unknown;
  memoHeader: unknown;
  memoValue: unknown;
  memoValueAsDate: unknown;
}

export interface MergeRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** Where a grid position is in a source that has no cell addresses (a Word table, a PDF page), in each language. */
export interface SourcePlace {
  bn: string;
  en: string;
}

export interface Grid {
  name: string;
  /** Hidden in the workbook (a template or lookup sheet); looked at only when no visible sheet has a table. */
  hidden: boolean;
  /** rows[r][c]; holes where the file has no cell. */
  rows: Array<Array<GridCell | undefined>>;
  rowCount: number;
  colCount: number;
  merges: MergeRange[];
  /**
   * For a grid rebuilt from a Word document or a PDF: where a position is in that source ("table 2,
   * row 5, column 3"). Absent for spreadsheets, whose A1 addresses say it already.
   */
  locate?: (row: number, col: number) => SourcePlace | null;
}

export interface GridLimits {
  /** Columns past this one are dropped (a stray cell in column XFD must not make every row 16,384 wide). */
  maxCols: number;
  /** Cells (merge-filled positions included) the whole workbook may hold. */
  maxCells: number;
}

/** Counts cells across the sheets of one workbook so the cap is for the workbook, not per sheet. */
export interface CellBudget {
  used: number;
  droppedColumns: number;
}

export class CellCapExceeded extends Error {}

export function columnLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based row and column → "B7". */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.rows[row]?.[col];
}

/** Whether the cell at (row, col) is the one written there, not a copy of a merged range's value. */
export function isOwnCell(cell: GridCell, row: number, col: number): boolean {
  return cell.row === row && cell.col === col;
}

type RawCell = { t?: string; v?: unknown; z?: unknown };

export function buildGrid(
  name: string,
  ws: WorkSheet,
  limits: GridLimits,
  budget: CellBudget,
  hidden = false,
): Grid {
  const rows: Array<Array<GridCell | undefined>> = [];
  let colCount = 0;

  const put = (r: number, c: number, raw: unknown) => {
    if (c >= limits.maxCols) {
      budget.droppedColumns += 1;
      return;
    }
    const cell = toGridCell(r, c, raw as RawCell);
    if (!cell) return;
    if (++budget.used > limits.maxCells) throw new CellCapExceeded();
    (rows[r] ??= [])[c] = cell;
    if (c + 1 > colCount) colCount = c + 1;
  };

  const sheet = ws as unknown as Record<string, unknown>;
  // SheetJS 0.20 keeps dense data in ws['!data']; 0.18 makes the worksheet itself the row array.
  const dense = (sheet['!data'] as unknown[] | undefined) ?? (Array.isArray(ws) ? (ws as unknown[]) : undefined);
  if (dense) {
    // Plain loops over the cells (every cell of every file passes here); the holes of a sparse row
    // array far longer than its cells are skipped by its keys instead.
    for (const r of presentIndexes(dense)) {
      const rowData = dense[r];
      if (!Array.isArray(rowData)) continue;
      for (const c of presentIndexes(rowData)) put(r, c, rowData[c]);
    }
  } else {
    for (const key of Object.keys(sheet)) {
      if (key.charCodeAt(0) === 33 /* '!' */) continue;
      const at = decodeAddress(key);
      if (at) put(at.r, at.c, sheet[key]);
    }
  }

  const rowCount = rows.length;
  const merges = ((sheet['!merges'] as MergeRange[] | undefined) ?? []).filter(isMergeRange);
  fillMerges(rows, merges, rowCount, colCount, limits, budget);
  return { name, hidden, rows, rowCount, colCount, merges };
}

/** Indexes of the present entries of a possibly sparse array, without walking its holes one by one. */
function presentIndexes(items: unknown[]): number[] {
  const out: number[] = [];
  if (items.length <= 4096) {
    for (let i = 0; i < items.length; i++) if (items[i] !== undefined && items[i] !== null) out.push(i);
    return out;
  }
  for (const key in items) {
    const i = Number(key);
    if (Number.isInteger(i) && items[i] !== undefined && items[i] !== null) out.push(i);
  }
  return out;
}

function fillMerges(
  rows: Array<Array<GridCell | undefined>>,
  merges: MergeRange[],
  rowCount: number,
  colCount: number,
  limits: GridLimits,
  budget: CellBudget,
): void {
  for (const m of merges) {
    const anchor = rows[m.s.r]?.[m.s.c];
    if (!anchor) continue;
    // A merge may reach far past the last written cell; only the used area matters.
    const lastRow = Math.min(m.e.r, rowCount - 1);
    const lastCol = Math.min(m.e.c, colCount - 1, limits.maxCols - 1);
    for (let r = m.s.r; r <= lastRow; r++) {
      const row = (rows[r] ??= []);
      for (let c = m.s.c; c <= lastCol; c++) {
        if (row[c] !== undefined) continue;
        if (++budget.used > limits.maxCells) throw new CellCapExceeded();
        row[c] = anchor;
      }
    }
  }
}

function isMergeRange(m: unknown): m is MergeRange {
  const r = m as MergeRange | null;
  return (
    !!r &&
    Number.isInteger(r.s?.r) &&
    Number.isInteger(r.s?.c) &&
    Number.isInteger(r.e?.r) &&
    Number.isInteger(r.e?.c) &&
    r.s.r >= 0 &&
    r.s.c >= 0 &&
    r.e.r >= r.s.r &&
    r.e.c >= r.s.c
  );
}

function toGridCell(row: number, col: number, raw: RawCell | null | undefined): GridCell | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  let t: CellType;
  let v: string | number | boolean;
  switch (raw.t) {
    case 's':
    case 'str':
      v = typeof raw.v === 'string' ? raw.v : raw.v === undefined || raw.v === null ? '' : String(raw.v);
      if (v === '') return undefined;
      t = 's';
      break;
    case 'n':
      if (typeof raw.v !== 'number' || !Number.isFinite(raw.v)) return undefined;
      t = 'n';
      v = raw.v;
      break;
    case 'b':
      if (typeof raw.v !== 'boolean') return undefined;
      t = 'b';
      v = raw.v;
      break;
    case 'd': {
      const iso = isoFromDate(raw.v);
      if (!iso) return undefined;
      t = 'd';
      v = iso;
      break;
    }
    case 'e':
      t = 'e';
      v = typeof raw.v === 'string' ? raw.v : '#ERROR';
      break;
    default:
      return undefined;
  }
  // Only numbers need their format (dates, percentages); one object shape keeps this fast.
  const z = t === 'n' && typeof raw.z === 'string' && raw.z !== 'General' ? raw.z : undefined;
  return { row, col, t, v, z, memoText: undefined, memoHeader: undefined, memoValue: undefined, memoValueAsDate: undefined };
}

/**
 * A Date from the library → its local calendar day. A minute's slack first: some SheetJS builds give
 * midnight a few seconds early in Asia/Dhaka, which must not move the date back a day.
 */
function isoFromDate(v: unknown): string | null {
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) return null;
  const localMs = d.getTime() - d.getTimezoneOffset() * 60_000 + 60_000;
  return new Date(Math.floor(localMs / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

/** "B7" → 0-based row and column; null for anything else. */
export function decodeAddress(key: string): { r: number; c: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(key);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** What the cell shows, as plain text: numbers in percent formats as "85%", dates as ISO, errors as nothing. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return cell.v as string;
    case 'n': {
      const v = cell.v as number;
      return cell.z !== undefined && cell.z.includes('%') ? `${roundForDisplay(v * 100)}%` : String(roundForDisplay(v));
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.v as string;
    default:
      return '';
  }
}

/** 0.1 + 0.2 style noise off: twelve significant digits are more than any plan writes. */
export function roundForDisplay(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

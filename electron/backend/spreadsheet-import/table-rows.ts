// The rows under the header: indicator rows, a header repeated after a page break, a row with values
// but no indicator (the reader cannot place it), and everything else (titles, signatures, notes).
import { levelOfRole } from './column-roles.js';
import { hasLeadingCode } from './codes.js';
import type { ColumnMapping } from './column-mapping.js';
import { headerClassOf, isColumnNumberRow } from './header-cells.js';
import { cellText, type Grid, type GridCell } from './sheet-grid.js';

/** Non-data rows tolerated inside the table (a page break repeats the header; a signature sits between). */
const MAX_GAP_ROWS = 15;

/** The columns a row is judged by, worked out once per layout. */
export interface RowColumns {
  values: number[];
  indicator: number[];
  code: number[];
}

export function rowColumns(columns: ColumnMapping[]): RowColumns {
  return {
    values: valueColumns(columns),
    indicator: columns.filter((c) => c.role === 'indicator').map((c) => c.column),
    code: columns.filter((c) => c.role === 'code').map((c) => c.column),
  };
}

/** Value columns: a row with something in one of them is a row of the table. */
function valueColumns(columns: ColumnMapping[]): number[] {
  return columns
    .filter((c) => c.role === 'unit' || c.role === 'weight' || levelOfRole(c.role) !== null || c.role.startsWith('achievement:'))
    .map((c) => c.column);
}

const ONLY_PERCENT_CELL = /^[0-9০-৯]{2,3}\s*%$/u;

export type RowKind = 'data' | 'header' | 'values-only' | 'other' | 'empty';

/**
 * What a row below the header is: an indicator row, a repeated header (page break), a row with values
 * but no indicator (the reader cannot place it), or anything else (titles, signatures, notes).
 */
export function classifyRow(grid: Grid, r: number, cols: RowColumns): RowKind {
  const row = grid.rows[r];
  if (!row) return 'empty';
  let own = 0;
  for (const cell of row) if (cell && cell.row === r && cellText(cell) !== '') own++;
  if (own === 0) return 'empty';
  const ownText = (c: number) => {
    const cell = row[c];
    return cell && cell.row === r ? cellText(cell).trim() : '';
  };
  const indicatorText = firstNonEmpty(cols.indicator, ownText);
  const codeText = firstNonEmpty(cols.code, ownText);
  const hasCode = codeText !== '' || hasLeadingCode(indicatorText);
  if (!hasCode) {
    if (isColumnNumberRow(grid, r)) return 'header';
    if (headerWordCount(row, r) >= 2) return 'header';
  }
  const hasValues = cols.values.some((c) => ownText(c) !== '');
  if ((indicatorText !== '' || codeText !== '') && (hasValues || hasCode)) return 'data';
  if (hasValues && indicatorText === '') return 'values-only';
  return 'other';
}

function firstNonEmpty(cols: number[], text: (c: number) => string): string {
  for (const c of cols) {
    const t = text(c);
    if (t !== '') return t;
  }
  return '';
}

/**
 * Header words in a row's own cells: a header repeated after a page break has two or more.
 * Percentages alone do not count: "৮০% ৭০% ৬০%" are a percent indicator's targets.
 */
function headerWordCount(row: Array<GridCell | undefined>, r: number): number {
  let count = 0;
  let previous: GridCell | undefined;
  for (const cell of row) {
    if (!cell || cell === previous || cell.row !== r) continue;
    previous = cell;
    const cls = headerClassOf(cell);
    if (cls !== null && !(cls.kind === 'target' && cls.byPercent && ONLY_PERCENT_CELL.test(cellText(cell).trim()))) count++;
  }
  return count;
}

/** The last row of the table below the header, and how many indicator rows it has. */
export function lastDataRow(grid: Grid, columns: ColumnMapping[], from: number): { last: number; count: number } {
  const cols = rowColumns(columns);
  let last = from - 1;
  let count = 0;
  for (let r = from; r < grid.rowCount; r++) {
    if (r - Math.max(last, from - 1) > MAX_GAP_ROWS) break;
    const kind = classifyRow(grid, r, cols);
    if (kind === 'data') count++;
    // A row with values but no indicator is still inside the table: the reader reports it.
    if (kind === 'data' || (kind === 'values-only' && count > 0)) last = r;
  }
  return { last: Math.max(last, from), count };
}

// Finds the plan table: the sheet, the header block (label row, level-percentage row, column-number
// row), what each column holds, the data rows down to the signature lines, and what the title lines
// above say about the office, the year, the plan type and the period.
import type { Period } from '../../../common/plan-document/schema.js';
import { achievementRole } from './column-roles.js';
import { mapColumns, PENDING_ACHIEVEMENT, type ColumnMapping } from './column-mapping.js';
import { PlanReadError } from './errors.js';
import { distinctCells, headerClassOf, isColumnNumberRow, readableText } from './header-cells.js';
import type { Workbook } from './read.js';
import type { Grid, GridCell } from './sheet-grid.js';
import { lastDataRow } from './table-rows.js';
import {
  fiscalYearFromText,
  letterDateFromLines,
  officeFromLines,
  periodFromLines,
  planTypeFromLines,
  type PlanType,
} from './title-info.js';

export type { ColumnMapping } from './column-mapping.js';

export interface Layout {
  sheet: string;
  headerRowStart: number;
  headerRowEnd: number;
  dataRowStart: number;
  dataRowEnd: number;
  columns: ColumnMapping[];
  fiscalYear: string | null;
  officeName: string | null;
  planType: PlanType;
  /** The period the title names ("২য় ত্রৈমাসিক অগ্রগতি"); plain "অর্জন" columns report for it. */
  periodHint: Period | null;
  /** The date the title lines or a cover letter give ("তারিখ: ২৫/০৫/২০২৪"); absent where the reader looks for none. */
  letterDate?: string | null;
}

const HEADER_SCAN_ROWS = 150;
const MAX_EXTRA_HEADER_ROWS = 4;
const COVER_SCAN_ROWS = 80;

export function detectLayout(wb: Workbook, opts: { sheet?: string } = {}): Layout {
  // A visible sheet with a table beats any hidden one; among them the clearest header wins, then the first.
  const groups = opts.sheet !== undefined
    ? [wb.sheets.filter((g) => g.name === opts.sheet)]
    : [wb.sheets.filter((g) => !g.hidden), wb.sheets.filter((g) => g.hidden)];
  let best: { grid: Grid; table: TableShape } | null = null;
  for (const group of groups) {
    for (const grid of group) {
      const table = findTable(grid);
      if (table && (!best || table.score > best.table.score)) best = { grid, table };
    }
    if (best) break;
  }
  if (!best) {
    const where = opts.sheet !== undefined ? `sheet "${opts.sheet}"` : 'any sheet';
    throw new PlanReadError(
      'no-table',
      `${wb.fileName}: no plan table found in ${where} (no header row with an indicator column and data below it)`,
      `${wb.fileName}: কোনো শিটে কর্মপরিকল্পনার সারণি পাওয়া যায়নি`,
    );
  }

  const { grid, table } = best;
  const titleLines = rowLines(grid, 0, table.headerRowStart);
  const coverLines = wb.sheets
    .filter((g) => g !== grid)
    .slice(0, 4)
    .flatMap((g) => rowLines(g, 0, Math.min(g.rowCount, COVER_SCAN_ROWS)));
  const headerLines = table.columns.map((c) => c.header);

  const periodHint = periodFromLines(titleLines) ?? periodFromLines(coverLines);
  const columns = table.columns.map((c) => (c.role === PENDING_ACHIEVEMENT ? { ...c, role: achievementRole(periodHint ?? 'annual') } : c));
  return {
    sheet: grid.name,
    headerRowStart: table.headerRowStart,
    headerRowEnd: table.headerRowEnd,
    dataRowStart: table.dataRowStart,
    dataRowEnd: table.dataRowEnd,
    columns: columns as ColumnMapping[],
    fiscalYear: firstFiscalYear(titleLines) ?? firstFiscalYear(headerLines) ?? firstFiscalYear(coverLines),
    officeName: officeFromLines(titleLines) ?? officeFromLines(coverLines),
    planType: planTypeFromLines(titleLines) ?? planTypeFromLines(coverLines) ?? 'unknown',
    periodHint,
    letterDate: letterDateFromLines(titleLines) ?? letterDateFromLines(coverLines),
  };
}

function firstFiscalYear(lines: string[]): string | null {
  for (const line of lines) {
    const fy = fiscalYearFromText(line);
    if (fy) return fy;
  }
  return null;
}

/** Each row's text cells joined: the title lines above the table, or a cover letter's lines. */
export function rowLines(grid: Grid, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < to; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const parts: string[] = [];
    let previous: GridCell | undefined;
    for (const cell of row) {
      if (!cell || cell === previous) continue;
      previous = cell;
      if (cell.row !== r) continue; // a merge reaching down from a line above
      const text = readableText(cell).trim();
      if (text !== '') parts.push(text);
    }
    if (parts.length > 0) lines.push(parts.join(' ').replace(/\s+/g, ' '));
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The table on one sheet

interface TableShape {
  score: number;
  headerRowStart: number;
  headerRowEnd: number;
  dataRowStart: number;
  dataRowEnd: number;
  columns: ColumnMapping[];
}

function headerKinds(grid: Grid, r: number): Set<string> {
  const kinds = new Set<string>();
  const cells = distinctCells(grid, r);
  // A label row names three or more columns; title and letter lines have a cell or two.
  if (cells.length < 3) return kinds;
  for (const cell of cells) {
    const cls = headerClassOf(cell);
    if (cls) kinds.add(cls.kind === 'bareWeight' ? 'weight' : cls.kind);
  }
  return kinds;
}

export function findTable(grid: Grid): TableShape | null {
  let bestRow = -1;
  let bestScore = 0;
  const scan = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  for (let r = 0; r < scan; r++) {
    // The label row is near the first header-like row; past it every row is data.
    if (bestRow >= 0 && r > bestRow + MAX_EXTRA_HEADER_ROWS + 2) break;
    const kinds = headerKinds(grid, r);
    if (!kinds.has('indicator') || kinds.size < 3) continue;
    if (kinds.size > bestScore) {
      bestScore = kinds.size;
      bestRow = r;
    }
  }
  if (bestRow < 0) return null;

  let headerRowStart = bestRow;
  while (headerRowStart > 0 && isHeaderRowAbove(grid, headerRowStart - 1, headerRowStart)) headerRowStart--;
  let headerRowEnd = bestRow;
  let numbersRow = -1;
  for (let r = bestRow + 1; r < grid.rowCount && r <= bestRow + MAX_EXTRA_HEADER_ROWS; r++) {
    if (isColumnNumberRow(grid, r)) {
      headerRowEnd = r;
      numbersRow = r;
      break;
    }
    if (!isHeaderRowBelow(grid, r)) break;
    headerRowEnd = r;
  }

  const columns = mapColumns(grid, headerRowStart, headerRowEnd, numbersRow);
  const dataRowStart = headerRowEnd + 1;
  const { last, count } = lastDataRow(grid, columns, dataRowStart);
  if (count === 0) return null;
  return {
    score: bestScore * 100 + Math.min(count, 99),
    headerRowStart,
    headerRowEnd,
    dataRowStart,
    dataRowEnd: last,
    columns,
  };
}

/** A group row above the label row: header words in two or more cells, or cells merged down into it. */
function isHeaderRowAbove(grid: Grid, r: number, headerRow: number): boolean {
  const cells = distinctCells(grid, r);
  if (cells.length === 0) return false;
  const below = new Set(grid.rows[headerRow] ?? []);
  if (cells.some((c) => below.has(c))) return true;
  return cells.length >= 2 && cells.every((c) => headerClassOf(c) !== null);
}

/** Level names, level percentages, period sub-headers: every new cell is a header word. */
function isHeaderRowBelow(grid: Grid, r: number): boolean {
  const row = grid.rows[r] ?? [];
  const above = grid.rows[r - 1] ?? [];
  const fresh = distinctCells(grid, r).filter((cell) => !above.includes(cell));
  if (fresh.length === 0) return row.some((cell) => cell !== undefined);
  return fresh.every((cell) => headerClassOf(cell) !== null);
}

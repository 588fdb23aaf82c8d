// A grid built from cells of text placed at rows and columns with their spans: how the Word and PDF
// readers hand their tables to the same detection and normalising as a sheet. Every cell is text
// ('s'), as in a CSV file: digits, dates and percentages are read from it by the same rules.
import type { Diagnostic } from '../../../common/plan-document/schema.js';
import { CellCapExceeded, decodeAddress, type CellBudget, type Grid, type GridCell, type GridLimits, type MergeRange, type SourcePlace } from './sheet-grid.js';

/**
 * A document read from a grid with a locator, its A1 addresses (which name positions of a grid the
 * user never sees) replaced by the places in the Word or PDF source: each field's place in
 * Indicator.cells, and a diagnostic's `location` (Bengali) and `locationEn` instead of its cell.
 */
export function withSourcePlaces<D extends { indicators: Array<{ cells?: Record<string, string> | undefined }>; diagnostics: Array<Diagnostic & { locationEn?: string }> }>(
  document: D,
  grid: Grid,
): D {
  const locate = grid.locate;
  if (!locate) return document;
  const placeOf = (address: string): SourcePlace | null => {
    const at = decodeAddress(address);
    return at ? locate(at.r, at.c) : null;
  };
  for (const indicator of document.indicators) {
    if (!indicator.cells) continue;
    for (const [field, address] of Object.entries(indicator.cells)) {
      const place = placeOf(address);
      if (place) indicator.cells[field] = place.bn;
      else delete indicator.cells[field];
    }
  }
  for (const diagnostic of document.diagnostics) {
    if (!diagnostic.cell) continue;
    const place = placeOf(diagnostic.cell);
    delete diagnostic.cell;
    if (place) {
      diagnostic.location = place.bn;
      diagnostic.locationEn = place.en;
    }
  }
  return document;
}

export interface PlacedCell {
  /** 0-based position of the cell's top-left corner in the grid. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Lines of the cell joined with "\n", as Alt+Enter lines are in a spreadsheet cell. */
  text: string;
}

export function textGrid(
  name: string,
  cells: PlacedCell[],
  limits: GridLimits,
  budget: CellBudget,
  locate: (row: number, col: number) => SourcePlace | null,
): Grid {
  const rows: Array<Array<GridCell | undefined>> = [];
  const merges: MergeRange[] = [];
  let colCount = 0;
  let rowCount = 0;
  for (const placed of cells) {
    rowCount = Math.max(rowCount, placed.row + placed.rowSpan);
    if (placed.text.trim() === '') continue;
    if (placed.col >= limits.maxCols) {
      budget.droppedColumns += 1;
      continue;
    }
    const cell: GridCell = {
      row: placed.row,
      col: placed.col,
      t: 's',
      v: placed.text,
      z: undefined,
      memoText: undefined,
      memoHeader: undefined,
      memoValue: undefined,
      memoValueAsDate: undefined,
    };
    const lastCol = Math.min(placed.col + placed.colSpan, limits.maxCols) - 1;
    if (placed.rowSpan > 1 || lastCol > placed.col) merges.push({ s: { r: placed.row, c: placed.col }, e: { r: placed.row + placed.rowSpan - 1, c: lastCol } });
    for (let r = placed.row; r < placed.row + placed.rowSpan; r++) {
      const row = (rows[r] ??= []);
      for (let c = placed.col; c <= lastCol; c++) {
        if (row[c] !== undefined) continue; // overlapping spans (a damaged table): the first cell keeps its place
        if (++budget.used > limits.maxCells) throw new CellCapExceeded();
        row[c] = cell;
      }
    }
    colCount = Math.max(colCount, lastCol + 1);
  }
  return { name, hidden: false, rows, rowCount, colCount, merges, locate };
}

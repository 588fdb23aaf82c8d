// What a cell says as a header: its header class (kept on the cell), the distinct cells of a row
// (a merge counted once), and the row of column numbers (১ ২ ৩ …) that sits under many headers.
import { bijoyToUnicode, looksLikeBijoy } from '../bengali/bijoy.js';
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { classifyHeader, headerKey, type HeaderClass } from './column-roles.js';
import { cellText, type Grid, type GridCell } from './sheet-grid.js';

/** Header cells are short labels: an indicator's text or a title is never one, whatever words it has. */
const MAX_HEADER_TEXT = 120;
const NO_LETTERS = /^[0-9০-৯\s.,/\-–—:;()[\]]*$/u;

/** The header meaning of a cell (Bijoy-typed headers converted first), computed once per cell. */
export function headerClassOf(cell: GridCell | undefined): HeaderClass | null {
  if (!cell || cell.t === 'e') return null;
  const cached = cell.memoHeader as HeaderClass | null | undefined;
  if (cached !== undefined) return cached;
  // A number is a header only as a level percentage (a "100%" cell); column numbers are found apart.
  if (cell.t === 'n' && !(cell.z ?? '').includes('%')) {
    cell.memoHeader = null;
    return null;
  }
  const text = cellText(cell);
  // Digits and punctuation alone (a date, a count, a dash) head no column; "১০০%" does.
  if (NO_LETTERS.test(text)) {
    cell.memoHeader = null;
    return null;
  }
  const cls = text.length > MAX_HEADER_TEXT ? null : cell.t === 's' ? classifyLabel(text) : classifyText(text);
  cell.memoHeader = cls;
  return cls;
}

function classifyText(text: string): HeaderClass | null {
  return classifyHeader(headerKey(text));
}

/**
 * A header typed as text. Bijoy headers: a short word like "GKK" (একক) is not recognisably Bijoy
 * alone, so a header of Latin letters and no Bengali ones that is not an English header word is
 * tried converted.
 */
function classifyLabel(text: string): HeaderClass | null {
  const cls = classifyText(text);
  if (cls || !/[A-Za-z\u00a1-\u00ff]/.test(text) || /[\u0980-\u09ff]/u.test(text)) return cls;
  return classifyText(bijoyToUnicode(text));
}

/** The distinct cells of a row, each once however many columns its merge covers. */
export function distinctCells(grid: Grid, r: number): GridCell[] {
  const row = grid.rows[r];
  if (!row) return [];
  const out: GridCell[] = [];
  let previous: GridCell | undefined;
  for (const cell of row) {
    if (!cell || cell === previous) continue;
    previous = cell;
    if (cellText(cell).trim() !== '') out.push(cell);
  }
  return out;
}

/** A cell's text, Bijoy converted: for the header texts and title lines shown and searched. */
export function readableText(cell: GridCell): string {
  const text = cellText(cell);
  return cell.t === 's' && looksLikeBijoy(text) ? bijoyToUnicode(text) : text;
}

/** "১ ২ ৩ … ১২": the row of column numbers under the header, never data. */
export function isColumnNumberRow(grid: Grid, r: number): boolean {
  const cells = distinctCells(grid, r).filter((cell) => cell.row === r);
  if (cells.length < 3) return false;
  let previous = 0;
  for (const cell of cells) {
    const text = toLatinDigits(cellText(cell)).trim();
    if (!/^\d{1,2}$/.test(text)) return false;
    const n = Number(text);
    if (n <= previous) return false;
    previous = n;
  }
  return true;
}

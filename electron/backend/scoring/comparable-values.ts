// Reading target and achievement cells as comparable numbers: dates become day numbers.

// Cells printed empty or as a dash ("-", "--", en/em dash) mean "no target at this level".
const BLANK = /^[\s\-–—]*$/;

/** The form a value is compared in: dates (earlier is better) or numbers (larger is better). */
export type ValueForm = 'date' | 'number';

/** A cell value after blanks are taken out: a finite number or a string (an ISO date, or junk). */
export type Present = number | string;

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && BLANK.test(value);
}

/** The value itself, or null for a blank cell. */
export function present(value: unknown): Present | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

export function formOf(value: Present): ValueForm {
  return typeof value === 'number' ? 'number' : 'date';
}

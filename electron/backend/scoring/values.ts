// Reading target and achievement cells as comparable numbers: dates become day numbers.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
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

/** Days since 1970-01-01 for a real ISO date; null for a malformed or impossible one (2021-12-00). */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** ISO date for a day number (inverse of dayNumber). */
export function isoFromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

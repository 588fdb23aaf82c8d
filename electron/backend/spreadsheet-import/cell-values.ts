// One cell → one value: text (Bijoy converted), a number, a percentage, a date (typed or a real Excel
// date cell), a dash for "no target", an impossible date, or words where a value belongs.
import { bijoyToUnicode, looksLikeBijoy } from '../bengali/bijoy.js';
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { dayNumberOf } from '../../../common/dates/iso-date.js';
import { isDash, normaliseSpace, parseDateText, parseNumberText } from '../bengali/typed-values.js';
import { cellText, roundForDisplay, type GridCell } from './sheet-grid.js';

export type CellValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'date'; iso: string; fromSerial: boolean }
  /** A date that does not exist; `shaped` keeps its parts as YYYY-MM-DD ("2021-12-00") when it has them. */
  | { kind: 'invalid-date'; text: string; shaped: string | null }
  | { kind: 'words'; text: string };

export interface TextRead {
  text: string;
  /** The cell was typed in Bijoy/SutonnyMJ and has been converted. */
  bijoy: boolean;
}

export interface ValueOptions {
  /** The workbook counts dates from 1904. */
  date1904: boolean;
  /**
   * The indicator is a date indicator: a bare number in a date-serial range is a date whose format
   * was lost (ODS and CSV round trips drop it).
   */
  expectDate: boolean;
}

/** Serials for 1990-01-01 … 2099-12-31: outside it a bare number is a count, never a date. */
const SERIAL_RANGE = { min: 32874, max: 73415 };

const EMPTY: TextRead = { text: '', bijoy: false };

export function readText(cell: GridCell | undefined): TextRead {
  if (!cell) return EMPTY;
  // Read once however often the normaliser asks (merged cells are seen on many rows).
  let read = cell.memoText as TextRead | undefined;
  if (read) return read;
  read = cell.t === 's' ? readRawText(cell.v as string) : { text: plainText(cell), bijoy: false };
  cell.memoText = read;
  return read;
}

function readRawText(raw: string): TextRead {
  // Bengali letters and no Latin ones cannot be Bijoy, which is typed in Latin code points.
  const maybeBijoy = LATIN_LETTER.test(raw) || !BENGALI_LETTER.test(raw);
  return maybeBijoy && looksLikeBijoy(raw) ? { text: tidy(bijoyToUnicode(raw)), bijoy: true } : { text: tidy(raw), bijoy: false };
}

const LATIN_LETTER = /[A-Za-z\u00a1-\u00ff]/;
const BENGALI_LETTER = /[\u0980-\u09ff]/;

/** Single spaces, one Unicode form. */
function tidy(text: string): string {
  return normaliseSpace(text).normalize('NFC');
}

/** A cell that is not text, as text: what it shows, but its number as stored (a percent format is read from the number itself). */
function plainText(cell: GridCell): string {
  return cellText({ ...cell, z: undefined });
}

type ReadValue = CellValue & { bijoy: boolean };
const EMPTY_VALUE: ReadValue = { kind: 'empty', bijoy: false };

export function readValue(cell: GridCell | undefined, opts: ValueOptions): ReadValue {
  if (!cell) return EMPTY_VALUE;
  // Kept on the cell for the next normalise (the mapping editor re-runs it on every change).
  const cached = (opts.expectDate ? cell.memoValueAsDate : cell.memoValue) as ReadValue | undefined;
  if (cached) return cached;
  const read = computeValue(cell, opts);
  if (opts.expectDate) cell.memoValueAsDate = read;
  else cell.memoValue = read;
  return read;
}

function computeValue(cell: GridCell, opts: ValueOptions): ReadValue {
  switch (cell.t) {
    case 'n':
      return { ...numberCell(cell.v as number, cell.z, opts), bijoy: false };
    case 'd':
      return { kind: 'date', iso: cell.v as string, fromSerial: false, bijoy: false };
    case 'e':
      return { kind: 'empty', bijoy: false };
    case 'b':
      return { kind: 'words', text: cell.v ? 'TRUE' : 'FALSE', bijoy: false };
    default: {
      const { text, bijoy } = readText(cell);
      return textValueRead(text, bijoy);
    }
  }
}

function textValueRead(text: string, bijoy: boolean): ReadValue {
  return { ...textValue(text), bijoy };
}

/** A value typed as text (CSV cells, and cells that Excel stored as text). */
export function textValue(text: string): CellValue {
  if (text === '') return { kind: 'empty' };
  // Dates and numbers have digits; words never reach the date and number parsers.
  if (!HAS_DIGIT.test(text)) return isShortDash(text) ? { kind: 'empty' } : { kind: 'words', text };
  // The common shapes first: "4", "৪", "৮৫%", "61.54%" (what parseNumberText would make of them).
  const simple = SIMPLE_NUMBER.exec(text);
  if (simple) {
    const digits = HAS_BENGALI_DIGIT.test(simple[1]!) ? toLatinDigits(simple[1]!) : simple[1]!;
    return { kind: 'number', value: Number(digits), percent: simple[2] !== undefined };
  }
  const numeric = numericDate(text);
  if (numeric) return numeric;
  const date = parseDateText(text);
  if (date && 'iso' in date) return { kind: 'date', iso: date.iso, fromSerial: false };
  if (date && 'invalid' in date) return { kind: 'invalid-date', text, shaped: isoShaped(text) };
  const number = parseNumberText(text);
  if (number) return { kind: 'number', value: number.value, percent: number.percent };
  return { kind: 'words', text };
}

const HAS_DIGIT = /[0-9০-৯]/;
const SIMPLE_NUMBER = /^([0-9০-৯]{1,15}(?:\.[0-9০-৯]{1,15})?)\s?(%)?$/;
const HAS_BENGALI_DIGIT = /[০-৯]/;
/** "-", "--", "N/A": a dash is a few characters at most, so longer words skip the check. */
export function isShortDash(text: string): boolean {
  return text.length <= 6 && isDash(text);
}

const DIGITS_DATE = /^([0-9০-৯]{1,2})\s*[/.-]\s*([0-9০-৯]{1,2})\s*[/.-]\s*([0-9০-৯]{4}|[0-9০-৯]{2})$/u;

/**
 * dd/mm/yyyy, dd.mm.yy, dd-mm-yyyy in either digit set: the shape most cells have, read here by the
 * same rules as parseDateText (two-digit years are 20yy, years 1900–2199) without its general machinery.
 * Anything else, or a year out of that range, is left to parseDateText.
 */
export function numericDate(text: string): CellValue | null {
  const m = DIGITS_DATE.exec(text);
  if (!m) return null;
  const latin = (d: string) => (HAS_BENGALI_DIGIT.test(d) ? toLatinDigits(d) : d);
  const day = Number(latin(m[1]!));
  const month = Number(latin(m[2]!));
  const yearText = latin(m[3]!);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1900 || year > 2199) return null;
  if (dayNumberOf(year, month, day) === null) {
    return { kind: 'invalid-date', text, shaped: isoShaped(text) };
  }
  return { kind: 'date', iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, fromSerial: false };
}

const NUMERIC_DATE = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$/;

/**
 * "০০/১২/২০২১" → "2021-12-00": an impossible date stays in the document in date form, so scoring
 * marks the indicator invalid instead of taking the level as blank, and the checks can name it.
 */
export function isoShaped(text: string): string | null {
  const m = NUMERIC_DATE.exec(toLatinDigits(normaliseSpace(text)));
  if (!m) return null;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function numberCell(v: number, format: string | undefined, opts: ValueOptions): CellValue {
  if (format !== undefined && isDateFormat(format)) {
    const iso = serialToIso(v, opts.date1904);
    return iso ? { kind: 'date', iso, fromSerial: true } : { kind: 'invalid-date', text: String(v), shaped: null };
  }
  if (format !== undefined && format.includes('%')) return { kind: 'number', value: roundForDisplay(v * 100), percent: true };
  if (opts.expectDate && Number.isInteger(v) && v >= SERIAL_RANGE.min && v <= SERIAL_RANGE.max) {
    const iso = serialToIso(v, opts.date1904);
    if (iso) return { kind: 'date', iso, fromSerial: true };
  }
  return { kind: 'number', value: roundForDisplay(v), percent: false };
}

/**
 * Whether an Excel number format shows a date: a day, month or year token outside quoted text and
 * [brackets]. "m" next to "h" or "s" is minutes, so a pure time format is not a date.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  if (/general/i.test(bare)) return false;
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel serial → its calendar day, computed in UTC so the machine's time zone cannot move it.
 * Serials before 61 carry Excel's phantom 1900-02-29; a time of day is dropped.
 */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  let days = Math.floor(serial + 1e-9);
  if (!date1904 && days < 61) {
    if (days === 60) return null; // 1900-02-29 does not exist
    days += 1;
  }
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

// Reading the values officers type into cells: dates, numbers and percentages in Bengali or
// Latin digits, dashes for "no target"; and writing numbers and dates back in Bengali digits.
import { fromBengaliDate } from '../../../common/bengali/calendar.js';
import { parseIsoDate } from '../../../common/dates/iso-date.js';
import { toLatinDigits } from '../../../common/bengali/digits.js';

// ---------------------------------------------------------------------------------------------
// Whitespace

const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u180E]/g;
const JOINERS = /[\u200C\u200D]/g;
const BENGALI = /[\u0980-\u09FF]/;

/** Trim and collapse whitespace (NBSP and other spaces included); drop zero-width characters,
 * keeping ZWJ/ZWNJ only between two Bengali characters, where they shape conjuncts. */
export function normaliseSpace(text: string): string {
  const withoutZeroWidth = text.replace(ZERO_WIDTH, '');
  const joinersKept = withoutZeroWidth.replace(JOINERS, (joiner, offset: number, whole: string) =>
    BENGALI.test(whole[offset - 1] ?? '') && BENGALI.test(whole[offset + 1] ?? '') ? joiner : '',
  );
  return joinersKept.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Dashes

/** "-", "--", "–", "—", "N/A": the cell deliberately says "nothing here". */
export function isDash(text: string): boolean {
  const t = normaliseSpace(text);
  return /^[-‐‑‒–—―−]{1,3}$/.test(t) || /^n\s*[/.]?\s*a\.?$/i.test(t);
}

// ---------------------------------------------------------------------------------------------
// Dates

export type DateParse = { iso: string } | { invalid: string } | null;

const ENGLISH_MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

// Gregorian month names as Bengali writes them, with the common spelling variants.
const BENGALI_GREGORIAN_MONTHS = [
  ['জানুয়ারি', 'জানুয়ারী'],
  ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রুআরি'],
  ['মার্চ'],
  ['এপ্রিল'],
  ['মে'],
  ['জুন'],
  ['জুলাই'],
  ['আগস্ট', 'আগষ্ট'],
  ['সেপ্টেম্বর'],
  ['অক্টোবর'],
  ['নভেম্বর'],
  ['ডিসেম্বর'],
];

const BENGALI_ERA_MONTHS = [
  ['বৈশাখ'],
  ['জ্যৈষ্ঠ', 'জৈষ্ঠ্য', 'জৈষ্ঠ'],
  ['আষাঢ়'],
  ['শ্রাবণ'],
  ['ভাদ্র'],
  ['আশ্বিন'],
  ['কার্তিক'],
  ['অগ্রহায়ণ'],
  ['পৌষ'],
  ['মাঘ'],
  ['ফাল্গুন'],
  ['চৈত্র'],
];

function monthLookup(table: string[][]): Map<string, number> {
  const map = new Map<string, number>();
  table.forEach((names, index) => names.forEach((n) => map.set(n.normalize('NFC').toLowerCase(), index + 1)));
  return map;
}

const GREGORIAN_MONTH = new Map([...monthLookup(ENGLISH_MONTHS), ...monthLookup(BENGALI_GREGORIAN_MONTHS)]);
const BENGALI_MONTH = monthLookup(BENGALI_ERA_MONTHS);

const WORD = '[A-Za-z\\u0980-\\u09FF]+';
const ERA_SUFFIX = /\s*(খ্রি(স্টাব্দ|ষ্টাব্দ)?\s*[ঃ:.]?|ইং\s*[ঃ:.]?|ঈসায়ী)\s*$/;
const BENGALI_ERA_SUFFIX = /\s*(বঙ্গাব্দ|বাংলা\s*সন|বাং\s*[ঃ:.]?)\s*$/;
const NUMERIC_DATE = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})\s*[-/]\s*(\d{1,2})\s*[-/]\s*(\d{1,2})$/;
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]*(${WORD})\\.?[\\s,-]*(\\d{4}|\\d{2})$`);
const MONTH_DAY_YEAR = new RegExp(`^(${WORD})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})$`);

/** Earliest and latest Gregorian years accepted as real dates. */
const PLAUSIBLE_YEARS = { min: 1900, max: 2199 };

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function gregorian(year: number, month: number, day: number, original: string): DateParse {
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) return { invalid: original };
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  try {
    parseIsoDate(iso);
    return { iso };
  } catch {
    return { invalid: original };
  }
}

function bengaliEra(year: number, month: number, day: number, original: string): DateParse {
  const iso = fromBengaliDate({ year, month, day });
  return iso === null ? { invalid: original } : { iso };
}

/**
 * Read a date typed in a cell: dd/mm/yyyy, dd/mm/yy, d/m/yy, dd.mm.yyyy, dd-mm-yyyy (stray
 * spaces allowed), yyyy-mm-dd, or with a month name ("৪ জানুয়ারি, ২০২২", "4 January 2022",
 * "January 4, 2022"), in Bengali or Latin digits, with an optional "খ্রি:" after it.
 * A date marked "বঙ্গাব্দ" is read in the revised Bengali calendar and returned as its
 * Gregorian day. Returns {invalid} for a date-shaped text naming a day that does not exist
 * (০০/১২/২০২১, 31/02/2022) and null for anything that is not a date (a month without a day
 * included). Two-digit years are 20yy.
 */
export function parseDateText(text: string): DateParse {
  const original = normaliseSpace(text);
  let t = toLatinDigits(original).normalize('NFC').replace(/[।]$/, '').trim();
  const bengaliEraMarked = BENGALI_ERA_SUFFIX.test(t);
  t = t.replace(BENGALI_ERA_SUFFIX, '').replace(ERA_SUFFIX, '').trim();
  if (t === '') return null;
  const build = bengaliEraMarked ? bengaliEra : gregorian;

  let m = NUMERIC_DATE.exec(t);
  if (m) return build(fullYear(m[3]!), Number(m[2]), Number(m[1]), original);

  m = ISO_DATE.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), original);

  m = DAY_MONTH_YEAR.exec(t);
  if (m) return namedMonth(m[2]!, Number(m[1]), fullYear(m[3]!), original, bengaliEraMarked);

  m = MONTH_DAY_YEAR.exec(t);
  if (m) return namedMonth(m[1]!, Number(m[2]), Number(m[3]), original, bengaliEraMarked);

  return null;
}

function namedMonth(name: string, day: number, year: number, original: string, eraMarked: boolean): DateParse {
  const key = name.toLowerCase();
  const gregorianMonth = GREGORIAN_MONTH.get(key);
  if (gregorianMonth !== undefined && !eraMarked) return gregorian(year, gregorianMonth, day, original);
  const bengaliMonth = BENGALI_MONTH.get(key);
  if (bengaliMonth !== undefined) return bengaliEra(year, bengaliMonth, day, original);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Numbers

const PERCENT_SUFFIX = /\s*(%|٪|％|শতাংশ)$/;
const PLAIN_NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})*,\d{3})?(\.\d+)?$/;

/** Read a number or percentage: "৮৫%", "85", "61.54%", "৬১.৫৪", "১,২০০" (Western or lakh
 * grouping). Null for words, dates and anything else. */
export function parseNumberText(text: string): { value: number; percent: boolean } | null {
  let t = toLatinDigits(normaliseSpace(text));
  const percent = PERCENT_SUFFIX.test(t);
  if (percent) t = t.replace(PERCENT_SUFFIX, '');
  t = t.replace(/^([+-])\s+/, '$1');
  if (!/\d/.test(t) || !PLAIN_NUMBER.test(t)) return null;
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, percent } : null;
}

// ---------------------------------------------------------------------------------------------
// Output

const DEFAULT_NUMBER_FORMAT = new Intl.NumberFormat('bn-BD');

/** A number in Bengali digits with Bangladeshi (lakh) grouping: 123456.5 → "১,২৩,৪৫৬.৫". */
export function formatBengaliNumber(n: number, opts?: Intl.NumberFormatOptions): string {
  const format = opts === undefined ? DEFAULT_NUMBER_FORMAT : new Intl.NumberFormat('bn-BD', opts);
  return format.format(n);
}

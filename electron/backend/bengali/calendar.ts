// The revised Bengali calendar of Bangladesh (2019 revision): 1 বৈশাখ is 14 April;
// বৈশাখ–আশ্বিন have 31 days; কার্তিক, অগ্রহায়ণ, পৌষ, মাঘ and চৈত্র 30; ফাল্গুন 29, or 30
// when the Gregorian year it falls in is a leap year. Dates are handled as calendar days
// (UTC day numbers), never as instants, so no timezone can shift them.
import { toBengaliDigits } from './digits.js';

export const BENGALI_MONTHS: readonly string[] = [
  'বৈশাখ',
  'জ্যৈষ্ঠ',
  'আষাঢ়',
  'শ্রাবণ',
  'ভাদ্র',
  'আশ্বিন',
  'কার্তিক',
  'অগ্রহায়ণ',
  'পৌষ',
  'মাঘ',
  'ফাল্গুন',
  'চৈত্র',
].map((m) => m.normalize('NFC'));

export interface BengaliDate {
  day: number;
  month: number; // 1 = বৈশাখ … 12 = চৈত্র
  monthName: string;
  year: number; // বঙ্গাব্দ
}

const MS_PER_DAY = 86_400_000;
/** বঙ্গাব্দ = Gregorian year − 593 from 14 April. */
const ERA_OFFSET = 593;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Month lengths of the Bengali year that starts on 14 April of `gregorianStartYear`. */
function monthLengths(gregorianStartYear: number): number[] {
  const falgun = isLeapYear(gregorianStartYear + 1) ? 30 : 29;
  return [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, falgun, 30];
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Parse a date-only ISO string (YYYY-MM-DD); rejects impossible dates. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): ${iso}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`no such date: ${iso}`);
  }
  return { year, month, day };
}

export function toBengaliDate(iso: string): BengaliDate {
  const { year, month, day } = parseIsoDate(iso);
  const today = dayNumber(year, month, day);
  const startYear = today >= dayNumber(year, 4, 14) ? year : year - 1;
  let offset = today - dayNumber(startYear, 4, 14);
  const lengths = monthLengths(startYear);
  let index = 0;
  while (offset >= lengths[index]!) {
    offset -= lengths[index]!;
    index += 1;
  }
  return {
    day: offset + 1,
    month: index + 1,
    monthName: BENGALI_MONTHS[index]!,
    year: startYear - ERA_OFFSET,
  };
}

/** The Gregorian ISO date of a Bengali date, or null when that day does not exist. */
export function fromBengaliDate(date: { year: number; month: number; day: number }): string | null {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const startYear = year + ERA_OFFSET;
  const lengths = monthLengths(startYear);
  if (day > lengths[month - 1]!) return null;
  const offset = lengths.slice(0, month - 1).reduce((a, b) => a + b, 0) + day - 1;
  return new Date((dayNumber(startYear, 4, 14) + offset) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** e.g. "২০ পৌষ ১৪৩০" */
export function formatBengaliDate(iso: string): string {
  const d = toBengaliDate(iso);
  return `${toBengaliDigits(d.day)} ${d.monthName} ${toBengaliDigits(d.year)}`;
}

/** e.g. "২০/০৯/১৪৩০", the numeric form letters print above the Gregorian date. */
export function formatBengaliDateNumeric(iso: string): string {
  const d = toBengaliDate(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return toBengaliDigits(`${pad(d.day)}/${pad(d.month)}/${d.year}`);
}

// How the documents print numbers, dates, codes and periods: Bengali digits everywhere (domain §7).
import type { Period, Unit, Value } from '../plan-document/schema.js';
import { toBengaliDigits } from '../bengali/digits.js';
import { formatBengaliDate, formatBengaliIsoDate } from '../bengali/calendar.js';
import { fiscalYearStart } from '../fiscal-year/fiscal-year.js';
import { PERIOD_NAMES } from '../terms/plan-terms.js';

export { toBengaliDigits };

/** "2024-01-04" → "০৪/০১/২০২৪" */
export function bnDate(iso: string): string {
  return formatBengaliIsoDate(iso);
}

/** "2024-01-04" → "২০ পৌষ ১৪৩০" */
export function bnBengaliCalendarDate(iso: string): string {
  return formatBengaliDate(iso);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in Bengali digits, at most `decimals` decimals, no grouping below 10 000 (weights, scores). */
export function bnNumber(n: number, decimals = 2): string {
  const grouping = Math.abs(n) >= 10_000;
  // Building an Intl.NumberFormat costs far more than formatting with one: keep them.
  const key = `${decimals}|${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('bn-BD', { maximumFractionDigits: decimals, useGrouping: grouping });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

/** "1.1.1" → "[১.১.১]" */
export function bnCode(code: string | null | undefined): string {
  return code ? `[${toBengaliDigits(code)}]` : '';
}

/** "2023-24" → "২০২৩-২৪" */
export function bnFiscalYear(fiscalYear: string): string {
  return toBengaliDigits(fiscalYear);
}

/** A target or achievement value as the plan table prints it: dates dd/mm/yyyy, percentages with %. */
export function bnValue(value: Value | undefined, unit: Unit | null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return bnDate(value);
  return unit === 'percent' ? `${bnNumber(value)}%` : bnNumber(value);
}

const MONTHS = ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'];

const PERIOD_MONTHS: Record<Period, [number, number]> = {
  Q1: [7, 9],
  Q2: [10, 12],
  Q3: [1, 3],
  Q4: [4, 6],
  H1: [7, 12],
  annual: [7, 6],
};

export function periodName(period: Period): string {
  return PERIOD_NAMES.bn[period];
}

/** "H1", "2023-24" → "জুলাই-ডিসেম্বর, ২০২৩"; "annual" → "জুলাই, ২০২৩ হতে জুন, ২০২৪". */
export function periodMonths(period: Period, fiscalYear: string): string {
  const start = fiscalYearStart(fiscalYear);
  const [from, to] = PERIOD_MONTHS[period];
  const yearOf = (month: number): number => (month >= 7 ? start : start + 1);
  const fromName = MONTHS[from - 1]!;
  const toName = MONTHS[to - 1]!;
  if (yearOf(from) === yearOf(to)) return `${fromName}-${toName}, ${toBengaliDigits(yearOf(to))}`;
  return `${fromName}, ${toBengaliDigits(yearOf(from))} হতে ${toName}, ${toBengaliDigits(yearOf(to))}`;
}

/** "অর্ধবার্ষিক (জুলাই-ডিসেম্বর, ২০২৩)" */
export function periodLabel(period: Period, fiscalYear: string): string {
  return `${periodName(period)} (${periodMonths(period, fiscalYear)})`;
}

/** The number of a numbered list entry: 1 → "১।" */
export function bnListNumber(index: number): string {
  return `${toBengaliDigits(index + 1)}।`;
}

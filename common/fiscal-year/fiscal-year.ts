// Bangladesh fiscal years run 1 July – 30 June and are written "2023-24".
import type { Period } from '../plan-document/schema.js';

export const FISCAL_YEAR_PATTERN = /^(\d{4})-(\d{2})$/;

/** "2023-24" for any date from 2023-07-01 to 2024-06-30. */
export function fiscalYearOf(date: Date | string): string {
  const iso = typeof date === 'string' ? date : toIsoDate(date);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const start = month >= 7 ? year : year - 1;
  return formatFiscalYear(start);
}

export function formatFiscalYear(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Start year of "2023-24" (2023); throws on a malformed or inconsistent label. */
export function fiscalYearStart(fiscalYear: string): number {
  const m = FISCAL_YEAR_PATTERN.exec(fiscalYear);
  if (!m) throw new Error(`not a fiscal year: ${fiscalYear}`);
  const start = Number(m[1]);
  if ((start + 1) % 100 !== Number(m[2])) throw new Error(`not a fiscal year: ${fiscalYear}`);
  return start;
}

export function isFiscalYear(label: string): boolean {
  try {
    fiscalYearStart(label);
    return true;
  } catch {
    return false;
  }
}

const PERIOD_BOUNDS: Record<Period, { startMonth: number; endMonth: number; endDay: number }> = {
  Q1: { startMonth: 7, endMonth: 9, endDay: 30 },
  Q2: { startMonth: 10, endMonth: 12, endDay: 31 },
  H1: { startMonth: 7, endMonth: 12, endDay: 31 },
  Q3: { startMonth: 1, endMonth: 3, endDay: 31 },
  Q4: { startMonth: 4, endMonth: 6, endDay: 30 },
  annual: { startMonth: 7, endMonth: 6, endDay: 30 },
};

function calendarYear(startYear: number, month: number): number {
  return month >= 7 ? startYear : startYear + 1;
}

/** First day of a period as an ISO date. */
export function periodStart(fiscalYear: string, period: Period): string {
  const start = fiscalYearStart(fiscalYear);
  const { startMonth } = PERIOD_BOUNDS[period];
  return `${calendarYear(start, startMonth)}-${pad(startMonth)}-01`;
}

/** Last day of a period as an ISO date (H1 ends with Q2 on 31 December). */
export function periodEnd(fiscalYear: string, period: Period): string {
  const start = fiscalYearStart(fiscalYear);
  const { endMonth, endDay } = PERIOD_BOUNDS[period];
  return `${calendarYear(start, endMonth)}-${pad(endMonth)}-${pad(endDay)}`;
}

/** The quarters a period covers, in order. */
export function quartersOf(period: Period): Period[] {
  switch (period) {
    case 'H1':
      return ['Q1', 'Q2'];
    case 'annual':
      return ['Q1', 'Q2', 'Q3', 'Q4'];
    default:
      return [period];
  }
}

export function toIsoDate(date: Date): string {
  // Date-only values: read the local calendar date so midnight never shifts a day.
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

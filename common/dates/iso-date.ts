// Calendar days as ISO strings (YYYY-MM-DD): the one way the app reads, compares and makes dates.
// Days are UTC day numbers, never instants, so no time zone can shift them; "today" is the day in
// Dhaka, whatever zone the PC or the server is set to.

import { toLatinDigits } from '../bengali/digits.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Year, month and day of a date-only ISO string; throws on a malformed or impossible date (2021-12-00). */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (dayNumberOf(year, month, day) === null) throw new Error(`no such date: ${iso}`);
  return { year, month, day };
}

/** Days since 1970-01-01 of a date that exists; null for a malformed or impossible one. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  return m ? dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Days since 1970-01-01 of year/month/day, or null when that day does not exist. */
export function dayNumberOf(year: number, month: number, day: number): number | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** A YYYY-MM-DD string naming a day that exists (2021-12-00 and 2023-02-29 do not). */
export function isValidIsoDate(text: string): boolean {
  return dayNumber(text) !== null;
}

/** The ISO date of a day number (the inverse of dayNumber). */
export function isoFromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` after (or before, when negative) a valid ISO date. */
export function addDays(iso: string, days: number): string {
  const day = dayNumber(iso);
  if (day === null) throw new Error(`no such date: ${iso}`);
  return isoFromDayNumber(day + days);
}

const dhakaParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Dhaka', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day an instant falls on in Dhaka (Bangladesh time, UTC+6). */
export function isoDateInDhaka(instant: Date): string {
  const part = (type: string): string => dhakaParts.formatToParts(instant).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in Dhaka: between midnight and 06:00 there, the UTC date is still yesterday. */
export function todayInDhaka(now: Date = new Date()): string {
  return isoDateInDhaka(now);
}

/**
 * A day as people type it, dd/mm/yyyy (also with - or . between, Bengali or Latin digits), as an ISO
 * date; null when it is not a day that exists.
 */
export function isoFromDayMonthYear(typed: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(toLatinDigits(typed));
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** An ISO date as dd/mm/yyyy (Latin digits; the UI converts digits for its language). */
export function dayMonthYearFromIso(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

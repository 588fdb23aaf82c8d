import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENGALI_MONTHS,
  formatBengaliDate,
  formatBengaliDateNumeric,
  fromBengaliDate,
  toBengaliDate,
} from '../../../common/bengali/calendar.js';

const nfc = (s: string): string => s.normalize('NFC');

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the checks in domain.md §7', () => {
  it.each([
    ['2023-12-16', '১ পৌষ ১৪৩০'],
    ['2021-12-16', '১ পৌষ ১৪২৮'],
    ['2024-02-21', '৮ ফাল্গুন ১৪৩০'],
    ['2023-02-21', '৮ ফাল্গুন ১৪২৯'],
    ['2024-03-26', '১২ চৈত্র ১৪৩০'],
    ['2023-03-26', '১২ চৈত্র ১৪২৯'],
    ['2024-01-04', '২০ পৌষ ১৪৩০'],
    ['2022-09-22', '৭ আশ্বিন ১৪২৯'],
  ])('%s is %s', (iso, bengali) => {
    expect(formatBengaliDate(iso)).toBe(nfc(bengali));
  });

  it('seed 003 prints ২৬/০৯/১৪২৮ beside 22/09/2022: the two disagree', () => {
    expect(formatBengaliDateNumeric('2022-09-22')).toBe('০৭/০৬/১৪২৯');
    expect(fromBengaliDate({ year: 1428, month: 9, day: 26 })).toBe('2022-01-10');
  });
});

describe('toBengaliDate', () => {
  it('returns day, month number, month name and year', () => {
    expect(toBengaliDate('2024-01-04')).toEqual({ day: 20, month: 9, monthName: nfc('পৌষ'), year: 1430 });
  });

  it('starts the year on 14 April and ends it on 13 April', () => {
    expect(toBengaliDate('2024-04-13')).toMatchObject({ day: 30, month: 12, year: 1430 });
    expect(toBengaliDate('2024-04-14')).toMatchObject({ day: 1, month: 1, year: 1431 });
    expect(toBengaliDate('2023-04-13')).toMatchObject({ day: 30, month: 12, year: 1429 });
    expect(toBengaliDate('2023-04-14')).toMatchObject({ day: 1, month: 1, year: 1430 });
    expect(toBengaliDate('2025-01-01')).toMatchObject({ year: 1431 });
  });

  it('gives বৈশাখ–আশ্বিন 31 days and কার্তিক–মাঘ 30', () => {
    expect(toBengaliDate('2023-05-14')).toMatchObject({ day: 31, month: 1 });
    expect(toBengaliDate('2023-05-15')).toMatchObject({ day: 1, month: 2 });
    expect(toBengaliDate('2023-10-16')).toMatchObject({ day: 31, month: 6 });
    expect(toBengaliDate('2023-10-17')).toMatchObject({ day: 1, month: 7 });
    expect(toBengaliDate('2023-11-15')).toMatchObject({ day: 30, month: 7 });
    expect(toBengaliDate('2024-01-14')).toMatchObject({ day: 30, month: 9 });
    expect(toBengaliDate('2024-02-13')).toMatchObject({ day: 30, month: 10 });
  });

  it('gives ফাল্গুন 30 days when its Gregorian year is a leap year, else 29', () => {
    // 2024 is a leap year: ফাল্গুন 1430 runs 14 Feb – 14 Mar 2024.
    expect(toBengaliDate('2024-03-14')).toMatchObject({ day: 30, month: 11, year: 1430 });
    expect(toBengaliDate('2024-03-15')).toMatchObject({ day: 1, month: 12, year: 1430 });
    // 2023 is not: ফাল্গুন 1429 runs 14 Feb – 14 Mar 2023 in 29 days (no 29 February).
    expect(toBengaliDate('2023-03-14')).toMatchObject({ day: 29, month: 11, year: 1429 });
    expect(toBengaliDate('2023-03-15')).toMatchObject({ day: 1, month: 12, year: 1429 });
    // 2000 was a leap year, 2100 will not be.
    expect(toBengaliDate('2000-03-14')).toMatchObject({ day: 30, month: 11 });
    expect(toBengaliDate('2100-03-14')).toMatchObject({ day: 29, month: 11 });
    // Either way চৈত্র is 30 days and 14 April stays 1 বৈশাখ.
    expect(toBengaliDate('2024-02-29')).toMatchObject({ day: 16, month: 11 });
  });

  it('maps consecutive Gregorian days to consecutive Bengali days over ten years', () => {
    let iso = '2015-01-01';
    let prev = toBengaliDate(iso);
    for (let i = 0; i < 3653; i++) {
      iso = addDays(iso, 1);
      const next = toBengaliDate(iso);
      if (next.day === prev.day + 1) {
        expect([next.month, next.year]).toEqual([prev.month, prev.year]);
      } else {
        expect(next.day).toBe(1);
        const newYear = prev.month === 12;
        expect(next.month).toBe(newYear ? 1 : prev.month + 1);
        expect(next.year).toBe(newYear ? prev.year + 1 : prev.year);
        if (newYear) expect(iso.slice(5)).toBe('04-14');
      }
      expect(next.monthName).toBe(BENGALI_MONTHS[next.month - 1]);
      prev = next;
    }
    expect(iso).toBe('2025-01-01');
  });

  it('rejects text that is not a real ISO date', () => {
    expect(() => toBengaliDate('2023-02-29')).toThrow();
    expect(() => toBengaliDate('04/01/2024')).toThrow();
  });
});

describe('fromBengaliDate', () => {
  it('is the inverse of toBengaliDate', () => {
    const day = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, (iso) => fromBengaliDate(toBengaliDate(iso)) === iso),
      { numRuns: 2000 },
    );
  });

  it('refuses days the month does not have', () => {
    expect(fromBengaliDate({ year: 1430, month: 11, day: 30 })).toBe('2024-03-14');
    expect(fromBengaliDate({ year: 1429, month: 11, day: 30 })).toBeNull();
    expect(fromBengaliDate({ year: 1430, month: 7, day: 31 })).toBeNull();
    expect(fromBengaliDate({ year: 1430, month: 13, day: 1 })).toBeNull();
    expect(fromBengaliDate({ year: 1430, month: 1, day: 0 })).toBeNull();
  });
});

describe('BENGALI_MONTHS', () => {
  it('lists the twelve months from বৈশাখ to চৈত্র in NFC', () => {
    expect(BENGALI_MONTHS).toHaveLength(12);
    expect(BENGALI_MONTHS[0]).toBe(nfc('বৈশাখ'));
    expect(BENGALI_MONTHS[8]).toBe(nfc('পৌষ'));
    expect(BENGALI_MONTHS[11]).toBe(nfc('চৈত্র'));
    for (const m of BENGALI_MONTHS) expect(m).toBe(m.normalize('NFC'));
  });
});

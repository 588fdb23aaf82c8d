// Dates as officers type them (dd/mm/yyyy, Bengali or Latin digits) and back.
import { describe, expect, it } from 'vitest';
import { dayMonthYearFromIso, isoFromDayMonthYear } from '../../../common/dates/iso-date.js';

describe('typed dates', () => {
  it('reads dd/mm/yyyy in Bengali and Latin digits, with / - or . between', () => {
    expect(isoFromDayMonthYear('৩১/১২/২০২৩')).toBe('2023-12-31');
    expect(isoFromDayMonthYear('1-7-2024')).toBe('2024-07-01');
    expect(isoFromDayMonthYear(' 15.01.2022 ')).toBe('2022-01-15');
  });

  it('refuses days that do not exist and other shapes', () => {
    expect(isoFromDayMonthYear('০০/১২/২০২১')).toBeNull();
    expect(isoFromDayMonthYear('29/02/2023')).toBeNull();
    expect(isoFromDayMonthYear('2023-12-31')).toBeNull();
    expect(isoFromDayMonthYear('')).toBeNull();
  });

  it('writes an ISO date back as dd/mm/yyyy', () => {
    expect(dayMonthYearFromIso('2024-07-01')).toBe('01/07/2024');
    expect(isoFromDayMonthYear(dayMonthYearFromIso('2024-02-29'))).toBe('2024-02-29');
  });
});

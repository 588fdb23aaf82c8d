import { describe, expect, it } from 'vitest';
import { findingsOf, PLANT_CONTEXT } from './findings.js';
import { cleanReport, seed004Report } from './plans.js';

describe('late-submission', () => {
  it('records seed 004: received 11/02/2022 against 13/01/2022, 29 days late', () => {
    const findings = findingsOf(seed004Report(), 'late-submission', { period: 'H1', receivedOn: '2022-02-11', deadline: '2022-01-13' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe('প্রতিবেদন পাওয়া গেছে ১১/০২/২০২২, নির্ধারিত শেষ তারিখ ছিল ১৩/০১/২০২২ — ২৯ দিন দেরিতে');
    expect(findings[0]?.indicatorCode).toBeNull();
  });

  it('accepts a report on the deadline day, and says nothing without both dates', () => {
    expect(findingsOf(cleanReport(), 'late-submission', { ...PLANT_CONTEXT, receivedOn: '2024-01-15', deadline: '2024-01-15' })).toEqual([]);
    expect(findingsOf(cleanReport(), 'late-submission', { period: 'H1', receivedOn: '2024-03-01' })).toEqual([]);
  });
});

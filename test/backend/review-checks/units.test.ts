import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { codesOf, findingsOf, places, PLANT_CONTEXT } from './findings.js';
import { cleanReportWith, seed002Report, seed003Certificate } from './plans.js';

describe('unit-mismatch', () => {
  it("catches seed 003's count with date targets and its row without a unit", () => {
    const findings = findingsOf(seed003Certificate(), 'unit-mismatch', { period: 'annual' });
    expect(places(findings)).toEqual(['2.2.1@-', '2.2.5@-']);
    expect(findings[1]?.message).toBe('সূচক [২.২.৫]: একক "সংখ্যা" কিন্তু লক্ষ্যমাত্রা তারিখ');
  });

  it('catches a percent target above 100 at its cell', () => {
    const findings = runChecks(cleanReportWith('1.4.1', (i) => void (i.targets['100'] = 110)), PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['unit-mismatch']);
    expect(places(findings)).toEqual(['1.4.1@H8']);
  });

  it('catches a date where a count belongs in the achievement', () => {
    const findings = runChecks(cleanReportWith('2.1.1', (i) => void (i.achievements.H1 = '2023-11-01')), PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['unit-mismatch']);
    expect(places(findings)).toEqual(['2.1.1@M11']);
  });

  it('names an unknown unit text', () => {
    const findings = findingsOf(
      cleanReportWith('2.1.1', (i) => {
        i.unit = null;
        i.unitText = 'টি';
      }),
      'unit-mismatch',
    );
    expect(places(findings)).toEqual(['2.1.1@F11']);
    expect(findings[0]?.message).toContain('"টি"');
  });

  it('takes 0 in a date row as "not yet" (seed 002 [১.১.১])', () => {
    expect(findingsOf(seed002Report(), 'unit-mismatch', { period: 'Q2' })).toEqual([]);
  });
});

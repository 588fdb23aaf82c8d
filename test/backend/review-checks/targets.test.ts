import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { codesOf, findingsOf, places, PLANT_CONTEXT } from './findings.js';
import { cleanReportWith, seed001Report, seed002Report } from './plans.js';

const Q2 = { period: 'Q2' as const };

describe('targets-not-monotonic', () => {
  it("catches seed 002 [৪.১.১] (31/08/24 then 08/08/24) once, at the 90% level", () => {
    const findings = findingsOf(seed002Report(), 'targets-not-monotonic', Q2);
    expect(places(findings)).toEqual(['4.1.1@-']);
    expect(findings[0]?.message).toBe(
      'সূচক [৪.১.১]: ৯০% স্তরের লক্ষ্যমাত্রা ০৮/০৮/২০২৪, যা ১০০% স্তরের ৩১/০৮/২০২৪-এর আগে; নিচের স্তরের তারিখ আগে হতে পারে না',
    );
  });

  it('catches a count that rises at a worse level', () => {
    const findings = runChecks(cleanReportWith('1.5.1', (i) => void (i.targets['80'] = 5)), PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['targets-not-monotonic']);
    expect(places(findings)).toEqual(['1.5.1@J9']);
  });

  it('compares each level with the worst of the levels above it', () => {
    // 100: 28/02, 90: 30/03, 80: 10/03 — 80 is earlier than 90 though later than 100.
    const findings = findingsOf(cleanReportWith('2.2.3', (i) => void (i.targets['80'] = '2024-03-10')), 'targets-not-monotonic');
    expect(places(findings)).toEqual(['2.2.3@J15']);
  });

  it('lets two levels share a target', () => {
    expect(findingsOf(cleanReportWith('1.5.1', (i) => void (i.targets['90'] = 4)), 'targets-not-monotonic')).toEqual([]);
  });
});

describe('zero-target', () => {
  it('catches seed 002 [৫.১.১] and [৫.১.২], both 4/3/2/1/0', () => {
    const findings = findingsOf(seed002Report(), 'zero-target', Q2);
    expect(places(findings)).toEqual(['5.1.1@-', '5.1.2@-']);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.message).toContain('৬০% স্তরের লক্ষ্যমাত্রা ০');
  });
});

describe('targets-missing', () => {
  it("catches seed 001's rows with every target cell empty", () => {
    const findings = findingsOf(seed001Report(), 'targets-missing', Q2);
    expect(findings.map((f) => f.indicatorCode)).toEqual(['1.1.1', '1.3.1', '1.4.1', '1.5.1', '1.5.2', '2.2.2', '2.2.3']);
  });

  it('is satisfied by a single defined level', () => {
    const doc = cleanReportWith('2.2.1', (i) => void (i.targets = { '100': null, '90': 1 }));
    expect(findingsOf(doc, 'targets-missing')).toEqual([]);
  });
});

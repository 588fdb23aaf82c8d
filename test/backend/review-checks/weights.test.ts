import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { codesOf, findingsOf, PLANT_CONTEXT } from './findings.js';
import { cleanReport, cleanReportWith, seed002Report, seed003Certificate } from './plans.js';

describe('weight-mismatch', () => {
  it("catches seed 003's areas printed as 35/15 while their rows add to 29/21", () => {
    const findings = findingsOf(seed003Certificate(), 'weight-mismatch', { period: 'annual' });
    expect(findings.map((f) => [f.areaCode, f.indicatorCode])).toEqual([
      ['1', null],
      ['2', null],
    ]);
    expect(findings[0]?.message).toBe('ক্ষেত্র [১]: ক্ষেত্রের মান ৩৫, কিন্তু এর সূচকগুলোর মানের যোগফল ২৯');
    expect(findings[1]?.message).toBe('ক্ষেত্র [২]: ক্ষেত্রের মান ১৫, কিন্তু এর সূচকগুলোর মানের যোগফল ২১');
  });

  it('reports the areas against the plan total when they do not add to 50', () => {
    const doc = cleanReport();
    doc.areas[1]!.weight = 20;
    doc.indicators.find((i) => i.code === '2.2.3')!.weight = 7;
    const findings = runChecks(doc, PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['weight-mismatch']);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.indicatorCode).toBeNull();
    expect(findings[0]?.message).toContain('৫৩');
    expect(findings[0]?.message).toContain('৫০');
  });

  it('points at the weight cell of an indicator that has none', () => {
    const findings = findingsOf(
      cleanReportWith('1.4.1', (i) => void (i.weight = null)),
      'weight-mismatch',
    );
    expect(findings.find((f) => f.indicatorCode === '1.4.1')?.cell).toBe('G8');
    expect(findings.some((f) => f.areaCode === '1' && f.indicatorCode === null)).toBe(true);
  });

  it('sums the indicators of a plan without an area column (seed 002 adds to 50)', () => {
    expect(findingsOf(seed002Report(), 'weight-mismatch', { period: 'Q2' })).toEqual([]);
    const doc = seed002Report();
    doc.indicators[0]!.weight = 9;
    const findings = findingsOf(doc, 'weight-mismatch', { period: 'Q2' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.messageEn).toContain('indicator weights add up to 49');
  });

  it('takes the plan total from the context', () => {
    const findings = findingsOf(cleanReport(), 'weight-mismatch', { ...PLANT_CONTEXT, planTotal: 100 });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('১০০');
  });
});

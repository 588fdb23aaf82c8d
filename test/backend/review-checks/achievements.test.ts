import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { codesOf, findingsOf, places, PLANT_CONTEXT } from './findings.js';
import { cleanReport, cleanReportWith, seed003Certificate, seed004Report } from './plans.js';

describe('achievement-words', () => {
  it("catches seed 004's words in the Q1 column", () => {
    const findings = findingsOf(seed004Report(), 'achievement-words', { period: 'H1' });
    expect(places(findings)).toEqual(['1.5@K11']);
    expect(findings[0]?.message).toBe('সূচক [১.৫]: ১ম ত্রৈমাসিকের অর্জনের ঘরে মানের বদলে লেখা আছে: "প্রক্রিয়াধীন রয়েছে।"');
  });

  it('ignores a dash', () => {
    const doc = cleanReportWith('1.3.1', (i) => void (i.achievementText = { H1: '-' }));
    expect(findingsOf(doc, 'achievement-words')).toEqual([]);
  });
});

describe('achievement-missing', () => {
  it('catches a date indicator whose 100% date has passed by the period end', () => {
    const doc = cleanReportWith('2.2.2', (i) => void (i.targets['100'] = '2023-12-20'));
    const findings = runChecks(doc, PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['achievement-missing']);
    expect(places(findings)).toEqual(['2.2.2@M14']);
    expect(findings[0]?.message).toContain('২০/১২/২০২৩');
  });

  it('leaves a date not yet due (the clean report’s blanks)', () => {
    expect(findingsOf(cleanReport(), 'achievement-missing')).toEqual([]);
  });

  it('lets a "later" remark explain a blank count in H1, not in the annual report', () => {
    const doc = cleanReportWith('1.5.1', (i) => {
      i.achievements = { H1: null };
      i.remarks = '৪র্থ কোয়ার্টারে সম্পন্ন করা হবে';
    });
    expect(findingsOf(doc, 'achievement-missing')).toEqual([]);
    doc.reportPeriods = ['annual'];
    doc.indicators.forEach((i) => {
      i.achievements = { annual: i.code === '1.5.1' ? null : (i.achievements.H1 ?? null) };
    });
    const annual = findingsOf(doc, 'achievement-missing', { period: 'annual' });
    expect(annual.map((f) => f.indicatorCode)).toContain('1.5.1');
  });

  it('skips a row marked not applicable', () => {
    const doc = cleanReportWith('2.1.2', (i) => {
      i.achievements.H1 = null;
      i.remarks = 'প্রযোজ্য নয়';
    });
    expect(findingsOf(doc, 'achievement-missing')).toEqual([]);
  });

  it('takes the quarters of H1 for the H1 column', () => {
    const doc = cleanReportWith('2.1.1', (i) => void (i.achievements = { H1: null, Q2: 1 }));
    expect(findingsOf(doc, 'achievement-missing')).toEqual([]);
  });

  it('checks a single quarter only for dates that fall in it', () => {
    const doc = cleanReport();
    doc.reportPeriods = ['Q3'];
    doc.indicators.forEach((i) => void (i.achievements = { Q3: null }));
    doc.indicators.forEach((i) => void (i.evidence = null));
    const findings = findingsOf(doc, 'achievement-missing', { period: 'Q3' });
    // Due in Q3 (Jan–Mar 2024): [১.৫.২] 25/03, [২.২.২] 31/01, [২.২.৩] 28/02; counts are not checked per quarter.
    expect(findings.map((f) => f.indicatorCode)).toEqual(['1.5.2', '2.2.2', '2.2.3']);
  });

  it('does not check a document without a column for the period', () => {
    expect(findingsOf(seed003Certificate(), 'achievement-missing', { period: 'H1' })).toEqual([]);
  });
});

describe('achievement-out-of-period', () => {
  it('catches a date before the fiscal year starts', () => {
    const findings = findingsOf(cleanReportWith('1.5.2', (i) => void (i.achievements.H1 = '2023-06-20')), 'achievement-out-of-period');
    expect(places(findings)).toEqual(['1.5.2@M10']);
    expect(findings[0]?.message).toContain('অর্থবছর শুরুর');
  });

  it('catches a date after the report arrived', () => {
    const findings = findingsOf(cleanReport(), 'achievement-out-of-period', { ...PLANT_CONTEXT, receivedOn: '2023-12-15' });
    expect(places(findings)).toEqual(['1.5.2@M10']);
    expect(findings[0]?.message).toContain('প্রতিবেদন পাওয়ার দিনের (১৫/১২/২০২৩) পরে');
  });

  it("judges each column by its own period's end", () => {
    const doc = cleanReportWith('1.5.2', (i) => void (i.achievements = { H1: '2023-12-20', Q1: '2023-12-20' }));
    const findings = findingsOf(doc, 'achievement-out-of-period');
    // The Q1 column has no recorded cell here, so the finding falls back to the row's code cell.
    expect(places(findings)).toEqual(['1.5.2@E10']);
    expect(findings[0]?.message).toContain('১ম ত্রৈমাসিকের অর্জনের তারিখ ২০/১২/২০২৩ মেয়াদ শেষের (৩০/০৯/২০২৩) পরে');
  });
});

describe('achievement-over-max', () => {
  it('catches a count more than three times the 100% target, not three times', () => {
    expect(findingsOf(cleanReportWith('2.1.1', (i) => void (i.achievements.H1 = 12)), 'achievement-over-max')).toEqual([]);
    const findings = runChecks(cleanReportWith('2.1.1', (i) => void (i.achievements.H1 = 13)), PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['achievement-over-max']);
    expect(places(findings)).toEqual(['2.1.1@M11']);
  });

  it('allows exactly 100%', () => {
    expect(findingsOf(cleanReportWith('1.4.1', (i) => void (i.achievements.H1 = 100)), 'achievement-over-max')).toEqual([]);
  });
});

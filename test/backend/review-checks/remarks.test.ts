import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { codesOf, findingsOf, places, PLANT_CONTEXT } from './findings.js';
import { cleanReportWith, seed002Report } from './plans.js';

describe('remarks-contradict', () => {
  it('catches "done" beside an empty achievement', () => {
    const findings = runChecks(cleanReportWith('1.1.1', (i) => void (i.remarks = 'সম্পন্ন করা হয়েছে')), PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['remarks-contradict']);
    expect(places(findings)).toEqual(['1.1.1@N5']);
  });

  it("reads seed 001's OCR'd \"৪ৰ্থ কোয়ার্টারে সম্পন্ন করা হবে\" as later", () => {
    const findings = findingsOf(cleanReportWith('1.4.1', (i) => void (i.remarks = '৪ৰ্থ কোয়ার্টারে সম্পন্ন করা হবে')), 'remarks-contradict');
    expect(places(findings)).toEqual(['1.4.1@N8']);
    expect(findings[0]?.message).toContain('অর্ধবার্ষিক অর্জন ৮০%');
  });

  it("catches seed 002's \"done\" remarks over empty Q2 cells, and not its ০ beside \"বাস্তবায়িত হবে\"", () => {
    const findings = findingsOf(seed002Report(), 'remarks-contradict', { period: 'Q2' });
    expect(findings.map((f) => f.indicatorCode)).toEqual(['4.1.1', '8.1.1']);
  });

  it('leaves a remark that is partly done and partly later', () => {
    const doc = cleanReportWith('1.5.1', (i) => void (i.remarks = '২টি কর্মশালা সম্পন্ন হয়েছে, বাকি ২টি ৪র্থ কোয়ার্টারে করা হবে'));
    expect(findingsOf(doc, 'remarks-contradict')).toEqual([]);
  });
});

describe('not-applicable-claimed', () => {
  it('catches "প্রযোজ্য নয়" with an achievement, at the achievement cell', () => {
    const findings = findingsOf(cleanReportWith('1.5.1', (i) => void (i.remarks = 'প্রযোজ্য নয়')), 'not-applicable-claimed');
    expect(places(findings)).toEqual(['1.5.1@M9']);
  });

  it('accepts the row with 0 or nothing', () => {
    for (const value of [0, null]) {
      const doc = cleanReportWith('2.1.2', (i) => {
        i.remarks = 'আওতাধীন দপ্তর/সংস্থা নেই';
        i.achievements.H1 = value;
      });
      expect(findingsOf(doc, 'not-applicable-claimed')).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, places, PLANT_CONTEXT } from './findings.js';
import { cleanReportWith, seed004Report } from './plans.js';

const noEvidence = () => cleanReportWith('2.2.1', (i) => void (i.evidence = null));

describe('evidence-missing', () => {
  it('is satisfied by an attached file, not by a count of 0', () => {
    expect(findingsOf(noEvidence(), 'evidence-missing', { ...PLANT_CONTEXT, evidenceCount: { '2.2.1': 2 } })).toEqual([]);
    expect(places(findingsOf(noEvidence(), 'evidence-missing', { ...PLANT_CONTEXT, evidenceCount: { '2.2.1': 0 } }))).toEqual([
      '2.2.1@O13',
    ]);
  });

  it('is satisfied by a reference in the remarks', () => {
    const doc = cleanReportWith('2.2.1', (i) => {
      i.evidence = '-';
      i.remarks = 'প্রমাণক: পরিশিষ্ট-৩';
    });
    expect(findingsOf(doc, 'evidence-missing')).toEqual([]);
  });

  it('asks nothing of a row with no achievement, or an achievement of 0', () => {
    for (const value of [null, 0]) {
      const doc = cleanReportWith('2.2.1', (i) => {
        i.evidence = null;
        i.achievements.H1 = value;
      });
      expect(findingsOf(doc, 'evidence-missing')).toEqual([]);
    }
  });

  it("accepts seed 004's \"প্রযানক পরিশিষ্ট-১\" written in the row", () => {
    expect(findingsOf(seed004Report(), 'evidence-missing', { period: 'H1' })).toEqual([]);
  });
});

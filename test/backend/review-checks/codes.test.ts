import { describe, expect, it } from 'vitest';
import { findingsOf, places } from './findings.js';
import { cleanReportWith, seed001Report, seed004Report } from './plans.js';

describe('duplicate-code', () => {
  it('reports the second row with a code, not the first', () => {
    const findings = findingsOf(cleanReportWith('2.2.3', (i) => void (i.code = '1.1.1')), 'duplicate-code');
    expect(places(findings)).toEqual(['1.1.1@E15']);
    expect(findings[0]?.message).toContain('ক্রম ১');
  });
});

describe('bad-code', () => {
  it('reports a row with no code', () => {
    const findings = findingsOf(cleanReportWith('1.3.1', (i) => void (i.code = null)), 'bad-code');
    expect(places(findings)).toEqual(['-@E7']);
    expect(findings[0]?.message).toContain('সূচকের কোড নেই');
  });

  it('reports a malformed activity code', () => {
    const findings = findingsOf(cleanReportWith('1.4.1', (i) => void (i.activityCode = '1')), 'bad-code');
    expect(places(findings)).toEqual(['1.4.1@D8']);
  });

  it("reports seed 004's activity codes standing in the indicator column", () => {
    const findings = findingsOf(seed004Report(), 'bad-code', { period: 'H1' });
    expect(places(findings)).toEqual(['1.2@E8', '1.3@E9', '1.5@E11']);
  });
});

describe('code-out-of-place', () => {
  it("catches seed 001's [২.১.২] under activity [২.২] and nothing else there", () => {
    const findings = findingsOf(seed001Report(), 'code-out-of-place', { period: 'Q2' });
    expect(places(findings)).toEqual(['2.1.2@-']);
    expect(findings[0]?.message).toBe(
      'সূচক [২.১.২]: কোডটি কার্যক্রম [২.২]-এর অধীনে থাকার কথা নয়; সূচকের কোড কার্যক্রমের কোড দিয়ে শুরু হবে',
    );
  });

  it('catches an activity filed under another area', () => {
    const findings = findingsOf(cleanReportWith('1.4.1', (i) => void (i.areaCode = '2')), 'code-out-of-place');
    expect(places(findings)).toEqual(['1.4.1@E8']);
    expect(findings[0]?.messageEn).toContain('activity [1.4] is placed under area [2]');
  });

  it('leaves a malformed code to bad-code', () => {
    expect(findingsOf(cleanReportWith('1.3.1', (i) => void (i.code = '2.7')), 'code-out-of-place')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { periodEndOrNull, scoreIndicator } from '../../../electron/backend/scoring/indicator.js';
import { five, indicator } from './fixtures.js';

const FY = { fiscalYear: '2024-25' } as const;
const codes = (score: { diagnostics: { code: string }[] }) => score.diagnostics.map((d) => d.code);

describe('scoreIndicator: statuses', () => {
  const dated = (t100: string, achievements = {}) =>
    indicator({ code: '7.1.1', unit: 'date', weight: 5, targets: five(t100, null, null, null, null), achievements });

  it('no achievement: not-due when the 100% date is after the period end, no-data on or before it', () => {
    expect(scoreIndicator(dated('2025-01-01'), { period: 'H1', ...FY }).status).toBe('not-due');
    expect(scoreIndicator(dated('2024-12-31'), { period: 'H1', ...FY }).status).toBe('no-data');
    expect(scoreIndicator(dated('2024-10-01'), { period: 'Q1', ...FY }).status).toBe('not-due');
    expect(scoreIndicator(dated('2024-09-30'), { period: 'Q1', ...FY }).status).toBe('no-data');
    expect(scoreIndicator(dated('2025-06-30'), { period: 'annual', ...FY }).status).toBe('no-data');
    expect(scoreIndicator(dated('2025-04-01'), { period: 'Q3', ...FY }).status).toBe('not-due');
  });

  it('not-due and no-data are not scored', () => {
    for (const t100 of ['2025-01-01', '2024-12-31']) {
      const score = scoreIndicator(dated(t100), { period: 'H1', ...FY });
      expect(score).toMatchObject({ level: null, score: null, achievement: null, method: 'date' });
    }
  });

  it('not-due looks at the best defined date when the 100% cell is blank', () => {
    const score = scoreIndicator(
      indicator({ code: '1.1', unit: 'date', weight: 2, targets: five(null, '2025-01-05', '2025-01-12', null, null) }),
      { period: 'H1', ...FY },
    );
    expect(score.status).toBe('not-due');
  });

  it('a number indicator without achievement is no-data', () => {
    const score = scoreIndicator(indicator({ code: '2.1.1', unit: 'number', weight: 2, targets: five(4, 3, 2, 1, null) }), { period: 'Q1', ...FY });
    expect(score).toMatchObject({ status: 'no-data', level: null, score: null, method: 'sum' });
  });

  it('achieved at 100, partial above 0, missed at 0', () => {
    const counted = (a: number) =>
      scoreIndicator(indicator({ code: '2.1.1', unit: 'number', weight: 2, targets: five(4, 3, 2, 1, null), achievements: { Q2: a } }), { period: 'Q2', ...FY });
    expect(counted(5)).toMatchObject({ status: 'achieved', level: 100, score: 2 });
    expect(counted(4)).toMatchObject({ status: 'achieved', level: 100, score: 2 });
    expect(counted(1)).toMatchObject({ status: 'partial', level: 70 });
    expect(counted(1).score).toBeCloseTo(1.4, 10);
    expect(counted(0)).toMatchObject({ status: 'missed', level: 0, score: 0 });
  });

  it('a late date, even one after the period end, is scored as reported', () => {
    const score = scoreIndicator(dated('2024-12-01', { H1: '2025-01-20' }), { period: 'H1', ...FY });
    expect(score).toMatchObject({ status: 'missed', level: 0, score: 0, achievement: '2025-01-20', method: 'reported' });
  });

  it('invalid: no defined level, with or without an achievement', () => {
    for (const achievements of [{}, { Q2: 3 }]) {
      const score = scoreIndicator(indicator({ code: '1.2.1', unit: 'number', weight: 4, targets: five('-', null, '', null, null), achievements }), { period: 'Q2', ...FY });
      expect(score).toMatchObject({ status: 'invalid', level: null, score: null });
      expect(codes(score)).toContain('targets-missing');
    }
  });

  it('a ০ where a date belongs is "not done yet" (seed 002 prints ০ for a date not yet done)', () => {
    const score = scoreIndicator(dated('2025-03-16', { Q2: 0 }), { period: 'H1', ...FY });
    expect(score).toMatchObject({ status: 'not-due', level: null, score: null, achievement: null });
    expect(codes(score)).toEqual(['zero-as-not-done']);
    const late = scoreIndicator(dated('2024-12-01', { Q2: 0 }), { period: 'H1', ...FY });
    expect(late).toMatchObject({ status: 'no-data', level: null });
  });

  it('invalid: a number other than ০ where a date belongs', () => {
    const score = scoreIndicator(dated('2025-03-16', { Q2: 5 }), { period: 'H1', ...FY });
    expect(score).toMatchObject({ status: 'invalid', level: null, score: null, achievement: 5 });
    expect(codes(score)).toEqual(['method-form-mismatch', 'achievement-form-mismatch']);
  });

  it('invalid: a date where a number belongs, and an impossible date', () => {
    const counted = scoreIndicator(
      indicator({ code: '2.1.1', unit: 'number', weight: 2, targets: five(4, 3, 2, 1, null), achievements: { Q2: '2024-10-25' } }),
      { period: 'Q2', ...FY },
    );
    expect(counted.status).toBe('invalid');
    const impossible = scoreIndicator(dated('2024-12-01', { Q2: '2024-11-31' }), { period: 'Q2', ...FY });
    expect(impossible).toMatchObject({ status: 'invalid', level: null });
    expect(codes(impossible)).toEqual(['invalid-date']);
    const badTarget = scoreIndicator(dated('2021-12-00', { Q2: '2021-11-06' }), { period: 'Q2', fiscalYear: '2021-22' });
    expect(badTarget.status).toBe('invalid');
  });

  it('a fiscal year that is unknown: no-data for a date indicator, with period-end-unknown', () => {
    const score = scoreIndicator(dated('2025-01-01'), { period: 'H1', fiscalYear: null });
    expect(score.status).toBe('no-data');
    expect(codes(score)).toEqual(['period-end-unknown']);
    expect(scoreIndicator(dated('2025-01-01'), { period: 'H1', fiscalYear: '2024-26' }).status).toBe('no-data');
    expect(periodEndOrNull('2024-26', 'H1')).toBeNull();
    expect(periodEndOrNull(null, 'H1')).toBeNull();
    expect(periodEndOrNull('2024-25', 'H1')).toBe('2024-12-31');
  });
});

describe('scoreIndicator: rules, methods, units, weights', () => {
  it('compares by the form of the targets and reports a unit that disagrees (seed 004 [২.২.৫])', () => {
    const score = scoreIndicator(
      indicator({ code: '2.2.5', unit: 'number', weight: 3, targets: { '100': '2022-05-30', '80': '2022-06-30', '60': null }, achievements: { annual: '2022-06-14' } }),
      { period: 'annual', fiscalYear: '2021-22', levels: [100, 80, 60] },
    );
    expect(score.status).toBe('partial');
    expect(score.level!).toBeCloseTo(80 + (16 / 31) * 20, 10);
    expect(codes(score)).toEqual(['unit-mismatch']);
    expect(score.diagnostics[0]).toMatchObject({ severity: 'warning', indicator: '2.2.5' });
  });

  it('the indicator’s own rule and method apply unless the options override them', () => {
    const base = indicator({
      code: '1.4.1', unit: 'percent', weight: 6, targets: five(85, 80, 75, 70, 60),
      achievements: { Q1: 70, Q2: 74 }, rule: 'step', method: 'cumulative',
    });
    const own = scoreIndicator(base, { period: 'H1', ...FY });
    expect(own).toMatchObject({ rule: 'step', method: 'cumulative', achievement: 74, level: 70 });
    const overridden = scoreIndicator(base, { period: 'H1', ...FY, rule: 'interpolate', method: 'average' });
    expect(overridden).toMatchObject({ rule: 'interpolate', method: 'average', achievement: 72, level: 74 });
    const byDefault = scoreIndicator({ ...base, rule: undefined, method: undefined }, { period: 'H1', ...FY });
    expect(byDefault).toMatchObject({ rule: 'interpolate', method: 'average', achievement: 72 });
  });

  it('reports the rule applied: proportional on dates is interpolate', () => {
    const score = scoreIndicator(
      indicator({ code: '7.1.1', unit: 'date', weight: 5, targets: five('2024-12-01', '2024-12-15', null, null, null), achievements: { Q2: '2024-12-08' } }),
      { period: 'Q2', ...FY, rule: 'proportional' },
    );
    expect(score).toMatchObject({ rule: 'interpolate', level: 95 });
    const pending = scoreIndicator(
      indicator({ code: '7.1.1', unit: 'date', weight: 5, targets: five('2025-12-01', null, null, null, null) }),
      { period: 'Q2', ...FY, rule: 'proportional' },
    );
    expect(pending).toMatchObject({ rule: 'interpolate', status: 'not-due' });
  });

  it('score = weight × level / 100, unrounded', () => {
    const score = scoreIndicator(
      indicator({ code: '7.1.1', unit: 'date', weight: 5, targets: five('2024-12-01', '2024-12-15', '2024-12-29', '2025-01-05', '2025-01-12'), achievements: { Q2: '2024-12-20' } }),
      { period: 'H1', ...FY },
    );
    expect(score.score).toBe((5 * score.level!) / 100);
    expect(score.score).not.toBe(Math.round(score.score! * 10000) / 10000);
  });

  it('no weight: the level is found, the score is null, and it is reported', () => {
    const score = scoreIndicator(indicator({ code: '2.1.1', unit: 'number', weight: null, targets: five(4, 3, 2, 1, null), achievements: { Q2: 3 } }), { period: 'Q2', ...FY });
    expect(score).toMatchObject({ status: 'partial', level: 90, score: null });
    expect(codes(score)).toEqual(['weight-missing']);
  });

  it('a zero target is reported with the indicator code and scored as blank (seed 002 [৫.১.১])', () => {
    const score = scoreIndicator(indicator({ code: '5.1.1', unit: 'number', weight: 6, targets: five(4, 3, 2, 1, 0), achievements: { Q2: 0.5 } }), { period: 'Q2', ...FY });
    expect(score).toMatchObject({ status: 'missed', level: 0, score: 0 });
    expect(score.diagnostics).toEqual([expect.objectContaining({ code: 'zero-target', severity: 'error', indicator: '5.1.1' })]);
  });
});

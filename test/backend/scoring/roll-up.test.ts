import { describe, expect, it } from 'vitest';
import { defaultMethod, rollUp } from '../../../electron/backend/scoring/roll-up.js';
import type { Indicator } from '../../../common/plan-document/schema.js';

const with_ = (achievements: Indicator['achievements']) => ({ achievements });
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('rollUp', () => {
  const quarters = with_({ Q1: 10, Q2: 15, Q3: 20, Q4: 25 });

  it('the worked roll-up: 10, 15, 20, 25 → sum 70, average 17.5, cumulative 25', () => {
    expect(rollUp(quarters, 'annual', 'sum')).toEqual({ achievement: 70, method: 'sum', findings: [] });
    expect(rollUp(quarters, 'annual', 'average')).toEqual({ achievement: 17.5, method: 'average', findings: [] });
    expect(rollUp(quarters, 'annual', 'cumulative')).toEqual({ achievement: 25, method: 'cumulative', findings: [] });
  });

  it('H1 takes Q1 and Q2 only', () => {
    expect(rollUp(quarters, 'H1', 'sum').achievement).toBe(25);
    expect(rollUp(quarters, 'H1', 'average').achievement).toBe(12.5);
    expect(rollUp(quarters, 'H1', 'cumulative').achievement).toBe(15);
  });

  it('a quarter is its own column', () => {
    expect(rollUp(quarters, 'Q3', 'sum')).toEqual({ achievement: 20, method: 'reported', findings: [] });
    expect(rollUp(quarters, 'Q3', 'date')).toMatchObject({ achievement: 20, method: 'reported' });
  });

  it('uses the period’s own column as reported, whatever the method', () => {
    const report = with_({ Q1: 1, Q2: 3, H1: 2 });
    for (const method of ['sum', 'average', 'cumulative', 'date', 'reported'] as const) {
      expect(rollUp(report, 'H1', method)).toEqual({ achievement: 2, method: 'reported', findings: [] });
    }
  });

  it('an empty own column falls back to the quarters; method reported does not', () => {
    const report = with_({ Q1: 1, Q2: 3, H1: null });
    expect(rollUp(report, 'H1', 'sum').achievement).toBe(4);
    expect(rollUp(report, 'H1', 'reported')).toEqual({ achievement: null, method: 'reported', findings: [] });
  });

  it('averages only the quarters reported; blanks and dashes are not reported', () => {
    const report = with_({ Q1: 10, Q2: null, Q3: 20, Q4: '-' });
    expect(rollUp(report, 'annual', 'average').achievement).toBe(15);
    expect(rollUp(report, 'annual', 'sum').achievement).toBe(30);
    expect(rollUp(report, 'annual', 'cumulative').achievement).toBe(20);
  });

  it('date: the earliest completion date in the period’s quarters', () => {
    const report = with_({ Q1: '2021-09-20', Q2: '2021-08-26', Q3: '2021-07-01' });
    expect(rollUp(report, 'H1', 'date').achievement).toBe('2021-08-26');
    expect(rollUp(report, 'annual', 'date').achievement).toBe('2021-07-01');
    expect(rollUp(report, 'H1', 'cumulative').achievement).toBe('2021-08-26');
  });

  it('nothing reported → null with the method asked for', () => {
    expect(rollUp(with_({}), 'H1', 'date')).toEqual({ achievement: null, method: 'date', findings: [] });
    expect(rollUp(with_({ Q3: 5 }), 'H1', 'sum')).toEqual({ achievement: null, method: 'sum', findings: [] });
  });

  it('ignores values of the wrong form when some fit the method, and says so', () => {
    const result = rollUp(with_({ Q1: 0, Q2: '2024-12-01' }), 'H1', 'date');
    expect(result.achievement).toBe('2024-12-01');
    expect(codes(result.findings)).toEqual(['rollup-ignored-values']);
    const sum = rollUp(with_({ Q1: '2024-08-01', Q2: 3 }), 'H1', 'sum');
    expect(sum.achievement).toBe(3);
    expect(codes(sum.findings)).toEqual(['rollup-ignored-values']);
  });

  it('passes the latest value on when none fits the method, so scoring can report it', () => {
    const result = rollUp(with_({ Q1: 2, Q2: 0 }), 'H1', 'date');
    expect(result.achievement).toBe(0);
    expect(codes(result.findings)).toEqual(['method-form-mismatch']);
    expect(rollUp(with_({ Q2: '2024-12-01' }), 'H1', 'average').achievement).toBe('2024-12-01');
  });
});

describe('defaultMethod', () => {
  it('by unit: date → date, number → sum, percent → average', () => {
    expect(defaultMethod('date', 'date')).toBe('date');
    expect(defaultMethod('number', 'number')).toBe('sum');
    expect(defaultMethod('percent', 'number')).toBe('average');
  });

  it('the form of the targets wins over a unit that disagrees with it', () => {
    expect(defaultMethod('number', 'date')).toBe('date'); // seed 004 [২.২.৫]
    expect(defaultMethod('date', 'number')).toBe('sum');
  });

  it('the unit alone decides when no target is usable, sum when nothing is known', () => {
    expect(defaultMethod('date', null)).toBe('date');
    expect(defaultMethod('percent', null)).toBe('average');
    expect(defaultMethod(null, null)).toBe('sum');
    expect(defaultMethod(null, 'date')).toBe('date');
  });
});

import { describe, expect, it } from 'vitest';
import { scorePlan } from '../../../electron/backend/scoring/plan.js';
import { scoreDocumentSchema, type ScoreDocument } from '../../../common/score-document/schema.js';
import { five, indicator, seed000, seed002 } from './fixtures.js';

const byCode = (doc: ScoreDocument, code: string) => {
  const entry = doc.indicators.find((i) => i.code === code);
  if (!entry) throw new Error(`no indicator ${code}`);
  return entry;
};

describe('scorePlan: seed 002 (2024-25 field office, Q2 column only)', () => {
  const doc = scorePlan(seed002(), { period: 'H1' });

  it('is a valid apa-score/1 document for H1 ending 31 December', () => {
    expect(scoreDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({ format: 'apa-score/1', fiscalYear: '2024-25', period: 'H1', periodEnd: '2024-12-31', rule: 'interpolate' });
  });

  it('rolls the Q2 column up into H1 and scores each indicator', () => {
    expect(byCode(doc, '4.1.2')).toMatchObject({ method: 'average', achievement: 61.54, status: 'partial' });
    expect(byCode(doc, '4.1.2').score!).toBeCloseTo(4.3078, 4);
    expect(byCode(doc, '5.1.1')).toMatchObject({ method: 'sum', achievement: 1, level: 70, status: 'partial' });
    expect(byCode(doc, '5.1.1').score!).toBeCloseTo(4.2, 10);
    expect(byCode(doc, '7.1.1')).toMatchObject({ method: 'date', achievement: '2024-12-01', level: 100, score: 5, status: 'achieved' });
    expect(byCode(doc, '4.1.1')).toMatchObject({ status: 'no-data', level: null }); // 100% date 31/08 passed
    expect(byCode(doc, '8.1.1')).toMatchObject({ status: 'no-data', level: null });
    expect(byCode(doc, '1.1.1')).toMatchObject({ status: 'not-due', achievement: null }); // ০ printed for a date not yet due
  });

  it('has no areas (the template has no area column) and sums the total', () => {
    expect(doc.areas).toEqual([]);
    expect(doc.total.weight).toBe(50);
    expect(doc.total.score).toBeCloseTo(1.4 + 4.3078 + 4.2 + 2.1 + 2.8 + 5, 10);
    expect(doc.total.scoredWeight).toBe(2 + 7 + 6 + 3 + 4 + 5);
  });

  it('collects the findings with their indicator codes', () => {
    const found = doc.diagnostics.map((d) => `${d.indicator} ${d.code}`);
    expect(found).toEqual(
      expect.arrayContaining(['4.1.1 targets-not-monotonic', '5.1.1 zero-target', '5.1.2 zero-target', '1.1.1 zero-as-not-done', '3.1.1 zero-as-not-done']),
    );
  });

  it('the step rule for the whole plan, and per-indicator overrides', () => {
    const step = scorePlan(seed002(), { period: 'H1', rule: 'step' });
    expect(step.rule).toBe('step');
    expect(byCode(step, '4.1.2')).toMatchObject({ rule: 'step', level: 60 });
    const mixed = scorePlan(seed002(), { period: 'H1', rule: 'step', rules: { '4.1.2': 'proportional', '5.1.1': 'proportional' } });
    expect(byCode(mixed, '4.1.2').level!).toBeCloseTo(61.54, 10);
    expect(byCode(mixed, '5.1.1')).toMatchObject({ rule: 'proportional', level: 25 });
    expect(byCode(mixed, '6.1.1')).toMatchObject({ rule: 'step', level: 70 });
  });
});

describe('scorePlan: seed 000 (2023-24 ministry, two areas)', () => {
  const doc = scorePlan(seed000(), { period: 'H1' });

  it('tells not-due dates from missing data at the end of December', () => {
    for (const code of ['1.1.1', '1.3.1', '1.5.2', '2.2.2', '2.2.3']) expect(byCode(doc, code).status).toBe('not-due');
    expect(byCode(doc, '2.1.2').status).toBe('no-data');
  });

  it('rolls quarters by unit and uses an H1 column as reported', () => {
    expect(byCode(doc, '1.2.1')).toMatchObject({ method: 'sum', achievement: 3, level: 90, status: 'partial' });
    expect(byCode(doc, '1.4.1')).toMatchObject({ method: 'average', achievement: 72, level: 74 });
    expect(byCode(doc, '1.5.1')).toMatchObject({ method: 'reported', achievement: 2, level: 80 });
    expect(byCode(doc, '2.1.1')).toMatchObject({ achievement: 4, level: 100, status: 'achieved' });
    expect(byCode(doc, '2.2.1')).toMatchObject({ achievement: 0, level: 0, score: 0, status: 'missed' });
  });

  it('areas sum their indicators; the total sums all', () => {
    expect(doc.areas.map((a) => a.code)).toEqual(['1', '2']);
    const [one, two] = doc.areas;
    expect(one).toMatchObject({ weight: 33, scoredWeight: 14 });
    expect(one!.score).toBeCloseTo(3.6 + 4.44 + 3.2, 10);
    expect(two).toMatchObject({ weight: 17, scoredWeight: 7, score: 4 });
    expect(doc.total).toMatchObject({ weight: 50, scoredWeight: 21 });
    expect(doc.total.score).toBeCloseTo(15.24, 10);
  });

  it('at the end of the year the same blank dates are missing data', () => {
    const annual = scorePlan(seed000(), { period: 'annual' });
    expect(annual.periodEnd).toBe('2024-06-30');
    expect(byCode(annual, '2.2.2').status).toBe('no-data');
    expect(byCode(annual, '1.5.1')).toMatchObject({ method: 'sum', achievement: 4, level: 100 });
  });

  it('method overrides by code beat the indicator’s own method and the default', () => {
    const plan = seed000();
    plan.indicators[3] = { ...plan.indicators[3]!, method: 'cumulative' }; // 1.4.1
    expect(byCode(scorePlan(plan, { period: 'H1' }), '1.4.1')).toMatchObject({ method: 'cumulative', achievement: 74 });
    const overridden = scorePlan(plan, { period: 'H1', methods: { '1.4.1': 'sum', '1.2.1': 'cumulative' } });
    expect(byCode(overridden, '1.4.1')).toMatchObject({ method: 'sum', achievement: 144, level: 100 });
    expect(byCode(overridden, '1.2.1')).toMatchObject({ method: 'cumulative', achievement: 2, level: 80 });
  });

  it('an indicator’s own rule beats the plan rule; the rules map beats both', () => {
    const plan = seed000();
    plan.indicators[3] = { ...plan.indicators[3]!, rule: 'proportional' };
    expect(byCode(scorePlan(plan, { period: 'H1', rule: 'step' }), '1.4.1').level!).toBeCloseTo(84.7059, 4);
    expect(byCode(scorePlan(plan, { period: 'H1', rule: 'step', rules: { '1.4.1': 'step' } }), '1.4.1').level).toBe(70);
  });
});

describe('scorePlan: areas and the fiscal year', () => {
  const plan = () => ({
    ...seed000(),
    indicators: [
      indicator({ code: '1.1.1', areaCode: null, unit: 'number', weight: 4, targets: five(4, null, null, null, null), achievements: { H1: 4 } }),
      indicator({ code: '2.1.1', areaCode: '2', unit: 'number', weight: 3, targets: five(4, null, null, null, null), achievements: { H1: 1 } }),
      indicator({ code: '9.1.1', areaCode: '3', unit: 'number', weight: 2, targets: five(4, null, null, null, null) }),
      indicator({ code: null, areaCode: null, unit: 'number', weight: 1, targets: five(4, null, null, null, null), achievements: { H1: 4 } }),
    ],
  });

  it('groups by areaCode, by the code’s first part when blank, keeps empty areas, appends unknown ones', () => {
    const doc = scorePlan(plan(), { period: 'H1' });
    expect(doc.areas).toEqual([
      { code: '1', weight: 4, score: 4, scoredWeight: 4 },
      { code: '2', weight: 3, score: 0, scoredWeight: 3 },
      { code: '3', weight: 2, score: 0, scoredWeight: 0 },
    ]);
    // The row without a code belongs to no area but counts in the total.
    expect(doc.total).toEqual({ weight: 10, score: 5, scoredWeight: 8 });
  });

  it('no fiscal year: periodEnd null, a plan-level warning, date indicators no-data', () => {
    const doc = scorePlan({ ...seed000(), fiscalYear: null }, { period: 'H1' });
    expect(doc.periodEnd).toBeNull();
    expect(doc.diagnostics[0]).toMatchObject({ code: 'fiscal-year-missing', indicator: null });
    expect(byCode(doc, '2.2.2').status).toBe('no-data');
    expect(doc.diagnostics.filter((d) => d.code === 'period-end-unknown').map((d) => d.indicator)).toEqual(['1.1.1', '1.3.1', '1.5.2', '2.2.2', '2.2.3']);
  });

  it('a malformed fiscal year is reported too', () => {
    const doc = scorePlan({ ...seed000(), fiscalYear: '2023-25' }, { period: 'Q1' });
    expect(doc.periodEnd).toBeNull();
    expect(doc.diagnostics[0]!.code).toBe('fiscal-year-invalid');
  });
});

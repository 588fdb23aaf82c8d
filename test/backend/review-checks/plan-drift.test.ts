import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../common/plan-document/schema.js';
import { normaliseText } from '../../../electron/backend/review-checks/plan-drift.js';
import { findingsOf, places, PLANT_CONTEXT } from './findings.js';
import { approvedPlan, cleanReport, cleanReportWith, seed001Report } from './plans.js';

function drift(report: PlanDocument, plan: PlanDocument = approvedPlan()) {
  return findingsOf(report, 'plan-drift', { ...PLANT_CONTEXT, approvedPlan: plan });
}

describe('plan-drift', () => {
  it('finds nothing when the report repeats the plan', () => {
    expect(drift(cleanReport())).toEqual([]);
  });

  it('reports one finding per differing field, at its cell', () => {
    const report = cleanReportWith('1.2.1', (i) => {
      i.weight = 5;
      i.unit = 'percent';
      i.text = 'ডাটাবেজ হালনাগাদকৃত';
      i.targets['90'] = 2;
    });
    const findings = drift(report);
    expect(places(findings)).toEqual(['1.2.1@E6', '1.2.1@F6', '1.2.1@G6', '1.2.1@I6']);
    expect(findings[2]?.message).toBe('সূচক [১.২.১]: অনুমোদিত পরিকল্পনার সাথে সূচকের মান মেলে না — পরিকল্পনায় ৪, প্রতিবেদনে ৫');
    expect(findings[3]?.messageEn).toContain('90% target');
  });

  it('compares texts after normalising whitespace', () => {
    const report = cleanReportWith('1.4.1', (i) => void (i.text = '  ই-ফাইলে\nনোট   নিষ্পত্তিকৃত '));
    expect(drift(report)).toEqual([]);
    expect(normaliseText('ক  খ\tগ।')).toBe('ক খ গ');
  });

  it('reports indicators the report drops or adds', () => {
    const report = cleanReport();
    report.indicators = report.indicators.filter((i) => i.code !== '2.2.3');
    const extra = structuredClone(report.indicators[0]!);
    extra.code = '1.1.2';
    report.indicators.push(extra);
    const findings = drift(report);
    expect(findings.map((f) => f.indicatorCode)).toEqual(['2.2.3', '1.1.2']);
    expect(findings[0]?.message).toContain('প্রতিবেদনে নেই');
    expect(findings[1]?.message).toContain('অনুমোদিত পরিকল্পনায় নেই');
  });

  it('compares only the target levels both documents have columns for', () => {
    const report = cleanReport();
    report.levels = [100];
    for (const ind of report.indicators) ind.targets = { '100': ind.targets['100'] ?? null };
    expect(drift(report)).toEqual([]);
  });

  it('reports a changed area weight', () => {
    const plan = approvedPlan();
    plan.areas[0]!.weight = 30;
    plan.areas[1]!.weight = 20;
    expect(drift(cleanReport(), plan).map((f) => f.areaCode)).toEqual(['1', '2']);
  });

  it("names weight, unit and text for seed 001's [১.২.১] against the 2023-24 ministry plan", () => {
    const findings = drift(seed001Report()).filter((f) => f.indicatorCode === '1.2.1');
    const fields = findings.map((f) => f.messageEn.split(':')[1]?.split(' differs')[0]?.trim());
    expect(fields).toEqual(['indicator text', 'unit', 'weight', '100% target', '90% target', '80% target']);
  });

  it('does nothing without an approved plan', () => {
    expect(findingsOf(seed001Report(), 'plan-drift', { period: 'Q2' })).toEqual([]);
  });
});

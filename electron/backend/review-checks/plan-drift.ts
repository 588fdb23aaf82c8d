// plan-drift: a report must repeat the approved plan. Compared field by field for indicators matched by
// code (texts after normalising whitespace and a trailing দাঁড়ি), one finding per difference; indicators
// the report drops or adds; area weights. Seed 001's report changes weights, units and texts of the
// 2023-24 ministry plan.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { Indicator, Level, PlanDocument } from '../../../common/plan-document/schema.js';
import { areaFinding, documentFinding, indicatorFinding } from './finding.js';
import type { Check, FindingDraft } from './types.js';
import { formatNumber, formatValueBn, formatValueEn, levelBn, toBn } from './indicator-values.js';

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200c\u200d]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[।.]$/, '');
}

const UNIT_BN: Record<string, string> = { date: 'তারিখ', number: 'সংখ্যা', percent: '%' };

function unitBn(unit: string | null): string {
  return unit === null ? 'ফাঁকা' : (UNIT_BN[unit] ?? unit);
}

function firstByCode(doc: PlanDocument): Map<string, Indicator> {
  const map = new Map<string, Indicator>();
  for (const ind of doc.indicators) if (ind.code !== null && !map.has(ind.code)) map.set(ind.code, ind);
  return map;
}

function differences(report: Indicator, plan: Indicator, levels: Level[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  const differ = (field: string, fieldBn: string, fieldEn: string, planBn: string, repBn: string, planEn: string, repEn: string) =>
    out.push(
      indicatorFinding(
        report,
        field,
        `অনুমোদিত পরিকল্পনার সাথে ${fieldBn} মেলে না — পরিকল্পনায় ${planBn}, প্রতিবেদনে ${repBn}`,
        `${fieldEn} differs from the approved plan — plan ${planEn}, report ${repEn}`,
      ),
    );

  if (normaliseText(report.text) !== normaliseText(plan.text)) {
    differ('text', 'সূচকের বিবরণ', 'indicator text', `"${normaliseText(plan.text)}"`, `"${normaliseText(report.text)}"`, `"${normaliseText(plan.text)}"`, `"${normaliseText(report.text)}"`);
  }
  if (report.unit !== plan.unit) {
    differ('unit', 'একক', 'unit', unitBn(plan.unit), unitBn(report.unit), String(plan.unit), String(report.unit));
  }
  if (report.weight !== plan.weight) {
    const bn = (w: number | null) => (w === null ? 'ফাঁকা' : toBn(w));
    const en = (w: number | null) => (w === null ? 'blank' : formatNumber(w));
    differ('weight', 'সূচকের মান', 'weight', bn(plan.weight), bn(report.weight), en(plan.weight), en(report.weight));
  }
  const percent = plan.unit === 'percent';
  for (const level of levels) {
    const key = String(level) as `${Level}`;
    const a = plan.targets[key] ?? null;
    const b = report.targets[key] ?? null;
    if (a === b) continue;
    differ(
      `targets.${level}`,
      `${levelBn(level)} স্তরের লক্ষ্যমাত্রা`,
      `${level}% target`,
      formatValueBn(a, percent),
      formatValueBn(b, percent),
      formatValueEn(a, percent),
      formatValueEn(b, percent),
    );
  }
  return out;
}

export const planDrift: Check = {
  code: 'plan-drift',
  severity: 'warning',
  title: 'অনুমোদিত পরিকল্পনা থেকে বিচ্যুতি',
  titleEn: 'Differs from the approved plan',
  run(doc, ctx) {
    const plan = ctx.approvedPlan;
    if (!plan) return [];
    const out: FindingDraft[] = [];

    if (doc.fiscalYear && plan.fiscalYear && doc.fiscalYear !== plan.fiscalYear) {
      out.push(
        documentFinding(
          `প্রতিবেদনের অর্থবছর ${toBengaliDigits(doc.fiscalYear)}, কিন্তু অনুমোদিত পরিকল্পনার ${toBengaliDigits(plan.fiscalYear)}`,
          `the report is for fiscal year ${doc.fiscalYear} but the approved plan is for ${plan.fiscalYear}`,
        ),
      );
    }

    for (const area of doc.areas) {
      const planned = plan.areas.find((a) => a.code === area.code);
      if (!planned || planned.weight === area.weight) continue;
      const bn = (w: number | null) => (w === null ? 'ফাঁকা' : toBn(w));
      out.push(
        areaFinding(
          area,
          `অনুমোদিত পরিকল্পনার সাথে ক্ষেত্রের মান মেলে না — পরিকল্পনায় ${bn(planned.weight)}, প্রতিবেদনে ${bn(area.weight)}`,
          `area weight differs from the approved plan — plan ${planned.weight ?? 'blank'}, report ${area.weight ?? 'blank'}`,
        ),
      );
    }

    // Only the levels both documents have columns for: a half-yearly annex with a single target column
    // is not drift for lacking the other four.
    const levels = doc.levels.filter((l) => plan.levels.includes(l));
    const reported = firstByCode(doc);
    const planned = firstByCode(plan);
    for (const [code, planInd] of planned) {
      const repInd = reported.get(code);
      if (!repInd) {
        out.push({
          message: `সূচক [${toBengaliDigits(code)}]: অনুমোদিত পরিকল্পনার এই সূচকটি প্রতিবেদনে নেই`,
          messageEn: `Indicator [${code}]: in the approved plan but missing from the report`,
          indicatorCode: code,
          areaCode: planInd.areaCode,
          cell: null,
        });
        continue;
      }
      out.push(...differences(repInd, planInd, levels));
    }
    for (const [code, repInd] of reported) {
      if (planned.has(code)) continue;
      out.push(
        indicatorFinding(
          repInd,
          'code',
          'এই সূচকটি অনুমোদিত পরিকল্পনায় নেই',
          'not in the approved plan (added in the report)',
        ),
      );
    }
    return out;
  },
};

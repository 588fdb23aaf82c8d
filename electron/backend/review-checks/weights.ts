// weight-mismatch: indicator weights must add up to their area's weight, and areas to the plan total.
// Seed 003 prints 35/15 for its areas while its rows add to 29/21.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { areaFinding, documentFinding, indicatorFinding } from './finding.js';
import type { Check, FindingDraft } from './types.js';
import { formatNumber } from './indicator-values.js';

const EPSILON = 1e-6;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < EPSILON;
}

function bn(n: number): string {
  return toBengaliDigits(formatNumber(n));
}

export const weightMismatch: Check = {
  code: 'weight-mismatch',
  severity: 'error',
  title: 'মানের যোগফল মেলে না',
  titleEn: 'Weights do not add up',
  run(doc, ctx) {
    const out: FindingDraft[] = [];

    for (const ind of doc.indicators) {
      if (ind.weight === null) {
        out.push(indicatorFinding(ind, 'weight', 'সূচকের মান দেওয়া নেই', 'the indicator has no weight'));
      }
    }

    for (const area of doc.areas) {
      const rows = doc.indicators.filter((i) => i.areaCode === area.code);
      if (area.weight === null || rows.length === 0) continue;
      const sum = rows.reduce((s, i) => s + (i.weight ?? 0), 0);
      if (!same(sum, area.weight)) {
        out.push(
          areaFinding(
            area,
            `ক্ষেত্রের মান ${bn(area.weight)}, কিন্তু এর সূচকগুলোর মানের যোগফল ${bn(sum)}`,
            `area weight is ${formatNumber(area.weight)} but its indicators add up to ${formatNumber(sum)}`,
          ),
        );
      }
    }

    // The plan total: from the areas' weights when every area has one (that is what the plan prints),
    // otherwise from the indicators (field-office plans have no area column, seed 002).
    const areasWeighted = doc.areas.length > 0 && doc.areas.every((a) => a.weight !== null);
    const total = areasWeighted
      ? doc.areas.reduce((s, a) => s + (a.weight ?? 0), 0)
      : doc.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
    if (doc.indicators.length > 0 && !same(total, ctx.planTotal)) {
      const what = areasWeighted ? 'ক্ষেত্রগুলোর মানের' : 'সূচকগুলোর মানের';
      const whatEn = areasWeighted ? 'area weights' : 'indicator weights';
      out.push(
        documentFinding(
          `${what} যোগফল ${bn(total)}, কিন্তু পরিকল্পনার মোট মান ${bn(ctx.planTotal)}`,
          `the ${whatEn} add up to ${formatNumber(total)}, not the plan total of ${formatNumber(ctx.planTotal)}`,
        ),
      );
    }
    return out;
  },
};

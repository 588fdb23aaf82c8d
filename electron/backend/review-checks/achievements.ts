// The achievement cells of a report.
//   achievement-words: words where a value belongs (চলমান, প্রক্রিয়াধীন; seeds 003, 004), every column.
//   achievement-missing: nothing reported although it was due —
//     date indicators: the 100% target date (else the best defined one) is on or before the period end
//       (for a single quarter: falls inside that quarter, since an earlier quarter's report may already
//       have given the date);
//     number/percent indicators: the period is H1 or annual, which every indicator must report on
//       (0 if nothing was done); for H1 a remark saying it will be done later explains the blank.
//     Rows marked not applicable, and rows with words in the cell (achievement-words), are left out;
//     a document with no column for the period is not a report for it and is not checked.
//   achievement-out-of-period: a date after its column's period end, before the fiscal year start, or
//     after the day the report arrived.
//   achievement-over-max: a percentage above 100; a count more than 3× the 100% target.
import { fiscalYearStart, isFiscalYear, periodEnd, periodStart } from '../../../common/fiscal-year/fiscal-year.js';
import type { Indicator, Period, PlanDocument } from '../../../common/plan-document/schema.js';
import { COUNT_OVER_TARGET_FACTOR } from '../../../common/review/plausible-verified.js';
import { periodsInView } from './context.js';
import { indicatorFinding } from './finding.js';
import { remarkSays, saysNotApplicable } from './remark-patterns.js';
import type { Check, FindingDraft, ResolvedContext } from './types.js';
import {
  achievementWords,
  achievementsInView,
  bestTarget,
  dayNumber,
  documentReports,
  formatDateBn,
  formatDateEn,
  indicatorKind,
  isBlank,
  isValidIsoDate,
  levelBn,
  periodAchievementBn,
  periodBn,
  targetsKind,
  toBn,
  formatNumber,
} from './indicator-values.js';

function entries(ind: Indicator): Array<[Period, number | string | null]> {
  return Object.entries(ind.achievements).map(([p, v]) => [p as Period, v ?? null]);
}

export const achievementWordsCheck: Check = {
  code: 'achievement-words',
  severity: 'warning',
  title: 'অর্জনের ঘরে মানের বদলে লেখা',
  titleEn: 'Words instead of an achievement value',
  run(doc) {
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      for (const [period, text] of Object.entries(ind.achievementText ?? {}) as Array<[Period, string]>) {
        if (isBlank(text)) continue;
        const value = ind.achievements[period];
        if (value !== null && value !== undefined) continue;
        out.push(
          indicatorFinding(
            ind,
            `achievements.${period}`,
            `${periodAchievementBn(period)} অর্জনের ঘরে মানের বদলে লেখা আছে: "${text.trim()}"`,
            `the ${period} achievement cell holds words instead of a value: "${text.trim()}"`,
          ),
        );
      }
    }
    return out;
  },
};

/** The column a missing-achievement finding points at: the period's own, else the first in view. */
function missingCellField(doc: PlanDocument, period: Period): string {
  const view = periodsInView(period);
  const column = view.find((p) => doc.reportPeriods.includes(p)) ?? period;
  return `achievements.${column}`;
}

function isDue(doc: PlanDocument, ind: Indicator, ctx: ResolvedContext): { bn: string; en: string } | null {
  const kind = indicatorKind(ind);
  const period = ctx.period;
  if (kind === 'date') {
    const best = bestTarget(ind);
    if (!best || typeof best.value !== 'string' || !isValidIsoDate(best.value)) return null;
    if (doc.fiscalYear === null || !isFiscalYear(doc.fiscalYear)) return null;
    const end = periodEnd(doc.fiscalYear, period);
    const day = dayNumber(best.value);
    if (day > dayNumber(end)) return null;
    const single = period !== 'H1' && period !== 'annual';
    if (single && day < dayNumber(periodStart(doc.fiscalYear, period))) return null;
    return {
      bn: `${levelBn(best.level)} লক্ষ্যমাত্রার তারিখ ${formatDateBn(best.value)} পার হয়েছে (মেয়াদ শেষ ${formatDateBn(end)}), কিন্তু অর্জন দেওয়া নেই`,
      en: `the ${best.level}% target date ${formatDateEn(best.value)} has passed (period ends ${formatDateEn(end)}) but no achievement is given`,
    };
  }
  if (kind === 'number') {
    if (period !== 'H1' && period !== 'annual') return null;
    if (period === 'H1' && remarkSays(ind.remarks) === 'later') return null;
    return {
      bn: `${periodBn(period)} প্রতিবেদনে অর্জন দেওয়া নেই (কিছু না হয়ে থাকলে ০ লিখতে হবে)`,
      en: `no achievement is given for ${period} (0 should be written if nothing was done)`,
    };
  }
  return null;
}

export const achievementMissing: Check = {
  code: 'achievement-missing',
  severity: 'warning',
  title: 'অর্জন দেওয়া নেই',
  titleEn: 'Achievement missing',
  run(doc, ctx) {
    if (!documentReports(doc, ctx.period)) return [];
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      if (achievementsInView(ind, ctx.period).some((a) => a.value !== null)) continue;
      if (achievementWords(ind, periodsInView(ctx.period)).length > 0) continue;
      if (saysNotApplicable(ind.remarks)) continue;
      const due = isDue(doc, ind, ctx);
      if (due) out.push(indicatorFinding(ind, missingCellField(doc, ctx.period), due.bn, due.en));
    }
    return out;
  },
};

export const achievementOutOfPeriod: Check = {
  code: 'achievement-out-of-period',
  severity: 'warning',
  title: 'অর্জনের তারিখ মেয়াদের বাইরে',
  titleEn: 'Achievement date outside the period',
  run(doc, ctx) {
    if (doc.fiscalYear === null || !isFiscalYear(doc.fiscalYear)) return [];
    const fy = doc.fiscalYear;
    const yearStart = `${fiscalYearStart(fy)}-07-01`;
    const received = ctx.receivedOn && isValidIsoDate(ctx.receivedOn) ? ctx.receivedOn : null;
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      for (const [period, value] of entries(ind)) {
        if (typeof value !== 'string' || !isValidIsoDate(value)) continue;
        const day = dayNumber(value);
        const end = periodEnd(fy, period);
        let bn: string | null = null;
        let en = '';
        if (day > dayNumber(end)) {
          bn = `${periodAchievementBn(period)} অর্জনের তারিখ ${formatDateBn(value)} মেয়াদ শেষের (${formatDateBn(end)}) পরে`;
          en = `the ${period} achievement date ${formatDateEn(value)} is after the period end ${formatDateEn(end)}`;
        } else if (day < dayNumber(yearStart)) {
          bn = `${periodAchievementBn(period)} অর্জনের তারিখ ${formatDateBn(value)} অর্থবছর শুরুর (${formatDateBn(yearStart)}) আগে`;
          en = `the ${period} achievement date ${formatDateEn(value)} is before the fiscal year starts on ${formatDateEn(yearStart)}`;
        } else if (received && day > dayNumber(received)) {
          bn = `${periodAchievementBn(period)} অর্জনের তারিখ ${formatDateBn(value)} প্রতিবেদন পাওয়ার দিনের (${formatDateBn(received)}) পরে`;
          en = `the ${period} achievement date ${formatDateEn(value)} is after the report arrived on ${formatDateEn(received)}`;
        }
        if (bn) out.push(indicatorFinding(ind, `achievements.${period}`, bn, en));
      }
    }
    return out;
  },
};

/** A count this many times its 100% target is taken for a typing error (shared with the review's verified figures). */
export { COUNT_OVER_TARGET_FACTOR };

export const achievementOverMax: Check = {
  code: 'achievement-over-max',
  severity: 'warning',
  title: 'অস্বাভাবিক বেশি অর্জন',
  titleEn: 'Achievement implausibly high',
  run(doc) {
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      const percent = ind.unit === 'percent';
      const count = ind.unit === 'number' || (ind.unit === null && targetsKind(ind) === 'number');
      const best = bestTarget(ind);
      const target = best && best.level === 100 && typeof best.value === 'number' ? best.value : null;
      for (const [period, value] of entries(ind)) {
        if (typeof value !== 'number') continue;
        if (percent && value > 100) {
          out.push(
            indicatorFinding(
              ind,
              `achievements.${period}`,
              `${periodAchievementBn(period)} অর্জন ${toBn(value)}%, যা ১০০%-এর বেশি`,
              `the ${period} achievement is ${formatNumber(value)}%, above 100%`,
            ),
          );
        } else if (count && target !== null && target > 0 && value > COUNT_OVER_TARGET_FACTOR * target) {
          out.push(
            indicatorFinding(
              ind,
              `achievements.${period}`,
              `${periodAchievementBn(period)} অর্জন ${toBn(value)}, যা ১০০% লক্ষ্যমাত্রা ${toBn(target)}-এর ${toBn(COUNT_OVER_TARGET_FACTOR)} গুণের বেশি`,
              `the ${period} achievement ${formatNumber(value)} is more than ${COUNT_OVER_TARGET_FACTOR}× the 100% target ${formatNumber(target)}`,
            ),
          );
        }
      }
    }
    return out;
  },
};

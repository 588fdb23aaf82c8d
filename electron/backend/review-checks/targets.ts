// The target levels of each indicator: none at all (targets-missing, seed 001), a worse level with a
// better target (targets-not-monotonic, seed 002 [৪.১.১] 31/08/24 then 08/08/24), or a target of 0
// that would give marks for doing nothing (zero-target, seed 002 [৫.১.১]).
import type { Indicator, Level } from '../../../common/plan-document/schema.js';
import { indicatorFinding } from './finding.js';
import type { Check, FindingDraft } from './types.js';
import {
  dayNumber,
  definedTargets,
  formatValueBn,
  formatValueEn,
  isValidIsoDate,
  kindOfTargets,
  levelBn,
} from './indicator-values.js';

export const targetsMissing: Check = {
  code: 'targets-missing',
  severity: 'error',
  title: 'লক্ষ্যমাত্রা নেই',
  titleEn: 'Targets missing',
  run(doc) {
    return doc.indicators
      .filter((ind) => definedTargets(ind).length === 0)
      .map((ind) =>
        indicatorFinding(ind, 'targets.100', 'কোনো স্তরেই লক্ষ্যমাত্রা দেওয়া নেই', 'no target is given at any level'),
      );
  },
};

interface ComparableTarget {
  level: Level;
  value: number | string;
  /** Higher is better: the number, or a date as its negative day number. */
  score: number;
}

function checkMonotonic(ind: Indicator): FindingDraft[] {
  const defined = definedTargets(ind);
  const kind = kindOfTargets(defined);
  if (kind !== 'date' && kind !== 'number') return [];
  const targets: ComparableTarget[] = [];
  for (const t of defined) {
    if (typeof t.value === 'number') targets.push({ level: t.level, value: t.value, score: t.value });
    else if (isValidIsoDate(t.value)) targets.push({ level: t.level, value: t.value, score: -dayNumber(t.value) });
  }
  const isDate = kind === 'date';
  const percent = ind.unit === 'percent';
  const out: FindingDraft[] = [];
  // Each level is compared with the worst target of the better levels above it, so one misplaced
  // value is reported once, at the level that holds it.
  let worst = targets[0];
  for (let i = 1; i < targets.length && worst; i++) {
    const t = targets[i]!;
    if (t.score > worst.score) {
      const bn = isDate
        ? `${levelBn(t.level)} স্তরের লক্ষ্যমাত্রা ${formatValueBn(t.value)}, যা ${levelBn(worst.level)} স্তরের ${formatValueBn(worst.value)}-এর আগে; নিচের স্তরের তারিখ আগে হতে পারে না`
        : `${levelBn(t.level)} স্তরের লক্ষ্যমাত্রা ${formatValueBn(t.value, percent)}, যা ${levelBn(worst.level)} স্তরের ${formatValueBn(worst.value, percent)}-এর চেয়ে বেশি; নিচের স্তরের লক্ষ্যমাত্রা বেশি হতে পারে না`;
      const en = `the ${t.level}% target ${formatValueEn(t.value, percent)} is ${isDate ? 'earlier' : 'higher'} than the ${worst.level}% target ${formatValueEn(worst.value, percent)}`;
      out.push(indicatorFinding(ind, `targets.${t.level}`, bn, en));
    } else {
      worst = t;
    }
  }
  return out;
}

export const targetsNotMonotonic: Check = {
  code: 'targets-not-monotonic',
  severity: 'error',
  title: 'লক্ষ্যমাত্রার ক্রম উল্টো',
  titleEn: 'Targets out of order',
  run(doc) {
    return doc.indicators.flatMap(checkMonotonic);
  },
};

export const zeroTarget: Check = {
  code: 'zero-target',
  severity: 'error',
  title: 'শূন্য লক্ষ্যমাত্রা',
  titleEn: 'Zero target',
  run(doc) {
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      for (const t of definedTargets(ind)) {
        if (t.value !== 0) continue;
        out.push(
          indicatorFinding(
            ind,
            `targets.${t.level}`,
            `${levelBn(t.level)} স্তরের লক্ষ্যমাত্রা ০; কিছু না করেই নম্বর পাওয়া যাবে, তাই স্তরটি ফাঁকা ধরে নম্বর দেওয়া হবে`,
            `the ${t.level}% target is 0, which would award marks for doing nothing; the level is scored as blank`,
          ),
        );
      }
    }
    return out;
  },
};

// unit-mismatch: the unit column disagrees with the values (seed 003 [২.২.৫]: unit সংখ্যা, target a
// date; seed 004 [২.২.২]: a count with a date achievement), a percent target above 100, or no unit.
// Scoring follows the values' form anyway (domain.md §4 rule 4); this only tells the reviewer.
import type { Indicator, Period } from '../../../common/plan-document/schema.js';
import { indicatorFinding } from './finding.js';
import type { Check, FindingDraft } from './types.js';
import {
  definedTargets,
  indicatorKind,
  isBlank,
  kindOf,
  levelBn,
  periodAchievementBn,
  targetsKind,
  toBn,
  type ValueKind,
} from './indicator-values.js';

const UNIT_BN: Record<string, string> = { date: 'তারিখ', number: 'সংখ্যা', percent: '%' };
const KIND_BN: Record<ValueKind | 'mixed', string> = { date: 'তারিখ', number: 'সংখ্যা', mixed: 'তারিখ ও সংখ্যা মিশ্রিত' };
const KIND_EN: Record<ValueKind | 'mixed', string> = { date: 'dates', number: 'numbers', mixed: 'a mix of dates and numbers' };

function unitKind(indicator: Indicator): ValueKind | null {
  if (indicator.unit === 'date') return 'date';
  if (indicator.unit === 'number' || indicator.unit === 'percent') return 'number';
  return null;
}

function checkIndicator(ind: Indicator): FindingDraft[] {
  const out: FindingDraft[] = [];
  const targetKind = targetsKind(ind);

  if (ind.unit === null) {
    if (!isBlank(ind.unitText)) {
      out.push(
        indicatorFinding(ind, 'unit', `একক "${ind.unitText}" চেনা যায়নি`, `the unit "${ind.unitText}" is not date, number or percent`),
      );
    } else if (targetKind !== null) {
      out.push(
        indicatorFinding(
          ind,
          'unit',
          `একক দেওয়া নেই; লক্ষ্যমাত্রা ${KIND_BN[targetKind]}`,
          `no unit is given; the targets are ${KIND_EN[targetKind]}`,
        ),
      );
    }
  }

  const expected = unitKind(ind);
  if (expected !== null && targetKind !== null && targetKind !== expected) {
    out.push(
      indicatorFinding(
        ind,
        'unit',
        `একক "${UNIT_BN[ind.unit ?? ''] ?? ''}" কিন্তু লক্ষ্যমাত্রা ${KIND_BN[targetKind]}`,
        `the unit says ${ind.unit} but the targets are ${KIND_EN[targetKind]}`,
      ),
    );
  }

  if (ind.unit === 'percent') {
    for (const t of definedTargets(ind)) {
      if (typeof t.value === 'number' && t.value > 100) {
        out.push(
          indicatorFinding(
            ind,
            `targets.${t.level}`,
            `${levelBn(t.level)} স্তরের লক্ষ্যমাত্রা ${toBn(t.value)}%, যা ১০০%-এর বেশি`,
            `the ${t.level}% target is ${t.value}%, above 100%`,
          ),
        );
      }
    }
  }

  // An achievement of another form than the targets (0 is read as "nothing yet" and left alone).
  const kind = indicatorKind(ind);
  if (kind !== null) {
    for (const [period, value] of Object.entries(ind.achievements) as Array<[Period, number | string | null]>) {
      const valueKind = kindOf(value ?? null);
      if (valueKind === null || value === 0 || valueKind === kind) continue;
      out.push(
        indicatorFinding(
          ind,
          `achievements.${period}`,
          `${periodAchievementBn(period)} অর্জন ${KIND_BN[valueKind]}, কিন্তু সূচকটি ${KIND_BN[kind]}-ভিত্তিক`,
          `the ${period} achievement is a ${valueKind} but the indicator is measured in ${KIND_EN[kind]}`,
        ),
      );
    }
  }
  return out;
}

export const unitMismatch: Check = {
  code: 'unit-mismatch',
  severity: 'warning',
  title: 'একক ও মান অসঙ্গত',
  titleEn: 'Unit does not match the values',
  run(doc) {
    return doc.indicators.flatMap(checkIndicator);
  },
};

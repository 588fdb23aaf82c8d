// The remarks column against the achievement (seeds 001, 002).
//   remarks-contradict: the remark says it will be done later while a value is filled in, or says it
//     is done while the achievement is empty (0 counts as empty: seed 002 [১.১.১] writes ০ beside
//     "… বাস্তবায়িত হবে", which agrees). A remark saying both (partly done, rest later) is left alone.
//   not-applicable-claimed: the row is marked not applicable yet claims an achievement (seed 001
//     [২.২.১] "আওতাধীন দপ্তর/সংস্থা নেই").
import type { Indicator, Period, PlanDocument } from '../../../common/plan-document/schema.js';
import { indicatorFinding } from './finding.js';
import { remarkSays, saysNotApplicable } from './remark-patterns.js';
import type { Check, FindingDraft } from './types.js';
import { claimedAchievement, formatValueBn, formatValueEn, periodAchievementBn, relevantAchievements } from './indicator-values.js';

function claim(doc: PlanDocument, ind: Indicator, period: Period) {
  return claimedAchievement(relevantAchievements(doc, ind, period));
}

export const remarksContradict: Check = {
  code: 'remarks-contradict',
  severity: 'warning',
  title: 'মন্তব্য ও অর্জন পরস্পরবিরোধী',
  titleEn: 'Remarks contradict the achievement',
  run(doc, ctx) {
    if (doc.reportPeriods.length === 0) return [];
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      const says = remarkSays(ind.remarks);
      if (says !== 'later' && says !== 'done') continue;
      const remark = (ind.remarks ?? '').trim();
      const claimed = claim(doc, ind, ctx.period);
      const percent = ind.unit === 'percent';
      if (says === 'later' && claimed) {
        out.push(
          indicatorFinding(
            ind,
            'remarks',
            `মন্তব্যে কাজটি পরে হবে বলা হয়েছে ("${remark}"), অথচ ${periodAchievementBn(claimed.period)} অর্জন ${formatValueBn(claimed.value, percent)} দেওয়া আছে`,
            `the remark says it will be done later ("${remark}") but the ${claimed.period} achievement is filled in (${formatValueEn(claimed.value, percent)})`,
          ),
        );
      } else if (says === 'done' && !claimed) {
        out.push(
          indicatorFinding(
            ind,
            'remarks',
            `মন্তব্যে কাজটি সম্পন্ন বলা হয়েছে ("${remark}"), অথচ অর্জনের ঘর ফাঁকা`,
            `the remark says it is done ("${remark}") but no achievement is given`,
          ),
        );
      }
    }
    return out;
  },
};

export const notApplicableClaimed: Check = {
  code: 'not-applicable-claimed',
  severity: 'warning',
  title: 'প্রযোজ্য নয় বলা সত্ত্বেও অর্জন দাবি',
  titleEn: 'Not applicable, yet an achievement is claimed',
  run(doc, ctx) {
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      if (!saysNotApplicable(ind.remarks)) continue;
      const claimed = claim(doc, ind, ctx.period);
      if (!claimed) continue;
      const percent = ind.unit === 'percent';
      const remark = (ind.remarks ?? '').trim();
      out.push(
        indicatorFinding(
          ind,
          `achievements.${claimed.period}`,
          `মন্তব্যে সূচকটি প্রযোজ্য নয় বলা হয়েছে ("${remark}"), তবু ${periodAchievementBn(claimed.period)} অর্জন ${formatValueBn(claimed.value, percent)} দাবি করা হয়েছে`,
          `the remark marks the row not applicable ("${remark}") yet the ${claimed.period} achievement ${formatValueEn(claimed.value, percent)} is claimed`,
        ),
      );
    }
    return out;
  },
};

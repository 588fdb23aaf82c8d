// evidence-missing: an achievement is claimed, but the row names no evidence (its প্রমাণক column, or a
// reference such as "প্রযানক পরিশিষ্ট-১" in the remarks or the achievement cell, seed 004) and no file
// is attached for the indicator.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { Indicator } from '../../../common/plan-document/schema.js';
import { indicatorFinding } from './finding.js';
import { refersToEvidence } from './remark-patterns.js';
import type { Check, FindingDraft } from './types.js';
import { claimedAchievement, isBlank, periodAchievementBn, relevantAchievements } from './indicator-values.js';

function attachedFiles(counts: Record<string, number>, code: string | null): number {
  if (code === null) return 0;
  return counts[code] ?? counts[toBengaliDigits(code)] ?? 0;
}

function rowNamesEvidence(ind: Indicator): boolean {
  if (!isBlank(ind.evidence)) return true;
  if (refersToEvidence(ind.remarks)) return true;
  return Object.values(ind.achievementText ?? {}).some((t) => refersToEvidence(t));
}

export const evidenceMissing: Check = {
  code: 'evidence-missing',
  severity: 'warning',
  title: 'প্রমাণক নেই',
  titleEn: 'Evidence missing',
  run(doc, ctx) {
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      const claimed = claimedAchievement(relevantAchievements(doc, ind, ctx.period));
      if (!claimed) continue;
      if (rowNamesEvidence(ind) || attachedFiles(ctx.evidenceCount, ind.code) > 0) continue;
      out.push(
        indicatorFinding(
          ind,
          'evidence',
          `${periodAchievementBn(claimed.period)} অর্জন দাবি করা হয়েছে, কিন্তু কোনো প্রমাণক উল্লেখ বা সংযুক্ত করা হয়নি`,
          `the ${claimed.period} achievement is claimed but no evidence is referenced or attached`,
        ),
      );
    }
    return out;
  },
};

// Indicator, activity and area codes: repeated (duplicate-code), malformed (bad-code), or not under
// their own activity/area (code-out-of-place; seed 001 files [২.১.২] under activity [২.২]).
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { Indicator } from '../../../common/plan-document/schema.js';
import { areaFinding, indicatorFinding } from './finding.js';
import type { Check, FindingDraft } from './types.js';

const AREA_CODE = /^[1-9]\d*$/;
const ACTIVITY_CODE = /^[1-9]\d*\.[1-9]\d*$/;
const INDICATOR_CODE = /^[1-9]\d*\.[1-9]\d*\.[1-9]\d*$/;

const bracket = (code: string) => `[${toBengaliDigits(code)}]`;

export const duplicateCode: Check = {
  code: 'duplicate-code',
  severity: 'error',
  title: 'একই কোড একাধিকবার',
  titleEn: 'Code used twice',
  run(doc) {
    const out: FindingDraft[] = [];
    const seen = new Map<string, number>();
    doc.indicators.forEach((ind, index) => {
      if (ind.code === null) return;
      const first = seen.get(ind.code);
      if (first === undefined) {
        seen.set(ind.code, index);
        return;
      }
      out.push(
        indicatorFinding(
          ind,
          'code',
          `এই কোড আগেও একটি সূচকে ব্যবহৃত হয়েছে (ক্রম ${toBengaliDigits(first + 1)})`,
          `the code is already used by indicator number ${first + 1}`,
        ),
      );
    });
    const areas = new Set<string>();
    for (const area of doc.areas) {
      if (areas.has(area.code)) {
        out.push(areaFinding(area, 'এই ক্ষেত্রের কোড একাধিকবার আছে', 'the area code appears more than once'));
      }
      areas.add(area.code);
    }
    return out;
  },
};

export const badCode: Check = {
  code: 'bad-code',
  severity: 'error',
  title: 'কোড সঠিক নয়',
  titleEn: 'Malformed code',
  run(doc) {
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      if (ind.code === null) {
        out.push(indicatorFinding(ind, 'code', 'সূচকের কোড নেই', 'the indicator has no code'));
      } else if (!INDICATOR_CODE.test(ind.code)) {
        out.push(
          indicatorFinding(
            ind,
            'code',
            `সূচকের কোড ${bracket(ind.code)} সঠিক আকারে নেই (যেমন [১.১.১])`,
            `the indicator code [${ind.code}] is not of the form [1.1.1]`,
          ),
        );
      }
      if (ind.activityCode !== null && !ACTIVITY_CODE.test(ind.activityCode)) {
        out.push(
          indicatorFinding(
            ind,
            'activityCode',
            `কার্যক্রমের কোড ${bracket(ind.activityCode)} সঠিক আকারে নেই (যেমন [১.১])`,
            `the activity code [${ind.activityCode}] is not of the form [1.1]`,
          ),
        );
      }
    }
    for (const area of doc.areas) {
      if (!AREA_CODE.test(area.code)) {
        out.push(areaFinding(area, 'ক্ষেত্রের কোড সঠিক আকারে নেই', 'the area code is not a plain number'));
      }
    }
    return out;
  },
};

/** Only well-formed codes are compared; malformed ones are bad-code's business. */
function outOfPlace(ind: Indicator): { bn: string; en: string } | null {
  const code = ind.code !== null && INDICATOR_CODE.test(ind.code) ? ind.code : null;
  const activity = ind.activityCode !== null && ACTIVITY_CODE.test(ind.activityCode) ? ind.activityCode : null;
  const area = ind.areaCode !== null && AREA_CODE.test(ind.areaCode) ? ind.areaCode : null;
  if (code && activity && !code.startsWith(`${activity}.`)) {
    return {
      bn: `কোডটি কার্যক্রম ${bracket(activity)}-এর অধীনে থাকার কথা নয়; সূচকের কোড কার্যক্রমের কোড দিয়ে শুরু হবে`,
      en: `the code is placed under activity [${activity}]; an indicator code must start with its activity code`,
    };
  }
  if (activity && area && !activity.startsWith(`${area}.`)) {
    return {
      bn: `কার্যক্রম ${bracket(activity)} ক্ষেত্র ${bracket(area)}-এর অধীনে থাকার কথা নয়`,
      en: `activity [${activity}] is placed under area [${area}]; an activity code must start with its area code`,
    };
  }
  if (code && !activity && area && !code.startsWith(`${area}.`)) {
    return {
      bn: `কোডটি ক্ষেত্র ${bracket(area)}-এর অধীনে থাকার কথা নয়`,
      en: `the code is placed under area [${area}]; an indicator code must start with its area code`,
    };
  }
  return null;
}

export const codeOutOfPlace: Check = {
  code: 'code-out-of-place',
  severity: 'warning',
  title: 'কোড নিজ কার্যক্রম/ক্ষেত্রের অধীনে নেই',
  titleEn: 'Code not under its activity or area',
  run(doc) {
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      const problem = outOfPlace(ind);
      if (problem) out.push(indicatorFinding(ind, 'code', problem.bn, problem.en));
    }
    return out;
  },
};

// late-submission: the report arrived after its deadline (seed 004: received 11/02/2022 against
// 13/01/2022). The finding records the receipt date and how many days late it was.
import { documentFinding } from './finding.js';
import type { Check } from './types.js';
import { dayNumber, formatDateBn, formatDateEn, isValidIsoDate, toBn } from './indicator-values.js';

export const lateSubmission: Check = {
  code: 'late-submission',
  severity: 'warning',
  title: 'নির্ধারিত সময়ের পরে দাখিল',
  titleEn: 'Submitted late',
  run(_doc, ctx) {
    const { receivedOn, deadline } = ctx;
    if (!receivedOn || !deadline || !isValidIsoDate(receivedOn) || !isValidIsoDate(deadline)) return [];
    const late = dayNumber(receivedOn) - dayNumber(deadline);
    if (late <= 0) return [];
    return [
      documentFinding(
        `প্রতিবেদন পাওয়া গেছে ${formatDateBn(receivedOn)}, নির্ধারিত শেষ তারিখ ছিল ${formatDateBn(deadline)} — ${toBn(late)} দিন দেরিতে`,
        `the report arrived on ${formatDateEn(receivedOn)}, ${late} day(s) after the deadline ${formatDateEn(deadline)}`,
      ),
    ];
  },
};

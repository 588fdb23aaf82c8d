// Every review check, in the order the review screen lists them, each with its stable code and
// severity (domain.md §5). Adding a check means adding it here.
import { achievementMissing, achievementOutOfPeriod, achievementOverMax, achievementWordsCheck } from './achievements.js';
import { badCode, codeOutOfPlace, duplicateCode } from './codes.js';
import { dateOutsideYear, invalidDate } from './dates.js';
import { legacyEncoding } from './diagnostics.js';
import { evidenceMissing } from './evidence.js';
import { planDrift } from './plan-drift.js';
import { notApplicableClaimed, remarksContradict } from './remarks.js';
import { lateSubmission } from './submission.js';
import { targetsMissing, targetsNotMonotonic, zeroTarget } from './targets.js';
import type { Check, Severity } from './types.js';
import { unitMismatch } from './units.js';
import { weightMismatch } from './weights.js';

export const CHECKS: readonly Check[] = [
  weightMismatch,
  duplicateCode,
  badCode,
  codeOutOfPlace,
  unitMismatch,
  targetsNotMonotonic,
  zeroTarget,
  invalidDate,
  dateOutsideYear,
  targetsMissing,
  planDrift,
  achievementWordsCheck,
  achievementMissing,
  achievementOutOfPeriod,
  achievementOverMax,
  remarksContradict,
  notApplicableClaimed,
  evidenceMissing,
  lateSubmission,
  legacyEncoding,
];

export interface CatalogueEntry {
  code: string;
  severity: Severity;
  title: string;
  titleEn: string;
}

export const CHECK_CATALOGUE: readonly CatalogueEntry[] = CHECKS.map(({ code, severity, title, titleEn }) => ({
  code,
  severity,
  title,
  titleEn,
}));

export const CHECK_CODES: readonly string[] = CHECKS.map((c) => c.code);

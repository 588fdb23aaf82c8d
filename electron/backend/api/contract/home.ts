// The home screen's one call: what is due, what has arrived, what still needs review, the next
// deadline and the last package, for the working fiscal year and period.
import { z } from 'zod';
import { fiscalYearLabel } from './common.js';
import { periodSchema, type Period } from '../../../../common/plan-document/schema.js';

export interface HomeOffice {
  officeId: number;
  officeName: string;
  officeNameEn: string | null;
}

export interface HomeArrival extends HomeOffice {
  reportId: number;
  version: number;
  /** How many versions of the report are stored (re-imports). */
  versionCount: number;
  receivedOn: string | null;
  importedAt: string;
  late: boolean;
}

export interface HomeReviewItem extends HomeOffice {
  reportId: number;
  reviewed: number;
  indicatorCount: number;
}

export interface HomeSummary {
  fiscalYear: string;
  period: Period;
  /** Today in Dhaka (ISO date). */
  today: string;
  /** When the period's reports are due (period end plus the grace days of the settings). */
  deadline: string;
  /** Active subordinate offices: every one is expected to report. */
  expected: number;
  arrived: HomeArrival[];
  missing: HomeOffice[];
  /** Reports received with indicators the reviewer has not yet given a status. */
  needsReview: HomeReviewItem[];
  /** The first deadline on or after today (of the working year, the year today falls in, or the next). */
  nextDeadline: { fiscalYear: string; period: Period; date: string } | null;
  /** The latest memo number issued for a package (memo register). */
  lastPackage: { memoNumber: string; issuedOn: string; fiscalYear: string | null; period: Period | null; subject: string | null } | null;
}

export const homeCalls = {
  'home.summary': { input: z.object({ fiscalYear: fiscalYearLabel, period: periodSchema }).strict() },
} as const;

export interface HomeOutputs {
  'home.summary': HomeSummary;
}

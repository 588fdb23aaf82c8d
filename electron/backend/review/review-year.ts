// What the review takes from the fiscal year and the settings: its scoring rule, its plan total and
// the deadline by which reports for a period were due.
import type Database from 'better-sqlite3';
import { periodEnd } from '../../../common/fiscal-year/fiscal-year.js';
import { DEFAULT_REPORT_GRACE_DAYS } from '../api/contract/settings.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { addDays } from '../review-checks/indicator-values.js';
import { eq } from 'drizzle-orm';
import { fiscalYears } from '../../../drizzle/schema.js';
import { drizzleOn } from '../database/drizzle-on.js';
import { readSetting } from '../settings/settings-store.js';
import type { YearRules } from './review-scores.js';

/**
 * The deadline: `graceDays` after the period ends. By default (15 days) for H1 (and Q2) that is
 * 15 January, when the upper office's feedback is due; for the annual report 15 July.
 */
export function reviewDeadline(fiscalYear: string, period: Period, graceDays = DEFAULT_REPORT_GRACE_DAYS): string {
  return addDays(periodEnd(fiscalYear, period), graceDays);
}

/** The deadline with the days the settings give (settings.reportGraceDays). */
export function deadlineFor(sqlite: Database.Database, fiscalYear: string, period: Period): string {
  const days = Number(readSetting<number>(drizzleOn(sqlite), 'reportGraceDays') ?? DEFAULT_REPORT_GRACE_DAYS);
  return reviewDeadline(fiscalYear, period, Number.isInteger(days) ? days : DEFAULT_REPORT_GRACE_DAYS);
}

export function yearRules(sqlite: Database.Database, fiscalYear: string): YearRules {
  const row = drizzleOn(sqlite)
    .select({ rule: fiscalYears.scoringRule, planTotal: fiscalYears.planTotal })
    .from(fiscalYears)
    .where(eq(fiscalYears.label, fiscalYear))
    .get();
  return { rule: row?.rule ?? 'interpolate', planTotal: row?.planTotal ?? 50 };
}

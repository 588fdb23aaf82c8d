// What the review takes from the fiscal year: its scoring rule, its plan total and the deadline
// by which reports for a period were due.
import type Database from 'better-sqlite3';
import { periodEnd } from '../fiscal-year/fiscal-year.js';
import type { Period } from '../plan-document/schema.js';
import { addDays } from '../review-checks/values.js';
import type { Rule } from '../scoring/index.js';
import { statement } from '../database/statements.js';
import type { YearRules } from './review-scores.js';

/** Days after a period's end a report is due (domain.md §3: about two weeks). */
export const REPORT_GRACE_DAYS = 15;

/**
 * The default deadline: 15 days after the period ends. For H1 (and Q2) that is 15 January, when the
 * upper office's feedback is due; for the annual report 15 July.
 */
export function reviewDeadline(fiscalYear: string, period: Period): string {
  return addDays(periodEnd(fiscalYear, period), REPORT_GRACE_DAYS);
}

export function yearRules(sqlite: Database.Database, fiscalYear: string): YearRules {
  const row = statement(sqlite, `SELECT scoring_rule AS rule, plan_total AS planTotal FROM fiscal_years WHERE label = ?`).get(fiscalYear) as
    | { rule: Rule; planTotal: number }
    | undefined;
  return { rule: row?.rule ?? 'interpolate', planTotal: row?.planTotal ?? 50 };
}

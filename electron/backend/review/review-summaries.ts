// Per-report summaries for the overview (totals, share on track, findings by severity, heat-map
// levels), kept in memory per connection and computed again only for reports whose inputs changed.
// Scoring and checking a thousand reports from their rows takes about a second: the first overview
// after a start of the app pays it once, every later one only for what changed.
//
// What a summary depends on, in one place: its stamp (below). A summary is kept with the stamp its
// report had when it was computed, and used while the report's stamp is the same. The stamp covers
// every table the summary's rows come from (SUMMARY_INPUTS; a test reads the queries of
// readReviewRows and fails on a table not listed here):
// - reports, achievements, report_remarks, and the report's own plan with its areas, activities,
//   indicators and file: written once by the import, never edited (a re-import is a new report);
//   the report row's id, plan, import time and receipt date stand for them;
// - plans of the office (plan-drift compares with the latest approved plan): the latest plan's id;
// - reviews and review_items: the review's and its items' last change, and how many items there are;
// - evidence_files: how many, and the latest;
// - the fiscal year's rule and plan total, and the period's deadline (settings).
import type Database from 'better-sqlite3';
import type { Period } from '../../../common/plan-document/schema.js';
import { assembleReports } from './report-documents.js';
import { and, eq, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { evidenceFiles, plans, reports, reviewItems, reviews } from '../../../drizzle/schema.js';
import { drizzleOn } from '../database/drizzle-on.js';
import { readReviewRows, type ReportRow } from './review-rows.js';
import { countBySeverity, isOnTrack, scoreReview, type YearRules } from './review-scores.js';

/** The tables a summary is computed from: each is covered by the stamp. */
export const SUMMARY_INPUTS = [
  'reports', 'achievements', 'report_remarks', 'plans', 'plan_areas', 'plan_activities', 'plan_indicators', 'stored_files',
  'reviews', 'review_items', 'evidence_files', 'fiscal_years', 'settings',
] as const;

export interface ReportSummary {
  stamp: string;
  reportId: number;
  officeId: number;
  weight: number;
  claimed: number;
  verified: number;
  scoredWeight: number;
  onTrack: number;
  indicatorCount: number;
  findings: { error: number; warning: number; info: number };
  reviewed: number;
  /** The report's indicator codes (the first row of a code that repeats), and their verified levels. */
  codes: string[];
  levels: (number | null)[];
  /** codes joined, to tell templates apart. */
  codesKey: string;
}

export interface StampedReport extends ReportRow {
  /** The report's inputs as they are now, besides the year's rules and deadline. */
  stamp: string;
}

const caches = new WeakMap<Database.Database, Map<number, ReportSummary>>();

function cacheOf(sqlite: Database.Database): Map<number, ReportSummary> {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  return cache;
}

/** The summaries held for the connection, by report id (the tests look in). */
export function heldSummaries(sqlite: Database.Database): ReadonlyMap<number, ReportSummary> {
  return cacheOf(sqlite);
}

/** Forgets the summaries held for the connection, as a start of the app does. */
export function forgetSummaries(sqlite: Database.Database): void {
  caches.delete(sqlite);
}

/** The latest report of every office for the year and period, each with the stamp of its inputs. */
export function stampedReports(sqlite: Database.Database, fiscalYear: string, period: Period): StampedReport[] {
  const db = drizzleOn(sqlite);
  const r2 = alias(reports, 'r2');
  const latest = db.select({ v: max(r2.version) }).from(r2)
    .where(and(eq(r2.officeId, reports.officeId), eq(r2.fiscalYear, reports.fiscalYear), eq(r2.period, reports.period)));
  const ofReview = sql`${reviewItems.reviewId} = ${reviews.id}`;
  const ofReport = sql`${evidenceFiles.reportId} = ${reports.id}`;
  const rows = db
    .select({
      id: reports.id, officeId: reports.officeId, fiscalYear: reports.fiscalYear, period: reports.period, version: reports.version,
      planId: reports.planId, receivedOn: reports.receivedOn, createdAt: reports.createdAt,
      reviewChanged: reviews.updatedAt,
      itemCount: sql<number>`(SELECT count(*) FROM ${reviewItems} WHERE ${ofReview})`.mapWith(Number),
      itemChanged: sql<string | null>`(SELECT max(${reviewItems.updatedAt}) FROM ${reviewItems} WHERE ${ofReview})`,
      evidenceCount: sql<number>`(SELECT count(*) FROM ${evidenceFiles} WHERE ${ofReport})`.mapWith(Number),
      lastEvidence: sql<number | null>`(SELECT max(${evidenceFiles.id}) FROM ${evidenceFiles} WHERE ${ofReport})`,
      latestPlan: sql<number | null>`(SELECT max(${plans.id}) FROM ${plans} WHERE ${plans.officeId} = ${reports.officeId}
        AND ${plans.fiscalYear} = ${reports.fiscalYear} AND ${plans.kind} = 'plan')`,
    })
    .from(reports)
    .leftJoin(reviews, eq(reviews.reportId, reports.id))
    .where(and(eq(reports.fiscalYear, fiscalYear), eq(reports.period, period), sql`${reports.version} = (${latest})`))
    .all();
  return rows.map(({ reviewChanged, itemCount, itemChanged, evidenceCount, lastEvidence, latestPlan, ...report }) => ({
    ...report,
    stamp: JSON.stringify([report.id, report.planId, report.createdAt, report.receivedOn, reviewChanged, itemCount, itemChanged, evidenceCount, lastEvidence, latestPlan]),
  }));
}

/**
 * Summaries of the given reports: those held under their current stamp as they are, the others
 * computed from their rows in bulk reads, a hundred reports at a time.
 */
export function reportSummaries(sqlite: Database.Database, reports: StampedReport[], rules: YearRules, deadline: string): Map<number, ReportSummary> {
  const cache = cacheOf(sqlite);
  const yearStamp = JSON.stringify([rules.rule, rules.planTotal, deadline]);
  const stampOf = (report: StampedReport) => `${yearStamp}|${report.stamp}`;
  const out = new Map<number, ReportSummary>();
  const stale: StampedReport[] = [];
  for (const report of reports) {
    const held = cache.get(report.id);
    if (held && held.stamp === stampOf(report)) out.set(report.id, held);
    else stale.push(report);
  }
  // In chunks: a chunk's rows and documents die young, which keeps the garbage collector's work small.
  for (let start = 0; start < stale.length; start += CHUNK) {
    const chunk = stale.slice(start, start + CHUNK);
    const stamps = new Map(chunk.map((report) => [report.id, stampOf(report)]));
    for (const summary of summarise(sqlite, chunk, rules, deadline, stamps)) {
      cache.set(summary.reportId, summary);
      out.set(summary.reportId, summary);
    }
  }
  return out;
}

/** Reports read and scored together when summaries are computed. */
const CHUNK = 100;

function summarise(sqlite: Database.Database, reports: StampedReport[], rules: YearRules, deadline: string, stamps: Map<number, string>): ReportSummary[] {
  return assembleReports(readReviewRows(sqlite, reports)).map((loaded) => {
    const scores = scoreReview(loaded, rules, deadline);
    const codes: string[] = [];
    const levels: (number | null)[] = [];
    const seen = new Set<string>();
    let onTrack = 0;
    for (const entry of scores.verified.indicators) {
      if (isOnTrack(entry)) onTrack++;
      if (entry.code !== null && !seen.has(entry.code)) {
        seen.add(entry.code);
        codes.push(entry.code);
        levels.push(entry.level);
      }
    }
    let reviewed = 0;
    for (const item of loaded.items.values()) if (item.status !== 'pending') reviewed++;
    return {
      stamp: stamps.get(loaded.report.id)!,
      reportId: loaded.report.id,
      officeId: loaded.report.officeId,
      weight: scores.verified.total.weight,
      claimed: scores.claimed.total.score,
      verified: scores.verified.total.score,
      scoredWeight: scores.verified.total.scoredWeight,
      onTrack,
      indicatorCount: scores.verified.indicators.length,
      findings: countBySeverity(scores.findings),
      reviewed,
      codes,
      levels,
      codesKey: codes.join(' '),
    };
  });
}

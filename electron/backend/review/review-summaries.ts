// Per-report summaries for the overview (totals, share on track, findings by severity, heat-map
// levels), kept in memory per database connection and recomputed only for reports whose inputs
// changed. Scoring and checking a thousand reports from their rows takes seconds; the overview is
// opened again after every change, so only the changed office is worth computing again.
//
// A summary is valid while its fingerprint holds. The fingerprint is read in one query per overview
// and covers everything the summary depends on: the report row (its table and achievements are never
// edited after import; a re-import is a new report), its review (every change of the review, its
// items or its comments stamps reviews.updated_at), its evidence links, the office's latest approved
// plan (plan-drift), and the fiscal year's rule and plan total.
import type Database from 'better-sqlite3';
import type { Period } from '../plan-document/schema.js';
import { assembleReports } from './report-documents.js';
import { readReviewRows, statement, type ReportRow } from './review-rows.js';
import { countBySeverity, isOnTrack, scoreReview, type YearRules } from './review-scores.js';

export interface ReportSummary {
  fingerprint: string;
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
  fingerprint: string;
}

const caches = new WeakMap<Database.Database, Map<number, ReportSummary>>();

function cacheOf(sqlite: Database.Database): Map<number, ReportSummary> {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  return cache;
}

/** Forgets every summary of the connection (the bench times the overview from cold this way). */
export function clearReviewSummaries(sqlite: Database.Database): void {
  caches.delete(sqlite);
}

/** The latest report of every office for the year and period, each with the fingerprint of its inputs. */
export function stampedReports(sqlite: Database.Database, fiscalYear: string, period: Period): StampedReport[] {
  return statement(
    sqlite,
    `SELECT r.id, r.office_id AS officeId, r.fiscal_year AS fiscalYear, r.period, r.version, r.plan_id AS planId,
              r.received_on AS receivedOn, r.created_at AS createdAt,
              r.id || '|' || r.plan_id || '|' || r.created_at || '|' || coalesce(r.received_on, '') || '|' ||
              coalesce((SELECT v.updated_at FROM reviews v WHERE v.report_id = r.id), '') || '|' ||
              (SELECT count(*) || ':' || coalesce(max(e.id), 0) FROM evidence_files e WHERE e.report_id = r.id) || '|' ||
              coalesce((SELECT max(p.id) FROM plans p WHERE p.office_id = r.office_id AND p.fiscal_year = r.fiscal_year AND p.kind = 'plan'), 0)
              AS fingerprint
       FROM reports r
       WHERE r.fiscal_year = ? AND r.period = ?
         AND r.version = (SELECT max(r2.version) FROM reports r2
                          WHERE r2.office_id = r.office_id AND r2.fiscal_year = r.fiscal_year AND r2.period = r.period)`,
  ).all(fiscalYear, period) as StampedReport[];
}

/** Summaries of the given reports: cached ones as they are, the others computed from their rows in one bulk read. */
export function reportSummaries(sqlite: Database.Database, reports: StampedReport[], rules: YearRules, deadline: string): Map<number, ReportSummary> {
  const cache = cacheOf(sqlite);
  const prefix = `${rules.rule}|${rules.planTotal}|${deadline}|`;
  const out = new Map<number, ReportSummary>();
  const stale: StampedReport[] = [];
  for (const report of reports) {
    const cached = cache.get(report.id);
    if (cached && cached.fingerprint === prefix + report.fingerprint) out.set(report.id, cached);
    else stale.push(report);
  }
  if (stale.length === 0) return out;

  const fingerprints = new Map(stale.map((r) => [r.id, prefix + r.fingerprint]));
  // In chunks: a chunk's rows and documents die young, which keeps the garbage collector's work small.
  for (let start = 0; start < stale.length; start += CHUNK) {
    for (const summary of summarise(sqlite, stale.slice(start, start + CHUNK), rules, deadline, fingerprints)) {
      cache.set(summary.reportId, summary);
      out.set(summary.reportId, summary);
    }
  }
  return out;
}

/** Reports read and scored together when summaries are computed. */
const CHUNK = 100;

function summarise(
  sqlite: Database.Database, reports: StampedReport[], rules: YearRules, deadline: string, fingerprints: Map<number, string>,
): ReportSummary[] {
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
      fingerprint: fingerprints.get(loaded.report.id)!,
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

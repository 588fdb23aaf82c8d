// Per-report summaries for the overview (totals, share on track, findings by severity, heat-map
// levels), recomputed only for reports whose inputs changed. Scoring and checking a thousand reports
// from their rows takes more than a second; the overview is opened again after every change and
// after every start of the app, so a summary is kept twice: in memory per connection, and in the
// review_summaries table, so that the first overview after a start reads summaries, not every report.
//
// A summary is valid while its fingerprint holds. The fingerprint is read in one query per overview
// and covers everything the summary depends on: the report row (its table and achievements are never
// edited after import; a re-import is a new report), its review (every change of the review, its
// items or its comments stamps reviews.updated_at), its evidence links, the office's latest approved
// plan (plan-drift), and the fiscal year's rule and plan total. SUMMARY_FORMAT is part of it too:
// a new version of the checks or the scoring bumps it, and every stored summary is computed again.
import type Database from 'better-sqlite3';
import type { Period } from '../../../common/plan-document/schema.js';
import { assembleReports } from './report-documents.js';
import { statement } from '../database/statements.js';
import { readReviewRows, type ReportRow } from './review-rows.js';
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

/** As stored: the codes are kept once, as codesKey (codes never hold a space). */
type StoredSummary = Omit<ReportSummary, 'fingerprint' | 'codes'>;

export interface StampedReport extends ReportRow {
  fingerprint: string;
}

const caches = new WeakMap<Database.Database, Map<number, ReportSummary>>();

function cacheOf(sqlite: Database.Database): Map<number, ReportSummary> {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  return cache;
}

/** Bump when what a summary holds, or how the checks and scores behind it work, changes. */
const SUMMARY_FORMAT = 1;

/** What every summary of the year and period depends on besides its report's own rows. */
function fingerprintPrefix(rules: YearRules, deadline: string): string {
  return `${SUMMARY_FORMAT}|${rules.rule}|${rules.planTotal}|${deadline}|`;
}

/** Forgets the summaries held in memory, as a start of the app does; the stored ones stay. */
export function forgetCachedSummaries(sqlite: Database.Database): void {
  caches.delete(sqlite);
}

/** Forgets every summary, in memory and stored: the next overview scores and checks every report. */
export function clearReviewSummaries(sqlite: Database.Database): void {
  caches.delete(sqlite);
  sqlite.prepare('DELETE FROM review_summaries').run();
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

/** The reports' summaries held in memory under their current fingerprint, the other reports, and every full fingerprint. */
function splitByMemory(
  sqlite: Database.Database, reports: StampedReport[], rules: YearRules, deadline: string,
): { held: ReportSummary[]; others: StampedReport[]; fingerprints: Map<number, string> } {
  const cache = cacheOf(sqlite);
  const prefix = fingerprintPrefix(rules, deadline);
  const held: ReportSummary[] = [];
  const others: StampedReport[] = [];
  const fingerprints = new Map<number, string>();
  for (const report of reports) {
    const fingerprint = prefix + report.fingerprint;
    const cached = cache.get(report.id);
    if (cached && cached.fingerprint === fingerprint) held.push(cached);
    else {
      others.push(report);
      fingerprints.set(report.id, fingerprint);
    }
  }
  return { held, others, fingerprints };
}

/**
 * Summaries of the given reports: those in memory as they are, then those stored with the same
 * fingerprint, and the others computed from their rows in bulk reads and stored.
 */
export function reportSummaries(sqlite: Database.Database, reports: StampedReport[], rules: YearRules, deadline: string): Map<number, ReportSummary> {
  const { held, others, fingerprints } = splitByMemory(sqlite, reports, rules, deadline);
  const out = new Map(held.map((summary) => [summary.reportId, summary]));
  if (others.length === 0) return out;

  const cache = cacheOf(sqlite);
  const stale: StampedReport[] = [];
  const stored = storedSummaries(sqlite, fingerprints);
  for (const report of others) {
    const summary = stored.get(report.id);
    if (summary) {
      cache.set(report.id, summary);
      out.set(report.id, summary);
    } else stale.push(report);
  }

  // In chunks: a chunk's rows and documents die young, which keeps the garbage collector's work small.
  for (let start = 0; start < stale.length; start += CHUNK) {
    for (const summary of computeSummaries(sqlite, { reports: stale.slice(start, start + CHUNK), rules, deadline, fingerprints })) {
      out.set(summary.reportId, summary);
    }
  }
  return out;
}

/** Reports whose summary is missing or stale, with what their summaries are computed under. */
export interface StaleReports {
  reports: StampedReport[];
  rules: YearRules;
  deadline: string;
  /** Full fingerprint per report id. */
  fingerprints: Map<number, string>;
}

/** The reports of the list whose summary is missing or stale, in memory and stored alike. */
export function staleReports(sqlite: Database.Database, reports: StampedReport[], rules: YearRules, deadline: string): StaleReports {
  const { others, fingerprints } = splitByMemory(sqlite, reports, rules, deadline);
  const stored = statement(
    sqlite,
    `SELECT report_id AS reportId, fingerprint FROM review_summaries WHERE report_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...fingerprints.keys()])) as { reportId: number; fingerprint: string }[];
  const valid = new Set(stored.filter((row) => row.fingerprint === fingerprints.get(row.reportId)).map((row) => row.reportId));
  return { reports: others.filter((r) => !valid.has(r.id)), rules, deadline, fingerprints };
}

/**
 * Scores, checks, keeps and stores the summaries of the given reports (the overview passes a
 * hundred at a time, the background refresher a few). A report changed since its fingerprint was
 * read is summarised from its rows as they are now, under the older fingerprint: the next overview
 * sees the mismatch and computes it again, so a stored summary never stands for rows it was not
 * computed from.
 */
export function computeSummaries(sqlite: Database.Database, stale: StaleReports): ReportSummary[] {
  if (stale.reports.length === 0) return [];
  const cache = cacheOf(sqlite);
  const computed = summarise(sqlite, stale.reports, stale.rules, stale.deadline, stale.fingerprints);
  for (const summary of computed) cache.set(summary.reportId, summary);
  storeSummaries(sqlite, computed);
  return computed;
}

/** The stored summaries whose fingerprint is the one given for their report. */
function storedSummaries(sqlite: Database.Database, fingerprints: Map<number, string>): Map<number, ReportSummary> {
  const rows = statement(
    sqlite,
    `SELECT s.report_id AS reportId, s.fingerprint, s.summary FROM review_summaries s
     WHERE s.report_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...fingerprints.keys()])) as { reportId: number; fingerprint: string; summary: string }[];
  const out = new Map<number, ReportSummary>();
  const codeLists = new Map<string, string[]>(); // offices of one template share one list
  for (const row of rows) {
    if (row.fingerprint !== fingerprints.get(row.reportId)) continue;
    const stored = JSON.parse(row.summary) as StoredSummary;
    let codes = codeLists.get(stored.codesKey);
    if (!codes) codeLists.set(stored.codesKey, (codes = stored.codesKey === '' ? [] : stored.codesKey.split(' ')));
    out.set(row.reportId, { ...stored, codes, fingerprint: row.fingerprint });
  }
  return out;
}

function storeSummaries(sqlite: Database.Database, summaries: ReportSummary[]): void {
  const upsert = statement(
    sqlite,
    `INSERT INTO review_summaries (report_id, fingerprint, summary) VALUES (?, ?, ?)
     ON CONFLICT (report_id) DO UPDATE SET fingerprint = excluded.fingerprint, summary = excluded.summary`,
  );
  sqlite.transaction(() => {
    for (const { fingerprint, codes, ...summary } of summaries) upsert.run(summary.reportId, fingerprint, JSON.stringify(summary satisfies StoredSummary));
  })();
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

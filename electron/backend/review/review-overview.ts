// The overview of every active subordinate office for a fiscal year and period: received when,
// claimed and verified totals, share on track, findings by severity, and the heat map of verified
// levels. One query stamps every office's latest report; reports whose summary is not cached or is
// out of date are read together in a dozen set-based queries (review-rows.ts) and scored in memory.
import type Database from 'better-sqlite3';
import type { OverviewOffice, ReviewOverview } from '../api/contract/review.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { and, asc, eq } from 'drizzle-orm';
import { offices } from '../../../drizzle/schema.js';
import { drizzleOn } from '../database/drizzle-on.js';
import { latestReports, readReviewRows, type ReviewRows } from './review-rows.js';
import { reportSummaries, stampedReports, type ReportSummary, type StampedReport } from './review-summaries.js';
import { deadlineFor, yearRules } from './review-year.js';

interface OfficeRow {
  id: number;
  nameBn: string;
  nameEn: string | null;
  parentId: number | null;
}

/** Every active office except the own one: the offices under review. */
export function subordinateOffices(sqlite: Database.Database): OfficeRow[] {
  return drizzleOn(sqlite)
    .select({ id: offices.id, nameBn: offices.nameBn, nameEn: offices.nameEn, parentId: offices.parentId })
    .from(offices)
    .where(and(eq(offices.active, true), eq(offices.isOwn, false)))
    .orderBy(asc(offices.nameBn), asc(offices.id))
    .all();
}

/** The rows the overview reads: its offices and the latest report of each for the period. */
export function readOverviewRows(sqlite: Database.Database, fiscalYear: string, period: Period): { offices: OfficeRow[]; rows: ReviewRows } {
  const offices = subordinateOffices(sqlite);
  const ids = new Set(offices.map((o) => o.id));
  const reports = latestReports(sqlite, fiscalYear, period).filter((r) => ids.has(r.officeId));
  return { offices, rows: readReviewRows(sqlite, reports) };
}

/** "1.10.2" after "1.9.1": codes compared part by part as numbers. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The latest report of each subordinate office for the year and period, stamped with its inputs. */
function overviewReports(sqlite: Database.Database, offices: OfficeRow[], fiscalYear: string, period: Period): StampedReport[] {
  const ids = new Set(offices.map((o) => o.id));
  return stampedReports(sqlite, fiscalYear, period).filter((r) => ids.has(r.officeId));
}

export function reviewOverview(sqlite: Database.Database, fiscalYear: string, period: Period): ReviewOverview {
  const offices = subordinateOffices(sqlite);
  const reports = overviewReports(sqlite, offices, fiscalYear, period);
  const rules = yearRules(sqlite, fiscalYear);
  const deadline = deadlineFor(sqlite, fiscalYear, period);
  const summaries = reportSummaries(sqlite, reports, rules, deadline);

  // Most offices share a template: the heat-map columns are worked out once per distinct code list.
  const byOffice = new Map<number, { report: StampedReport; summary: ReportSummary }>();
  const codeLists = new Map<string, string[]>();
  for (const report of reports) {
    const summary = summaries.get(report.id)!;
    byOffice.set(report.officeId, { report, summary });
    if (!codeLists.has(summary.codesKey)) codeLists.set(summary.codesKey, summary.codes);
  }
  const codes = [...new Set([...codeLists.values()].flat())].sort(compareCodes);
  const column = new Map(codes.map((code, i) => [code, i]));
  const positions = new Map([...codeLists].map(([key, list]) => [key, list.map((code) => column.get(code)!)]));

  const result: OverviewOffice[] = offices.map((office): OverviewOffice => {
    const found = byOffice.get(office.id);
    const levels: (number | null)[] = new Array<number | null>(codes.length).fill(null);
    if (!found) {
      return {
        officeId: office.id, officeName: office.nameBn, officeNameEn: office.nameEn, parentId: office.parentId, report: null, weight: null, claimed: null, verified: null,
        scoredWeight: null, onTrack: 0, indicatorCount: 0, onTrackShare: null, findings: { error: 0, warning: 0, info: 0 }, reviewed: 0,
        late: false, levels,
      };
    }
    const { report, summary } = found;
    const at = positions.get(summary.codesKey)!;
    for (let i = 0; i < at.length; i++) levels[at[i]!] = summary.levels[i]!;
    return {
      officeId: office.id,
      officeName: office.nameBn,
      officeNameEn: office.nameEn,
      parentId: office.parentId,
      report: { id: report.id, version: report.version, receivedOn: report.receivedOn, importedAt: report.createdAt },
      weight: summary.weight,
      claimed: summary.claimed,
      verified: summary.verified,
      scoredWeight: summary.scoredWeight,
      onTrack: summary.onTrack,
      indicatorCount: summary.indicatorCount,
      onTrackShare: summary.indicatorCount > 0 ? summary.onTrack / summary.indicatorCount : null,
      findings: summary.findings,
      reviewed: summary.reviewed,
      late: report.receivedOn !== null && report.receivedOn > deadline,
      levels,
    };
  });

  let claimed = 0;
  let verified = 0;
  let weight = 0;
  for (const o of result) {
    claimed += o.claimed ?? 0;
    verified += o.verified ?? 0;
    weight += o.weight ?? 0;
  }
  return {
    fiscalYear,
    period,
    deadline,
    codes,
    offices: result,
    totals: { offices: result.length, received: byOffice.size, claimed, verified, weight },
  };
}

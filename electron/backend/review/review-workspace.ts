// The review workspace of one report: every indicator with its targets, the claim, the reviewer's
// verified figure, both scores, the findings, the reviewer's status and comment, and the evidence.
import type Database from 'better-sqlite3';
import type {
  EvidenceFileInfo, ReportSelector, ReviewIndicatorRow, ReviewWorkspace, ScoreCell,
} from '../api/contract/review.js';
import { notFound } from '../api/errors.js';
import { asc, eq } from 'drizzle-orm';
import { evidenceFiles as evidenceFilesTable, offices, storedFiles } from '../../../drizzle/schema.js';
import { drizzleOn } from '../database/drizzle-on.js';
import type { Db } from '../database/open-database.js';
import type { Level } from '../../../common/plan-document/schema.js';
import type { Finding } from '../review-checks/index.js';
import { indicatorKind } from '../review-checks/indicator-values.js';
import type { IndicatorScoreEntry } from '../scoring/index.js';
import { assembleReports, type LoadedReport } from './report-documents.js';
import { latestReportOf, readReviewRows, reportsByIds } from './review-rows.js';
import { countBySeverity, scoreReview, verifiedValue, type ReviewScores } from './review-scores.js';
import { deadlineFor, yearRules } from './review-year.js';

/** The review's two handles on the database: drizzle for writes, the connection for set-based reads. */
export interface ReviewStore {
  db: Db;
  sqlite: Database.Database;
}

/** Reports read together (a dozen queries for all of them), by id; an id with no report is left out. */
export function loadReports(sqlite: Database.Database, reportIds: number[]): Map<number, LoadedReport> {
  return new Map(assembleReports(readReviewRows(sqlite, reportsByIds(sqlite, reportIds))).map((loaded) => [loaded.report.id, loaded]));
}

export function loadReport(sqlite: Database.Database, reportId: number): LoadedReport {
  const loaded = loadReports(sqlite, [reportId]).get(reportId);
  if (!loaded) throw notFound('report', `report ${reportId} does not exist`);
  return loaded;
}

export function resolveReportId(sqlite: Database.Database, selector: ReportSelector): number {
  if ('reportId' in selector) return selector.reportId;
  const row = latestReportOf(sqlite, selector.officeId, selector.fiscalYear, selector.period);
  if (!row) throw notFound('report', `no ${selector.period} report of office ${selector.officeId} for ${selector.fiscalYear}`);
  return row.id;
}

/** A loaded report scored with its year's rules and deadline. */
export function scoreLoaded(sqlite: Database.Database, loaded: LoadedReport): ReviewScores & { deadline: string; planTotal: number; rule: ReviewWorkspace['rule'] } {
  const rules = yearRules(sqlite, loaded.report.fiscalYear);
  const deadline = deadlineFor(sqlite, loaded.report.fiscalYear, loaded.report.period);
  return { ...scoreReview(loaded, rules, deadline), deadline, planTotal: rules.planTotal, rule: rules.rule };
}

function officeNames(sqlite: Database.Database, officeId: number): { nameBn: string; nameEn: string | null } | undefined {
  return drizzleOn(sqlite).select({ nameBn: offices.nameBn, nameEn: offices.nameEn }).from(offices).where(eq(offices.id, officeId)).get();
}

export function officeName(sqlite: Database.Database, officeId: number): string {
  return officeNames(sqlite, officeId)?.nameBn ?? '';
}

/** The office's English name, for the English UI; null when it has none. */
export function officeNameEn(sqlite: Database.Database, officeId: number): string | null {
  return officeNames(sqlite, officeId)?.nameEn || null;
}

export function evidenceFiles(sqlite: Database.Database, reportId: number): EvidenceFileInfo[] {
  return drizzleOn(sqlite)
    .select({
      id: evidenceFilesTable.id, indicatorId: evidenceFilesTable.indicatorId, fileName: storedFiles.fileName,
      sha256: storedFiles.sha256, byteSize: storedFiles.byteSize, addedAt: evidenceFilesTable.addedAt,
    })
    .from(evidenceFilesTable)
    .innerJoin(storedFiles, eq(storedFiles.id, evidenceFilesTable.storedFileId))
    .where(eq(evidenceFilesTable.reportId, reportId))
    .orderBy(asc(evidenceFilesTable.id))
    .all();
}

function cell(entry: IndicatorScoreEntry): ScoreCell {
  return { achievement: entry.achievement, status: entry.status, level: entry.level, score: entry.score, method: entry.method, rule: entry.rule };
}

/** Findings per indicator code; those about the whole report, or a code the table lacks, apart. */
export function splitFindings(findings: Finding[], codes: Set<string>): { byCode: Map<string, Finding[]>; report: Finding[] } {
  const byCode = new Map<string, Finding[]>();
  const report: Finding[] = [];
  for (const finding of findings) {
    const code = finding.indicatorCode;
    if (code === null || !codes.has(code)) {
      report.push(finding);
      continue;
    }
    const list = byCode.get(code);
    if (list) list.push(finding);
    else byCode.set(code, [finding]);
  }
  return { byCode, report };
}

/** `loaded`: the report already read (several read together, as the package's feedback letters are). */
export function buildWorkspace(store: ReviewStore, reportId: number, loaded = loadReport(store.sqlite, reportId)): ReviewWorkspace {
  const { sqlite } = store;
  const scores = scoreLoaded(sqlite, loaded);
  const { document: doc, report } = loaded;
  const codes = new Set(doc.indicators.map((i) => i.code).filter((c): c is string => c !== null));
  const { byCode, report: reportFindings } = splitFindings(scores.findings, codes);
  const evidence = evidenceFiles(sqlite, reportId);

  const indicators: ReviewIndicatorRow[] = doc.indicators.map((indicator, i) => {
    const indicatorId = loaded.indicatorIds[i]!;
    const item = loaded.items.get(indicatorId);
    return {
      indicatorId,
      code: indicator.code,
      areaCode: indicator.areaCode,
      text: indicator.text,
      unit: indicator.unit,
      unitText: indicator.unitText ?? null,
      weight: indicator.weight,
      valueKind: indicatorKind(indicator),
      targets: doc.levels.map((level) => ({ level, value: indicator.targets[String(level) as `${Level}`] ?? null })),
      reported: indicator.achievements,
      reportedText: indicator.achievementText ?? {},
      remarks: indicator.remarks ?? null,
      evidenceReference: indicator.evidence ?? null,
      claimed: cell(scores.claimed.indicators[i]!),
      verified: cell(scores.verified.indicators[i]!),
      verifiedValue: verifiedValue(item),
      status: item?.status ?? 'pending',
      comment: item?.comment ?? null,
      calculationMethod: item?.calculationMethod ?? null,
      scoringRule: item?.scoringRule ?? null,
      findings: indicator.code !== null ? (byCode.get(indicator.code) ?? []) : [],
      evidence: evidence.filter((e) => e.indicatorId === indicatorId),
    };
  });

  const verifiedAreas = new Map(scores.verified.areas.map((a) => [a.code, a]));
  return {
    report: {
      id: report.id, version: report.version, period: report.period, fiscalYear: report.fiscalYear, receivedOn: report.receivedOn,
      importedAt: report.createdAt, fileName: doc.source?.file ?? null,
    },
    office: { id: report.officeId, nameBn: officeName(sqlite, report.officeId), nameEn: officeNameEn(sqlite, report.officeId) },
    deadline: scores.deadline,
    planTotal: scores.planTotal,
    rule: scores.rule,
    indicators,
    reportFindings,
    findingCounts: countBySeverity(scores.findings),
    totals: { claimed: scores.claimed.total, verified: scores.verified.total },
    areas: scores.claimed.areas.map((a) => {
      const v = verifiedAreas.get(a.code);
      return {
        code: a.code,
        claimed: { weight: a.weight ?? 0, score: a.score, scoredWeight: a.scoredWeight },
        verified: { weight: v?.weight ?? a.weight ?? 0, score: v?.score ?? a.score, scoredWeight: v?.scoredWeight ?? a.scoredWeight },
      };
    }),
    comment: loaded.review?.comment ?? null,
    feedbackSaved: (loaded.review?.feedbackLetter ?? null) !== null,
  };
}

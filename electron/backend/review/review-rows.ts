// The raw rows a review needs, read set-based: one query per table for any number of reports, so the
// overview of a thousand offices costs a dozen queries, not a thousand document loads. The bench
// times exactly these reads as the "bare SQL read" the overview is compared with.
import type Database from 'better-sqlite3';
import { statement } from '../database/statements.js';
import type { Period } from '../../../common/plan-document/schema.js';

export interface ReportRow {
  id: number;
  officeId: number;
  fiscalYear: string;
  period: Period;
  version: number;
  planId: number;
  receivedOn: string | null;
  createdAt: string;
}

export interface PlanRow {
  id: number;
  officeId: number;
  planType: string;
  fiscalYear: string;
  kind: 'plan' | 'report';
  version: number;
  levels: string;
  sourceSheet: string | null;
  fileName: string | null;
  sha256: string | null;
}

export interface AreaRow { planId: number; code: string; title: string; weight: number | null }
export interface ActivityRow { id: number; code: string | null; title: string | null }
export interface IndicatorRow {
  id: number;
  planId: number;
  activityId: number | null;
  areaCode: string | null;
  code: string | null;
  text: string;
  unit: 'date' | 'number' | 'percent' | null;
  unitText: string | null;
  weight: number | null;
  calculationMethod: 'sum' | 'average' | 'date' | 'cumulative' | 'reported' | null;
  scoringRule: 'interpolate' | 'step' | 'proportional' | null;
  cells: string | null;
  /** JSON: the target per level (plan_indicators.targets). */
  targets: string;
}
export interface AchievementRow {
  reportId: number;
  indicatorId: number;
  period: Period;
  valueNumber: number | null;
  valueDate: string | null;
  valueText: string | null;
}
export interface RemarkRow { reportId: number; indicatorId: number; remarks: string | null; evidence: string | null }
export interface ReviewRow { id: number; reportId: number; comment: string | null; feedbackLetter: string | null; updatedAt: string }
export interface ReviewItemRow {
  reportId: number;
  indicatorId: number;
  verifiedNumber: number | null;
  verifiedDate: string | null;
  status: 'pending' | 'accepted' | 'needs-correction' | 'not-applicable';
  comment: string | null;
  calculationMethod: 'sum' | 'average' | 'date' | 'cumulative' | 'reported' | null;
  scoringRule: 'interpolate' | 'step' | 'proportional' | null;
  updatedAt: string;
}
export interface EvidenceCountRow { reportId: number; indicatorId: number | null; n: number }

/** Everything read for a set of reports: their plans, the approved plans of their offices, and the review. */
export interface ReviewRows {
  reports: ReportRow[];
  plans: PlanRow[];
  areas: AreaRow[];
  activities: ActivityRow[];
  indicators: IndicatorRow[];
  achievements: AchievementRow[];
  remarks: RemarkRow[];
  reviews: ReviewRow[];
  items: ReviewItemRow[];
  evidence: EvidenceCountRow[];
}

const REPORT_COLUMNS = `r.id, r.office_id AS officeId, r.fiscal_year AS fiscalYear, r.period, r.version, r.plan_id AS planId,
  r.received_on AS receivedOn, r.created_at AS createdAt`;


function all<T>(sqlite: Database.Database, text: string, ...params: unknown[]): T[] {
  return statement(sqlite, text).all(...params) as T[];
}

/** The latest version of every report for the year and period. */
export function latestReports(sqlite: Database.Database, fiscalYear: string, period: Period): ReportRow[] {
  return all<ReportRow>(
    sqlite,
    `SELECT ${REPORT_COLUMNS} FROM reports r
     WHERE r.fiscal_year = ? AND r.period = ?
       AND r.version = (SELECT max(r2.version) FROM reports r2
                        WHERE r2.office_id = r.office_id AND r2.fiscal_year = r.fiscal_year AND r2.period = r.period)`,
    fiscalYear,
    period,
  );
}

export function reportById(sqlite: Database.Database, reportId: number): ReportRow | null {
  return all<ReportRow>(sqlite, `SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id = ?`, reportId)[0] ?? null;
}

/** The reports with the given ids (in no particular order). */
export function reportsByIds(sqlite: Database.Database, ids: number[]): ReportRow[] {
  return all<ReportRow>(sqlite, `SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id IN (SELECT value FROM json_each(?))`, JSON.stringify(ids));
}

export function latestReportOf(sqlite: Database.Database, officeId: number, fiscalYear: string, period: Period): ReportRow | null {
  return (
    all<ReportRow>(
      sqlite,
      `SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.office_id = ? AND r.fiscal_year = ? AND r.period = ? ORDER BY r.version DESC LIMIT 1`,
      officeId,
      fiscalYear,
      period,
    )[0] ?? null
  );
}

const PLAN_COLUMNS = `p.id, p.office_id AS officeId, p.plan_type AS planType, p.fiscal_year AS fiscalYear, p.kind, p.version,
  p.levels, p.source_sheet AS sourceSheet, f.file_name AS fileName, f.sha256`;

/**
 * Reads the rows of the given reports. Ids go in as one JSON array (json_each), so the statement
 * text stays the same whatever the number of reports.
 */
export function readReviewRows(sqlite: Database.Database, reports: ReportRow[]): ReviewRows {
  const reportIds = JSON.stringify(reports.map((r) => r.id));
  const reportPlans = all<PlanRow>(
    sqlite,
    `SELECT ${PLAN_COLUMNS} FROM plans p LEFT JOIN stored_files f ON f.id = p.source_file_id
     WHERE p.id IN (SELECT r.plan_id FROM reports r WHERE r.id IN (SELECT value FROM json_each(?)))`,
    reportIds,
  );
  // Approved plans: every version of kind 'plan' for the offices and years concerned; the latest per
  // office, year and plan type is picked when the documents are assembled.
  const approved = all<PlanRow>(
    sqlite,
    `SELECT ${PLAN_COLUMNS} FROM plans p LEFT JOIN stored_files f ON f.id = p.source_file_id
     WHERE p.kind = 'plan' AND p.version = (
       SELECT max(p2.version) FROM plans p2
       WHERE p2.office_id = p.office_id AND p2.fiscal_year = p.fiscal_year AND p2.plan_type = p.plan_type AND p2.kind = 'plan')
     AND (p.office_id, p.fiscal_year) IN (SELECT r.office_id, r.fiscal_year FROM reports r WHERE r.id IN (SELECT value FROM json_each(?)))`,
    reportIds,
  );
  const plans = [...reportPlans, ...approved];
  const planIds = JSON.stringify(plans.map((p) => p.id));
  return {
    reports,
    plans,
    areas: all<AreaRow>(
      sqlite,
      `SELECT plan_id AS planId, code, title, weight FROM plan_areas WHERE plan_id IN (SELECT value FROM json_each(?)) ORDER BY plan_id, position`,
      planIds,
    ),
    activities: all<ActivityRow>(
      sqlite,
      `SELECT id, code, title FROM plan_activities WHERE plan_id IN (SELECT value FROM json_each(?))`,
      planIds,
    ),
    indicators: all<IndicatorRow>(
      sqlite,
      `SELECT i.id, i.plan_id AS planId, i.activity_id AS activityId, i.area_code AS areaCode, i.code, i.text, i.unit, i.unit_text AS unitText,
              i.weight, i.calculation_method AS calculationMethod, i.scoring_rule AS scoringRule, i.cells, i.targets
       FROM plan_indicators i WHERE i.plan_id IN (SELECT value FROM json_each(?)) ORDER BY i.plan_id, i.position`,
      planIds,
    ),
    achievements: all<AchievementRow>(
      sqlite,
      `SELECT report_id AS reportId, indicator_id AS indicatorId, period, value_number AS valueNumber, value_date AS valueDate, value_text AS valueText
       FROM achievements WHERE report_id IN (SELECT value FROM json_each(?))`,
      reportIds,
    ),
    remarks: all<RemarkRow>(
      sqlite,
      `SELECT report_id AS reportId, indicator_id AS indicatorId, remarks, evidence FROM report_remarks WHERE report_id IN (SELECT value FROM json_each(?))`,
      reportIds,
    ),
    reviews: all<ReviewRow>(
      sqlite,
      `SELECT id, report_id AS reportId, comment, feedback_letter AS feedbackLetter, updated_at AS updatedAt
       FROM reviews WHERE report_id IN (SELECT value FROM json_each(?))`,
      reportIds,
    ),
    items: all<ReviewItemRow>(
      sqlite,
      `SELECT v.report_id AS reportId, ri.indicator_id AS indicatorId, ri.verified_number AS verifiedNumber, ri.verified_date AS verifiedDate,
              ri.status, ri.comment, ri.calculation_method AS calculationMethod, ri.scoring_rule AS scoringRule, ri.updated_at AS updatedAt
       FROM reviews v JOIN review_items ri ON ri.review_id = v.id WHERE v.report_id IN (SELECT value FROM json_each(?))`,
      reportIds,
    ),
    evidence: all<EvidenceCountRow>(
      sqlite,
      `SELECT report_id AS reportId, indicator_id AS indicatorId, count(*) AS n FROM evidence_files
       WHERE report_id IN (SELECT value FROM json_each(?)) GROUP BY report_id, indicator_id`,
      reportIds,
    ),
  };
}

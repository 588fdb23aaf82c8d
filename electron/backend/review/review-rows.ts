// The raw rows a review needs, read set-based: one query per table for any number of reports, so the
// overview of a thousand offices costs a dozen queries, not a thousand document loads. The bench
// times exactly these reads as the "bare SQL read" the overview is compared with.
import type Database from 'better-sqlite3';
import { and, asc, count, desc, eq, max, sql, type Column } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  achievements, evidenceFiles, planActivities, planAreas, planIndicators, plans, reportRemarks, reports, reviewItems, reviews, storedFiles,
} from '../../../drizzle/schema.js';
import { drizzleOn, type Db } from '../database/drizzle-on.js';
import type { Period } from '../../../common/plan-document/schema.js';

/** `column IN (the ids)`, the ids going in as one JSON array so the query text is the same for any number. */
const inIds = (column: Column, ids: string) => sql`${column} IN (SELECT value FROM json_each(${ids}))`;

const REPORT_COLUMNS = {
  id: reports.id, officeId: reports.officeId, fiscalYear: reports.fiscalYear, period: reports.period, version: reports.version,
  planId: reports.planId, receivedOn: reports.receivedOn, createdAt: reports.createdAt,
};
const PLAN_COLUMNS = {
  id: plans.id, officeId: plans.officeId, planType: plans.planType, fiscalYear: plans.fiscalYear, kind: plans.kind, version: plans.version,
  levels: plans.levels, sourceSheet: plans.sourceSheet, fileName: storedFiles.fileName, sha256: storedFiles.sha256,
};

const reportsWhere = (db: Db, where: ReturnType<typeof and>) => db.select(REPORT_COLUMNS).from(reports).where(where);
const plansWhere = (db: Db, where: ReturnType<typeof and>) =>
  db.select(PLAN_COLUMNS).from(plans).leftJoin(storedFiles, eq(storedFiles.id, plans.sourceFileId)).where(where).all();

export type ReportRow = ReturnType<ReturnType<typeof reportsWhere>['all']>[number];
export type PlanRow = ReturnType<typeof plansWhere>[number];

function areasOf(db: Db, planIds: string) {
  return db.select({ planId: planAreas.planId, code: planAreas.code, title: planAreas.title, weight: planAreas.weight })
    .from(planAreas).where(inIds(planAreas.planId, planIds)).orderBy(asc(planAreas.planId), asc(planAreas.position)).all();
}
function activitiesOf(db: Db, planIds: string) {
  return db.select({ id: planActivities.id, code: planActivities.code, title: planActivities.title })
    .from(planActivities).where(inIds(planActivities.planId, planIds)).all();
}
function indicatorsOf(db: Db, planIds: string) {
  const i = planIndicators;
  return db.select({
    id: i.id, planId: i.planId, activityId: i.activityId, areaCode: i.areaCode, code: i.code, text: i.text, unit: i.unit, unitText: i.unitText,
    weight: i.weight, calculationMethod: i.calculationMethod, scoringRule: i.scoringRule, cells: i.cells, targets: i.targets,
  }).from(i).where(inIds(i.planId, planIds)).orderBy(asc(i.planId), asc(i.position)).all();
}
function achievementsOf(db: Db, reportIds: string) {
  const a = achievements;
  return db.select({ reportId: a.reportId, indicatorId: a.indicatorId, period: a.period, valueNumber: a.valueNumber, valueDate: a.valueDate, valueText: a.valueText })
    .from(a).where(inIds(a.reportId, reportIds)).all();
}
function remarksOf(db: Db, reportIds: string) {
  const r = reportRemarks;
  return db.select({ reportId: r.reportId, indicatorId: r.indicatorId, remarks: r.remarks, evidence: r.evidence }).from(r).where(inIds(r.reportId, reportIds)).all();
}
function reviewsOf(db: Db, reportIds: string) {
  return db.select({ id: reviews.id, reportId: reviews.reportId, comment: reviews.comment, feedbackLetter: reviews.feedbackLetter, updatedAt: reviews.updatedAt })
    .from(reviews).where(inIds(reviews.reportId, reportIds)).all();
}
function itemsOf(db: Db, reportIds: string) {
  const ri = reviewItems;
  return db.select({
    reportId: reviews.reportId, indicatorId: ri.indicatorId, verifiedNumber: ri.verifiedNumber, verifiedDate: ri.verifiedDate, status: ri.status,
    comment: ri.comment, calculationMethod: ri.calculationMethod, scoringRule: ri.scoringRule, updatedAt: ri.updatedAt,
  }).from(reviews).innerJoin(ri, eq(ri.reviewId, reviews.id)).where(inIds(reviews.reportId, reportIds)).all();
}
function evidenceOf(db: Db, reportIds: string) {
  const e = evidenceFiles;
  return db.select({ reportId: e.reportId, indicatorId: e.indicatorId, n: count() })
    .from(e).where(inIds(e.reportId, reportIds)).groupBy(e.reportId, e.indicatorId).all();
}

export type AreaRow = ReturnType<typeof areasOf>[number];
export type ActivityRow = ReturnType<typeof activitiesOf>[number];
export type IndicatorRow = ReturnType<typeof indicatorsOf>[number];
export type AchievementRow = ReturnType<typeof achievementsOf>[number];
export type RemarkRow = ReturnType<typeof remarksOf>[number];
export type ReviewRow = ReturnType<typeof reviewsOf>[number];
export type ReviewItemRow = ReturnType<typeof itemsOf>[number];
export type EvidenceCountRow = ReturnType<typeof evidenceOf>[number];

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

/** The latest version of every report for the year and period. */
export function latestReports(sqlite: Database.Database, fiscalYear: string, period: Period): ReportRow[] {
  const db = drizzleOn(sqlite);
  const r2 = alias(reports, 'r2');
  const latest = db.select({ v: max(r2.version) }).from(r2)
    .where(and(eq(r2.officeId, reports.officeId), eq(r2.fiscalYear, reports.fiscalYear), eq(r2.period, reports.period)));
  return reportsWhere(db, and(eq(reports.fiscalYear, fiscalYear), eq(reports.period, period), sql`${reports.version} = (${latest})`)).all();
}

export function reportById(sqlite: Database.Database, reportId: number): ReportRow | null {
  return reportsWhere(drizzleOn(sqlite), eq(reports.id, reportId)).get() ?? null;
}

/** The reports with the given ids (in no particular order). */
export function reportsByIds(sqlite: Database.Database, ids: number[]): ReportRow[] {
  return reportsWhere(drizzleOn(sqlite), inIds(reports.id, JSON.stringify(ids))).all();
}

export function latestReportOf(sqlite: Database.Database, officeId: number, fiscalYear: string, period: Period): ReportRow | null {
  const where = and(eq(reports.officeId, officeId), eq(reports.fiscalYear, fiscalYear), eq(reports.period, period));
  return reportsWhere(drizzleOn(sqlite), where).orderBy(desc(reports.version)).limit(1).get() ?? null;
}

/**
 * Reads the rows of the given reports. Ids go in as one JSON array (json_each), so the query text
 * stays the same whatever the number of reports.
 */
export function readReviewRows(sqlite: Database.Database, reportRows: ReportRow[]): ReviewRows {
  const db = drizzleOn(sqlite);
  const reportIds = JSON.stringify(reportRows.map((r) => r.id));
  const ofReports = sql`SELECT ${reports.planId} FROM ${reports} WHERE ${inIds(reports.id, reportIds)}`;
  const reportPlans = plansWhere(db, sql`${plans.id} IN (${ofReports})`);
  // Approved plans: the latest version of kind 'plan' per office, year and plan type, for the offices
  // and years concerned.
  const p2 = alias(plans, 'p2');
  const latestApproved = db.select({ v: max(p2.version) }).from(p2).where(and(
    eq(p2.officeId, plans.officeId), eq(p2.fiscalYear, plans.fiscalYear), eq(p2.planType, plans.planType), eq(p2.kind, 'plan'),
  ));
  const officeYears = sql`SELECT ${reports.officeId}, ${reports.fiscalYear} FROM ${reports} WHERE ${inIds(reports.id, reportIds)}`;
  const approved = plansWhere(db, and(
    eq(plans.kind, 'plan'), sql`${plans.version} = (${latestApproved})`, sql`(${plans.officeId}, ${plans.fiscalYear}) IN (${officeYears})`,
  ));
  const allPlans = [...reportPlans, ...approved];
  const planIds = JSON.stringify(allPlans.map((p) => p.id));
  return {
    reports: reportRows,
    plans: allPlans,
    areas: areasOf(db, planIds),
    activities: activitiesOf(db, planIds),
    indicators: indicatorsOf(db, planIds),
    achievements: achievementsOf(db, reportIds),
    remarks: remarksOf(db, reportIds),
    reviews: reviewsOf(db, reportIds),
    items: itemsOf(db, reportIds),
    evidence: evidenceOf(db, reportIds),
  };
}

// Writes an apa-plan/1 document into the plan tables (a new version each time) and its report rows.
// Callers run these inside their own transaction, with the stored file and the audit record.
import type Database from 'better-sqlite3';
import { and, eq, sql } from 'drizzle-orm';
import { achievements, planActivities, planAreas, planIndicators, plans, reportRemarks, reports } from '../../../drizzle/schema.js';
import { preparedOn, type Db } from '../database/drizzle-on.js';
import type { Period, PlanDocument } from '../../../common/plan-document/schema.js';
import { ensureFiscalYear } from '../fiscal-year/fiscal-year-service.js';
import { targetsToJson, toColumns } from './stored-values.js';

export interface SavedPlan {
  planId: number;
  version: number;
  /** Database id of each indicator, in document order. */
  indicatorIds: number[];
}

const p = sql.placeholder;

// Each query below is prepared once per connection (preparedOn): an import writes a hundred-odd rows.
const planVersion = (db: Db) =>
  db.select({ v: sql<number>`coalesce(max(${plans.version}), 0)`.mapWith(Number) }).from(plans)
    .where(and(eq(plans.officeId, p('officeId')), eq(plans.fiscalYear, p('fiscalYear')), eq(plans.planType, p('planType')), eq(plans.kind, p('kind'))))
    .prepare();
const insertPlan = (db: Db) =>
  db.insert(plans).values({
    officeId: p('officeId'), fiscalYear: p('fiscalYear'), planType: p('planType'), kind: p('kind'), version: p('version'),
    levels: p('levels'), sourceFileId: p('sourceFileId'), sourceSheet: p('sourceSheet'),
  }).returning({ id: plans.id }).prepare();
const insertArea = (db: Db) =>
  db.insert(planAreas).values({ planId: p('planId'), code: p('code'), title: p('title'), weight: p('weight'), position: p('position') }).prepare();
const insertActivity = (db: Db) =>
  db.insert(planActivities).values({ planId: p('planId'), areaCode: p('areaCode'), code: p('code'), title: p('title'), position: p('position') })
    .returning({ id: planActivities.id }).prepare();
const insertIndicator = (db: Db) =>
  db.insert(planIndicators).values({
    planId: p('planId'), activityId: p('activityId'), areaCode: p('areaCode'), code: p('code'), text: p('text'), unit: p('unit'),
    unitText: p('unitText'), weight: p('weight'), calculationMethod: p('calculationMethod'), scoringRule: p('scoringRule'),
    position: p('position'), cells: p('cells'), targets: p('targets'),
  }).returning({ id: planIndicators.id }).prepare();
const reportVersion = (db: Db) =>
  db.select({ v: sql<number>`coalesce(max(${reports.version}), 0)`.mapWith(Number) }).from(reports)
    .where(and(eq(reports.officeId, p('officeId')), eq(reports.fiscalYear, p('fiscalYear')), eq(reports.period, p('period'))))
    .prepare();
const insertReportRow = (db: Db) =>
  db.insert(reports).values({
    officeId: p('officeId'), fiscalYear: p('fiscalYear'), period: p('period'), version: p('version'), planId: p('planId'), receivedOn: p('receivedOn'),
  }).returning({ id: reports.id }).prepare();
const insertAchievement = (db: Db) =>
  db.insert(achievements).values({
    reportId: p('reportId'), indicatorId: p('indicatorId'), period: p('period'), valueNumber: p('valueNumber'), valueDate: p('valueDate'), valueText: p('valueText'),
  }).prepare();
const insertRemarks = (db: Db) =>
  db.insert(reportRemarks).values({ reportId: p('reportId'), indicatorId: p('indicatorId'), remarks: p('remarks'), evidence: p('evidence') }).prepare();

export function insertPlanTable(
  sqlite: Database.Database,
  input: { officeId: number; fiscalYear: string; kind: 'plan' | 'report'; document: PlanDocument; sourceFileId: number | null },
): SavedPlan {
  const { document } = input;
  const q = <Q>(build: (db: Db) => Q) => preparedOn(sqlite, build);
  ensureFiscalYear(sqlite, input.fiscalYear);
  const planType = document.planType;
  const version = q(planVersion).get({ officeId: input.officeId, fiscalYear: input.fiscalYear, planType, kind: input.kind })!.v + 1;
  const planId = q(insertPlan).get({
    officeId: input.officeId, fiscalYear: input.fiscalYear, planType, kind: input.kind, version,
    levels: JSON.stringify(document.levels), sourceFileId: input.sourceFileId, sourceSheet: document.source?.sheet ?? null,
  })!.id;
  document.areas.forEach((area, position) => q(insertArea).run({ planId, code: area.code, title: area.title, weight: area.weight, position }));

  const activityIds = new Map<string, number>();
  const indicatorIds = document.indicators.map((indicator, position) => {
    const activityKey = JSON.stringify([indicator.areaCode, indicator.activityCode, indicator.activity]);
    let activityId = activityIds.get(activityKey) ?? null;
    if (activityId === null && (indicator.activityCode || indicator.activity)) {
      activityId = q(insertActivity).get({
        planId, areaCode: indicator.areaCode, code: indicator.activityCode, title: indicator.activity, position: activityIds.size,
      })!.id;
      activityIds.set(activityKey, activityId);
    }
    return q(insertIndicator).get({
      planId, activityId, areaCode: indicator.areaCode, code: indicator.code, text: indicator.text, unit: indicator.unit,
      unitText: indicator.unitText ?? null, weight: indicator.weight, calculationMethod: indicator.method ?? null,
      scoringRule: indicator.rule ?? null, position, cells: indicator.cells ? JSON.stringify(indicator.cells) : null,
      targets: targetsToJson(document.levels, indicator.targets),
    })!.id;
  });
  return { planId, version, indicatorIds };
}

export function insertReport(
  sqlite: Database.Database,
  input: { officeId: number; fiscalYear: string; period: Period; saved: SavedPlan; document: PlanDocument; receivedOn: string | null },
): { reportId: number; version: number } {
  const q = <Q>(build: (db: Db) => Q) => preparedOn(sqlite, build);
  const version = q(reportVersion).get({ officeId: input.officeId, fiscalYear: input.fiscalYear, period: input.period })!.v + 1;
  const reportId = q(insertReportRow).get({
    officeId: input.officeId, fiscalYear: input.fiscalYear, period: input.period, version, planId: input.saved.planId, receivedOn: input.receivedOn,
  })!.id;
  input.document.indicators.forEach((indicator, i) => {
    const indicatorId = input.saved.indicatorIds[i]!;
    for (const period of input.document.reportPeriods) {
      const value = indicator.achievements[period];
      const text = indicator.achievementText?.[period] ?? null;
      if (value === undefined && text === null) continue;
      const { valueNumber, valueDate } = toColumns(value);
      q(insertAchievement).run({ reportId, indicatorId, period, valueNumber, valueDate, valueText: text });
    }
    if (indicator.remarks || indicator.evidence) {
      q(insertRemarks).run({ reportId, indicatorId, remarks: indicator.remarks ?? null, evidence: indicator.evidence ?? null });
    }
  });
  return { reportId, version };
}

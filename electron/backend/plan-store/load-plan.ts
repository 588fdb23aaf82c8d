// Reads a stored plan (and optionally a report's achievements) back as an apa-plan/1 document,
// the shape scoring and the review checks work on.
import { asc, eq } from 'drizzle-orm';
import {
  achievements, planActivities, planAreas, planIndicators, plans, reportRemarks, reports, storedFiles,
} from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';
import { notFound } from '../api/errors.js';
import type { Indicator, Level, Period, PlanDocument } from '../../../common/plan-document/schema.js';
import { fromColumns, indicatorFromRow } from './stored-values.js';

export function loadPlanDocument(db: Db, planId: number, reportId: number | null = null): PlanDocument {
  const plan = db.select().from(plans).where(eq(plans.id, planId)).get();
  if (!plan) throw notFound('plan', `plan ${planId} does not exist`);
  const file = plan.sourceFileId
    ? db.select({ fileName: storedFiles.fileName, sha256: storedFiles.sha256 }).from(storedFiles).where(eq(storedFiles.id, plan.sourceFileId)).get()
    : undefined;
  const levels = JSON.parse(plan.levels) as Level[];
  const areas = db.select().from(planAreas).where(eq(planAreas.planId, planId)).orderBy(asc(planAreas.position)).all();
  const activities = new Map(db.select().from(planActivities).where(eq(planActivities.planId, planId)).all().map((a) => [a.id, a]));
  const rows = db.select().from(planIndicators).where(eq(planIndicators.planId, planId)).orderBy(asc(planIndicators.position)).all();
  const report = reportId === null ? null : db.select().from(reports).where(eq(reports.id, reportId)).get() ?? null;
  if (reportId !== null && !report) throw notFound('report', `report ${reportId} does not exist`);
  const achieved = report ? db.select().from(achievements).where(eq(achievements.reportId, report.id)).all() : [];
  const remarks = report ? db.select().from(reportRemarks).where(eq(reportRemarks.reportId, report.id)).all() : [];
  const reportPeriods = [...new Set(achieved.map((a) => a.period))] as Period[];

  const indicators: Indicator[] = rows.map((row) => {
    const activity = row.activityId ? activities.get(row.activityId) : undefined;
    const mine = achieved.filter((a) => a.indicatorId === row.id);
    const remark = remarks.find((r) => r.indicatorId === row.id);
    const achievementText = Object.fromEntries(mine.filter((a) => a.valueText !== null).map((a) => [a.period, a.valueText!]));
    return {
      ...indicatorFromRow(row, activity),
      achievements: Object.fromEntries(mine.map((a) => [a.period, fromColumns(a)])),
      ...(Object.keys(achievementText).length ? { achievementText } : {}),
      remarks: remark?.remarks ?? null,
      evidence: remark?.evidence ?? null,
    };
  });

  return {
    format: 'apa-plan/1',
    source: file ? { file: file.fileName, sheet: plan.sourceSheet, sha256: file.sha256 } : undefined,
    planType: plan.planType as PlanDocument['planType'],
    fiscalYear: plan.fiscalYear,
    office: null,
    reportPeriods,
    levels,
    areas: areas.map((a) => ({ code: a.code, title: a.title, weight: a.weight })),
    indicators,
    diagnostics: [],
  };
}

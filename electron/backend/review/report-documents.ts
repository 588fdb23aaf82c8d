// Turns the rows of readReviewRows into apa-plan/1 documents (the same documents loadPlanDocument
// builds one at a time), with each report's review rows beside its document.
import type { Indicator, Level, Period, PlanDocument, Value } from '../../../common/plan-document/schema.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { fromColumns, indicatorFromRow } from '../plan-store/stored-values.js';
import type { ActivityRow, PlanRow, ReportRow, ReviewItemRow, ReviewRow, ReviewRows } from './review-rows.js';

export interface LoadedReport {
  report: ReportRow;
  /** The report's table with its achievements: what the office claims. */
  document: PlanDocument;
  /** Database id of each indicator of `document`, in document order. */
  indicatorIds: number[];
  /** The latest approved plan of the office for the year (same plan type), if one was imported. */
  approvedPlan: PlanDocument | null;
  review: ReviewRow | null;
  /** Review items by indicator id. */
  items: Map<number, ReviewItemRow>;
  /** Attached evidence files by indicator id. */
  evidenceCount: Map<number, number>;
}

interface PlanSkeleton {
  plan: PlanRow;
  ids: number[];
  indicators: Indicator[];
  document: Omit<PlanDocument, 'indicators' | 'reportPeriods'>;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function skeletons(rows: ReviewRows): Map<number, PlanSkeleton> {
  const activities = new Map<number, ActivityRow>(rows.activities.map((a) => [a.id, a]));
  const areas = groupBy(rows.areas, (a) => a.planId);
  const indicators = groupBy(rows.indicators, (i) => i.planId);
  const out = new Map<number, PlanSkeleton>();
  for (const plan of rows.plans) {
    if (out.has(plan.id)) continue;
    const list = indicators.get(plan.id) ?? [];
    const levels = JSON.parse(plan.levels) as Level[];
    out.set(plan.id, {
      plan,
      ids: list.map((i) => i.id),
      indicators: list.map((row) => indicatorFromRow(row, row.activityId ? activities.get(row.activityId) : undefined)),
      document: {
        format: 'apa-plan/1',
        source: plan.fileName ? { file: plan.fileName, sheet: plan.sourceSheet, sha256: plan.sha256 ?? undefined } : undefined,
        planType: plan.planType as PlanDocument['planType'],
        fiscalYear: plan.fiscalYear,
        office: null,
        levels,
        areas: (areas.get(plan.id) ?? []).map((a) => ({ code: a.code, title: a.title, weight: a.weight })),
        diagnostics: [],
      },
    });
  }
  return out;
}

export function assembleReports(rows: ReviewRows): LoadedReport[] {
  const plans = skeletons(rows);
  const achievements = groupBy(rows.achievements, (a) => a.reportId);
  const remarks = groupBy(rows.remarks, (r) => r.reportId);
  const reviews = new Map(rows.reviews.map((r) => [r.reportId, r]));
  const items = groupBy(rows.items, (i) => i.reportId);
  const evidence = groupBy(rows.evidence, (e) => e.reportId);
  const approved = new Map<string, PlanSkeleton>();
  for (const skeleton of plans.values()) {
    const { plan } = skeleton;
    if (plan.kind !== 'plan') continue;
    const key = `${plan.officeId}|${plan.fiscalYear}|${plan.planType}`;
    const known = approved.get(key);
    if (!known || known.plan.version < plan.version) approved.set(key, skeleton);
  }

  return rows.reports.map((report) => {
    const skeleton = plans.get(report.planId);
    if (!skeleton) throw new Error(`report ${report.id}: its plan ${report.planId} was not read`);
    const byIndicator = groupBy(achievements.get(report.id) ?? [], (a) => a.indicatorId);
    const remarkOf = new Map((remarks.get(report.id) ?? []).map((r) => [r.indicatorId, r]));
    const periods = new Set<Period>();
    const indicators = skeleton.indicators.map((base, i): Indicator => {
      const id = skeleton.ids[i]!;
      const mine = byIndicator.get(id) ?? [];
      const achieved: Partial<Record<Period, Value>> = {};
      const text: Partial<Record<Period, string>> = {};
      let hasText = false;
      for (const a of mine) {
        periods.add(a.period);
        achieved[a.period] = fromColumns(a);
        if (a.valueText !== null) {
          text[a.period] = a.valueText;
          hasText = true;
        }
      }
      const remark = remarkOf.get(id);
      return {
        ...base,
        achievements: achieved,
        ...(hasText ? { achievementText: text } : {}),
        remarks: remark?.remarks ?? null,
        evidence: remark?.evidence ?? null,
      };
    });
    const approvedPlan = approved.get(`${report.officeId}|${report.fiscalYear}|${skeleton.plan.planType}`);
    return {
      report,
      document: { ...skeleton.document, reportPeriods: PERIODS.filter((p) => periods.has(p)), indicators },
      indicatorIds: skeleton.ids,
      approvedPlan: approvedPlan ? { ...approvedPlan.document, reportPeriods: [], indicators: approvedPlan.indicators } : null,
      review: reviews.get(report.id) ?? null,
      items: new Map((items.get(report.id) ?? []).map((item) => [item.indicatorId, item])),
      evidenceCount: new Map((evidence.get(report.id) ?? []).filter((e) => e.indicatorId !== null).map((e) => [e.indicatorId!, e.n])),
    };
  });
}

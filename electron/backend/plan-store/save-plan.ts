// Writes an apa-plan/1 document into the plan tables (a new version each time) and its report rows.
// Callers run these inside their own transaction, with the stored file and the audit record.
// Plain prepared statements (database/statements.ts): an import writes a hundred-odd rows, and
// building each insert anew cost more than reading the file.
import type Database from 'better-sqlite3';
import { statement } from '../database/statements.js';
import type { Period, PlanDocument } from '../../../common/plan-document/schema.js';
import { ensureFiscalYear } from '../fiscal-year/fiscal-year-service.js';
import { targetsToJson, toColumns } from './stored-values.js';

export interface SavedPlan {
  planId: number;
  version: number;
  /** Database id of each indicator, in document order. */
  indicatorIds: number[];
}

const SQL = {
  planVersion: `SELECT coalesce(max(version), 0) AS v FROM plans WHERE office_id = ? AND fiscal_year = ? AND plan_type = ? AND kind = ?`,
  plan: `INSERT INTO plans (office_id, fiscal_year, plan_type, kind, version, levels, source_file_id, source_sheet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  area: `INSERT INTO plan_areas (plan_id, code, title, weight, position) VALUES (?, ?, ?, ?, ?)`,
  activity: `INSERT INTO plan_activities (plan_id, area_code, code, title, position) VALUES (?, ?, ?, ?, ?)`,
  indicator: `INSERT INTO plan_indicators (plan_id, activity_id, area_code, code, text, unit, unit_text, weight, calculation_method, scoring_rule, position, cells, targets)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  reportVersion: `SELECT coalesce(max(version), 0) AS v FROM reports WHERE office_id = ? AND fiscal_year = ? AND period = ?`,
  report: `INSERT INTO reports (office_id, fiscal_year, period, version, plan_id, received_on) VALUES (?, ?, ?, ?, ?, ?)`,
  achievement: `INSERT INTO achievements (report_id, indicator_id, period, value_number, value_date, value_text) VALUES (?, ?, ?, ?, ?, ?)`,
  remarks: `INSERT INTO report_remarks (report_id, indicator_id, remarks, evidence) VALUES (?, ?, ?, ?)`,
} as const;

type Statements = { [K in keyof typeof SQL]: Database.Statement };

function statements(sqlite: Database.Database): Statements {
  return Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, statement(sqlite, sql)])) as Statements;
}

const rowId = (info: Database.RunResult) => Number(info.lastInsertRowid);

export function insertPlanTable(
  sqlite: Database.Database,
  input: { officeId: number; fiscalYear: string; kind: 'plan' | 'report'; document: PlanDocument; sourceFileId: number | null },
): SavedPlan {
  const { document } = input;
  const s = statements(sqlite);
  ensureFiscalYear(sqlite, input.fiscalYear);
  const planType = document.planType;
  const version = (s.planVersion.get(input.officeId, input.fiscalYear, planType, input.kind) as { v: number }).v + 1;
  const planId = rowId(
    s.plan.run(input.officeId, input.fiscalYear, planType, input.kind, version, JSON.stringify(document.levels), input.sourceFileId, document.source?.sheet ?? null),
  );
  document.areas.forEach((area, position) => s.area.run(planId, area.code, area.title, area.weight, position));

  const activityIds = new Map<string, number>();
  const indicatorIds = document.indicators.map((indicator, position) => {
    const activityKey = JSON.stringify([indicator.areaCode, indicator.activityCode, indicator.activity]);
    let activityId = activityIds.get(activityKey) ?? null;
    if (activityId === null && (indicator.activityCode || indicator.activity)) {
      activityId = rowId(s.activity.run(planId, indicator.areaCode, indicator.activityCode, indicator.activity, activityIds.size));
      activityIds.set(activityKey, activityId);
    }
    const id = rowId(
      s.indicator.run(
        planId, activityId, indicator.areaCode, indicator.code, indicator.text, indicator.unit, indicator.unitText ?? null, indicator.weight,
        indicator.method ?? null, indicator.rule ?? null, position, indicator.cells ? JSON.stringify(indicator.cells) : null,
        targetsToJson(document.levels, indicator.targets),
      ),
    );
    return id;
  });
  return { planId, version, indicatorIds };
}

export function insertReport(
  sqlite: Database.Database,
  input: { officeId: number; fiscalYear: string; period: Period; saved: SavedPlan; document: PlanDocument; receivedOn: string | null },
): { reportId: number; version: number } {
  const s = statements(sqlite);
  const version = (s.reportVersion.get(input.officeId, input.fiscalYear, input.period) as { v: number }).v + 1;
  const reportId = rowId(s.report.run(input.officeId, input.fiscalYear, input.period, version, input.saved.planId, input.receivedOn));
  input.document.indicators.forEach((indicator, i) => {
    const indicatorId = input.saved.indicatorIds[i]!;
    for (const period of input.document.reportPeriods) {
      const value = indicator.achievements[period];
      const text = indicator.achievementText?.[period] ?? null;
      if (value === undefined && text === null) continue;
      const { valueNumber, valueDate } = toColumns(value);
      s.achievement.run(reportId, indicatorId, period, valueNumber, valueDate, text);
    }
    if (indicator.remarks || indicator.evidence) s.remarks.run(reportId, indicatorId, indicator.remarks ?? null, indicator.evidence ?? null);
  });
  return { reportId, version };
}

// A plan value (number, ISO date or null) in the database's two typed columns and back, and an indicator from its stored row.
import type { Indicator, Level, Value } from '../../../common/plan-document/schema.js';

export function toColumns(value: Value | undefined): { valueNumber: number | null; valueDate: string | null } {
  if (typeof value === 'number') return { valueNumber: value, valueDate: null };
  if (typeof value === 'string') return { valueNumber: null, valueDate: value };
  return { valueNumber: null, valueDate: null };
}

export function fromColumns(row: { valueNumber: number | null; valueDate: string | null }): Value {
  return row.valueDate ?? row.valueNumber ?? null;
}

/** An indicator's targets as stored in plan_indicators.targets: every level of the plan, blank ones as null. */
export function targetsToJson(levels: readonly Level[], targets: Indicator['targets']): string {
  const out: Record<string, Value> = {};
  for (const level of levels) out[String(level)] = targets[String(level) as keyof Indicator['targets']] ?? null;
  return JSON.stringify(out);
}

export function targetsFromJson(json: string): Indicator['targets'] {
  return JSON.parse(json) as Indicator['targets'];
}

/** What an indicator's stored row holds (plan_indicators), whichever query read it. */
export interface StoredIndicatorRow {
  code: string | null;
  areaCode: string | null;
  text: string;
  unit: Indicator['unit'];
  unitText: string | null;
  weight: number | null;
  targets: string;
  cells: string | null;
  calculationMethod: NonNullable<Indicator['method']> | null;
  scoringRule: NonNullable<Indicator['rule']> | null;
}

/** An indicator of the plan as stored, its activity beside it; no achievements, remarks or evidence (a report's). */
export function indicatorFromRow(row: StoredIndicatorRow, activity: { code: string | null; title: string | null } | undefined): Indicator {
  return {
    code: row.code,
    areaCode: row.areaCode,
    activityCode: activity?.code ?? null,
    activity: activity?.title ?? null,
    text: row.text,
    unit: row.unit,
    unitText: row.unitText,
    weight: row.weight,
    targets: targetsFromJson(row.targets),
    achievements: {},
    remarks: null,
    evidence: null,
    ...(row.cells ? { cells: JSON.parse(row.cells) as Record<string, string> } : {}),
    ...(row.calculationMethod ? { method: row.calculationMethod } : {}),
    ...(row.scoringRule ? { rule: row.scoringRule } : {}),
  };
}

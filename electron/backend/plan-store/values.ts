// A plan value (number, ISO date or null) in the database's two typed columns, and back.
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

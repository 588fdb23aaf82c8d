// A plan value (number, ISO date or null) in the database's two typed columns, and back.
import type { Value } from '../plan-document/schema.js';

export function toColumns(value: Value | undefined): { valueNumber: number | null; valueDate: string | null } {
  if (typeof value === 'number') return { valueNumber: value, valueDate: null };
  if (typeof value === 'string') return { valueNumber: null, valueDate: value };
  return { valueNumber: null, valueDate: null };
}

export function fromColumns(row: { valueNumber: number | null; valueDate: string | null }): Value {
  return row.valueDate ?? row.valueNumber ?? null;
}

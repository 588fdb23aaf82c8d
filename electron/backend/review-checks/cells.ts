// Where a finding points in the source file.
// Indicator.cells maps a field to its cell. Keys used (the reader's convention): "code", "text",
// "activityCode", "unit", "weight", "targets.100" … "targets.60", "achievements.H1" (any period),
// "remarks", "evidence". Other spellings are accepted: the reader's "target:100" and "achievement:H1",
// and "target.100", "100", "H1"; a field without its own cell falls back to the row's code or text cell, so the finding still
// lands on the right row.
import type { Diagnostic, Indicator, PlanDocument } from '../../../common/plan-document/schema.js';

function candidates(field: string): string[] {
  const [head, sub] = field.split('.', 2) as [string, string | undefined];
  if (sub === undefined) return [field];
  const singular = head.endsWith('s') ? head.slice(0, -1) : head;
  // The spreadsheet reader writes "target:100" and "achievement:H1".
  return [field, `${singular}:${sub}`, `${singular}.${sub}`, `${head}[${sub}]`, sub];
}

export function cellOf(indicator: Indicator, field: string): string | null {
  const cells = indicator.cells;
  if (!cells) return null;
  for (const key of candidates(field)) {
    const cell = cells[key];
    if (cell) return cell;
  }
  return cells.code ?? cells.text ?? Object.values(cells)[0] ?? null;
}

function rowOf(cell: string): number | null {
  const m = /^[A-Z]+(\d+)$/.exec(cell);
  return m ? Number(m[1]) : null;
}

/** The indicator a cell belongs to: one of its recorded cells, else the same sheet row. */
export function indicatorAtCell(doc: PlanDocument, cell: string | null | undefined): Indicator | null {
  if (!cell) return null;
  const exact = doc.indicators.find((ind) => Object.values(ind.cells ?? {}).includes(cell));
  if (exact) return exact;
  const row = rowOf(cell);
  if (row === null) return null;
  return doc.indicators.find((ind) => Object.values(ind.cells ?? {}).some((c) => rowOf(c) === row)) ?? null;
}

/**
 * Where a reader diagnostic points: its cell in a spreadsheet, its place in a Word or PDF source
 * (where Indicator.cells holds places too), with the words that introduce it in a message.
 */
export function diagnosticPlace(diag: Diagnostic): { at: string; bn: string; en: string } | null {
  if (diag.cell) return { at: diag.cell, bn: `ঘর ${diag.cell}: `, en: `cell ${diag.cell}: ` };
  if (diag.location) return { at: diag.location, bn: `${diag.location}: `, en: `${(diag as { locationEn?: string }).locationEn ?? diag.location}: ` };
  return null;
}

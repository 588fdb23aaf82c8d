// Which period a file's achievements are taken to be for when the user has not said: what the
// import preview proposes, and the period the reader worker checks the achievements against.
import type { Period, PlanDocument } from '../../../common/plan-document/schema.js';

export function defaultPeriod(document: PlanDocument, hint: Period | null): Period | null {
  const periods = document.reportPeriods;
  if (periods.length === 0) return null;
  if (periods.includes('annual')) return 'annual';
  if (periods.includes('H1')) return 'H1';
  if (periods.length > 1 && periods.every((p) => p === 'Q1' || p === 'Q2')) return 'H1';
  if (hint && periods.includes(hint)) return hint;
  return periods[periods.length - 1]!;
}

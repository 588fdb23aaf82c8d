// Defaults of the check context and the periods a report's figures belong to.
import type { Period } from '../../../common/plan-document/schema.js';
import type { CheckContext, ResolvedContext } from './types.js';

export const DEFAULT_PLAN_TOTAL = 50;
export const DEFAULT_GRACE_DAYS = 31;

export function resolveContext(context: CheckContext = {}): ResolvedContext {
  return {
    period: context.period ?? 'H1',
    planTotal: context.planTotal ?? DEFAULT_PLAN_TOTAL,
    approvedPlan: context.approvedPlan ?? null,
    receivedOn: context.receivedOn ?? null,
    deadline: context.deadline ?? null,
    evidenceCount: context.evidenceCount ?? {},
    graceDays: context.graceDays ?? DEFAULT_GRACE_DAYS,
  };
}

/**
 * The achievement columns that speak for a period: its own column and the columns it is made of
 * (an H1 report may give Q1 and Q2 instead of an H1 column; an annual one may give H1 and the quarters).
 */
export function periodsInView(period: Period): Period[] {
  switch (period) {
    case 'annual':
      return ['annual', 'H1', 'Q1', 'Q2', 'Q3', 'Q4'];
    case 'H1':
      return ['H1', 'Q1', 'Q2'];
    default:
      return [period];
  }
}

// The vocabulary of the scoring rules (shared/domain.md §4): rules, roll-up methods, statuses.

export const RULES = ['interpolate', 'step', 'proportional'] as const;
export type Rule = (typeof RULES)[number];

/** How quarters roll up into a period's achievement; `reported` = the period's own column. */
export const METHODS = ['sum', 'average', 'date', 'cumulative', 'reported'] as const;
export type Method = (typeof METHODS)[number];

export const STATUSES = ['achieved', 'partial', 'missed', 'not-due', 'no-data', 'invalid'] as const;
export type Status = (typeof STATUSES)[number];

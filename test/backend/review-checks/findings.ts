// Small helpers for reading findings in the review-check tests.
import type { PlanDocument } from '../../../common/plan-document/schema.js';
import { runChecks, type CheckContext, type Finding } from '../../../electron/backend/review-checks/index.js';

/** The context the planted tests use: the clean report's H1, on time, no approved plan. */
export const PLANT_CONTEXT: CheckContext = { period: 'H1', receivedOn: '2024-01-10', deadline: '2024-01-15' };

export function findingsOf(doc: PlanDocument, code: string, context: CheckContext = PLANT_CONTEXT): Finding[] {
  return runChecks(doc, context).filter((f) => f.code === code);
}

export function codesOf(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.code))].sort();
}

/** "indicator@cell" for each finding, to compare where findings land. */
export function places(findings: Finding[]): string[] {
  return findings.map((f) => `${f.indicatorCode ?? '-'}@${f.cell ?? '-'}`);
}

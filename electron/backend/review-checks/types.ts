// Shared shapes of the review checks (domain.md §5).
import type { PlanDocument, Period } from '../../../common/plan-document/schema.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable machine code, e.g. "weight-mismatch". */
  code: string;
  severity: Severity;
  /** Bengali, Bengali digits: "সূচক [১.১.১]: …". */
  message: string;
  messageEn: string;
  /** Indicator code as stored (Latin digits, "1.1.1"); null for area- or document-level findings. */
  indicatorCode: string | null;
  areaCode?: string | null;
  sheet?: string | null;
  cell?: string | null;
}

export interface CheckContext {
  /** The period the report is for (H1 by default). */
  period?: Period;
  /** Total marks of the plan (50 for the e-governance plan). */
  planTotal?: number;
  /** The plan imported earlier for the same office and year (plan-drift). */
  approvedPlan?: PlanDocument;
  /** ISO date the report arrived (late-submission, achievement-out-of-period). */
  receivedOn?: string | null;
  /** ISO date the report was due. */
  deadline?: string | null;
  /** Files attached per indicator code (evidence-missing). */
  evidenceCount?: Record<string, number>;
  /** Grace after the fiscal year end for date targets (default 31 days). */
  graceDays?: number;
}

/** The context with its defaults filled in. */
export interface ResolvedContext {
  period: Period;
  planTotal: number;
  approvedPlan: PlanDocument | null;
  receivedOn: string | null;
  deadline: string | null;
  evidenceCount: Record<string, number>;
  graceDays: number;
}

/** What a check returns; the registry adds the check's own code and severity so neither can drift. */
export interface FindingDraft {
  message: string;
  messageEn: string;
  indicatorCode: string | null;
  areaCode?: string | null;
  cell?: string | null;
  sheet?: string | null;
}

export interface Check {
  code: string;
  severity: Severity;
  /** Bengali title for the review screen. */
  title: string;
  titleEn: string;
  run(doc: PlanDocument, context: ResolvedContext): FindingDraft[];
}

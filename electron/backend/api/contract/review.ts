// Calls of the review capability: the workspace of one report, the overview of all subordinate
// offices for a year and period, the XLSX export, evidence, the audit history and the feedback letter.
import { z } from 'zod';
import { periodSchema, type Period, type Unit, type Value } from '../../../../common/plan-document/schema.js';
import type { Finding } from '../../review-checks/index.js';
import { methodSchema, ruleSchema, type Method, type Rule, type ScoreTotal, type Status } from '../../../../common/score-document/schema.js';
import { fileUploadSchema, fiscalYearLabel, id, isoDate, optionalText } from './common.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../../common/terms/review-statuses.js';
import { MAX_VERIFIED_NUMBER } from '../../../../common/review/plausible-verified.js';

export type { ReviewStatus };


/** A report by id, or the latest version of an office's report for a year and period. */
const reportSelector = z.union([
  z.object({ reportId: id }).strict(),
  z.object({ officeId: id, fiscalYear: fiscalYearLabel, period: periodSchema }).strict(),
]);
export type ReportSelector = z.output<typeof reportSelector>;

const indicatorRef = { reportId: id, indicatorId: id };
const overviewInput = z.object({ fiscalYear: fiscalYearLabel, period: periodSchema }).strict();

/** A verified achievement: a number (percent as 85) or an ISO date; null = the claim stands. */
export const verifiedValueSchema = z.union([z.number().finite().min(0).max(MAX_VERIFIED_NUMBER), isoDate, z.null()]);

export const reviewCalls = {
  'review.overview': { input: overviewInput },
  'review.exportOverview': { input: overviewInput },
  'review.workspace': { input: reportSelector },
  /**
   * A figure outside the indicator's plausible range (above 100%, or far above the 100% target) is refused
   * (validation code verified-implausible) unless `confirmImplausible` says the reviewer has confirmed it.
   */
  'review.setVerified': { input: z.object({ ...indicatorRef, value: verifiedValueSchema, confirmImplausible: z.boolean().optional() }).strict() },
  'review.setStatus': { input: z.object({ ...indicatorRef, status: z.enum(REVIEW_STATUSES) }).strict() },
  'review.setComment': { input: z.object({ ...indicatorRef, comment: optionalText(4000) }).strict() },
  'review.setScoring': {
    input: z
      .object({ ...indicatorRef, calculationMethod: methodSchema.nullable().optional(), scoringRule: ruleSchema.nullable().optional() })
      .strict(),
  },
  'review.setOverallComment': { input: z.object({ reportId: id, comment: optionalText(8000) }).strict() },
  'review.attachEvidence': { input: fileUploadSchema.extend(indicatorRef).strict() },
  'review.removeEvidence': { input: z.object({ reportId: id, evidenceId: id }).strict() },
  'review.evidenceFile': { input: z.object({ reportId: id, evidenceId: id }).strict() },
  'review.history': { input: z.object(indicatorRef).strict() },
  'review.feedback': { input: reportSelector },
  /** `basis`: the stamp of the letter the text was written from (FeedbackLetter.basis); a stale one is refused (conflict feedback-stale). */
  'review.saveFeedback': { input: z.object({ reportId: id, letterText: optionalText(100_000), basis: z.string().min(1).max(64) }).strict() },
} as const;

/** One side (claimed or verified) of an indicator's score. */
export interface ScoreCell {
  /** The achievement for the period after roll-up. */
  achievement: Value;
  status: Status;
  level: number | null;
  score: number | null;
  method: Method;
  rule: Rule;
}

export interface EvidenceFileInfo {
  id: number;
  indicatorId: number | null;
  fileName: string;
  sha256: string;
  byteSize: number;
  addedAt: string;
}

export interface ReviewIndicatorRow {
  indicatorId: number;
  code: string | null;
  areaCode: string | null;
  text: string;
  unit: Unit | null;
  unitText: string | null;
  weight: number | null;
  /** What a verified value must be: a date or a number (the targets' form, else the unit's). */
  valueKind: 'date' | 'number' | null;
  /** Target per level of the plan, best first; null where the level is blank. */
  targets: { level: number; value: Value }[];
  /** Achievement cells as the report gives them, per period column. */
  reported: Partial<Record<Period, Value>>;
  /** Words in achievement cells (চলমান, প্রক্রিয়াধীন), per period column. */
  reportedText: Partial<Record<Period, string>>;
  remarks: string | null;
  evidenceReference: string | null;
  claimed: ScoreCell;
  verified: ScoreCell;
  /** The reviewer's own figure; null = the claim stands. */
  verifiedValue: Value;
  status: ReviewStatus;
  comment: string | null;
  /** The reviewer's choice of calculation method and rule; null = the indicator's own or the default. */
  calculationMethod: Method | null;
  scoringRule: Rule | null;
  findings: Finding[];
  evidence: EvidenceFileInfo[];
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ReviewWorkspace {
  report: { id: number; version: number; period: Period; fiscalYear: string; receivedOn: string | null; importedAt: string; fileName: string | null };
  office: { id: number; nameBn: string; nameEn: string | null };
  /** The date the report was due (late-submission). */
  deadline: string;
  planTotal: number;
  /** The fiscal year's default rule. */
  rule: Rule;
  indicators: ReviewIndicatorRow[];
  /** Findings about the whole report (weights, lateness) or an indicator the table does not have. */
  reportFindings: Finding[];
  findingCounts: SeverityCounts;
  totals: { claimed: ScoreTotal; verified: ScoreTotal };
  areas: { code: string; claimed: ScoreTotal; verified: ScoreTotal }[];
  comment: string | null;
  feedbackSaved: boolean;
}

export interface OverviewOffice {
  officeId: number;
  officeName: string;
  /** The office's English name (the English UI shows it); null when it has none. */
  officeNameEn: string | null;
  parentId: number | null;
  /** The latest version of the office's report for the period; null = not received. */
  report: { id: number; version: number; receivedOn: string | null; importedAt: string } | null;
  /** Sum of the indicator weights of the report. */
  weight: number | null;
  claimed: number | null;
  verified: number | null;
  /** Weight of the indicators the verified figures could score. */
  scoredWeight: number | null;
  /** Indicators achieved, partial at 80% or better, or not yet due (verified figures). */
  onTrack: number;
  indicatorCount: number;
  /** onTrack ÷ indicatorCount; null without a report. */
  onTrackShare: number | null;
  findings: SeverityCounts;
  /** Indicators the reviewer has given a status other than pending. */
  reviewed: number;
  late: boolean;
  /** Verified level per heat-map code (aligned with ReviewOverview.codes); null = not scored or absent. */
  levels: (number | null)[];
}

export interface ReviewOverview {
  fiscalYear: string;
  period: Period;
  deadline: string;
  /** Indicator codes across the reports, in code order: the heat map's columns. */
  codes: string[];
  offices: OverviewOffice[];
  totals: { offices: number; received: number; claimed: number; verified: number; weight: number };
}

export interface ReviewHistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

export interface FeedbackLetter {
  reportId: number;
  officeId: number;
  officeName: string;
  fiscalYear: string;
  period: Period;
  /** The saved letter, or the draft while none is saved. */
  letterText: string;
  /** Drafted afresh from the current findings and comments. */
  draft: string;
  /** Stamp of the figures, findings and comments the draft was written from; sent back with a save. */
  basis: string;
  saved: boolean;
  /** A saved letter written before the review last changed (and not the current draft): its numbers may no longer hold. */
  stale: boolean;
  savedAt: string | null;
  findings: Finding[];
  totals: { claimed: ScoreTotal; verified: ScoreTotal };
  /** What the review annex prints beside the letter: why verified figures differ, evidence named but not received, risk. */
  explanations: { scoreChanges: string[]; missingEvidence: { code: string | null; text: string; named: string }[]; atRisk: boolean };
}

export interface ReviewOutputs {
  'review.overview': ReviewOverview;
  'review.exportOverview': { fileName: string; contentBase64: string };
  'review.workspace': ReviewWorkspace;
  'review.setVerified': ReviewWorkspace;
  'review.setStatus': ReviewWorkspace;
  'review.setComment': ReviewWorkspace;
  'review.setScoring': ReviewWorkspace;
  'review.setOverallComment': ReviewWorkspace;
  'review.attachEvidence': ReviewWorkspace;
  'review.removeEvidence': ReviewWorkspace;
  'review.evidenceFile': { fileName: string; sha256: string; contentBase64: string };
  'review.history': ReviewHistoryEntry[];
  'review.feedback': FeedbackLetter;
  'review.saveFeedback': FeedbackLetter;
}

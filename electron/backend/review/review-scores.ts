// Scores and findings of one report under review: the office's claim as reported, the same table
// with the reviewer's verified figures, and the automated checks. Pure: loaded rows in, results out.
import type { Indicator, Period, PlanDocument, Value } from '../../../common/plan-document/schema.js';
import { runChecks, type Finding } from '../review-checks/index.js';
import { scorePlan, type IndicatorScoreEntry, type Rule, type ScoreDocument } from '../scoring/index.js';
import type { LoadedReport } from './report-documents.js';
import type { ReviewItemRow } from './review-rows.js';

export interface YearRules {
  /** The fiscal year's default scoring rule (fiscal_years.scoring_rule). */
  rule: Rule;
  /** Total marks of the plan (fiscal_years.plan_total, 50 for the e-governance plan). */
  planTotal: number;
}

export interface ReviewScores {
  period: Period;
  claimed: ScoreDocument;
  verified: ScoreDocument;
  findings: Finding[];
}

/** The reviewer's verified achievement; null = the claim stands. */
export function verifiedValue(item: ReviewItemRow | undefined): Value {
  if (!item) return null;
  return item.verifiedDate ?? item.verifiedNumber ?? null;
}

/** The reviewer's calculation method and rule replace the indicator's own (claimed and verified alike). */
function withOverrides(loaded: LoadedReport): PlanDocument {
  if (loaded.items.size === 0) return loaded.document;
  let changed = false;
  const indicators = loaded.document.indicators.map((indicator, i): Indicator => {
    const item = loaded.items.get(loaded.indicatorIds[i]!);
    if (!item || (!item.calculationMethod && !item.scoringRule)) return indicator;
    changed = true;
    return {
      ...indicator,
      ...(item.calculationMethod ? { method: item.calculationMethod } : {}),
      ...(item.scoringRule ? { rule: item.scoringRule } : {}),
    };
  });
  return changed ? { ...loaded.document, indicators } : loaded.document;
}

/** The claimed table with each verified figure put in the period's own column, which roll-up takes as reported. */
function withVerified(doc: PlanDocument, loaded: LoadedReport, period: Period): PlanDocument {
  if (loaded.items.size === 0) return doc;
  let changed = false;
  const indicators = doc.indicators.map((indicator, i): Indicator => {
    const value = verifiedValue(loaded.items.get(loaded.indicatorIds[i]!));
    if (value === null) return indicator;
    changed = true;
    return { ...indicator, achievements: { ...indicator.achievements, [period]: value } };
  });
  return changed ? { ...doc, indicators } : doc;
}

/** Attached files per indicator code, as the evidence-missing check counts them. */
function evidenceByCode(loaded: LoadedReport): Record<string, number> {
  const out: Record<string, number> = {};
  loaded.document.indicators.forEach((indicator, i) => {
    const n = loaded.evidenceCount.get(loaded.indicatorIds[i]!) ?? 0;
    if (indicator.code !== null && n > 0) out[indicator.code] = (out[indicator.code] ?? 0) + n;
  });
  return out;
}

export function scoreReview(loaded: LoadedReport, rules: YearRules, deadline: string | null): ReviewScores {
  const period = loaded.report.period;
  const claimedDoc = withOverrides(loaded);
  const claimed = scorePlan(claimedDoc, { period, rule: rules.rule });
  const verifiedDoc = withVerified(claimedDoc, loaded, period);
  const verified = verifiedDoc === claimedDoc ? claimed : scorePlan(verifiedDoc, { period, rule: rules.rule });
  const findings = runChecks(loaded.document, {
    period,
    planTotal: rules.planTotal,
    ...(loaded.approvedPlan ? { approvedPlan: loaded.approvedPlan } : {}),
    receivedOn: loaded.report.receivedOn,
    deadline,
    evidenceCount: evidenceByCode(loaded),
  });
  return { period, claimed, verified, findings };
}

/**
 * On track (the overview's share): achieved, partial at 80% or better, or not due yet. The share is
 * taken over all indicators of the report, so missing data and misses count against it.
 */
export function isOnTrack(entry: IndicatorScoreEntry): boolean {
  if (entry.status === 'achieved' || entry.status === 'not-due') return true;
  return entry.status === 'partial' && entry.level !== null && entry.level >= 80;
}

export function countBySeverity(findings: Finding[]): { error: number; warning: number; info: number } {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

// What a reviewer tells an office and the Cabinet Division about one report, in the same words in the
// feedback letter and in the review annex: why a verified figure differs from the claim, evidence the
// report names but nobody has, and whether the office is at risk of missing its targets.
import { bnCode, bnNumber, bnValue } from '../../../common/documents/format.js';
import type { Unit, Value } from '../../../common/plan-document/schema.js';
import type { Method, Rule } from '../../../common/terms/scoring-terms.js';
import type { ReviewIndicatorRow } from '../api/contract/review.js';

/** An office whose verified score is below this share of the weight it could be scored on is at risk (also: no report). */
export const AT_RISK_SHARE = 0.6;

const RULE_BN: Record<Rule, string> = { interpolate: 'আনুপাতিক (মধ্যবর্তী মান)', step: 'ধাপভিত্তিক', proportional: 'লক্ষ্যমাত্রার সমানুপাতিক' };
const METHOD_BN: Record<Method, string> = { sum: 'সমষ্টি', average: 'গড়', date: 'তারিখ', cumulative: 'ক্রমপুঞ্জিভূত', reported: 'প্রতিবেদনে উল্লিখিত' };

export type IndicatorNoteInput = Pick<
  ReviewIndicatorRow,
  'code' | 'text' | 'unit' | 'claimed' | 'verified' | 'comment' | 'status' | 'evidenceReference'
> & {
  evidenceFiles: number;
  /** The reviewer's own choice of method and rule (null: the indicator's), the only ones worth naming as a reason. */
  calculationMethod?: Method | null;
  scoringRule?: Rule | null;
};

/** The method and rule the reviewer chose for this indicator, where they differ from what the claim was scored by. */
function reviewerChoices(indicator: IndicatorNoteInput, long: boolean): string[] {
  const { claimed, verified } = indicator;
  return [
    ...(indicator.calculationMethod && claimed.method !== verified.method ? [`গণনা পদ্ধতি ${METHOD_BN[verified.method]}`] : []),
    ...(indicator.scoringRule && claimed.rule !== verified.rule ? [`${long ? 'নম্বর প্রদানের নিয়ম' : 'নিয়ম'} ${RULE_BN[verified.rule]}`] : []),
  ];
}

/** "সূচক [১.২.১]" (or the indicator's first words when it has no code). */
export function indicatorLabel(indicator: { code: string | null; text: string }): string {
  return indicator.code ? `সূচক ${bnCode(indicator.code)}` : `সূচক "${indicator.text.slice(0, 40)}"`;
}

/** At risk: no report, or a verified score below 60% of the weight that could be scored. */
export function isAtRisk(verified: { score: number; scoredWeight: number } | null): boolean {
  if (verified === null) return true;
  return verified.scoredWeight > 0 && verified.score / verified.scoredWeight < AT_RISK_SHARE;
}

/** The verified progress in percent (score ÷ scored weight), or null when nothing could be scored. */
export function progressPercent(verified: { score: number; scoredWeight: number }): number | null {
  return verified.scoredWeight > 0 ? (verified.score / verified.scoredWeight) * 100 : null;
}

function sameValue(a: Value, b: Value): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);
}

function valueText(value: Value, unit: Unit | null): string {
  return value === null ? 'নেই' : bnValue(value, unit);
}

/**
 * Why the verified score of an indicator differs from the claimed one: the achievement the reviewer
 * counted, the calculation method or scoring rule changed, and the reviewer's comment. Null when the
 * scores agree.
 */
export function scoreChangeNote(indicator: IndicatorNoteInput): string | null {
  const { claimed, verified } = indicator;
  const scoreChanged = !sameValue(claimed.score, verified.score);
  const achievementChanged = !sameValue(claimed.achievement, verified.achievement);
  if (!scoreChanged && !achievementChanged) return null;
  const reasons: string[] = [];
  if (achievementChanged) {
    reasons.push(`দাবিকৃত অর্জন ${valueText(claimed.achievement, indicator.unit)}, যাচাইকৃত অর্জন ${valueText(verified.achievement, indicator.unit)}`);
  }
  reasons.push(...reviewerChoices(indicator, true));
  if (reasons.length === 0) reasons.push('যাচাইয়ে নম্বর পরিবর্তিত হয়েছে');
  const score = (n: number | null): string => (n === null ? '-' : bnNumber(n));
  const scores = scoreChanged ? ` (নম্বর ${score(claimed.score)} থেকে ${score(verified.score)})` : '';
  const comment = indicator.comment?.trim() ? ` ${endSentence(indicator.comment.trim())}` : '';
  return `${indicatorLabel(indicator)}: ${reasons.join('; ')}${scores}।${comment}`;
}

/**
 * The review annex's short form of the same: "[১.২.১] দাবিকৃত ২, যাচাইকৃত ১: প্রমাণকে … পাওয়া যায়নি।"
 * (the figures, and the reviewer's reason or the method or rule that changed). Null when the scores agree.
 */
export function scoreChangeBrief(indicator: IndicatorNoteInput): string | null {
  const { claimed, verified } = indicator;
  if (sameValue(claimed.score, verified.score) && sameValue(claimed.achievement, verified.achievement)) return null;
  const figures = sameValue(claimed.achievement, verified.achievement)
    ? `নম্বর ${claimed.score === null ? '-' : bnNumber(claimed.score)} থেকে ${verified.score === null ? '-' : bnNumber(verified.score)}`
    : `দাবিকৃত ${valueText(claimed.achievement, indicator.unit)}, যাচাইকৃত ${valueText(verified.achievement, indicator.unit)}`;
  const reasons = [...reviewerChoices(indicator, false), ...(indicator.comment?.trim() ? [endSentence(indicator.comment.trim())] : [])];
  const label = indicator.code ? bnCode(indicator.code) : `"${indicator.text.slice(0, 30)}"`;
  return `${label} ${figures}${reasons.length ? `: ${reasons.join('; ')}` : '।'}`;
}

/** Evidence an indicator's row names (নোটিশ, হাজিরা, ছবি …) of which no file was received: a finding of its own. */
export interface MissingEvidence {
  code: string | null;
  text: string;
  /** What the report names as its evidence. */
  named: string;
}

export function missingEvidence(indicator: IndicatorNoteInput): MissingEvidence | null {
  const named = indicator.evidenceReference?.trim();
  if (!named || indicator.evidenceFiles > 0 || indicator.status === 'not-applicable') return null;
  return { code: indicator.code, text: indicator.text, named };
}

/** The letter's line: "সূচক [১.৫.১]: প্রমাণক হিসেবে "নোটিশ, হাজিরা" উল্লেখ করা হলেও তার কোনো কপি পাওয়া যায়নি।" */
export function missingEvidenceNote(missing: MissingEvidence): string {
  return `${indicatorLabel(missing)}: প্রমাণক হিসেবে "${missing.named}" উল্লেখ করা হলেও তার কোনো কপি পাওয়া যায়নি।`;
}

/** The review annex's one line for an office: "প্রমাণক উল্লেখ আছে কিন্তু কপি পাওয়া যায়নি: সূচক [১.৪.১], [১.৫.১]।" */
export function missingEvidenceSummary(missing: MissingEvidence[]): string | null {
  if (missing.length === 0) return null;
  const labels = missing.map((m) => (m.code ? bnCode(m.code) : `"${m.text.slice(0, 30)}"`));
  return `প্রমাণক উল্লেখ আছে কিন্তু কপি পাওয়া যায়নি: সূচক ${labels.join(', ')}।`;
}

/** A comment without a closing mark gets a দাঁড়ি. */
export function endSentence(text: string): string {
  return /[।.!?:;)]$/.test(text) ? text : `${text}।`;
}

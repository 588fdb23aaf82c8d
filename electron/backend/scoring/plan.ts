// Scores of a whole plan for one period: every indicator, the areas and the total.
import type { Area, Indicator, PlanDocument, Period } from '../../../common/plan-document/schema.js';
import { isFiscalYear } from '../../../common/fiscal-year/fiscal-year.js';
import { periodEndOrNull, scoreIndicator } from './indicator.js';
import type { AreaScore, IndicatorScoreEntry, Method, Rule, ScoreDiagnostic, ScoreDocument, ScoreTotal } from '../../../common/score-document/schema.js';

export interface ScorePlanOptions {
  period: Period;
  /** The rule for indicators that do not name their own; default interpolate. */
  rule?: Rule;
  /** Per indicator code (as in the document, e.g. "1.4.1"): overrides the indicator's own method. */
  methods?: Record<string, Method>;
  /** Per indicator code: overrides the indicator's own rule. */
  rules?: Record<string, Rule>;
}

export function scorePlan(doc: PlanDocument, options: ScorePlanOptions): ScoreDocument {
  const rule = options.rule ?? 'interpolate';
  const diagnostics: ScoreDiagnostic[] = [];
  if (doc.fiscalYear === null) {
    diagnostics.push(planFinding('fiscal-year-missing', 'the document names no fiscal year, so the period end is unknown'));
  } else if (!isFiscalYear(doc.fiscalYear)) {
    diagnostics.push(planFinding('fiscal-year-invalid', `"${doc.fiscalYear}" is not a fiscal year, so the period end is unknown`));
  }

  const indicators: IndicatorScoreEntry[] = doc.indicators.map((indicator) => {
    const code = indicator.code;
    const { diagnostics: found, ...entry } = scoreIndicator(indicator, {
      period: options.period,
      fiscalYear: doc.fiscalYear,
      rule: (code !== null ? options.rules?.[code] : undefined) ?? indicator.rule ?? rule,
      method: code !== null ? options.methods?.[code] : undefined,
      levels: doc.levels,
    });
    diagnostics.push(...found);
    return entry;
  });

  return {
    format: 'apa-score/1',
    fiscalYear: doc.fiscalYear,
    period: options.period,
    periodEnd: periodEndOrNull(doc.fiscalYear, options.period),
    rule,
    indicators,
    areas: scoreAreas(doc.areas, doc.indicators, indicators),
    total: sumUp(indicators),
    diagnostics,
  };
}

/**
 * Areas sum their indicators. An indicator belongs to its areaCode, or, when that is blank, to
 * the area named by the first part of its code. A plan without an area column (the 2024-25
 * field-office template, seed 002) gets no areas: its [১]…[৮] number activities, not areas.
 * Areas come in document order; an areaCode the area list lacks is added after them.
 */
export function scoreAreas(areas: Area[], indicators: Indicator[], scores: IndicatorScoreEntry[]): AreaScore[] {
  if (areas.length === 0) return [];
  const known = new Set(areas.map((area) => area.code));
  const members = new Map<string, IndicatorScoreEntry[]>(areas.map((area) => [area.code, []]));
  indicators.forEach((indicator, i) => {
    const prefix = indicator.code?.split('.')[0];
    const code = indicator.areaCode ?? (prefix !== undefined && known.has(prefix) ? prefix : null);
    if (code === null) return;
    const list = members.get(code) ?? [];
    list.push(scores[i]!);
    members.set(code, list);
  });
  return [...members].map(([code, list]) => ({ code, ...sumUp(list) }));
}

/** Weight: all weights; score: all scores with null as 0; scoredWeight: weights with a level. */
export function sumUp(scores: IndicatorScoreEntry[]): ScoreTotal {
  let weight = 0;
  let score = 0;
  let scoredWeight = 0;
  for (const entry of scores) {
    weight += entry.weight ?? 0;
    score += entry.score ?? 0;
    if (entry.level !== null) scoredWeight += entry.weight ?? 0;
  }
  return { weight, score, scoredWeight };
}

function planFinding(code: string, message: string): ScoreDiagnostic {
  return { severity: 'warning', code, message, indicator: null };
}

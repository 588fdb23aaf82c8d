// Score and status of one indicator for one period (shared/domain.md §4, statuses).
import { periodEnd } from '../../../common/fiscal-year/fiscal-year.js';
import type { Indicator, Period } from '../../../common/plan-document/schema.js';
import { appliedRule, levelFromAnalysis } from './level.js';
import { defaultMethod, rollUp } from './roll-up.js';
import { analyseTargets, type TargetAnalysis } from './targets.js';
import { dayNumber } from '../../../common/dates/iso-date.js';
import type { Finding, IndicatorScore, Method, Rule, Status } from '../../../common/score-document/schema.js';

export interface ScoreIndicatorOptions {
  period: Period;
  fiscalYear: string | null;
  /** Overrides the indicator's own rule; default interpolate. */
  rule?: Rule;
  /** Overrides the indicator's own method; default by the form of the targets and the unit. */
  method?: Method;
  /** The plan's level columns; every target key when omitted. */
  levels?: readonly number[];
}

export function scoreIndicator(indicator: Indicator, options: ScoreIndicatorOptions): IndicatorScore {
  const analysis = analyseTargets(indicator.targets, options.levels);
  const findings: Finding[] = [...analysis.findings];
  const unitFinding = unitMismatch(indicator, analysis);
  if (unitFinding) findings.push(unitFinding);
  if (indicator.weight === null) {
    findings.push({ severity: 'warning', code: 'weight-missing', message: 'the indicator has no weight, so its score is null' });
  }

  const method = options.method ?? indicator.method ?? defaultMethod(indicator.unit, analysis.form);
  const rolled = rollUp(withoutZeroDates(indicator, analysis, findings), options.period, method);
  findings.push(...rolled.findings);
  const requested = options.rule ?? indicator.rule ?? 'interpolate';

  let status: Status;
  let level: number | null = null;
  let rule = appliedRule(analysis, requested);
  if (analysis.problem) {
    findings.push(analysis.problem);
    status = 'invalid';
  } else if (rolled.achievement === null) {
    const pending = pendingStatus(analysis, options);
    if (pending.finding) findings.push(pending.finding);
    status = pending.status;
  } else {
    const result = levelFromAnalysis(analysis, rolled.achievement, requested);
    findings.push(...result.findings);
    level = result.level;
    rule = result.rule;
    status = level === null ? 'invalid' : level >= 100 ? 'achieved' : level > 0 ? 'partial' : 'missed';
  }

  const score = level === null || indicator.weight === null ? null : (indicator.weight * level) / 100;
  return {
    code: indicator.code,
    weight: indicator.weight,
    rule,
    method: rolled.method,
    achievement: rolled.achievement,
    status,
    level,
    score,
    diagnostics: findings.map((finding) => ({ ...finding, indicator: indicator.code })),
  };
}

/**
 * Offices write ০ in a date column for "not done yet" (seed 002 [১.১.১]): that is no achievement,
 * not a malformed date.
 */
function withoutZeroDates(indicator: Indicator, analysis: TargetAnalysis, findings: Finding[]): Pick<Indicator, 'achievements'> {
  if (analysis.form !== 'date') return indicator;
  const entries = Object.entries(indicator.achievements);
  if (!entries.some(([, value]) => value === 0)) return indicator;
  findings.push({ severity: 'info', code: 'zero-as-not-done', message: 'a 0 where a completion date belongs was read as "not done yet"' });
  return { achievements: Object.fromEntries(entries.map(([period, value]) => [period, value === 0 ? null : value])) };
}

/** Last day of the period, or null when the fiscal year is unknown or malformed. */
export function periodEndOrNull(fiscalYear: string | null, period: Period): string | null {
  if (fiscalYear === null) return null;
  try {
    return periodEnd(fiscalYear, period);
  } catch {
    return null;
  }
}

/**
 * No achievement: a date indicator whose 100% target (the best defined one when the 100% cell
 * is blank) falls after the period end is not due yet; anything else is missing data.
 */
function pendingStatus(analysis: TargetAnalysis, options: ScoreIndicatorOptions): { status: Status; finding?: Finding } {
  const best = analysis.points[0];
  if (analysis.form !== 'date' || best === undefined) return { status: 'no-data' };
  const end = periodEndOrNull(options.fiscalYear, options.period);
  const endDay = end === null ? null : dayNumber(end);
  if (endDay === null) {
    return {
      status: 'no-data',
      finding: {
        severity: 'warning',
        code: 'period-end-unknown',
        message: `the fiscal year is unknown, so the end of ${options.period} is too; cannot tell not-due from no-data`,
      },
    };
  }
  return { status: best.target > endDay ? 'not-due' : 'no-data' };
}

/** The unit column says one thing and the target values another: reported, and the values win. */
function unitMismatch(indicator: Indicator, analysis: TargetAnalysis): Finding | null {
  const { unit } = indicator;
  if (unit === null || analysis.form === null) return null;
  const unitForm = unit === 'date' ? 'date' : 'number';
  if (unitForm === analysis.form) return null;
  return {
    severity: 'warning',
    code: 'unit-mismatch',
    message: `the unit is ${unit} but the targets are ${analysis.form === 'date' ? 'dates' : 'numbers'}; compared as ${analysis.form === 'date' ? 'dates' : 'numbers'}`,
  };
}

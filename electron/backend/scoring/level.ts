// The level (percentage of the weight earned) for one achievement against the target levels
// (shared/domain.md §4: rules interpolate, step, proportional).
import { analyseTargets, isBetter, reaches, type TargetAnalysis, type TargetCells, type TargetPoint } from './targets.js';
import { dayNumber } from '../../../common/dates/iso-date.js';
import { present, type ValueForm } from './comparable-values.js';
import type { Finding, Rule } from '../../../common/score-document/schema.js';

export interface LevelResult {
  /** 0..100, or null when the targets or the achievement cannot be scored. */
  level: number | null;
  /** The rule actually applied (proportional falls back to interpolate for dates). */
  rule: Rule;
  form: ValueForm | null;
  findings: Finding[];
}

/**
 * Level of `achievement` (a number, or an ISO date) against the target cells of `levels`
 * (e.g. the plan's [100, 90, 80, 70, 60]; all keys of `targets` when omitted).
 */
export function levelFor(
  targets: TargetCells,
  levels: readonly number[] | undefined,
  achievement: unknown,
  rule: Rule,
): LevelResult {
  const analysis = analyseTargets(targets, levels);
  const result = levelFromAnalysis(analysis, achievement, rule);
  return { ...result, findings: [...analysis.findings, ...result.findings] };
}

/** As levelFor, on targets already analysed; returns only the findings about the achievement and rule. */
export function levelFromAnalysis(analysis: TargetAnalysis, achievement: unknown, rule: Rule): LevelResult {
  const { form, points } = analysis;
  const applied = appliedRule(analysis, rule);
  if (analysis.problem || form === null) {
    return { level: null, rule: applied, form, findings: analysis.problem ? [analysis.problem] : [] };
  }
  const value = present(achievement);
  if (value === null) {
    return { level: null, rule: applied, form, findings: [] };
  }
  const a = comparable(value, form);
  if ('problem' in a) return { level: null, rule: applied, form, findings: [a.problem] };

  const findings: Finding[] = [];
  if (rule === 'proportional' && form === 'number' && applied !== 'proportional') {
    findings.push({
      severity: 'info',
      code: 'proportional-fallback',
      message: 'no positive 100% target to be proportional to; interpolated instead',
    });
  }
  const level =
    applied === 'step'
      ? stepLevel(points, a.value, form)
      : applied === 'proportional'
        ? proportionalLevel(points, a.value)
        : interpolatedLevel(points, a.value, form);
  return { level: clamp(level), rule: applied, form, findings };
}

/** proportional needs numbers and a positive 100% target; otherwise the default rule applies. */
export function appliedRule(analysis: TargetAnalysis, rule: Rule): Rule {
  if (rule !== 'proportional') return rule;
  if (analysis.form === 'date') return 'interpolate';
  if (analysis.form === 'number' && !fullTarget(analysis.points)) return 'interpolate';
  return rule;
}

/** The highest level whose target the achievement reaches; 0 below the lowest. */
function stepLevel(points: TargetPoint[], a: number, form: ValueForm): number {
  return Math.max(0, ...points.filter((p) => reaches(a, p.target, form)).map((p) => p.level));
}

/**
 * Linear between adjacent defined levels. Taken as the best of the step level and every
 * adjacent pair's interpolation, so that a pair printed in the wrong order (a review finding)
 * is skipped rather than producing a level that falls as the achievement improves.
 */
function interpolatedLevel(points: TargetPoint[], a: number, form: ValueForm): number {
  let level = stepLevel(points, a, form);
  for (let i = 1; i < points.length; i++) {
    const high = points[i - 1]!;
    const low = points[i]!;
    const between = isBetter(high.target, low.target, form) && isBetter(a, low.target, form) && isBetter(high.target, a, form);
    if (!between) continue;
    const interpolated = low.level + ((a - low.target) / (high.target - low.target)) * (high.level - low.level);
    level = Math.max(level, interpolated);
  }
  return level;
}

function proportionalLevel(points: TargetPoint[], a: number): number {
  const full = fullTarget(points)!;
  return Math.min(a / full.target, 1) * 100;
}

function fullTarget(points: TargetPoint[]): TargetPoint | undefined {
  return points.find((p) => p.level === 100 && p.target > 0);
}

function comparable(value: number | string, form: ValueForm): { value: number } | { problem: Finding } {
  if (typeof value === 'number') {
    if (form === 'date') {
      return { problem: mismatch(`the achievement ${value} is a number where a date belongs`) };
    }
    if (!Number.isFinite(value)) return { problem: mismatch('the achievement is not a finite number') };
    return { value };
  }
  if (form === 'number') {
    return { problem: mismatch(`the achievement "${value}" is a date where a number belongs`) };
  }
  const day = dayNumber(value);
  if (day === null) {
    return { problem: { severity: 'error', code: 'invalid-date', message: `the achievement "${value}" is not a real date` } };
  }
  return { value: day };
}

function mismatch(message: string): Finding {
  return { severity: 'error', code: 'achievement-form-mismatch', message };
}

function clamp(level: number): number {
  return Math.min(100, Math.max(0, level));
}

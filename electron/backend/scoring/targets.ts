// The defined target levels of one indicator, as comparable points ordered best first.
import { dayNumber } from '../../../common/dates/iso-date.js';
import { formOf, present, type ValueForm } from './comparable-values.js';
import type { Finding } from '../../../common/score-document/schema.js';

/** A defined level: its percentage and its target as a number or a day number. */
export interface TargetPoint {
  level: number;
  target: number;
}

export interface TargetAnalysis {
  /** null when no level is defined or the levels mix dates and numbers. */
  form: ValueForm | null;
  /** Defined levels, highest percentage first; blank and zero targets are left out. */
  points: TargetPoint[];
  /** Set when the targets cannot be scored at all (the indicator is `invalid`). */
  problem: Finding | null;
  /** Findings that do not stop scoring (zero-target, targets-not-monotonic). */
  findings: Finding[];
}

export type TargetCells = Partial<Record<string, unknown>>;

/**
 * Reads the target cells of the given levels (all keys when `levels` is omitted).
 * A target of 0 would award marks for doing nothing: it is reported and read as blank.
 */
export function analyseTargets(targets: TargetCells, levels?: readonly number[]): TargetAnalysis {
  const keys = (levels ?? Object.keys(targets).map(Number))
    .filter((level) => Number.isFinite(level))
    .sort((a, b) => b - a);
  const findings: Finding[] = [];
  const points: TargetPoint[] = [];
  const forms = new Set<ValueForm>();
  for (const level of [...new Set(keys)]) {
    const value = present(targets[String(level)]);
    if (value === null) continue;
    if (value === 0) {
      findings.push({
        severity: 'error',
        code: 'zero-target',
        message: `the ${level}% target is 0, which would award marks for doing nothing; scored as if blank`,
      });
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return unusable(findings, 'bad-target', `the ${level}% target is not a number`);
      points.push({ level, target: value });
    } else {
      const day = dayNumber(value);
      if (day === null) {
        return unusable(findings, 'invalid-date', `the ${level}% target "${value}" is not a real date`);
      }
      points.push({ level, target: day });
    }
    forms.add(formOf(value));
  }
  if (points.length === 0) {
    return unusable(findings, 'targets-missing', 'no target level is defined');
  }
  if (forms.size > 1) {
    return unusable(findings, 'targets-mixed', 'the targets mix dates and numbers');
  }
  const form = [...forms][0] ?? null;
  if (form !== null && !isMonotonic(points, form)) {
    findings.push({
      severity: 'warning',
      code: 'targets-not-monotonic',
      message: 'a lower level has a better target than a higher one; such pairs are not interpolated',
    });
  }
  return { form, points, problem: null, findings };
}

/** True when `a` is strictly better than `b`: earlier for dates, larger for numbers. */
export function isBetter(a: number, b: number, form: ValueForm): boolean {
  return form === 'date' ? a < b : a > b;
}

/** True when `a` reaches target `t` (equal or better). */
export function reaches(a: number, t: number, form: ValueForm): boolean {
  return a === t || isBetter(a, t, form);
}

function isMonotonic(points: TargetPoint[], form: ValueForm): boolean {
  return points.every((point, i) => i === 0 || !isBetter(point.target, points[i - 1]!.target, form));
}

function unusable(findings: Finding[], code: string, message: string): TargetAnalysis {
  return { form: null, points: [], problem: { severity: 'error', code, message }, findings };
}

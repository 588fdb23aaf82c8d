// Structural findings the reader reports on the table it read, each at the cell it concerns:
// duplicate codes, weights that do not add up, units that disagree with the targets, targets that are
// not monotonic, zero targets, target dates outside the year, rows with no targets.
// (The review checks go further, with the approved plan and the period in hand.)
import { addDays } from '../../../common/dates/iso-date.js';
import { fiscalYearStart, isFiscalYear } from '../../../common/fiscal-year/fiscal-year.js';
import { type Indicator, type Level, type PlanDocument, type Value } from '../../../common/plan-document/schema.js';
import { LEVEL_KEYS, LEVELS } from '../../../common/terms/plan-terms.js';
import type { Diagnostics } from './diagnostics.js';

export interface AreaDraft {
  code: string | null;
  /** The area cell wrote its own code ("[১]"). */
  ownCode: boolean;
  /** The serial column's number on the area's first row, for areas written without a code. */
  fallbackCode: string | null;
  title: string;
  weight: number | null;
  weightCell: string | null;
  titleCell: string;
  indicators: Indicator[];
}

export interface CheckInput {
  indicators: Indicator[];
  areas: AreaDraft[];
  planType: PlanDocument['planType'];
  fiscalYear: string | null;
  hasTargetColumns: boolean;
  diags: Diagnostics;
}

/** The e-governance plan is out of 50 marks every year so far. */
const EGOV_PLAN_TOTAL = 50;
const GRACE_DAYS = 31;
const EPSILON = 1e-6;

export function runChecks(input: CheckInput): void {
  duplicateCodes(input);
  weights(input);
  const bounds = yearBounds(input.fiscalYear);
  for (const ind of input.indicators) {
    const defined = definedTargets(ind);
    if (input.hasTargetColumns && defined.length === 0) targetsMissing(ind, input.diags);
    if (!unitMismatch(ind, defined, input.diags)) notMonotonic(ind, defined, input.diags);
    zeroTargets(ind, defined, input.diags);
    outsideYear(ind, defined, bounds, input.diags, input.fiscalYear);
  }
}

interface DefinedTarget {
  level: Level;
  value: number | string;
  cell: string | null;
}

const CELL_KEYS = LEVELS.map((level) => `targets.${level}`);

function definedTargets(ind: Indicator): DefinedTarget[] {
  const out: DefinedTarget[] = [];
  for (let i = 0; i < LEVELS.length; i++) {
    const value: Value | undefined = ind.targets[LEVEL_KEYS[i]!];
    if (value !== null && value !== undefined) out.push({ level: LEVELS[i]!, value, cell: ind.cells?.[CELL_KEYS[i]!] ?? null });
  }
  return out;
}

const rounded = (n: number) => Math.round(n * 10_000) / 10_000;

function duplicateCodes({ indicators, diags }: CheckInput): void {
  const seen = new Set<string>();
  for (const ind of indicators) {
    if (ind.code === null) continue;
    if (seen.has(ind.code)) {
      diags.error('duplicate-code', { code: ind.code }, ind.cells?.code ?? ind.cells?.text ?? null);
    }
    seen.add(ind.code);
  }
}

function weights({ areas, indicators, planType, diags }: CheckInput): void {
  for (const area of areas) {
    if (area.weight === null || area.indicators.length === 0) continue;
    const sum = area.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
    if (Math.abs(sum - area.weight) > EPSILON) {
      diags.error('weight-mismatch', { weight: rounded(area.weight), sum: rounded(sum) }, area.weightCell, 'area');
    }
  }
  if (planType !== 'egov' || indicators.length === 0) return;
  const weighted = areas.filter((a) => a.indicators.length > 0);
  const byAreas = weighted.length > 0 && weighted.every((a) => a.weight !== null);
  const total = byAreas
    ? weighted.reduce((s, a) => s + (a.weight ?? 0), 0)
    : indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  if (!byAreas && indicators.every((i) => i.weight === null)) return;
  if (Math.abs(total - EGOV_PLAN_TOTAL) > EPSILON) {
    diags.error('weight-mismatch', { sum: rounded(total), total: EGOV_PLAN_TOTAL }, null, byAreas ? 'plan-areas' : 'plan-indicators');
  }
}

function targetsMissing(ind: Indicator, diags: Diagnostics): void {
  diags.warning('targets-missing', { indicator: ind.code ?? '' }, ind.cells?.['targets.100'] ?? ind.cells?.text ?? null);
}

/** Returns true when it reported, so the monotonic check does not compare dates with numbers. */
function unitMismatch(ind: Indicator, defined: DefinedTarget[], diags: Diagnostics): boolean {
  const dates = defined.filter((t) => typeof t.value === 'string');
  const numbers = defined.filter((t) => typeof t.value === 'number');
  // At the unit cell: the unit is what disagrees with the values (the first such target otherwise).
  const report = (t: DefinedTarget, why: 'mixed' | 'date-unit' | 'number-unit' | 'over-100') => {
    diags.warning('unit-mismatch', { indicator: ind.code ?? '' }, ind.cells?.unit ?? t.cell ?? null, why);
    return true;
  };
  if (dates.length > 0 && numbers.length > 0) {
    return report(numbers[0]!, 'mixed');
  }
  if (ind.unit === 'date' && numbers.length > 0) {
    return report(numbers[0]!, 'date-unit');
  }
  if ((ind.unit === 'number' || ind.unit === 'percent') && dates.length > 0) {
    return report(dates[0]!, 'number-unit');
  }
  const over = ind.unit === 'percent' ? numbers.find((t) => (t.value as number) > 100) : undefined;
  if (over) return report(over, 'over-100');
  return false;
}

/** A worse level must not ask for more (a larger number, an earlier date) than a better one. */
function notMonotonic(ind: Indicator, defined: DefinedTarget[], diags: Diagnostics): void {
  for (let i = 1; i < defined.length; i++) {
    const better = defined[i - 1]!;
    const worse = defined[i]!;
    const wrong =
      typeof better.value === 'number' && typeof worse.value === 'number'
        ? worse.value > better.value
        : typeof better.value === 'string' && typeof worse.value === 'string'
          ? worse.value < better.value
          : false;
    if (!wrong) continue;
    diags.error('targets-not-monotonic', { indicator: ind.code ?? '', worse: worse.level, better: better.level }, worse.cell);
    return;
  }
}

/** A target of 0 awards marks for doing nothing (seed 002 [৫.১.১]). */
function zeroTargets(ind: Indicator, defined: DefinedTarget[], diags: Diagnostics): void {
  for (const t of defined) {
    if (t.value !== 0) continue;
    diags.error('zero-target', { indicator: ind.code ?? '', level: t.level }, t.cell);
  }
}

/** First and last acceptable target dates: the fiscal year and the grace days after it. */
function yearBounds(fiscalYear: string | null): { first: string; last: string } | null {
  if (!fiscalYear || !isFiscalYear(fiscalYear)) return null;
  const start = fiscalYearStart(fiscalYear);
  return { first: `${start}-07-01`, last: addDays(`${start + 1}-06-30`, GRACE_DAYS) };
}

function outsideYear(ind: Indicator, defined: DefinedTarget[], bounds: { first: string; last: string } | null, diags: Diagnostics, fiscalYear: string | null): void {
  if (!bounds) return;
  for (const t of defined) {
    if (typeof t.value !== 'string' || (t.value >= bounds.first && t.value <= bounds.last)) continue;
    diags.warning('date-outside-year', { indicator: ind.code ?? '', date: t.value, fiscalYear: fiscalYear ?? '' }, t.cell);
  }
}

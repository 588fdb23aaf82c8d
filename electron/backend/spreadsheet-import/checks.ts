// Structural findings the reader reports on the table it read, each at the cell it concerns:
// duplicate codes, weights that do not add up, units that disagree with the targets, targets that are
// not monotonic, zero targets, target dates outside the year, rows with no targets.
// (The review checks go further, with the approved plan and the period in hand.)
import { toBengaliDigits } from '../../../common/bengali/digits.js';
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

function label(ind: Indicator): { bn: string; en: string } {
  return ind.code ? { bn: `সূচক [${toBengaliDigits(ind.code)}]`, en: `indicator [${ind.code}]` } : { bn: 'সূচক', en: 'indicator' };
}

const bnNumber = (n: number) => toBengaliDigits(String(Math.round(n * 10_000) / 10_000));
const enNumber = (n: number) => String(Math.round(n * 10_000) / 10_000);

function duplicateCodes({ indicators, diags }: CheckInput): void {
  const seen = new Set<string>();
  for (const ind of indicators) {
    if (ind.code === null) continue;
    if (seen.has(ind.code)) {
      diags.error(
        'duplicate-code',
        `কোড [${toBengaliDigits(ind.code)}] একাধিক সূচকে ব্যবহৃত`,
        `code [${ind.code}] is used by more than one indicator`,
        ind.cells?.code ?? ind.cells?.text ?? null,
      );
    }
    seen.add(ind.code);
  }
}

function weights({ areas, indicators, planType, diags }: CheckInput): void {
  for (const area of areas) {
    if (area.weight === null || area.indicators.length === 0) continue;
    const sum = area.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
    if (Math.abs(sum - area.weight) > EPSILON) {
      diags.error(
        'weight-mismatch',
        `ক্ষেত্রের মান ${bnNumber(area.weight)}, কিন্তু এর সূচকগুলোর মানের যোগফল ${bnNumber(sum)}`,
        `area weight is ${enNumber(area.weight)} but its indicators add up to ${enNumber(sum)}`,
        area.weightCell,
      );
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
    diags.error(
      'weight-mismatch',
      `${byAreas ? 'ক্ষেত্রগুলোর' : 'সূচকগুলোর'} মানের যোগফল ${bnNumber(total)}, কিন্তু পরিকল্পনার মোট মান ${bnNumber(EGOV_PLAN_TOTAL)}`,
      `the ${byAreas ? 'area' : 'indicator'} weights add up to ${enNumber(total)}, not the plan total of ${EGOV_PLAN_TOTAL}`,
      null,
    );
  }
}

function targetsMissing(ind: Indicator, diags: Diagnostics): void {
  const { bn, en } = label(ind);
  diags.warning(
    'targets-missing',
    `${bn}: কোনো লক্ষ্যমাত্রা দেওয়া নেই`,
    `${en}: no target is given`,
    ind.cells?.['targets.100'] ?? ind.cells?.text ?? null,
  );
}

/** Returns true when it reported, so the monotonic check does not compare dates with numbers. */
function unitMismatch(ind: Indicator, defined: DefinedTarget[], diags: Diagnostics): boolean {
  const dates = defined.filter((t) => typeof t.value === 'string');
  const numbers = defined.filter((t) => typeof t.value === 'number');
  // At the unit cell: the unit is what disagrees with the values (the first such target otherwise).
  const report = (t: DefinedTarget, whyBn: string, whyEn: string) => {
    const { bn, en } = label(ind);
    diags.warning('unit-mismatch', `${bn}: ${whyBn}`, `${en}: ${whyEn}`, ind.cells?.unit ?? t.cell ?? null);
    return true;
  };
  if (dates.length > 0 && numbers.length > 0) {
    return report(numbers[0]!, 'লক্ষ্যমাত্রায় তারিখ ও সংখ্যা মেশানো', 'the targets mix dates and numbers');
  }
  if (ind.unit === 'date' && numbers.length > 0) {
    return report(numbers[0]!, 'একক তারিখ, কিন্তু লক্ষ্যমাত্রা সংখ্যা', 'the unit is a date but the targets are numbers');
  }
  if ((ind.unit === 'number' || ind.unit === 'percent') && dates.length > 0) {
    return report(dates[0]!, 'একক সংখ্যা/%, কিন্তু লক্ষ্যমাত্রা তারিখ', 'the unit is a number or % but the targets are dates');
  }
  const over = ind.unit === 'percent' ? numbers.find((t) => (t.value as number) > 100) : undefined;
  if (over) return report(over, 'শতকরা লক্ষ্যমাত্রা ১০০-এর বেশি', 'a percentage target is over 100');
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
    const { bn, en } = label(ind);
    diags.error(
      'targets-not-monotonic',
      `${bn}: ${toBengaliDigits(worse.level)}% স্তরের লক্ষ্যমাত্রা ${toBengaliDigits(better.level)}% স্তরের চেয়ে ভালো`,
      `${en}: the ${worse.level}% target is better than the ${better.level}% target`,
      worse.cell,
    );
    return;
  }
}

/** A target of 0 awards marks for doing nothing (seed 002 [৫.১.১]). */
function zeroTargets(ind: Indicator, defined: DefinedTarget[], diags: Diagnostics): void {
  for (const t of defined) {
    if (t.value !== 0) continue;
    const { bn, en } = label(ind);
    diags.error(
      'zero-target',
      `${bn}: ${toBengaliDigits(t.level)}% স্তরের লক্ষ্যমাত্রা ০`,
      `${en}: the ${t.level}% target is 0`,
      t.cell,
    );
  }
}

/** First and last acceptable target dates: the fiscal year and the grace days after it. */
function yearBounds(fiscalYear: string | null): { first: string; last: string } | null {
  if (!fiscalYear || !isFiscalYear(fiscalYear)) return null;
  const start = fiscalYearStart(fiscalYear);
  return { first: `${start}-07-01`, last: new Date(Date.UTC(start + 1, 5, 30 + GRACE_DAYS)).toISOString().slice(0, 10) };
}

function outsideYear(ind: Indicator, defined: DefinedTarget[], bounds: { first: string; last: string } | null, diags: Diagnostics, fiscalYear: string | null): void {
  if (!bounds) return;
  for (const t of defined) {
    if (typeof t.value !== 'string' || (t.value >= bounds.first && t.value <= bounds.last)) continue;
    const { bn, en } = label(ind);
    diags.warning(
      'date-outside-year',
      `${bn}: লক্ষ্যমাত্রার তারিখ ${toBengaliDigits(t.value)} অর্থবছর ${toBengaliDigits(fiscalYear ?? '')}-এর বাইরে`,
      `${en}: target date ${t.value} is outside the fiscal year ${fiscalYear ?? ''}`,
      t.cell,
    );
  }
}

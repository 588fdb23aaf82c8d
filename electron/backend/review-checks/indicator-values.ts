// Reading target and achievement values: dates as day numbers, the form of an indicator's targets,
// and how a value is shown in a message.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { addDays, dayMonthYearFromIso, dayNumber as dayNumberOrNull, isValidIsoDate } from '../../../common/dates/iso-date.js';
import type { Indicator, Level, Period, PlanDocument, Value } from '../../../common/plan-document/schema.js';
import { LEVEL_KEYS, LEVELS, PERIOD_NAMES } from '../../../common/terms/plan-terms.js';
import { periodsInView } from './context.js';

export type ValueKind = 'date' | 'number';

export { addDays, isValidIsoDate };

/** Days since 1970-01-01 of a valid ISO date; NaN for anything else, so that every comparison with it is false. */
export function dayNumber(iso: string): number {
  return dayNumberOrNull(iso) ?? Number.NaN;
}

export function kindOf(value: Value): ValueKind | null {
  if (value === null) return null;
  return typeof value === 'number' ? 'number' : 'date';
}

export interface DefinedTarget {
  level: Level;
  value: number | string;
}

/** Targets that have a value, best level first (100, 90, …). */
export function definedTargets(indicator: Indicator): DefinedTarget[] {
  const out: DefinedTarget[] = [];
  for (let i = 0; i < LEVELS.length; i++) {
    const value = indicator.targets[LEVEL_KEYS[i]!];
    if (value !== null && value !== undefined) out.push({ level: LEVELS[i]!, value });
  }
  return out;
}

/** The form the targets take: what scoring compares by (domain.md §4 rule 4). */
export function targetsKind(indicator: Indicator): ValueKind | 'mixed' | null {
  return kindOfTargets(definedTargets(indicator));
}

/** The form of targets already listed (every check of an indicator's targets asks it). */
export function kindOfTargets(targets: DefinedTarget[]): ValueKind | 'mixed' | null {
  let kind: ValueKind | null = null;
  for (const t of targets) {
    const k = typeof t.value === 'number' ? 'number' : 'date';
    if (kind !== null && k !== kind) return 'mixed';
    kind = k;
  }
  return kind;
}

/** The targets' form, or the unit's when there are no targets. */
export function indicatorKind(indicator: Indicator): ValueKind | null {
  const kind = targetsKind(indicator);
  if (kind === 'date' || kind === 'number') return kind;
  if (kind === 'mixed') return null;
  if (indicator.unit === 'date') return 'date';
  if (indicator.unit === 'number' || indicator.unit === 'percent') return 'number';
  return null;
}

/** The 100% target when it is defined, else the best defined one. */
export function bestTarget(indicator: Indicator): DefinedTarget | null {
  return definedTargets(indicator)[0] ?? null;
}

/** Achievement values present for the period (its column and the columns it is made of). */
export function achievementsInView(indicator: Indicator, period: Period): Array<{ period: Period; value: Value }> {
  const out: Array<{ period: Period; value: Value }> = [];
  for (const p of periodsInView(period)) {
    if (p in indicator.achievements) out.push({ period: p, value: indicator.achievements[p] ?? null });
  }
  return out;
}

/** Whether the document has any column for the period or the periods it is made of. */
export function documentReports(doc: PlanDocument, period: Period): boolean {
  const view = periodsInView(period);
  return doc.reportPeriods.some((p) => view.includes(p));
}

/**
 * Achievement values that speak for the period; when the document has no column for it at all
 * (an annual certificate checked with the default H1), every reported column.
 */
export function relevantAchievements(
  doc: PlanDocument,
  indicator: Indicator,
  period: Period,
): Array<{ period: Period; value: Value }> {
  if (documentReports(doc, period)) return achievementsInView(indicator, period);
  return Object.entries(indicator.achievements).map(([p, v]) => ({ period: p as Period, value: v ?? null }));
}

/** The first claimed achievement: a value other than 0 (0 and blank both say "nothing yet"). */
export function claimedAchievement(
  achievements: Array<{ period: Period; value: Value }>,
): { period: Period; value: number | string } | null {
  for (const a of achievements) if (a.value !== null && a.value !== 0) return { period: a.period, value: a.value };
  return null;
}

/** Words in the achievement cells of the period, if any (a dash is not words). */
export function achievementWords(indicator: Indicator, periods: Period[]): string[] {
  const texts = indicator.achievementText ?? {};
  return periods.map((p) => texts[p]).filter((t): t is string => typeof t === 'string' && !isBlank(t));
}

/** Empty, whitespace or a dash placeholder ("-", "--", "—"). */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || /^[\s\-–—_.]*$/.test(text);
}

/** 2024-05-16 → ১৬/০৫/২০২৪ (the way the documents write dates). */
export function formatDateBn(iso: string): string {
  return toBengaliDigits(formatDateEn(iso));
}

export function formatDateEn(iso: string): string {
  return dayMonthYearFromIso(iso);
}

export function formatNumber(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}

export function formatValueBn(value: Value | undefined, percent = false): string {
  if (value === null || value === undefined) return 'ফাঁকা';
  if (typeof value === 'string') return formatDateBn(value);
  return toBengaliDigits(formatNumber(value)) + (percent ? '%' : '');
}

export function formatValueEn(value: Value | undefined, percent = false): string {
  if (value === null || value === undefined) return 'blank';
  if (typeof value === 'string') return formatDateEn(value);
  return formatNumber(value) + (percent ? '%' : '');
}

export function levelBn(level: Level | number | string): string {
  return `${toBengaliDigits(String(level))}%`;
}

export function toBn(n: number): string {
  return toBengaliDigits(formatNumber(n));
}

export function periodBn(period: Period): string {
  return PERIOD_NAMES.bn[period];
}

/** The period as it stands before "অর্জন": "২য় ত্রৈমাসিকের", "অর্ধবার্ষিক" (a half-year or year names the kind, not an owner). */
export function periodAchievementBn(period: Period): string {
  return period === 'H1' || period === 'annual' ? PERIOD_NAMES.bn[period] : `${PERIOD_NAMES.bn[period]}ের`;
}

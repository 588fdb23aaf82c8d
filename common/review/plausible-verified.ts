// What a verified figure may plausibly be. A figure outside this range is not refused outright (a
// reviewer may have good reason), but it is never taken silently: the reviewer confirms it. The same
// bounds flag an implausible claim in the report (review-checks achievement-over-max).
import type { Unit, Value } from '../plan-document/schema.js';

/** A count this many times its 100% target is taken for a typing error. */
export const COUNT_OVER_TARGET_FACTOR = 3;

/** The largest verified number the review stores at all. */
export const MAX_VERIFIED_NUMBER = 1e12;

export type ImplausibleVerified =
  | { reason: 'percent-over-100' }
  | { reason: 'over-target'; target: number; factor: number };

/** Why `value` is outside the plausible range of the indicator (its unit, its 100% target), or null when it is not. */
export function implausibleVerified(
  indicator: { unit: Unit | null; target100: Value | undefined },
  value: number,
): ImplausibleVerified | null {
  if (indicator.unit === 'percent') return value > 100 ? { reason: 'percent-over-100' } : null;
  if (indicator.unit !== null && indicator.unit !== 'number') return null;
  const target = typeof indicator.target100 === 'number' ? indicator.target100 : null;
  if (target !== null && target > 0 && value > COUNT_OVER_TARGET_FACTOR * target) return { reason: 'over-target', target, factor: COUNT_OVER_TARGET_FACTOR };
  return null;
}

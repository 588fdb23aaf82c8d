import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { levelFor } from '../../../electron/backend/scoring/level.js';
import { isoFromDayNumber, dayNumber } from '../../../common/dates/iso-date.js';
import { type Rule } from '../../../common/score-document/schema.js';
import { RULES } from '../../../common/terms/scoring-terms.js';
import { five } from './fixtures.js';

const FIVE = [100, 90, 80, 70, 60];
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('levelFor: numbers', () => {
  const targets = five(85, 80, 75, 70, 60);

  it('gives each level exactly at its target, under interpolate and step', () => {
    for (const rule of ['interpolate', 'step'] as const) {
      expect([85, 80, 75, 70, 60].map((t) => levelFor(targets, FIVE, t, rule).level)).toEqual([100, 90, 80, 70, 60]);
    }
  });

  it('caps at 100 above the best target, with no bonus', () => {
    expect(levelFor(targets, FIVE, 99, 'interpolate').level).toBe(100);
    expect(levelFor(targets, FIVE, 1000, 'step').level).toBe(100);
    expect(levelFor(targets, FIVE, 1000, 'proportional').level).toBe(100);
  });

  it('gives 0 below the lowest defined level', () => {
    expect(levelFor(targets, FIVE, 59.99, 'interpolate').level).toBe(0);
    expect(levelFor(targets, FIVE, 59.99, 'step').level).toBe(0);
    expect(levelFor(targets, FIVE, 0, 'interpolate').level).toBe(0);
    expect(levelFor(targets, FIVE, -5, 'proportional').level).toBe(0);
  });

  it('interpolates linearly between two adjacent levels', () => {
    expect(levelFor(targets, FIVE, 82.5, 'interpolate').level).toBeCloseTo(95, 10);
    expect(levelFor(targets, FIVE, 65, 'interpolate').level).toBeCloseTo(65, 10);
    expect(levelFor(targets, FIVE, 82.5, 'step').level).toBe(90);
  });

  it('skips blank and dash levels and interpolates across the gap', () => {
    for (const blank of [null, undefined, '', '-', '--', '–', '—', ' - ']) {
      const result = levelFor({ '100': 4, '90': blank as never, '80': 2 }, FIVE, 3, 'interpolate');
      expect(result.level).toBeCloseTo(90, 10);
      expect(result.findings).toEqual([]);
    }
  });

  it('scores a single-target plan 100 when met and 0 when not', () => {
    const single = { '100': 4 };
    expect(levelFor(single, [100], 4, 'interpolate').level).toBe(100);
    expect(levelFor(single, [100], 5, 'interpolate').level).toBe(100);
    expect(levelFor(single, [100], 3.99, 'interpolate').level).toBe(0);
    expect(levelFor(single, [100], 3, 'step').level).toBe(0);
  });

  it('tops out at the best defined level when the 100% cell is blank', () => {
    const result = levelFor(five(null, 3, 2, null, null), FIVE, 10, 'interpolate');
    expect(result.level).toBe(90);
    expect(levelFor(five(null, 3, 2, null, null), FIVE, 2.5, 'interpolate').level).toBeCloseTo(85, 10);
  });

  it('reads only the levels the plan has columns for', () => {
    const targets3 = { '100': 80, '80': 70, '60': 60, '90': 75 };
    expect(levelFor(targets3, [100, 80, 60], 75, 'interpolate').level).toBeCloseTo(90, 10);
    expect(levelFor(targets3, undefined, 75, 'interpolate').level).toBe(90);
    expect(levelFor(targets3, undefined, 77.5, 'interpolate').level).toBeCloseTo(95, 10);
  });

  it('treats a zero target at any level as blank and reports it', () => {
    const result = levelFor(five(4, 0, 2, 1, 0), FIVE, 3, 'interpolate');
    expect(codes(result.findings)).toEqual(['zero-target', 'zero-target']);
    expect(result.level).toBeCloseTo(90, 10); // interpolated 100 (4) … 80 (2)
  });

  it('proportional: a / t100, capped, 0 for nothing; falls back without a positive 100% target', () => {
    expect(levelFor(five(4, 3, 2, 1, null), FIVE, 3, 'proportional').level).toBe(75);
    expect(levelFor(five(4, 3, 2, 1, null), FIVE, 0, 'proportional').level).toBe(0);
    const fallback = levelFor(five(null, 3, 2, 1, null), FIVE, 2.5, 'proportional');
    expect(fallback.rule).toBe('interpolate');
    expect(fallback.level).toBeCloseTo(85, 10);
    expect(codes(fallback.findings)).toEqual(['proportional-fallback']);
    expect(levelFor(five(-4, null, null, null, null), FIVE, -4, 'proportional').rule).toBe('interpolate');
  });
});

describe('levelFor: dates', () => {
  const targets = five('2024-12-01', '2024-12-15', '2024-12-29', '2025-01-05', '2025-01-12');

  it('earlier is better: on or before the best date gives 100', () => {
    expect(levelFor(targets, FIVE, '2024-12-01', 'interpolate').level).toBe(100);
    expect(levelFor(targets, FIVE, '2024-07-01', 'interpolate').level).toBe(100);
    expect(levelFor(targets, FIVE, '2024-07-01', 'step').level).toBe(100);
  });

  it('gives each level on its date, 0 a day after the lowest', () => {
    expect(['2024-12-15', '2024-12-29', '2025-01-05', '2025-01-12'].map((d) => levelFor(targets, FIVE, d, 'interpolate').level)).toEqual([90, 80, 70, 60]);
    expect(levelFor(targets, FIVE, '2025-01-13', 'interpolate').level).toBe(0);
  });

  it('counts days across month and year ends', () => {
    // 29/12 → 05/01 is 7 days; 01/01 is 3 days past 29/12 → 80 - 3/7 × 10.
    expect(levelFor(targets, FIVE, '2025-01-01', 'interpolate').level).toBeCloseTo(80 - 30 / 7, 10);
    // A leap day counts: 2024-02-28 → 2024-03-01 is 2 days.
    const leap = { '100': '2024-02-28', '80': '2024-03-01' };
    expect(levelFor(leap, [100, 80], '2024-02-29', 'interpolate').level).toBeCloseTo(90, 10);
  });

  it('follows the form of the targets whatever the unit: number targets compare as numbers', () => {
    expect(levelFor({ '100': 4, '80': 2 }, [100, 80], 3, 'interpolate').form).toBe('number');
    expect(levelFor({ '100': '2022-05-30', '80': '2022-06-30' }, [100, 80], '2022-06-14', 'interpolate').form).toBe('date');
  });

  it('single date target: met by the date → 100, late → 0', () => {
    expect(levelFor({ '100': '2024-01-31' }, [100], '2024-01-31', 'interpolate').level).toBe(100);
    expect(levelFor({ '100': '2024-01-31' }, [100], '2024-02-01', 'interpolate').level).toBe(0);
  });
});

describe('levelFor: unusable input', () => {
  it('no defined level → null, targets-missing', () => {
    for (const targets of [{}, five(null, '-', '', null, null), five(0, 0, null, null, null)]) {
      const result = levelFor(targets, FIVE, 3, 'interpolate');
      expect(result.level).toBeNull();
      expect(codes(result.findings)).toContain('targets-missing');
    }
  });

  it('targets mixing dates and numbers → null, targets-mixed', () => {
    const result = levelFor(five('2024-01-31', 3, null, null, null), FIVE, 3, 'interpolate');
    expect(result.level).toBeNull();
    expect(codes(result.findings)).toEqual(['targets-mixed']);
  });

  it('an impossible target date (seed 004: ০০/১২/২০২১) → null, invalid-date', () => {
    const result = levelFor({ '100': '2021-12-00', '80': '2022-01-13', '60': '2022-01-20' }, [100, 80, 60], '2021-11-06', 'interpolate');
    expect(result.level).toBeNull();
    expect(codes(result.findings)).toEqual(['invalid-date']);
  });

  it('a number where a date belongs, and the reverse → null, achievement-form-mismatch', () => {
    expect(codes(levelFor(five('2025-03-16', null, null, null, null), FIVE, 0, 'interpolate').findings)).toEqual(['achievement-form-mismatch']);
    expect(codes(levelFor(five(4, 3, null, null, null), FIVE, '2024-12-01', 'step').findings)).toEqual(['achievement-form-mismatch']);
    expect(levelFor(five(4, 3, null, null, null), FIVE, '2024-12-01', 'step').level).toBeNull();
  });

  it('an impossible achievement date → null, invalid-date', () => {
    const result = levelFor(five('2024-02-28', null, null, null, null), FIVE, '2023-02-29', 'interpolate');
    expect(result.level).toBeNull();
    expect(codes(result.findings)).toEqual(['invalid-date']);
  });

  it('a blank achievement gives no level and no finding', () => {
    expect(levelFor(five(4, 3, null, null, null), FIVE, null, 'interpolate')).toMatchObject({ level: null, findings: [] });
  });

  it('targets in the wrong order (seed 002 [4.1.1]) are reported and never lower a better achievement', () => {
    const targets = five('2024-08-31', '2024-08-08', '2024-09-15', '2024-09-22', '2024-09-29');
    const result = levelFor(targets, FIVE, '2024-08-20', 'interpolate');
    expect(codes(result.findings)).toEqual(['targets-not-monotonic']);
    expect(result.level).toBe(100); // on or before the 100% date
    expect(levelFor(targets, FIVE, '2024-09-01', 'interpolate').level).toBeCloseTo(80 + (14 / 38) * 10, 10); // the 90% (08/08) … 80% (15/09) pair
  });
});

// Property tests: the level never falls as the achievement improves, and stays within 0..100.
const LEVEL_KEYS = ['100', '90', '80', '70', '60'] as const;
const numberCell = fc.option(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -1000, max: 1000, noNaN: true })), { nil: null });
const dayCell = fc.option(fc.integer({ min: 19000, max: 19400 }), { nil: null });
const ruleArb = fc.constantFrom<Rule>(...RULES);

function toTargets<T>(cells: T[], map: (cell: T) => number | string | null) {
  return Object.fromEntries(cells.map((cell, i) => [LEVEL_KEYS[i]!, map(cell)]));
}

describe('levelFor: properties', () => {
  it('numbers: a larger achievement never scores lower, and levels stay within 0..100', () => {
    fc.assert(
      fc.property(
        fc.array(numberCell, { minLength: 5, maxLength: 5 }),
        fc.oneof(fc.integer({ min: -30, max: 30 }), fc.double({ min: -2000, max: 2000, noNaN: true })),
        fc.oneof(fc.integer({ min: -30, max: 30 }), fc.double({ min: -2000, max: 2000, noNaN: true })),
        ruleArb,
        (cells, x, y, rule) => {
          const targets = toTargets(cells, (c) => c);
          const [worse, better] = x <= y ? [x, y] : [y, x];
          const low = levelFor(targets, FIVE, worse, rule).level;
          const high = levelFor(targets, FIVE, better, rule).level;
          if (low === null || high === null) return low === high; // unusable targets stay unusable
          return low >= 0 && high <= 100 && high >= low;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('dates: an earlier achievement never scores lower, and levels stay within 0..100', () => {
    fc.assert(
      fc.property(
        fc.array(dayCell, { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 18950, max: 19450 }),
        fc.integer({ min: 18950, max: 19450 }),
        ruleArb,
        (cells, x, y, rule) => {
          const targets = toTargets(cells, (c) => (c === null ? null : isoFromDayNumber(c)));
          const [earlier, later] = x <= y ? [x, y] : [y, x];
          const early = levelFor(targets, FIVE, isoFromDayNumber(earlier), rule).level;
          const late = levelFor(targets, FIVE, isoFromDayNumber(later), rule).level;
          if (early === null || late === null) return early === late;
          return late >= 0 && early <= 100 && early >= late;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('interpolate lies between the step level and the next defined level above it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 5 }),
        fc.double({ min: -10, max: 250, noNaN: true }),
        (values, a) => {
          const sorted = [...values].sort((p, q) => q - p); // best (largest) first, as a sound plan has them
          const targets = toTargets(sorted, (c) => c);
          const step = levelFor(targets, FIVE, a, 'step').level!;
          const interpolated = levelFor(targets, FIVE, a, 'interpolate').level!;
          const defined = FIVE.slice(0, sorted.length);
          const above = defined.filter((p) => p > step);
          const ceiling = above.length > 0 ? Math.min(...above) : 100;
          return interpolated >= step && (step === 100 ? interpolated === 100 : interpolated < ceiling);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('day numbers round-trip and reject impossible dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10000, max: 40000 }), (day) => dayNumber(isoFromDayNumber(day)) === day),
    );
    expect(dayNumber('2023-02-29')).toBeNull();
    expect(dayNumber('2024-02-29')).not.toBeNull();
    expect(dayNumber('2021-12-00')).toBeNull();
    expect(dayNumber('2021-13-01')).toBeNull();
    expect(dayNumber('31/12/2021')).toBeNull();
  });
});

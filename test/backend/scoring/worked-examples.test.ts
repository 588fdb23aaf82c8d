// Every worked example of shared/domain.md §4, under each rule, through levelFor and scoreIndicator.
import { describe, expect, it } from 'vitest';
import { levelFor } from '../../../electron/backend/scoring/level.js';
import { scoreIndicator } from '../../../electron/backend/scoring/indicator.js';
import type { Rule } from '../../../common/score-document/schema.js';
import type { Indicator } from '../../../common/plan-document/schema.js';
import { five, indicator } from './fixtures.js';

interface Example {
  name: string;
  weight: number;
  unit: Indicator['unit'];
  targets: Indicator['targets'];
  levels: number[];
  achievement: number | string;
  /** [level, score] per rule; proportional omitted where the table prints a dash (dates fall back). */
  expected: Partial<Record<Rule, [number, number]>>;
}

const FIVE = [100, 90, 80, 70, 60];
const THREE = [100, 80, 60];
const date7 = five('2024-12-01', '2024-12-15', '2024-12-29', '2025-01-05', '2025-01-12');

const EXAMPLES: Example[] = [
  {
    name: '002 [4.1.2] e-file %',
    weight: 7, unit: 'percent', targets: five(100, 90, 80, 70, 60), levels: FIVE, achievement: 61.54,
    expected: { interpolate: [61.54, 4.3078], step: [60, 4.2], proportional: [61.54, 4.3078] },
  },
  {
    name: '002 [7.1.1] date, 20/12/24',
    weight: 5, unit: 'date', targets: date7, levels: FIVE, achievement: '2024-12-20',
    expected: { interpolate: [86.4286, 4.3214], step: [80, 4.0] },
  },
  {
    name: '002 [7.1.1] date, 08/01/25',
    weight: 5, unit: 'date', targets: date7, levels: FIVE, achievement: '2025-01-08',
    expected: { interpolate: [65.7143, 3.2857], step: [60, 3.0] },
  },
  {
    name: '002 [7.1.1] date, 13/01/25',
    weight: 5, unit: 'date', targets: date7, levels: FIVE, achievement: '2025-01-13',
    expected: { interpolate: [0, 0], step: [0, 0] },
  },
  {
    name: '000 [2.2.2] date, two levels',
    weight: 2, unit: 'date', targets: five('2024-01-31', '2024-02-11', null, null, null), levels: FIVE, achievement: '2024-02-05',
    expected: { interpolate: [95.4545, 1.9091], step: [90, 1.8] },
  },
  {
    name: '004 [2.2.4] date, three levels',
    weight: 3, unit: 'date', targets: { '100': '2022-01-13', '80': '2022-02-20', '60': '2022-02-27' }, levels: THREE, achievement: '2022-02-11',
    expected: { interpolate: [84.7368, 2.5421], step: [80, 2.4] },
  },
  {
    name: '000 [1.4.1] %',
    weight: 6, unit: 'percent', targets: five(85, 80, 75, 70, 60), levels: FIVE, achievement: 72,
    expected: { interpolate: [74, 4.44], step: [70, 4.2], proportional: [84.7059, 5.0824] },
  },
  {
    name: '004 [1.5.1] %, three levels',
    weight: 6, unit: 'percent', targets: { '100': 80, '80': 70, '60': 60 }, levels: THREE, achievement: 75,
    expected: { interpolate: [90, 5.4], step: [80, 4.8] },
  },
  {
    name: '002 [5.1.1] count with a 0 target',
    weight: 6, unit: 'number', targets: five(4, 3, 2, 1, 0), levels: FIVE, achievement: 1,
    expected: { interpolate: [70, 4.2], step: [70, 4.2], proportional: [25, 1.5] },
  },
];

describe('worked examples of domain §4', () => {
  for (const example of EXAMPLES) {
    for (const [rule, [level, score]] of Object.entries(example.expected) as [Rule, [number, number]][]) {
      it(`${example.name}: ${rule} → ${level} → ${score}`, () => {
        const result = levelFor(example.targets, example.levels, example.achievement, rule);
        expect(result.level).not.toBeNull();
        expect(result.level!).toBeCloseTo(level, 4);

        const scored = scoreIndicator(
          indicator({ code: '9.9.9', unit: example.unit, weight: example.weight, targets: example.targets, achievements: { annual: example.achievement } }),
          { period: 'annual', fiscalYear: '2024-25', rule, levels: example.levels },
        );
        expect(scored.level!).toBeCloseTo(level, 4);
        expect(scored.score!).toBeCloseTo(score, 4);
        expect(scored.rule).toBe(rule);
      });
    }
  }

  it('dates under proportional fall back to interpolate (the table’s dashes)', () => {
    for (const example of EXAMPLES.filter((e) => typeof e.achievement === 'string')) {
      const result = levelFor(example.targets, example.levels, example.achievement, 'proportional');
      expect(result.rule).toBe('interpolate');
      expect(result.level!).toBeCloseTo(example.expected.interpolate![0], 4);
    }
  });

  it('004 [1.5.1] under proportional: 75 of a 100% target of 80', () => {
    const result = levelFor({ '100': 80, '80': 70, '60': 60 }, THREE, 75, 'proportional');
    expect(result.level!).toBeCloseTo(93.75, 4);
  });

  it('002 [5.1.1] flags the 0 target as zero-target and ignores it', () => {
    const result = levelFor(five(4, 3, 2, 1, 0), FIVE, 0.5, 'interpolate');
    expect(result.findings.map((f) => f.code)).toEqual(['zero-target']);
    expect(result.findings[0]!.severity).toBe('error');
    // With the 0 target read as blank, 0.5 is below the lowest defined level (1 → 70%).
    expect(result.level).toBe(0);
  });
});

// apa-plan/1 documents rebuilt by hand from the seeds (shared/seeds/000 and 002), for the scoring tests.
import type { Indicator, PlanDocument } from '../../../common/plan-document/schema.js';

type Cells = Indicator['targets'];

/** An indicator with defaults for the fields scoring does not read. */
export function indicator(fields: Partial<Indicator> & Pick<Indicator, 'code' | 'unit' | 'weight'>): Indicator {
  return {
    areaCode: null,
    activityCode: fields.code?.split('.').slice(0, 2).join('.') ?? null,
    activity: null,
    text: `indicator ${fields.code ?? '?'}`,
    targets: {},
    achievements: {},
    ...fields,
  };
}

export function five(t100: Cells['100'], t90: Cells['90'], t80: Cells['80'], t70: Cells['70'], t60: Cells['60']): Cells {
  return { '100': t100, '90': t90, '80': t80, '70': t70, '60': t60 };
}

/**
 * Seed 002: a divisional public library's 2024-25 Q2 progress report. No area column; the
 * achievement column is for Q2 only. The ০ printed for the two date indicators not yet due
 * is kept as the number 0, as printed.
 */
export function seed002(): PlanDocument {
  const q2 = (value: number | string | null) => ({ Q2: value });
  return {
    format: 'apa-plan/1',
    planType: 'egov',
    fiscalYear: '2024-25',
    office: { name: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' },
    reportPeriods: ['Q2'],
    levels: [100, 90, 80, 70, 60],
    areas: [],
    diagnostics: [],
    indicators: [
      indicator({ code: '1.1.1', unit: 'date', weight: 10, targets: five('2025-03-16', '2025-03-23', '2025-03-30', '2025-04-06', '2025-04-13'), achievements: q2(0) }),
      indicator({ code: '2.1.1', unit: 'number', weight: 2, targets: five(4, 3, 2, 1, null), achievements: q2(1) }),
      indicator({ code: '3.1.1', unit: 'date', weight: 7, targets: five('2025-05-08', '2025-05-15', '2025-05-22', '2025-05-29', '2025-06-05'), achievements: q2(0) }),
      indicator({ code: '4.1.1', unit: 'date', weight: 2, targets: five('2024-08-31', '2024-08-08', '2024-09-15', '2024-09-22', '2024-09-29'), achievements: q2(null) }),
      indicator({ code: '4.1.2', unit: 'percent', weight: 7, targets: five(100, 90, 80, 70, 60), achievements: q2(61.54) }),
      indicator({ code: '5.1.1', unit: 'number', weight: 6, targets: five(4, 3, 2, 1, 0), achievements: q2(1) }),
      indicator({ code: '5.1.2', unit: 'number', weight: 3, targets: five(4, 3, 2, 1, 0), achievements: q2(1) }),
      indicator({ code: '6.1.1', unit: 'number', weight: 4, targets: five(4, 3, 2, 1, null), achievements: q2(1) }),
      indicator({ code: '7.1.1', unit: 'date', weight: 5, targets: five('2024-12-01', '2024-12-15', '2024-12-29', '2025-01-05', '2025-01-12'), achievements: q2('2024-12-01') }),
      indicator({ code: '8.1.1', unit: 'number', weight: 4, targets: five(2, 1, null, null, null), achievements: q2(null) }),
    ],
  };
}

/**
 * Seed 000: a ministry's 2023-24 plan (two areas, 33 + 17). The seed has no progress columns;
 * the Q1/Q2/H1 achievements here are made up for the tests.
 */
export function seed000(): PlanDocument {
  const area1 = (fields: Parameters<typeof indicator>[0]) => indicator({ areaCode: '1', ...fields });
  const area2 = (fields: Parameters<typeof indicator>[0]) => indicator({ areaCode: '2', ...fields });
  return {
    format: 'apa-plan/1',
    planType: 'egov',
    fiscalYear: '2023-24',
    office: { name: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়' },
    reportPeriods: ['Q1', 'Q2', 'H1'],
    levels: [100, 90, 80, 70, 60],
    areas: [
      { code: '1', title: 'ই-গভর্ন্যান্স ও উদ্ভাবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ', weight: 33 },
      { code: '2', title: 'প্রাতিষ্ঠানিক সক্ষমতা বৃদ্ধি', weight: 17 },
    ],
    diagnostics: [],
    indicators: [
      area1({ code: '1.1.1', unit: 'date', weight: 10, targets: five('2024-05-16', '2024-05-23', '2024-05-30', '2024-06-06', '2024-06-15') }),
      area1({ code: '1.2.1', unit: 'number', weight: 4, targets: five(4, 3, 2, null, null), achievements: { Q1: 1, Q2: 2 } }),
      area1({ code: '1.3.1', unit: 'date', weight: 6, targets: five('2024-05-23', '2024-05-30', '2024-06-06', '2024-06-15', '2024-06-22') }),
      area1({ code: '1.4.1', unit: 'percent', weight: 6, targets: five(85, 80, 75, 70, 60), achievements: { Q1: 70, Q2: 74 } }),
      area1({ code: '1.5.1', unit: 'number', weight: 4, targets: five(4, 3, 2, 1, null), achievements: { Q1: 1, Q2: 3, H1: 2 } }),
      area1({ code: '1.5.2', unit: 'date', weight: 3, targets: five('2024-03-25', '2024-04-08', '2024-04-15', '2024-04-22', '2024-04-29') }),
      area2({ code: '2.1.1', unit: 'number', weight: 4, targets: five(4, 3, 2, 1, null), achievements: { Q1: 2, Q2: 2 } }),
      area2({ code: '2.1.2', unit: 'number', weight: 4, targets: five(4, 3, 2, 1, null) }),
      area2({ code: '2.2.1', unit: 'number', weight: 3, targets: five(2, 1, null, null, null), achievements: { Q2: 0 } }),
      area2({ code: '2.2.2', unit: 'date', weight: 2, targets: five('2024-01-31', '2024-02-11', null, null, null) }),
      area2({ code: '2.2.3', unit: 'date', weight: 4, targets: five('2024-02-28', '2024-03-30', '2024-04-30', null, null) }),
    ],
  };
}

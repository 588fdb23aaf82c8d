import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planDocumentSchema, type PlanDocument } from '../../../common/plan-document/schema.js';
import { CHECK_CATALOGUE, CHECK_CODES, runChecks, type CheckContext } from '../../../electron/backend/review-checks/index.js';
import {
  approvedPlan,
  cleanContext,
  cleanReport,
  cleanReportWith,
  seed001Report,
  seed002Report,
  seed003Certificate,
  seed004Report,
} from './plans.js';
// The clean report's context without an approved plan: a plant that changes the report is then not
// also plan drift.
import { PLANT_CONTEXT } from './findings.js';


interface Plant {
  code: string;
  what: string;
  doc: () => PlanDocument;
  context?: CheckContext;
  indicator: string | null;
  area?: string;
  cell: string | null;
}

// One problem planted in the clean report per check code. Rows: 1.1.1 is row 5 … 2.2.3 row 15;
// columns E code, F unit, G weight, H–L targets 100…60, M H1 achievement, N remarks, O evidence.
const PLANTS: Plant[] = [
  {
    code: 'weight-mismatch',
    what: "an indicator weight that breaks its area's total",
    doc: () => cleanReportWith('1.2.1', (i) => void (i.weight = 5)),
    indicator: null,
    area: '1',
    cell: null,
  },
  {
    code: 'duplicate-code',
    what: 'a code used twice',
    doc: () => cleanReportWith('2.1.2', (i) => void (i.code = '2.1.1')),
    indicator: '2.1.1',
    cell: 'E12',
  },
  {
    code: 'bad-code',
    what: 'an activity code in the indicator column',
    doc: () => cleanReportWith('1.3.1', (i) => void (i.code = '1.3')),
    indicator: '1.3',
    cell: 'E7',
  },
  {
    code: 'code-out-of-place',
    what: "seed 001's [২.১.২] under activity [২.২]",
    doc: () => cleanReportWith('2.1.2', (i) => void (i.activityCode = '2.2')),
    indicator: '2.1.2',
    cell: 'E12',
  },
  {
    code: 'unit-mismatch',
    what: 'unit তারিখ over number targets',
    doc: () => cleanReportWith('2.2.1', (i) => void (i.unit = 'date')),
    indicator: '2.2.1',
    cell: 'F13',
  },
  {
    code: 'targets-not-monotonic',
    what: 'a 90% date earlier than the 100% date',
    doc: () => cleanReportWith('2.2.3', (i) => void (i.targets['90'] = '2024-02-08')),
    indicator: '2.2.3',
    cell: 'I15',
  },
  {
    code: 'zero-target',
    what: 'a 0 at the 60% level',
    doc: () => cleanReportWith('1.5.1', (i) => void (i.targets['60'] = 0)),
    indicator: '1.5.1',
    cell: 'L9',
  },
  {
    code: 'invalid-date',
    what: "the reader's invalid-date diagnostic",
    doc: () => {
      const doc = cleanReportWith('1.3.1', (i) => void (i.targets['100'] = null));
      doc.diagnostics.push({ severity: 'error', code: 'invalid-date', message: '০০/০৫/২০২৪', sheet: 'সংযোজনী ৫', cell: 'H7' });
      return doc;
    },
    indicator: '1.3.1',
    cell: 'H7',
  },
  {
    code: 'date-outside-year',
    what: 'a 60% date in August after the year',
    doc: () => cleanReportWith('1.5.2', (i) => void (i.targets['60'] = '2024-08-29')),
    indicator: '1.5.2',
    cell: 'L10',
  },
  {
    code: 'targets-missing',
    what: 'all target cells empty',
    doc: () => cleanReportWith('2.1.1', (i) => void (i.targets = { '100': null, '90': null, '80': null, '70': null, '60': null })),
    indicator: '2.1.1',
    cell: 'H11',
  },
  {
    code: 'plan-drift',
    what: 'a 100% target other than the approved one',
    doc: cleanReport,
    context: {
      ...PLANT_CONTEXT,
      approvedPlan: (() => {
        const plan = approvedPlan();
        const ind = plan.indicators.find((i) => i.code === '1.4.1');
        if (ind) ind.targets['100'] = 90;
        return plan;
      })(),
    },
    indicator: '1.4.1',
    cell: 'H8',
  },
  {
    code: 'achievement-words',
    what: 'চলমান in the achievement cell',
    doc: () =>
      cleanReportWith('1.2.1', (i) => {
        i.achievements.H1 = null;
        i.achievementText = { H1: 'চলমান' };
      }),
    indicator: '1.2.1',
    cell: 'M6',
  },
  {
    code: 'achievement-missing',
    what: 'a count left blank in the H1 report',
    doc: () => cleanReportWith('2.1.1', (i) => void (i.achievements.H1 = null)),
    indicator: '2.1.1',
    cell: 'M11',
  },
  {
    code: 'achievement-out-of-period',
    what: 'an H1 achievement dated in January',
    doc: () => cleanReportWith('1.5.2', (i) => void (i.achievements.H1 = '2024-01-05')),
    indicator: '1.5.2',
    cell: 'M10',
  },
  {
    code: 'achievement-over-max',
    what: 'e-file notes at 105%',
    doc: () => cleanReportWith('1.4.1', (i) => void (i.achievements.H1 = 105)),
    indicator: '1.4.1',
    cell: 'M8',
  },
  {
    code: 'remarks-contradict',
    what: '"৪র্থ কোয়ার্টারে সম্পন্ন করা হবে" beside a filled-in percentage',
    doc: () => cleanReportWith('1.4.1', (i) => void (i.remarks = '৪র্থ কোয়ার্টারে সম্পন্ন করা হবে')),
    indicator: '1.4.1',
    cell: 'N8',
  },
  {
    code: 'not-applicable-claimed',
    what: '"আওতাধীন দপ্তর/সংস্থা নেই" with an achievement of 2',
    doc: () => cleanReportWith('2.1.2', (i) => void (i.remarks = 'আওতাধীন দপ্তর/সংস্থা নেই')),
    indicator: '2.1.2',
    cell: 'M12',
  },
  {
    code: 'evidence-missing',
    what: 'an achievement with no evidence',
    doc: () => cleanReportWith('2.2.1', (i) => void (i.evidence = null)),
    indicator: '2.2.1',
    cell: 'O13',
  },
  {
    code: 'late-submission',
    what: "seed 004's dates: received 11/02 against 13/01",
    doc: cleanReport,
    context: { ...PLANT_CONTEXT, receivedOn: '2024-02-11', deadline: '2024-01-13' },
    indicator: null,
    cell: null,
  },
  {
    code: 'legacy-encoding',
    what: "the reader's legacy-encoding diagnostic",
    doc: () => {
      const doc = cleanReport();
      doc.diagnostics.push({ severity: 'info', code: 'legacy-encoding', message: 'SutonnyMJ', sheet: 'সংযোজনী ৫', cell: 'E9' });
      return doc;
    },
    indicator: '1.5.1',
    cell: 'E9',
  },
];

describe('runChecks on a clean plan', () => {
  it('finds nothing in the clean 2023-24 ministry H1 report', () => {
    expect(runChecks(cleanReport(), cleanContext())).toEqual([]);
  });

  it('finds nothing in the approved plan itself (no progress columns yet)', () => {
    expect(runChecks(approvedPlan(), { approvedPlan: approvedPlan() })).toEqual([]);
  });

  it('builds documents the apa-plan/1 schema accepts', () => {
    for (const doc of [cleanReport(), approvedPlan(), seed001Report(), seed002Report(), seed003Certificate(), seed004Report()]) {
      expect(() => planDocumentSchema.parse(doc)).not.toThrow();
    }
  });
});

describe('runChecks on one planted problem', () => {
  it('has a plant for every check code', () => {
    expect(PLANTS.map((p) => p.code).sort()).toEqual([...CHECK_CODES].sort());
  });

  it.each(PLANTS)('$code: $what', (plant) => {
    const findings = runChecks(plant.doc(), plant.context ?? PLANT_CONTEXT);
    expect(findings.map((f) => f.code)).toEqual([plant.code]);
    const [finding] = findings;
    expect(finding?.indicatorCode).toBe(plant.indicator);
    expect(finding?.cell ?? null).toBe(plant.cell);
    if (plant.area) expect(finding?.areaCode).toBe(plant.area);
    if (plant.cell) expect(finding?.sheet).toBe('সংযোজনী ৫');
    const entry = CHECK_CATALOGUE.find((c) => c.code === plant.code);
    expect(finding?.severity).toBe(entry?.severity);
  });
});

describe('messages', () => {
  it('name the indicator in Bengali digits and carry no Latin digits', () => {
    const findings = [
      ...runChecks(seed002Report(), { period: 'Q2' }),
      ...runChecks(seed003Certificate(), { period: 'annual' }),
    ];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.message).not.toMatch(/[0-9]/);
      if (f.indicatorCode) expect(f.message.startsWith(`সূচক [`)).toBe(true);
      expect(f.messageEn).toMatch(/[A-Za-z]/);
    }
    const monotonic = findings.find((f) => f.code === 'targets-not-monotonic');
    expect(monotonic?.message).toContain('সূচক [৪.১.১]');
    expect(monotonic?.message).toContain('০৮/০৮/২০২৪');
  });
});

describe('CHECK_CATALOGUE', () => {
  it('lists exactly the codes of domain.md §5, each once, with a Bengali title', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const domain = readFileSync(resolve(here, '../../../../shared/domain.md'), 'utf8');
    const section = domain.split('## 5.')[1]?.split('## 6.')[0] ?? '';
    const documented = new Set<string>();
    for (const line of section.split('\n')) {
      const first = line.split('|')[1] ?? '';
      for (const m of first.matchAll(/`([a-z-]+)`/g)) if (m[1]) documented.add(m[1]);
    }
    expect(documented.size).toBe(20);
    expect([...CHECK_CODES].sort()).toEqual([...documented].sort());
    expect(new Set(CHECK_CODES).size).toBe(CHECK_CODES.length);
    for (const entry of CHECK_CATALOGUE) {
      expect(entry.title).toMatch(/[\u0980-\u09FF]/);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
    }
  });

  it('gives zero-target the severity error and legacy-encoding info, as domain.md says', () => {
    expect(CHECK_CATALOGUE.find((c) => c.code === 'zero-target')?.severity).toBe('error');
    expect(CHECK_CATALOGUE.find((c) => c.code === 'legacy-encoding')?.severity).toBe('info');
  });
});

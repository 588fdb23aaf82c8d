import { describe, expect, it } from 'vitest';
import { unicodeToBijoy } from '../../../electron/backend/bengali/bijoy.js';
import { planDocumentSchema, type PlanDocument } from '../../../common/plan-document/schema.js';
import { detectLayout, type Layout } from '../../../electron/backend/spreadsheet-import/header-detect.js';
import { normalise } from '../../../electron/backend/spreadsheet-import/normalise.js';
import { parseUnit } from '../../../electron/backend/spreadsheet-import/units.js';
import { readWorkbook } from '../../../electron/backend/spreadsheet-import/read.js';
import { csvBytes, serial, workbookBytes, type CellSpec, type SheetSpec } from './helpers.js';
import { coverLetter004, seed000, seed004 } from './seed-workbooks.js';

function parse(sheets: SheetSpec[], bookType: 'xlsx' | 'ods' | 'biff8' = 'xlsx') {
  const wb = readWorkbook(workbookBytes(sheets, bookType), 'plan.xlsx');
  const layout = detectLayout(wb);
  return { wb, layout, doc: normalise(wb, layout) };
}
const ind = (doc: PlanDocument, code: string) => doc.indicators.find((i) => i.code === code)!;
const diags = (doc: PlanDocument, code: string) => doc.diagnostics.filter((d) => d.code === code).map((d) => d.cell ?? null);

/** A one-area five-level table: [code, unit, weight, t100…t60, Q2]. */
function table(rows: CellSpec[][], title = 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর ২য় ত্রৈমাসিক অগ্রগতি'): SheetSpec {
  return {
    name: 'S',
    rows: [
      [title],
      ['কর্মসম্পাদন ক্ষেত্র', 'মান', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'অসাধারণ', 'অতি উত্তম', 'উত্তম', 'চলতি মান', 'চলতি মানের নিম্নে', '২য় ত্রৈমাসিক অর্জন', 'মন্তব্য'],
      ...rows,
    ],
  };
}

describe('normalise seed 000 (plan, merged cells)', () => {
  const { doc } = parse([seed000()]);

  it('is a valid apa-plan/1 document with the seed’s own numbers', () => {
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ format: 'apa-plan/1', planType: 'egov', fiscalYear: '2023-24', levels: [100, 90, 80, 70, 60], reportPeriods: [] });
    expect(doc.office).toEqual({ name: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়' });
    expect(doc.areas).toEqual([
      { code: '1', title: 'ই-গভর্ন্যান্স ও উদ্ভাবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ', weight: 33 },
      { code: '2', title: 'প্রাতিষ্ঠানিক সক্ষমতা বৃদ্ধি', weight: 17 },
    ]);
    expect(doc.indicators.map((i) => i.code)).toEqual(['1.1.1', '1.2.1', '1.3.1', '1.4.1', '1.5.1', '1.5.2', '2.1.1', '2.1.2', '2.2.1', '2.2.2', '2.2.3']);
    expect(doc.indicators.reduce((s, i) => s + (i.weight ?? 0), 0)).toBe(50);
  });

  it('reads codes, texts, units, targets and dashes', () => {
    expect(ind(doc, '1.1.1')).toMatchObject({
      areaCode: '1',
      activityCode: '1.1',
      activity: 'সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন',
      text: 'মন্ত্রণালয়/বিভাগ কর্তৃক সেবা/অফিস ব্যবস্থাপনা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত',
      unit: 'date',
      unitText: 'তারিখ',
      weight: 10,
      targets: { 100: '2024-05-16', 90: '2024-05-23', 80: '2024-05-30', 70: '2024-06-06', 60: '2024-06-15' },
      achievements: {},
    });
    expect(ind(doc, '1.4.1')).toMatchObject({ unit: 'percent', targets: { 100: 85, 90: 80, 80: 75, 70: 70, 60: 60 } });
    expect(ind(doc, '2.2.2').targets).toEqual({ 100: '2024-01-31', 90: '2024-02-11', 80: null, 70: null, 60: null });
  });

  it('carries merged area, weight and activity to every row below them', () => {
    expect(ind(doc, '1.5.2')).toMatchObject({ areaCode: '1', activityCode: '1.5', activity: 'স্মার্ট বাংলাদেশ বিনির্মাণ কর্মশালা আয়োজন ও কর্মপরিকল্পনা প্রণয়ন' });
    expect(ind(doc, '2.2.3')).toMatchObject({ areaCode: '2', activityCode: '2.2' });
    // The cell a merged value comes from is its top-left cell.
    expect(ind(doc, '1.5.2').cells).toMatchObject({ area: 'B9', areaWeight: 'C9', activityCode: 'D13', text: 'E14', unit: 'F14', weight: 'G14', 'targets.100': 'H14', 'targets.60': 'L14' });
  });

  it('reports nothing for a clean plan', () => {
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('normalise seed 004 (report, three levels, page break)', () => {
  const { doc } = parse([coverLetter004(), seed004()]);

  it('reads three levels, two quarters, words and values', () => {
    expect(doc).toMatchObject({ levels: [100, 80, 60], reportPeriods: ['Q1', 'Q2'], fiscalYear: '2021-22', office: { name: 'জাতীয় মহিলা সংস্থা' } });
    expect(ind(doc, '1.1.1')).toMatchObject({ targets: { 100: '2022-03-16', 80: '2022-04-14', 60: '2022-05-05' }, achievements: { Q1: null, Q2: '2021-11-06' } });
    expect(ind(doc, '1.5.1')).toMatchObject({ achievements: { Q1: null, Q2: null }, achievementText: { Q2: 'প্রক্রিয়াধীন রয়েছে।' } });
    expect(ind(doc, '2.1.1')).toMatchObject({ achievements: { Q1: null, Q2: 2 }, achievementText: { Q1: 'হালনাগাদ করা হয়।' } });
  });

  it('reads the area written without a code from the serial column and the codes below it', () => {
    expect(doc.areas.map((a) => [a.code, a.weight])).toEqual([
      ['1', 29],
      ['2', 21],
    ]);
    expect(ind(doc, '2.2.4')).toMatchObject({ areaCode: '2', activityCode: '2.2', weight: 3 });
  });

  it('keeps ০০/১২/২০২১ as an impossible date and reports it at its cell', () => {
    expect(ind(doc, '1.3.1').targets[100]).toBe('2021-12-00');
    expect(diags(doc, 'invalid-date')).toEqual(['H8']);
    expect(doc.diagnostics.find((d) => d.code === 'invalid-date')).toMatchObject({ severity: 'error', sheet: 'অগ্রগতি' });
  });
});

describe('values and units', () => {
  it('reads Excel date and percent cells, and infers units when there is no unit column', () => {
    const rows: CellSpec[][] = [
      ['Performance Indicator', 'Weight', 'Target', 'Achievement'],
      ['[1.1.1] date', 5, { v: serial('2024-05-16'), z: 'dd/mm/yyyy' }, { v: serial('2024-05-10'), z: 'd-mmm-yy' }],
      ['[1.1.2] percent', 6, { v: 0.85, z: '0%' }, { v: 0.6154, z: '0.00%' }],
      ['[1.1.3] count', 4, 4, 'চলমান'],
    ];
    const { doc } = parse([{ name: 'S', rows }]);
    expect(doc.indicators.map((i) => [i.code, i.unit, i.targets[100], i.achievements.annual])).toEqual([
      ['1.1.1', 'date', '2024-05-16', '2024-05-10'],
      ['1.1.2', 'percent', 85, 61.54],
      ['1.1.3', 'number', 4, null],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'unit-inferred')).toHaveLength(1);
    expect(doc.levels).toEqual([100]);
  });

  it('keeps an empty unit cell empty when the file has a unit column', () => {
    const { doc } = parse([table([['[১] ক্ষেত্র', '৪', '[১.১.১] সূচক', '', '৪', '৪', '৩', '২', '১', '-', '-', null]])]);
    expect(doc.indicators[0]).toMatchObject({ unit: null, unitText: null });
  });

  it('reads units in Bengali and English', () => {
    expect(['তারিখ', '%', 'সংখ্যা', 'Date', 'Number', 'percent', 'শতকরা হার', 'ZvwiL', 'কিছু একটা'].map(parseUnit)).toEqual([
      'date',
      'percent',
      'number',
      'date',
      'number',
      'percent',
      'percent',
      'date',
      null,
    ]);
  });

  it('converts Bijoy cells, reports each with its cell and sums them up once', () => {
    const { doc } = parse([table([[unicodeToBijoy('[১] ক্ষেত্র'), '৪', unicodeToBijoy('[১.১.১] সভা আয়োজিত'), unicodeToBijoy('সংখ্যা'), '৪', '৪', '৩', '২', '১', '-', unicodeToBijoy('চলমান'), null]])]);
    expect(doc.indicators[0]).toMatchObject({ text: 'সভা আয়োজিত', unit: 'number', achievementText: { Q2: 'চলমান' } });
    expect(doc.areas[0]!.title).toBe('ক্ষেত্র');
    expect(diags(doc, 'legacy-encoding')).toEqual(['A3', 'C3', 'D3', 'K3', null]);
  });
});

describe('findings', () => {
  const rows: CellSpec[][] = [
    ['[১] ক্ষেত্র', '২০', '[১.১.১] ঠিক আছে', 'সংখ্যা', '৪', '৪', '৩', '২', '১', '-', '২', null],
    [null, null, '[১.১.১] আবার একই কোড', 'সংখ্যা', '৪', '৪', '৫', '২', '১', '০', '১', null],
    [null, null, '[১.১] দুই অংশের কোড', 'তারিখ', '৪', '৪', '৩', '২', '১', '-', '-', null],
    [null, null, '[১.১.ক] ভাঙা কোড', '%', '৪', '১১০%', '-', '-', '-', '-', '-', null],
    [null, null, '[১.২.১] তারিখ বছরের বাইরে', 'তারিখ', '৪', '১৬/০৫/২০২৫', '-', '-', '-', '-', '-', null],
    [null, null, '[১.২.২] লক্ষ্যমাত্রা নেই', 'সংখ্যা', '২', '-', '-', '-', 'প্রযোজ্য নয়', '-', '-', null],
    [null, null, null, null, '৩', '৪', '৩', null, null, null, null, null],
  ];
  const { doc } = parse([{ ...table(rows), merges: ['A3:A9', 'B3:B9'] }]);

  it('reports each problem with its code and cell', () => {
    expect(diags(doc, 'duplicate-code')).toEqual(['C4']);
    expect(diags(doc, 'targets-not-monotonic')).toEqual(['G4']);
    expect(diags(doc, 'zero-target')).toEqual(['J4']);
    expect(diags(doc, 'bad-code')).toEqual(expect.arrayContaining(['C5', 'C6']));
    expect(diags(doc, 'unit-mismatch')).toEqual(['D5', 'D6']); // a date unit over numbers; 110%
    expect(diags(doc, 'date-outside-year')).toEqual(['F7']);
    expect(diags(doc, 'targets-missing')).toEqual(['F8']);
    expect(diags(doc, 'target-words')).toEqual(['I8']);
    expect(diags(doc, 'unplaced-row')).toEqual(['E9']);
    expect(diags(doc, 'weight-mismatch')).toEqual(['B3', null]); // area 20 vs rows 22; plan total not 50
    for (const d of doc.diagnostics) expect(d.sheet).toBe('S');
  });

  it('keeps the indicator rows it could read', () => {
    expect(doc.indicators).toHaveLength(6);
    expect(ind(doc, '1.2.2')).toMatchObject({ targets: { 100: null, 90: null, 80: null, 70: null, 60: null } });
  });
});

describe('carrying blank cells and re-normalising', () => {
  const csv = csvBytes([
    ['ক্রম', 'কর্মসম্পাদন ক্ষেত্র', 'মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা', 'অর্জন', 'মন্তব্য'],
    ['১', '[১] ক্ষেত্র এক', '৯', '[১.১] কার্যক্রম', '[১.১.১] প্রথম', 'সংখ্যা', '৪', '৪', '৪', 'হয়েছে'],
    ['', '', '', '', '[১.১.২] দ্বিতীয়', 'সংখ্যা', '৫', '২', '১', '-'],
    ['২', '[২] ক্ষেত্র দুই', '৪১', '[২.১] আরেক', '[২.১.১] তৃতীয়', 'সংখ্যা', '৪১', '১', '১', ''],
  ]);
  const wb = readWorkbook(csv, 'r.csv');
  const layout = detectLayout(wb);

  it('carries blank area and activity cells down within the table (CSV keeps no merges)', () => {
    const doc = normalise(wb, layout);
    expect(doc.indicators.map((i) => [i.code, i.areaCode, i.activityCode, i.activity])).toEqual([
      ['1.1.1', '1', '1.1', 'কার্যক্রম'],
      ['1.1.2', '1', '1.1', 'কার্যক্রম'],
      ['2.1.1', '2', '2.1', 'আরেক'],
    ]);
    expect(doc.areas.map((a) => a.weight)).toEqual([9, 41]);
    expect(doc.reportPeriods).toEqual(['annual']); // no period named anywhere
    expect(doc.indicators.map((i) => i.remarks)).toEqual(['হয়েছে', null, null]);
  });

  it('applies overrides and an edited mapping without reading the file again', () => {
    const edited: Layout = {
      ...layout,
      columns: layout.columns.map((c) => (c.role === 'remarks' ? { ...c, role: 'evidence' } : c.role === 'achievement:annual' ? { ...c, role: 'ignore' } : c)),
    };
    const doc = normalise(wb, edited, { fiscalYear: '2021-22', officeName: 'জাতীয় মহিলা সংস্থা' });
    expect(doc).toMatchObject({ fiscalYear: '2021-22', office: { name: 'জাতীয় মহিলা সংস্থা' }, reportPeriods: [] });
    expect(doc.indicators[0]).toMatchObject({ evidence: 'হয়েছে', achievements: {} });
    expect(doc.indicators[0]!.remarks).toBeUndefined();
    expect(normalise(wb, layout, { fiscalYear: '২০২৩-২০২৪' }).fiscalYear).toBe('2023-24');
    const withPeriod = normalise(wb, layout, { period: 'H1' });
    expect(withPeriod.reportPeriods).toEqual(['H1']);
    expect(withPeriod.indicators[0]!.achievements).toEqual({ H1: 4 });
  });

  it('is cheap to run again on a table of a few hundred rows', () => {
    const rows: CellSpec[][] = Array.from({ length: 300 }, (_, i) => ['[১] ক', '৫০', `[১.${i + 1}.১] সূচক ${i}`, 'সংখ্যা', '১', '৪', '৩', '২', '১', '-', '২', 'মন্তব্য']);
    const big = readWorkbook(workbookBytes([table(rows)]), 'big.xlsx');
    const bigLayout = detectLayout(big);
    normalise(big, bigLayout);
    // CPU time, not the wall clock: load on a shared machine must not decide the test.
    const start = process.cpuUsage();
    for (let i = 0; i < 10; i++) normalise(big, bigLayout);
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000 / 10).toBeLessThan(150);
  });
});

describe('dates', () => {
  const rows: CellSpec[][] = [
    ['কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা', 'অর্জন'],
    ['[১.১.১] সূচক', 'তারিখ', '৫', { v: serial('2024-01-31'), z: 'dd/mm/yyyy' }, { v: serial('2023-12-31'), z: 'd-mmm-yy' }],
  ];

  it.each(['Asia/Dhaka', 'America/Los_Angeles', 'UTC'])('gives Excel date cells as the same calendar day in %s', (tz) => {
    const saved = process.env.TZ;
    process.env.TZ = tz;
    try {
      const { doc } = parse([{ name: 'S', rows }]);
      expect(doc.indicators[0]).toMatchObject({ targets: { 100: '2024-01-31' }, achievements: { annual: '2023-12-31' } });
    } finally {
      process.env.TZ = saved;
    }
  });

  it('reads a date indicator’s bare serials as dates when the format was lost (.ods)', () => {
    const { doc } = parse([{ name: 'S', rows }], 'ods');
    expect(doc.indicators[0]).toMatchObject({ unit: 'date', targets: { 100: '2024-01-31' }, achievements: { annual: '2023-12-31' } });
  });
});

describe('formats', () => {
  it.each(['xlsx', 'ods', 'biff8'] as const)('reads the same document from %s', (type) => {
    const { doc } = parse([seed000()], type);
    const reference = parse([seed000()]).doc;
    expect(doc.indicators.map(({ cells, ...rest }) => rest)).toEqual(reference.indicators.map(({ cells, ...rest }) => rest));
    expect(doc.areas).toEqual(reference.areas);
  });
});

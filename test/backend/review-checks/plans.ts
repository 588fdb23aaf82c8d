// Test documents for the review checks, built from the seeds' own rows.
//   cleanReport(): seed 000's 2023-24 ministry plan (primary and mass education) as a consistent H1
//     self-assessment: numbers reported for H1, dates not yet due left blank, evidence named.
//   approvedPlan(): the same plan as imported before the year (no progress columns).
//   seed001Report(), seed002Report(), seed003Certificate(), seed004Report(): the seeds' tables as the
//     reader should give them, errors included.
import type { Area, Indicator, Level, PlanDocument, Value } from '../../../common/plan-document/schema.js';

type Targets = [Value, Value?, Value?, Value?, Value?];

/** Columns of the sheet the clean report comes from: A serial … E indicator, F unit, G weight,
 * H–L targets 100…60, M the H1 achievement, N remarks, O evidence. */
export function cellsFor(row: number): Record<string, string> {
  return {
    code: `E${row}`,
    text: `E${row}`,
    activityCode: `D${row}`,
    unit: `F${row}`,
    weight: `G${row}`,
    'targets.100': `H${row}`,
    'targets.90': `I${row}`,
    'targets.80': `J${row}`,
    'targets.70': `K${row}`,
    'targets.60': `L${row}`,
    'achievements.H1': `M${row}`,
    remarks: `N${row}`,
    evidence: `O${row}`,
  };
}

function targets(levels: readonly Level[], values: Targets): Indicator['targets'] {
  const out: Indicator['targets'] = {};
  levels.forEach((level, i) => {
    out[String(level) as `${Level}`] = values[i] ?? null;
  });
  return out;
}

interface Row {
  code: string | null;
  activityCode: string | null;
  activity: string | null;
  text: string;
  unit: Indicator['unit'];
  weight: number | null;
  targets: Targets;
}

const FIVE: readonly Level[] = [100, 90, 80, 70, 60];

// Seed 000: প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়, ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪.
const SEED_000_AREAS: Area[] = [
  { code: '1', title: 'ই-গভর্ন্যান্স ও উদ্ভাবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ', weight: 33 },
  { code: '2', title: 'প্রাতিষ্ঠানিক সক্ষমতা বৃদ্ধি', weight: 17 },
];

const SEED_000_ROWS: Row[] = [
  {
    code: '1.1.1',
    activityCode: '1.1',
    activity: 'সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন',
    text: 'মন্ত্রণালয়/বিভাগ কর্তৃক সেবা/অফিস ব্যবস্থাপনা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত',
    unit: 'date',
    weight: 10,
    targets: ['2024-05-16', '2024-05-23', '2024-05-30', '2024-06-06', '2024-06-15'],
  },
  {
    code: '1.2.1',
    activityCode: '1.2',
    activity: 'ইতঃপূর্বে বাস্তবায়িত সহজিকৃত ও ডিজিটাইজকৃত সেবা চালু অব্যাহত রাখা।',
    text: 'ইতঃপূর্বে উদ্ভাবিত/সহজিকৃত/ ডিজিটাইজকৃত সেবাসমূহের ডাটাবেজ হালনাগাদকরণ ও ডাটাবেজের সেবাসমূহ চালু অব্যাহত রাখা',
    unit: 'number',
    weight: 4,
    targets: [4, 3, 2, null, null],
  },
  {
    code: '1.3.1',
    activityCode: '1.3',
    activity: 'ইনোভেশন শোকেজিং',
    text: 'মন্ত্রণালয়/বিভাগসহ আওতাধীন দপ্তর/সংস্থা/বিভাগীয় অফিসসমূহের অংশগ্রহণে ন্যূনতম একটি ইনোভেশন প্রদর্শনী (শোকেসিং) আয়োজিত এবং শ্রেষ্ঠ উদ্ভাবনী উদ্যোগ নির্বাচিত।',
    unit: 'date',
    weight: 6,
    targets: ['2024-05-23', '2024-05-30', '2024-06-06', '2024-06-15', '2024-06-22'],
  },
  {
    code: '1.4.1',
    activityCode: '1.4',
    activity: 'ই-নথির ব্যবহার বৃদ্ধি',
    text: 'ই-ফাইলে নোট নিষ্পত্তিকৃত',
    unit: 'percent',
    weight: 6,
    targets: [85, 80, 75, 70, 60],
  },
  {
    code: '1.5.1',
    activityCode: '1.5',
    activity: 'স্মার্ট বাংলাদেশ বিনির্মাণ কর্মশালা আয়োজন ও কর্মপরিকল্পনা প্রণয়ন',
    text: 'স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা/সভা/সেমিনার আয়োজিত',
    unit: 'number',
    weight: 4,
    targets: [4, 3, 2, 1, null],
  },
  {
    code: '1.5.2',
    activityCode: '1.5',
    activity: 'স্মার্ট বাংলাদেশ বিনির্মাণ কর্মশালা আয়োজন ও কর্মপরিকল্পনা প্রণয়ন',
    text: 'স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মপরিকল্পনা প্রণয়নকৃত',
    unit: 'date',
    weight: 3,
    targets: ['2024-03-25', '2024-04-08', '2024-04-15', '2024-04-22', '2024-04-29'],
  },
  {
    code: '2.1.1',
    activityCode: '2.1',
    activity: 'তথ্য বাতায়ন হালনাগাদকরণ',
    text: 'নিজ তথ্য বাতায়ন হালনাগাদকৃত',
    unit: 'number',
    weight: 4,
    targets: [4, 3, 2, 1, null],
  },
  {
    code: '2.1.2',
    activityCode: '2.1',
    activity: 'তথ্য বাতায়ন হালনাগাদকরণ',
    text: 'আওতাধীন দপ্তর/সংস্থার তথ্য বাতায়ন হালনাগাদকরণ নিশ্চিতকরণ',
    unit: 'number',
    weight: 4,
    targets: [4, 3, 2, 1, null],
  },
  {
    code: '2.2.1',
    activityCode: '2.2',
    activity: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন',
    text: 'কর্মপরিকল্পনা বাস্তবায়ন সংক্রান্ত প্রশিক্ষণ আয়োজিত',
    unit: 'number',
    weight: 3,
    targets: [2, 1, null, null, null],
  },
  {
    code: '2.2.2',
    activityCode: '2.2',
    activity: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন',
    text: 'আওতাধীন দপ্তর/সংস্থা/বিভাগীয় অফিসের অর্ধবার্ষিক স্মুল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন মন্ত্রিপরিষদ বিভাগে প্রেরিত',
    unit: 'date',
    weight: 2,
    targets: ['2024-01-31', '2024-02-11', null, null, null],
  },
  {
    code: '2.2.3',
    activityCode: '2.2',
    activity: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন',
    text: 'দেশে/বিদেশে বাস্তবায়িত ন্যূনতম একটি উদ্ভাবনী উদ্যোগ পরিদর্শনের আলোকে নিজ দপ্তরে লার্নিং সেশন অনুষ্ঠিত',
    unit: 'date',
    weight: 4,
    targets: ['2024-02-28', '2024-03-30', '2024-04-30', null, null],
  },
];

const UNIT_TEXT = { date: 'তারিখ', number: 'সংখ্যা', percent: '%' } as const;

function toIndicator(row: Row, levels: readonly Level[] = FIVE): Indicator {
  return {
    code: row.code,
    areaCode: row.code ? (row.code.split('.')[0] ?? null) : null,
    activityCode: row.activityCode,
    activity: row.activity,
    text: row.text,
    unit: row.unit,
    unitText: row.unit ? UNIT_TEXT[row.unit] : null,
    weight: row.weight,
    targets: targets(levels, row.targets),
    achievements: {},
    remarks: null,
    evidence: null,
  };
}

/** The H1 progress of the clean report: what each row of seed 000's plan reports by 31/12/2023. */
const CLEAN_H1: Record<string, { value: Value; remarks?: string; evidence?: string }> = {
  // Due in May 2024: nothing yet, and the remark says so.
  '1.1.1': { value: null, remarks: '৪র্থ কোয়ার্টারে সম্পন্ন করা হবে' },
  '1.2.1': { value: 2, evidence: 'ডাটাবেজ হালনাগাদের অফিস আদেশ' },
  '1.3.1': { value: null },
  '1.4.1': { value: 80, evidence: 'ই-নথি সিস্টেম রিপোর্ট' },
  '1.5.1': { value: 2, evidence: 'কর্মশালার নোটিশ ও হাজিরা' },
  // Done early, in December: the remark agrees.
  '1.5.2': { value: '2023-12-20', remarks: 'সম্পন্ন করা হয়েছে', evidence: 'কর্মপরিকল্পনা অনুমোদনের অফিস আদেশ' },
  '2.1.1': { value: 2, evidence: 'তথ্য বাতায়নের হালনাগাদ প্রতিবেদন' },
  '2.1.2': { value: 2, evidence: 'আওতাধীন দপ্তরের প্রতিবেদন' },
  '2.2.1': { value: 1, evidence: 'প্রশিক্ষণের নোটিশ ও হাজিরা' },
  '2.2.2': { value: null, remarks: '৩য় কোয়ার্টারে সম্পন্ন করা হবে' },
  '2.2.3': { value: null },
};

const FIRST_ROW = 5;

export function approvedPlan(): PlanDocument {
  return {
    format: 'apa-plan/1',
    source: { file: 'mopme-egov-plan-2023-24.xlsx', sheet: 'সংযোজনী ৫' },
    planType: 'egov',
    fiscalYear: '2023-24',
    office: { name: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়' },
    reportPeriods: [],
    levels: [...FIVE],
    areas: structuredClone(SEED_000_AREAS),
    indicators: SEED_000_ROWS.map((row) => toIndicator(row)),
    diagnostics: [],
  };
}

export function cleanReport(): PlanDocument {
  const doc = approvedPlan();
  doc.source = { file: 'mopme-egov-h1-2023-24.xlsx', sheet: 'সংযোজনী ৫' };
  doc.reportPeriods = ['H1'];
  doc.indicators.forEach((ind, i) => {
    const h1 = CLEAN_H1[ind.code ?? ''];
    if (!h1) throw new Error(`no H1 row for ${ind.code}`);
    ind.achievements = { H1: h1.value };
    ind.remarks = h1.remarks ?? null;
    ind.evidence = h1.evidence ?? null;
    ind.cells = cellsFor(FIRST_ROW + i);
  });
  return doc;
}

/** The context the clean report is reviewed in: on time, against its approved plan. */
export function cleanContext() {
  return {
    period: 'H1' as const,
    planTotal: 50,
    approvedPlan: approvedPlan(),
    receivedOn: '2024-01-10',
    deadline: '2024-01-15',
    evidenceCount: {},
  };
}

export function indicatorOf(doc: PlanDocument, code: string): Indicator {
  const ind = doc.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(`no indicator ${code}`);
  return ind;
}

/** A copy of the clean report with one indicator changed. */
export function cleanReportWith(code: string, change: (ind: Indicator) => void): PlanDocument {
  const doc = cleanReport();
  change(indicatorOf(doc, code));
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Seed 001: Legislative and Parliamentary Affairs Division, 2023-24, Q2 self-assessment. The table
// repeats the plan's columns with almost every target cell empty, a "২" in the 100% column of four
// rows, weights that add to 41 and 29 against areas of 30 and 17, and [২.১.২] in activity [২.২]'s rows.
export function seed001Report(): PlanDocument {
  const row = (r: Row, remarks: string | null): Indicator => ({ ...toIndicator(r), remarks });
  const A1 = 'সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উত্তীবনী ধারণা বাস্তবায়ন';
  const A22 = 'ই-গভর্নান্স ও উত্তীবন কর্মপরিকল্পনা বাস্তবায়ন';
  const none: Targets = [null, null, null, null, null];
  const two: Targets = [2, null, null, null, null];
  return {
    format: 'apa-plan/1',
    source: { file: 'legislative-egov-q2-2023-24.pdf' },
    planType: 'egov',
    fiscalYear: '2023-24',
    office: { name: 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ' },
    reportPeriods: [],
    levels: [...FIVE],
    areas: [
      { code: '1', title: 'ই-গভর্নান্স ও উত্তীবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ', weight: 30 },
      { code: '2', title: 'প্রাতিষ্ঠানিক দক্ষতা বৃক্ষি', weight: 17 },
    ],
    indicators: [
      row(
        { code: '1.1.1', activityCode: '1.1', activity: A1, text: 'মন্ত্রণালয়/বিভাগ কর্তৃক সেবা/অফিস ব্যবস্থাপনা সেবাসহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে মাধ্যমে ন্যূনতম উত্তীবনী ধারণা বাস্তবায়িত', unit: 'date', weight: 10, targets: none },
        '৪ৰ্থ কোয়ার্টারে সম্পন্ন করা হবে',
      ),
      row(
        { code: '1.2.1', activityCode: '1.2', activity: 'ইতৎপূর্বে বাস্তবায়িত সহজিকৃত ও ডিজিটাইজকৃত সেবা চালু অব্যাহত রাখা', text: 'ইতৎপূর্বে উত্তীবিত/সহজিকৃত/ডিজিটাইজকৃত সেবারসমূহ চালু অব্যাহত রাখা', unit: 'date', weight: 8, targets: two },
        '১ বার সম্পন্ন হয়েছে',
      ),
      row(
        { code: '1.3.1', activityCode: '1.3', activity: 'ইনোভেশন শোকেসিং', text: 'আওতাধীন দপ্তর/সংস্থা/বিভাগীয় অফিসসমূহের অংশগ্রহণে ন্যূনতম একটি ইনোভেশন প্রদর্শনী (শোকেসিং) আয়োজিত এবং শ্রেষ্ঠ উত্তীবনী উদ্যোগ নির্বাচিত', unit: 'date', weight: 6, targets: none },
        '৪ৰ্থ কোয়ার্টারে সম্পন্ন করা হবে',
      ),
      row(
        { code: '1.4.1', activityCode: '1.4', activity: 'ই-নথির ব্যবহার বৃক্ষি', text: 'ই-ফাইলে নোট নিষ্পত্তিকৃত', unit: 'percent', weight: 6, targets: none },
        '৪ৰ্থ কোয়ার্টারে সম্পন্ন করা হবে',
      ),
      row(
        { code: '1.5.1', activityCode: '1.5', activity: 'স্মার্ট বাংলাদেশ বিনির্মাণ কর্মশালা/সভা/সেমিনার আয়োজন ও কর্মপরিকল্পনা প্রণয়ন', text: 'স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা/সভা/সেমিনার আয়োজিত', unit: 'number', weight: 8, targets: none },
        'চলমান',
      ),
      row(
        { code: '1.5.2', activityCode: '1.5', activity: 'স্মার্ট বাংলাদেশ বিনির্মাণ কর্মশালা/সভা/সেমিনার আয়োজন ও কর্মপরিকল্পনা প্রণয়ন', text: 'স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মপরিকল্পনা প্রণয়নকৃত', unit: 'date', weight: 3, targets: none },
        '৩য় কোয়ার্টারে সম্পন্ন করা হবে',
      ),
      row(
        { code: '2.1.1', activityCode: '2.1', activity: 'তথ্য বাতায়ন হালনাগাদকরণ', text: 'তথ্য বাতায়ন হালনাগাদকৃত (নিয়মিতভাবে)', unit: 'number', weight: 8, targets: two },
        '১ বার সম্পন্ন হয়েছে',
      ),
      row(
        { code: '2.1.2', activityCode: '2.2', activity: A22, text: 'আওতাধীন দপ্তর/সংস্থা/বিভাগীয় অফিসের অর্থবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন মন্ত্রিপরিষদ বিভাগে প্রেরিত', unit: 'number', weight: 8, targets: two },
        'সম্পন্ন করা হয়েছে',
      ),
      row(
        { code: '2.2.1', activityCode: '2.2', activity: A22, text: 'কর্মপরিকল্পনা বাস্তবায়ন সংক্রান্ত প্রশিক্ষণ আয়োজিত', unit: 'number', weight: 3, targets: two },
        'আওতাধীন দপ্তর/সংস্থা নেই',
      ),
      row(
        { code: '2.2.2', activityCode: '2.2', activity: A22, text: 'আওতাধীন দপ্তর/সংস্থা/বিভাগীয় অফিসের অর্থবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন মন্ত্রিপরিষদ বিভাগে প্রেরিত', unit: 'date', weight: 2, targets: none },
        '৩য় কোয়ার্টারে সম্পন্ন করা হবে',
      ),
      row(
        { code: '2.2.3', activityCode: '2.2', activity: A22, text: 'দেশে/বিদেশে বাস্তবায়িত ন্যূনতম একটি উত্তীবনী উদ্যোগ পরিদর্শনের আলোকে নিজ দপ্তরে লানিং সেশন অনুষ্ঠিত', unit: 'date', weight: 8, targets: none },
        null,
      ),
    ],
    diagnostics: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Seed 002: divisional public library, Khulna, 2024-25, Q2 progress. No area column; [৪.১.১]'s 90%
// date comes before its 100% date; [৫.১.১] and [৫.১.২] have 0 at the 60% level.
export function seed002Report(): PlanDocument {
  const rows: Array<Row & { q2: Value; remarks: string | null }> = [
    { code: '1.1.1', activityCode: '1.1', activity: 'সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন', text: 'সেবা/অফিস ব্যৱস্থাপনা সহজিকরণ/ডিজিটাইজেশনের মাধ্যমে ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত', unit: 'date', weight: 10, targets: ['2025-03-16', '2025-03-23', '2025-03-30', '2025-04-06', '2025-04-13'], q2: 0, remarks: '১৬.০৩.২০২৫ তারিখে (৩য় কোয়ার্টারে) বাস্তবায়িত হবে।' },
    { code: '2.1.1', activityCode: '2.1', activity: 'ইতঃপূর্বে বাস্তবায়িত সহজিকৃত ডিজিটাইজকৃত সেবাসমূহের ডাটাবেজ হালনাগাদকরণ ও সেবাসমূহ চলমান রাখা।', text: 'নিজ অফিসসহ আওতাধীন দপ্তর/সংস্থা/বিভাগসমূহের ইতঃপূর্বে উদ্ভাবিত/সহজিকৃত/ ডিজিটাইজকৃত সেবাসমূহের ডাটাবেজ হালনাগাদকরণ ও সেবাসমূহ চালু রাখা।', unit: 'number', weight: 2, targets: [4, 3, 2, 1, null], q2: 1, remarks: null },
    { code: '3.1.1', activityCode: '3.1', activity: 'ইনোভেশন শোকেজিং', text: 'আওতাধীন অফিসসমূহের অংশগ্রহণে ন্যূনতম একটি ইনোভেশন প্রদর্শনী (শোকেসিং) আয়োজিত এবং শ্রেষ্ঠ উদ্ভাবনী উদ্যোগ নির্বাচিত।', unit: 'date', weight: 7, targets: ['2025-05-08', '2025-05-15', '2025-05-22', '2025-05-29', '2025-06-05'], q2: 0, remarks: '৪র্থ কোয়ার্টারে বাস্তবায়িত হবে।' },
    { code: '4.1.1', activityCode: '4.1', activity: 'ই-নথির ব্যবহার বৃদ্ধি', text: 'ই ফাইলে নিষ্পত্তিযোগ্য নথির তালিকা নির্ধারিত', unit: 'date', weight: 2, targets: ['2024-08-31', '2024-08-08', '2024-09-15', '2024-09-22', '2024-09-29'], q2: null, remarks: '১ম কোয়ার্টারে অর্জন করা হয়েছে' },
    { code: '4.1.2', activityCode: '4.1', activity: 'ই-নথির ব্যবহার বৃদ্ধি', text: 'ই ফাইলে নোট নিষ্পত্তিকৃত', unit: 'percent', weight: 7, targets: [100, 90, 80, 70, 60], q2: 61.54, remarks: null },
    { code: '5.1.1', activityCode: '5.1', activity: 'তথ্য বাতায়ন হালনাগাদকরণ', text: 'নিজ তথ্য বাতায়ন হালনাগাদকৃত', unit: 'number', weight: 6, targets: [4, 3, 2, 1, 0], q2: 1, remarks: null },
    { code: '5.1.2', activityCode: '5.1', activity: 'তথ্য বাতায়ন হালনাগাদকরণ', text: 'আওতাধীন অফিসসমূহের তথ্য বাতায়ন হালনাগাদকরণ নিশ্চিতকরণ', unit: 'number', weight: 3, targets: [4, 3, 2, 1, 0], q2: 1, remarks: null },
    { code: '6.1.1', activityCode: '6.1', activity: 'স্মার্ট বাংলাদেশ বিনির্মাণ', text: 'স্মার্ট বাংলাদেশ বিনির্মাণ সংক্রান্ত ৪টি স্তরের আলোকে করণীয় নির্ধারণ বিষয়ক কর্মশালা/সেমিনার আয়োজিত।', unit: 'number', weight: 4, targets: [4, 3, 2, 1, null], q2: 1, remarks: null },
    { code: '7.1.1', activityCode: '7.1', activity: 'অনলাইন রিপোর্ট ম্যানেজমেন্ট সফটওয়্যার বাস্তবায়ন', text: 'নিজ অফিস ও আওতাধীন অফিসে অনলাইন রিপোর্ট ম্যানেজমেন্ট সফটওয়্যার বাস্তবায়িত', unit: 'date', weight: 5, targets: ['2024-12-01', '2024-12-15', '2024-12-29', '2025-01-05', '2025-01-12'], q2: '2024-12-01', remarks: '২য় কোয়ার্টারে অধিদপ্তর কতৃক বাস্তবায়িত হয়েছে।' },
    { code: '8.1.1', activityCode: '8.1', activity: 'মাইগড ব্যবহার বৃদ্ধি', text: 'মাইগড প্ল্যাটফর্মের মাধ্যমে ডিজিটাইজেশনযোগ্য সরকারি সেবা চিহ্নিত ও ডিজিটাইজেশনের লক্ষ্য কর্মশালা আয়োজিত', unit: 'number', weight: 4, targets: [2, 1, null, null, null], q2: null, remarks: '২য় কোয়ার্টারে অধিদপ্তর কতৃক বাস্তবায়িত হয়েছে।' },
  ];
  return {
    format: 'apa-plan/1',
    source: { file: 'khulna-library-egov-q2-2024-25.pdf' },
    planType: 'egov',
    fiscalYear: '2024-25',
    office: { name: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' },
    reportPeriods: ['Q2'],
    levels: [...FIVE],
    areas: [],
    indicators: rows.map((r) => ({ ...toIndicator(r), areaCode: null, achievements: { Q2: r.q2 }, remarks: r.remarks })),
    diagnostics: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Seed 003: LGED's certificate of annual achievement, 2021-22: one target column, areas printed as
// 35 and 15 while their rows add to 29 and 21; [২.২.১] has no unit; [২.২.৫] is a count with dates.
export function seed003Certificate(): PlanDocument {
  const one = (code: string, activity: string, text: string, unit: Indicator['unit'], weight: number, target: Value, annual: Value): Indicator => ({
    ...toIndicator({ code, activityCode: code.split('.').slice(0, 2).join('.'), activity, text, unit, weight, targets: [target] }, [100]),
    unitText: unit ? UNIT_TEXT[unit] : null,
    achievements: { annual },
  });
  return {
    format: 'apa-plan/1',
    source: { file: 'lged-egov-certificate-2021-22.pdf' },
    planType: 'egov',
    fiscalYear: '2021-22',
    office: { name: 'স্থানীয় সরকার প্রকৌশল অধিদপ্তর' },
    reportPeriods: ['annual'],
    levels: [100],
    areas: [
      { code: '1', title: 'ই-গভর্ন্যান্স ও উদ্ভাবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ', weight: 35 },
      { code: '2', title: 'প্রাতিষ্ঠানিক দক্ষতা বৃদ্ধি', weight: 15 },
    ],
    indicators: [
      one('1.1.1', 'উদ্ভাবনী ধারণা বাস্তবায়ন', 'একটি নতুন উদ্ভাবনী ধারণা বাস্তবায়িত', 'date', 5, '2022-03-16', '2022-01-26'),
      one('1.2.1', 'সেবা সহজিকরণ', 'একটি সেবা সহজিকৃত', 'date', 5, '2022-02-25', '2022-01-26'),
      one('1.3.1', 'সেবা ডিজিটাইজেশন', 'ন্যূনতম একটি সেবা ডিজিটাইজকৃত', 'date', 5, '2021-12-30', '2021-12-26'),
      one('1.4.1', 'ইতিপূর্বে বাস্তবায়িত উদ্ভাবনী ধারণা, সহজিকৃত ও ডিজিটাইজকৃত সেবা সংক্রান্ত পর্যালোচনা সভা', 'সভা আয়োজিত', 'date', 4, '2021-08-30', '2021-08-26'),
      one('1.5.1', 'ই-নথির ব্যবহার বৃদ্ধি', 'ই-ফাইলে নোট নিষ্পত্তিকৃত', 'percent', 6, 80, 80),
      one('1.6.1', '৪র্থ শিল্প বিপ্লবের চ্যালেঞ্জ মোকাবেলায় করণীয় বিষয়ে অবহিতকরণ সভা/কর্মশালা আয়োজন', 'সভা/কর্মশালা আয়োজিত', 'number', 4, 2, 2),
      one('2.1.1', 'তথ্য বাতায়ন হালনাগাদকরণ', 'তথ্য বাতায়নে সকল সেবা বঙ্গ হালনাগাদকৃত', 'number', 4, 4, 4),
      one('2.1.2', 'তথ্য বাতায়ন হালনাগাদকরণ', 'বিভিন্ন প্রকাশনা ও তথ্যাদি তথ্য বাতায়নে প্রকাশিত', 'number', 2, 4, 4),
      one('2.2.1', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন', 'কর্মপরিকল্পনা বাস্তবায়ন সংক্রান্ত প্রশিক্ষণ আয়োজিত', null, 3, 4, 4),
      one('2.2.2', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন', 'ই-গভর্ন্যান্স কর্মপরিকল্পনা বাস্তবায়নের জন্য বরাদ্দকৃত অর্থ ব্যয়িত', 'percent', 3, 80, 80),
      one('2.2.3', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন', 'কর্মপরিকল্পনার বাস্তবায়ন অগ্রগতি পর্যালোচনা সংক্রান্ত সভা আয়োজিত', 'number', 3, 4, 4),
      one('2.2.4', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন', 'কর্মপরিকল্পনার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন মন্ত্রিপরিষদ বিভাগে/ উর্ধ্বতন কর্তৃপক্ষের নিকট প্রেরিত', 'date', 3, '2022-01-13', '2022-01-06'),
      one('2.2.5', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন', 'দেশে/বিদেশে বাস্তবায়িত ন্যূনতম একটি উদ্যোগ পরিদর্শনকৃত', 'number', 3, '2022-05-30', '2022-05-26'),
    ],
    diagnostics: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Seed 004: জাতীয় মহিলা সংস্থা, 2021-22, Q1 and Q2 progress, three levels 100/80/60. The 100% target
// of its third row reads ০০/১২/২০২১, which the reader reports as invalid-date and leaves blank; its
// second and third rows carry the activity code (১.২), (১.৩) in the indicator column; words stand in
// the achievement cells. The report went up on 11/02/2022 against 13/01/2022.
export function seed004Report(): PlanDocument {
  const levels: Level[] = [100, 80, 60];
  const cells = (row: number) => ({
    code: `E${row}`,
    text: `E${row}`,
    unit: `F${row}`,
    weight: `G${row}`,
    'targets.100': `H${row}`,
    'targets.80': `I${row}`,
    'targets.60': `J${row}`,
    'achievements.Q1': `K${row}`,
    'achievements.Q2': `L${row}`,
    remarks: `M${row}`,
  });
  const ind = (row: number, r: Row, q1: Value, q2: Value, text: Indicator['achievementText'], remarks: string | null): Indicator => ({
    ...toIndicator(r, levels),
    areaCode: null,
    achievements: { Q1: q1, Q2: q2 },
    achievementText: text,
    remarks,
    cells: cells(row),
  });
  return {
    format: 'apa-plan/1',
    source: { file: 'jms-egov-q2-2021-22.pdf', sheet: 'সংযোজনী-৬' },
    planType: 'egov',
    fiscalYear: '2021-22',
    office: { name: 'জাতীয় মহিলা সংস্থা' },
    reportPeriods: ['Q1', 'Q2'],
    levels,
    // The first rows only, so no area and weight totals are claimed for them.
    areas: [],
    indicators: [
      ind(7, { code: '1.1.1', activityCode: '1.1', activity: 'উদ্ভাবনী ধারণা বাস্তবায়ন', text: 'একটি নতুন উদ্ভাবনী ধারণা বাস্তবায়িত', unit: 'date', weight: 5, targets: ['2022-03-16', '2022-04-14', '2022-05-05'] }, null, '2021-11-06', undefined, 'পত্র জারী করা হয়েছে প্রযানক পরিশিষ্ট-১ ০৬/১১/২০২১'),
      ind(8, { code: '1.2', activityCode: '1.1', activity: 'উদ্ভাবনী ধারণা বাস্তবায়ন', text: 'সেবা সহজিকরণ', unit: 'date', weight: 5, targets: ['2022-02-25', '2022-03-04', '2022-03-25'] }, null, '2021-11-06', undefined, 'পত্র জারী করা হয়েছে প্রযানক পরিশিষ্ট-১ ০৬/১১/২০২১'),
      ind(9, { code: '1.3', activityCode: '1.1', activity: 'উদ্ভাবনী ধারণা বাস্তবায়ন', text: 'সেবা ডিজিটাইজেশন', unit: 'date', weight: 5, targets: [null, '2022-01-13', '2022-01-20'] }, null, '2021-11-06', undefined, 'পত্র জারী করা হয়েছে প্রযানক পরিশিষ্ট-১ ০৬/১১/২০২১'),
      ind(11, { code: '1.5', activityCode: '1.1', activity: 'উদ্ভাবনী ধারণা বাস্তবায়ন', text: 'ই-নথির ব্যবহার বৃদ্ধি', unit: 'percent', weight: 6, targets: [80, 70, 60] }, null, null, { Q1: 'প্রক্রিয়াধীন রয়েছে।' }, null),
    ],
    diagnostics: [
      { severity: 'error', code: 'invalid-date', message: '০০/১২/২০২১ is not a date', sheet: 'সংযোজনী-৬', cell: 'H9' },
    ],
  };
}

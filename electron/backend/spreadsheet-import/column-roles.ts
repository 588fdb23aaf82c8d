// What a column holds, and the header words (Bengali with the spelling and OCR variants seen in the
// seeds, and English) that name it. The mapping editor lists COLUMN_ROLES; detection uses classifyHeader.
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { type Level, type Period } from '../../../common/plan-document/schema.js';
import { LEVELS, PERIODS } from '../../../common/terms/plan-terms.js';
import { LEVEL_NAMES, PERIOD_NAMES } from '../../../common/terms/plan-terms.js';

export type TargetRole = `target:${Level}`;
export type AchievementRole = `achievement:${Period}`;
export type ColumnRole =
  | 'serial'
  | 'area'
  | 'areaWeight'
  | 'activity'
  | 'code'
  | 'indicator'
  | 'unit'
  | 'weight'
  | TargetRole
  | AchievementRole
  | 'remarks'
  | 'evidence'
  | 'ignore';

export interface ColumnRoleLabel {
  role: ColumnRole;
  bn: string;
  en: string;
}

const BN_PERCENT: Record<Level, string> = { 100: '১০০%', 90: '৯০%', 80: '৮০%', 70: '৭০%', 60: '৬০%' };

/** Every role, in the official column order, with the labels the mapping editor shows. */
export const COLUMN_ROLES: readonly ColumnRoleLabel[] = [
  { role: 'serial', bn: 'ক্রম', en: 'Serial no.' },
  { role: 'area', bn: 'কর্মসম্পাদন ক্ষেত্র', en: 'Performance area' },
  { role: 'areaWeight', bn: 'ক্ষেত্রের মান', en: 'Area weight' },
  { role: 'activity', bn: 'কার্যক্রম', en: 'Activity' },
  { role: 'code', bn: 'সূচকের কোড', en: 'Indicator code' },
  { role: 'indicator', bn: 'কর্মসম্পাদন সূচক', en: 'Performance indicator' },
  { role: 'unit', bn: 'একক', en: 'Unit' },
  { role: 'weight', bn: 'কর্মসম্পাদন সূচকের মান', en: 'Indicator weight' },
  ...LEVELS.map((level) => ({
    role: targetRole(level),
    bn: `লক্ষ্যমাত্রা: ${LEVEL_NAMES.bn[level]} (${BN_PERCENT[level]})`,
    en: `Target: ${LEVEL_NAMES.en[level]} (${level}%)`,
  })),
  ...PERIODS.map((period) => ({
    role: achievementRole(period),
    bn: `অর্জন: ${PERIOD_NAMES.bn[period]}`,
    en: `Achievement: ${PERIOD_NAMES.en[period]}`,
  })),
  { role: 'remarks', bn: 'মন্তব্য', en: 'Remarks' },
  { role: 'evidence', bn: 'প্রমাণক', en: 'Evidence' },
  { role: 'ignore', bn: 'বাদ দিন', en: 'Ignore' },
];

const ROLE_SET = new Set<string>(COLUMN_ROLES.map((r) => r.role));

export function isColumnRole(value: string): value is ColumnRole {
  return ROLE_SET.has(value);
}

export function targetRole(level: Level): TargetRole {
  return `target:${level}`;
}

export function achievementRole(period: Period): AchievementRole {
  return `achievement:${period}`;
}

export function levelOfRole(role: ColumnRole): Level | null {
  if (!role.startsWith('target:')) return null;
  const level = Number(role.slice(7));
  return (LEVELS as readonly number[]).includes(level) ? (level as Level) : null;
}

export function periodOfRole(role: ColumnRole): Period | null {
  if (!role.startsWith('achievement:')) return null;
  const period = role.slice(12);
  return (PERIODS as readonly string[]).includes(period) ? (period as Period) : null;
}

// ---------------------------------------------------------------------------------------------
// Header words

/** What one header text says about its column; level/period may be missing and come from context. */
export type HeaderClass =
  | { kind: 'serial' | 'area' | 'areaWeight' | 'activity' | 'code' | 'indicator' | 'unit' | 'weight' | 'remarks' | 'evidence' }
  /** "মান" / "Weight" alone: the area's weight or the indicator's, decided by the columns around it. */
  | { kind: 'bareWeight' }
  | { kind: 'target'; level: Level | null; byPercent: boolean }
  | { kind: 'achievement'; period: Period | null };

/**
 * Header text in a form the vocabulary can match: one Unicode form (য় and ড় come precomposed or not),
 * no joiners, the Assamese ra that OCR gives for র, Latin digits, lower case, punctuation as spaces.
 */
export function headerKey(text: string): string {
  return toLatinDigits(text.normalize('NFC'))
    .replace(/[\u200c\u200d\u00ad]/g, '')
    .replace(/\u09f0/g, '\u09b0')
    .toLowerCase()
    .replace(/[\s.:ঃ,;()[\]{}/\\|_"'“”‘’।*]+/g, ' ')
    .trim();
}

/** Vocabulary patterns are written in NFC too, so the precomposed letters match. */
const re = (source: string) => new RegExp(source.normalize('NFC'), 'u');

const SERIAL = re('^(ক্রম|ক্রমিক|ক্রমিক নং|ক্রম নং|ক্র নং|ক্র সং|ক্রনং|নং|sl|sl no|s no|s l|serial|serial no|no|#)$');
const AREA_WEIGHT = re('(ক্ষেত্রের মান|ক্ষেত্র মান|area weight|weight of (the )?area|উদ্দেশ্যের মান)');
const AREA = re('(কর্মসম্পাদন (ক্ষেত্র|কেন্দ্র)|কর্মসম্পাদনের ক্ষেত্র|^ক্ষেত্র$|কৌশলগত উদ্দেশ্য|performance area|^area$|^areas$|strategic objective)');
const ACTIVITY = re('(কার্যক্রম|^activity$|^activities$)');
const CODE = re('^(কোড|সূচক কোড|সূচকের কোড|সূচক নং|code|indicator code|indicator no|kpi code)$');
const INDICATOR_WEIGHT = re('(সূচকের মান|সূচক মান|indicator weight|weight of (the )?indicator)');
const BARE_WEIGHT = re('^(মান|weight|weights|marks|নম্বর)$');
const INDICATOR = re('(কর্মসম্পাদন সূচক|^সূচক$|সূচকসমূহ|performance indicator|^indicators?$|^kpi$)');
const UNIT = re('^(একক|unit|units)$');
const REMARKS = re('(মন্তব্য|^remarks?$|^comments?$|^notes?$)');
const EVIDENCE = re('(প্রমাণক|প্রমাণ|evidence|means of verification|^mov$)');
const TARGET = re('(লক্ষ্যমাত্রা|লক্ষমাত্রা|লক্ষ্য মাত্রা|লক্ষ্যমাএা|^targets?\\b|\\btargets?$)');
const ACHIEVEMENT = re('(অর্জন|অগ্রগতি|বাস্তবায়ন অগ্রগতি|achievement|achieved|progress|^actual)');
const PERIOD_WORD = re('(ত্রৈমাসিক|কোয়ার্টার|কোয়াটার|quarter|^q[1-4]$|অর্ধবার্ষিক|half)');
const LEVEL_PERCENT = /(?:^|\s)(100|90|80|70|60)\s*%/;
const ONLY_PERCENT = /^(100|90|80|70|60)\s*%$/;

const LEVEL_WORDS: Array<[RegExp, Level]> = [
  [re('(চলতি ?মানের নিম্নে|চলতি ?মানের নীচে|নিম্নে|below fair|^poor$)'), 60],
  [re('(চলতি ?মান|^fair$)'), 70],
  [re('(অতি ?উত্তম|very good)'), 90],
  [re('(অসাধারণ|অসাধারন|excellent|outstanding)'), 100],
  [re('(উত্তম|^good$)'), 80],
];

export function levelFromWords(key: string): Level | null {
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(key)) return level;
  return null;
}

/** The level a "১০০%"-style header names. */
export function levelFromPercent(key: string): Level | null {
  const m = LEVEL_PERCENT.exec(key);
  return m ? (Number(m[1]) as Level) : null;
}

/** Header cells are labels; a long text is an indicator or a title, whatever words it contains. */
const MAX_HEADER_LENGTH = 100;

/** Classify one header text (already through headerKey). */
export function classifyHeader(key: string): HeaderClass | null {
  if (key === '' || key.length > MAX_HEADER_LENGTH) return null;
  if (ONLY_PERCENT.test(key)) return { kind: 'target', level: levelFromPercent(key), byPercent: true };
  const levelWord = levelFromWords(key);
  // Level words come first: "চলতি মান" must not be read as a weight ("মান").
  if (levelWord !== null && !ACHIEVEMENT.test(key)) {
    const byPercent = levelFromPercent(key);
    return { kind: 'target', level: byPercent ?? levelWord, byPercent: byPercent !== null };
  }
  if (INDICATOR_WEIGHT.test(key)) return { kind: 'weight' };
  if (AREA_WEIGHT.test(key)) return { kind: 'areaWeight' };
  if (REMARKS.test(key)) return { kind: 'remarks' };
  if (EVIDENCE.test(key)) return { kind: 'evidence' };
  if (ACHIEVEMENT.test(key)) return { kind: 'achievement', period: periodFromText(key) };
  if (TARGET.test(key)) return { kind: 'target', level: levelFromPercent(key), byPercent: levelFromPercent(key) !== null };
  if (CODE.test(key)) return { kind: 'code' };
  if (UNIT.test(key)) return { kind: 'unit' };
  if (INDICATOR.test(key)) return { kind: 'indicator' };
  if (ACTIVITY.test(key)) return { kind: 'activity' };
  if (AREA.test(key)) return { kind: 'area' };
  if (BARE_WEIGHT.test(key)) return { kind: 'bareWeight' };
  if (SERIAL.test(key)) return { kind: 'serial' };
  // "১ম ত্রৈমাসিক" alone heads an achievement column in reports.
  if (PERIOD_WORD.test(key)) {
    const period = periodFromText(key);
    if (period !== null) return { kind: 'achievement', period };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Periods named in headers and titles

const QUARTER_CODE = /\bq([1-4])\b/u;
const ORDINAL_QUARTER: Array<[RegExp, Period]> = [
  [re('(1 ?ম|প্রথম|1st|first)\\s*(ত্রৈমাসিক|ত্রৈমাসিকে|কোয়ার্টার|কোয়াটার|কোয়ার্টারে|quarter)'), 'Q1'],
  [re('(2 ?য়|দ্বিতীয়|2nd|second)\\s*(ত্রৈমাসিক|ত্রৈমাসিকে|কোয়ার্টার|কোয়াটার|কোয়ার্টারে|quarter)'), 'Q2'],
  [re('(3 ?য়|তৃতীয়|3rd|third)\\s*(ত্রৈমাসিক|ত্রৈমাসিকে|কোয়ার্টার|কোয়াটার|কোয়ার্টারে|quarter)'), 'Q3'],
  [re('(4 ?র্থ|চতুর্থ|4th|fourth)\\s*(ত্রৈমাসিক|ত্রৈমাসিকে|কোয়ার্টার|কোয়াটার|কোয়ার্টারে|quarter)'), 'Q4'],
];
const HALF_YEAR = re('(অর্ধ ?বার্ষিক|অর্থবার্ষিক|ষাণ্মাসিক|half[ -]?year|half[ -]?yearly|\\bh1\\b|six[ -]month)');
const ANNUAL = re('(বার্ষিক|annual|yearly|full year)');

/** The month names, by month number. */
const MONTHS: Array<[RegExp, number]> = [
  [re('(জুলাই|july|jul\\b)'), 7],
  [re('(আগস্ট|আগষ্ট|august|aug\\b)'), 8],
  [re('(সেপ্টেম্বর|september|sep\\b|sept\\b)'), 9],
  [re('(অক্টোবর|october|oct\\b)'), 10],
  [re('(নভেম্বর|november|nov\\b)'), 11],
  [re('(ডিসেম্বর|december|dec\\b)'), 12],
  [re('(জানুয়ারি|জানুয়ারী|january|jan\\b)'), 1],
  [re('(ফেব্রুয়ারি|ফেব্রুয়ারী|february|feb\\b)'), 2],
  [re('(মার্চ|march|mar\\b)'), 3],
  [re('(এপ্রিল|april|apr\\b)'), 4],
  // Bengali letters are not \w, so \b cannot bound "মে"; spaces and punctuation (already spaces) do.
  [re('((^|\\s)মে(\\s|$)|\\bmay\\b)'), 5],
  [re('(জুন|june|jun\\b)'), 6],
];

/** The period a header or title names: an ordinal quarter, the half-year, the year, or a month range. */
export function periodFromText(key: string): Period | null {
  for (const [pattern, period] of ORDINAL_QUARTER) if (pattern.test(key)) return period;
  const code = QUARTER_CODE.exec(key);
  if (code) return `Q${code[1]}` as Period;
  const range = periodFromMonths(key);
  if (range) return range;
  if (HALF_YEAR.test(key)) return 'H1';
  // "বার্ষিক কর্মসম্পাদন চুক্তি" is the APA's name, not a period.
  const withoutApa = key.replace(re('বার্ষিক কর্মসম্পাদন চুক্তি'), '');
  if (ANNUAL.test(withoutApa)) return 'annual';
  return null;
}

/** "জুলাই-সেপ্টেম্বর" → Q1, "অক্টোবর হতে ডিসেম্বর" → Q2, "জুলাই … হতে জুন" → annual: the months named, in text order. */
function periodFromMonths(key: string): Period | null {
  const named = MONTHS.map(([pattern, month]) => ({ at: key.search(pattern), month }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  if (named.length < 2) return null;
  const key2 = `${named[0]!.month}-${named[named.length - 1]!.month}`;
  const table: Record<string, Period> = {
    '7-9': 'Q1',
    '10-12': 'Q2',
    '1-3': 'Q3',
    '4-6': 'Q4',
    '7-12': 'H1',
    '7-6': 'annual',
  };
  return table[key2] ?? null;
}

// What the lines above the table (and a cover letter) say about the document: the fiscal year, the
// plan type, the period the report is for, and the office whose plan it is.
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { formatFiscalYear } from '../../../common/fiscal-year/fiscal-year.js';
import { isoFromDayMonthYear } from '../../../common/dates/iso-date.js';
import type { Period, PlanDocument } from '../../../common/plan-document/schema.js';
import { headerKey, periodFromText } from './column-roles.js';

export type PlanType = PlanDocument['planType'];

/** "২০২৩-২৪", "২০২৩-২০২৪", "2023-24", "2023/2024" → "2023-24"; null when no consistent pair is written. */
export function fiscalYearFromText(text: string): string | null {
  const latin = toLatinDigits(text);
  const pattern = /(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)/g;
  for (let m = pattern.exec(latin); m; m = pattern.exec(latin)) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    const ok = m[2]!.length === 4 ? end === start + 1 : end === (start + 1) % 100;
    if (ok && start >= 1990 && start <= 2098) return formatFiscalYear(start);
  }
  return null;
}

const PLAN_TYPES: Array<[RegExp, PlanType]> = [
  [/(ই[- ]?গ(ভ|র্ভ|ভর্)|e[- ]?gov|ইনোভেশন|উদ্ভাবন কর্মপরিকল্পনা)/iu, 'egov'],
  [/(শুদ্ধাচার|integrity strategy)/iu, 'nis'],
  [/(অভিযোগ প্রতিকার|grievance redress)/iu, 'grs'],
  [/(সেবা প্রদান প্রতিশ্রুতি|সিটিজেন[স ]+চার্টার|citizen'?s? charter)/iu, 'citizen-charter'],
  [/(তথ্য অধিকার|right to information)/iu, 'rti'],
  [/(বার্ষিক কর্মসম্পাদন চুক্তি|annual performance agreement)/iu, 'apa'],
];

/** The APA annex a title names; the specific annexes before the APA itself, which they are part of. */
export function planTypeFromLines(lines: string[]): PlanType | null {
  for (const [pattern, type] of PLAN_TYPES) {
    if (lines.some((line) => pattern.test(line.normalize('NFC')))) return type;
  }
  return null;
}

/** The first line that names a period ("২য় ত্রৈমাসিক", "অর্ধবার্ষিক", "জুলাই … হতে জুন"). */
export function periodFromLines(lines: string[]): Period | null {
  for (const line of lines) {
    const period = periodFromText(headerKey(line));
    if (period) return period;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The office

/** After "<office>-এর" one of these starts the plan's own name, year or period. */
const AFTER_GENITIVE = /^(ই[- ]?গ|e[- ]?gov|\d{4}\s*[-–/]\s*\d{2}|\d\s*(ম|য়|য়|র্থ)\s|অর্ধ|বার্ষিক|কর্মপরিকল্পনা|স্ব[- ]?মূল্যায়ন|স্ব[- ]?মূল্যায়ন|উদ্ভাবন|জাতীয় শুদ্ধাচার|অভিযোগ প্রতিকার|সেবা প্রদান|তথ্য অধিকার|বার্ষিক কর্মসম্পাদন)/iu;
const PLAN_OR_PERIOD = /(ই[- ]?গ|e[- ]?gov|[০-৯0-9]{4}\s*[-–/]|ত্রৈমাসিক|বার্ষিক|কর্মপরিকল্পনা|মূল্যায়ন|উদ্ভাবন|শুদ্ধাচার|অভিযোগ|সেবা প্রদান|তথ্য অধিকার)/iu;
/** A word in the genitive: -এর, -ের, or র after a vowel sign. */
const GENITIVE_END = /(এর|ের|[\u09be-\u09cc\u09d7]র)$/u;
const PLAN_WORDS = /(কর্মপরিকল্পনা|ই[- ]?গ(ভ|র্ভ)|প্রতিবেদন|ত্রৈমাসিক|অগ্রগতি|সংযোজনী|\d)/u;
const LEADING_LABEL = /^\s*((বিষয়|বিষয়)\s*[:ঃ]|সংযোজনী\s*[-–]?\s*[০-৯0-9]*\s*[:ঃ]?)\s*/u;
const VOWEL_SIGNS = /[\u09be-\u09cc\u09d7]$/u;

const OFFICE_WORDS = /(মন্ত্রণালয়|মন্ত্রণালয়|বিভাগ|অধিদপ্তর|অধিদফতর|পরিদপ্তর|দপ্তর|দফতর|সংস্থা|কার্যালয়|কার্যালয়|অফিস|বোর্ড|কমিশন|কর্তৃপক্ষ|ব্যুরো|ইনস্টিটিউট|একাডেমি|গ্রন্থাগার|কর্পোরেশন|ফাউন্ডেশন|পরিষদ|ministry|division|department|directorate|office|board|authority|commission|bureau)/iu;
const BRANCH_WORDS = /(শাখা|অধিশাখা|অনুবিভাগ|ইউনিট|সেল|উইং|ডেস্ক|branch|section|wing|cell)\s*[।.,]?\s*$/iu;
const FIELD_WORDS = /(বিভাগীয়|বিভাগীয়|জেলা|উপজেলা|আঞ্চলিক|কার্যালয়|কার্যালয়|অফিস|পৌরসভা|office)/iu;
const NOT_OFFICE = /^(প্রতি|বরাবর|সচিব|সিনিয়র সচিব|দৃষ্টি|দৃঃ|দৃ:|অনুলিপি|সূত্র|স্মারক|তারিখ|নথি|মোবাইল|ফোন|ই-মেইল|e-mail|www|http|সংযুক্তি|\()/iu;
const GOVERNMENT = /গণপ্রজাতন্ত্রী\s+বাংলাদেশ\s+সরকার/u;
const ADDRESS = /(\d|www\.|@|http|রোড|সড়ক|সচিবালয়|সচিবালয়|নগর|ঢাকা|ভবন)/u;

/**
 * The office whose plan this is, in its plain form. A title "<office>-এর … কর্মপরিকল্পনা" names it
 * best; else the letterhead, where the most specific office wins (a field office over its directorate,
 * an agency over the ministry above it) and a branch line (শাখা, অধিশাখা) is not an office.
 */
export function officeFromLines(lines: string[]): string | null {
  for (const line of lines) {
    const name = officeFromTitle(line);
    if (name) return name;
  }
  return officeFromLetterhead(lines);
}

export function officeFromTitle(line: string): string | null {
  let text = cleanLine(line);
  for (let m = LEADING_LABEL.exec(text); m && m[0] !== ''; m = LEADING_LABEL.exec(text)) text = text.slice(m[0].length);
  // Only a line that names the plan, its year or its period can name its owner before them.
  if (!PLAN_OR_PERIOD.test(text)) return null;
  const words = text.split(' ');
  for (let i = 0; i < words.length - 1; i++) {
    if (!GENITIVE_END.test(words[i]!) && !/^-?এর$/u.test(words[i + 1]!)) continue;
    const rest = toLatinDigits(words.slice(i + 1).join(' ')).replace(/^["'“”‘’]+/u, '');
    const separateGenitive = /^-?এর$/u.test(words[i + 1]!);
    const after = separateGenitive ? toLatinDigits(words.slice(i + 2).join(' ')) : rest;
    if (!AFTER_GENITIVE.test(after)) continue;
    const nameWords = words.slice(0, i + 1);
    const last = nameWords[nameWords.length - 1]!;
    const stripped = separateGenitive ? last : stripGenitive(last);
    if (stripped === null) continue;
    nameWords[nameWords.length - 1] = stripped;
    const name = tidyName(nameWords.join(' '));
    if (name && !PLAN_WORDS.test(name) && nameWords.length <= 12) return name;
  }
  return null;
}

/** বিভাগের → বিভাগ, সংস্থার → সংস্থা, অফিস-এর → অফিস; null when the word is not in the genitive. */
function stripGenitive(word: string): string | null {
  const w = word.normalize('NFC');
  if (/[-‐]এর$/u.test(w)) return w.replace(/[-‐]এর$/u, '');
  if (w.endsWith('ের')) return w.slice(0, -2);
  if (w.endsWith('র') && VOWEL_SIGNS.test(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('এর')) return w.slice(0, -2);
  return null;
}

function officeFromLetterhead(lines: string[]): string | null {
  const cleaned = lines.map(cleanLine);
  const gov = cleaned.findIndex((line) => GOVERNMENT.test(line));
  // Under "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার" the letterhead runs until the address; elsewhere take the short
  // lines that name an office.
  const block = gov >= 0 ? letterheadBlock(cleaned.slice(gov + 1)) : cleaned;
  let best: { name: string; rank: number } | null = null;
  for (const line of block) {
    if (!OFFICE_WORDS.test(line) || BRANCH_WORDS.test(line) || NOT_OFFICE.test(line) || PLAN_WORDS.test(line)) continue;
    if (line.split(' ').length > 10) continue;
    const rank = officeRank(line);
    if (!best || rank > best.rank) best = { name: tidyName(line), rank };
  }
  return best?.name || null;
}

function letterheadBlock(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    if (ADDRESS.test(line) || NOT_OFFICE.test(line) || out.length >= 6) break;
    out.push(line);
  }
  return out;
}

/** Ministry 1, division 2, directorate or agency 3, field office 4: the highest names the plan's owner. */
function officeRank(line: string): number {
  if (FIELD_WORDS.test(line)) return 4;
  if (/(মন্ত্রণালয়|মন্ত্রণালয়|ministry)/iu.test(line)) return 1;
  if (/(বিভাগ|division)\s*[।.,]?$/iu.test(line)) return 2;
  return 3;
}

function cleanLine(line: string): string {
  return line.normalize('NFC').replace(/[\u200c\u200d]/g, '').replace(/\s+/g, ' ').trim();
}

function tidyName(name: string): string {
  return name
    .replace(/^["'“”‘’(\s]+|["'“”‘’)\s।,:;.]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The date a letter or title gives itself ("তারিখ: ২৫/০৫/২০২৪ খ্রি.", "Date: 25.05.2024"): the day the
 * office sent the file, the receipt date the Import screen proposes. Null when no line has one.
 */
export function letterDateFromLines(lines: string[]): string | null {
  const pattern = /(?:তারিখ|তাং|date(?:d)?)\s*[:ঃ.\-–]?\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;
  for (const line of lines) {
    const m = pattern.exec(toLatinDigits(line.normalize('NFC')));
    const iso = m ? isoFromDayMonthYear(m[1]!) : null;
    if (iso) return iso;
  }
  return null;
}

// The reader's diagnostics, one definition for both sides: each code with its wordings (variants),
// in Bengali and English, as i18next templates (see ./format.ts). The backend writes a diagnostic's
// `message` (Bengali, what the CLI prints) from the Bengali text; the renderer shows the text of the
// user's language from the diagnostic's `code`, `variant` and `params` (i18n key `diagnostics.<code>.<variant>`).
import { fillTemplate } from './format.js';

export interface MessageText {
  bn: string;
  en: string;
}

const t = (bn: string, en: string): MessageText => ({ bn, en });

export const DIAGNOSTIC_TEXTS = {
  'invalid-date': { default: t('"{{text}}" কোনো প্রকৃত তারিখ নয়', '"{{text}}" is not a date that exists') },
  'bad-code': {
    depth: t('সূচকের কোড [{{code, digits}}] তিন অংশের নয় (যেমন [১.১.১])', 'indicator code [{{code}}] does not have three parts (like [1.1.1])'),
    malformed: t('কোড "{{text}}" সঠিক আকারে নেই (যেমন [১.১.১])', 'code "{{text}}" is malformed (expected e.g. [1.1.1])'),
  },
  'duplicate-code': { default: t('কোড [{{code, digits}}] একাধিক সূচকে ব্যবহৃত', 'code [{{code}}] is used by more than one indicator') },
  'code-out-of-place': {
    activity: t('সূচক [{{code, digits}}] কার্যক্রম [{{under, digits}}]-এর নিচে রাখা হয়েছে', 'indicator [{{code}}] is listed under activity [{{under}}]'),
    area: t('সূচক [{{code, digits}}] ক্ষেত্র [{{under, digits}}]-এর নিচে রাখা হয়েছে', 'indicator [{{code}}] is listed under area [{{under}}]'),
  },
  'weight-mismatch': {
    area: t('ক্ষেত্রের মান {{weight, digits}}, কিন্তু এর সূচকগুলোর মানের যোগফল {{sum, digits}}', 'area weight is {{weight}} but its indicators add up to {{sum}}'),
    'plan-areas': t('ক্ষেত্রগুলোর মানের যোগফল {{sum, digits}}, কিন্তু পরিকল্পনার মোট মান {{total, digits}}', 'the area weights add up to {{sum}}, not the plan total of {{total}}'),
    'plan-indicators': t('সূচকগুলোর মানের যোগফল {{sum, digits}}, কিন্তু পরিকল্পনার মোট মান {{total, digits}}', 'the indicator weights add up to {{sum}}, not the plan total of {{total}}'),
  },
  'unit-mismatch': {
    mixed: t('{{indicator, indicator}}: লক্ষ্যমাত্রায় তারিখ ও সংখ্যা মেশানো', '{{indicator, indicator}}: the targets mix dates and numbers'),
    'date-unit': t('{{indicator, indicator}}: একক তারিখ, কিন্তু লক্ষ্যমাত্রা সংখ্যা', '{{indicator, indicator}}: the unit is a date but the targets are numbers'),
    'number-unit': t('{{indicator, indicator}}: একক সংখ্যা/%, কিন্তু লক্ষ্যমাত্রা তারিখ', '{{indicator, indicator}}: the unit is a number or % but the targets are dates'),
    'over-100': t('{{indicator, indicator}}: শতকরা লক্ষ্যমাত্রা ১০০-এর বেশি', '{{indicator, indicator}}: a percentage target is over 100'),
  },
  'targets-not-monotonic': {
    default: t(
      '{{indicator, indicator}}: {{worse, digits}}% স্তরের লক্ষ্যমাত্রা {{better, digits}}% স্তরের চেয়ে ভালো',
      '{{indicator, indicator}}: the {{worse}}% target is better than the {{better}}% target',
    ),
  },
  'zero-target': { default: t('{{indicator, indicator}}: {{level, digits}}% স্তরের লক্ষ্যমাত্রা ০', '{{indicator, indicator}}: the {{level}}% target is 0') },
  'date-outside-year': {
    default: t(
      '{{indicator, indicator}}: লক্ষ্যমাত্রার তারিখ {{date, digits}} অর্থবছর {{fiscalYear, digits}}-এর বাইরে',
      '{{indicator, indicator}}: target date {{date}} is outside the fiscal year {{fiscalYear}}',
    ),
  },
  'targets-missing': { default: t('{{indicator, indicator}}: কোনো লক্ষ্যমাত্রা দেওয়া নেই', '{{indicator, indicator}}: no target is given') },
  'target-words': { default: t('লক্ষ্যমাত্রার ঘরে মানের বদলে লেখা: "{{text}}"', 'words instead of a target value: "{{text}}"') },
  'achievement-words': { default: t('অর্জনের ঘরে মানের বদলে লেখা: "{{text}}"', 'words instead of a value in the achievement cell: "{{text}}"') },
  'legacy-encoding': {
    cell: t('বিজয় (SutonnyMJ) এনকোডিংয়ের লেখা ইউনিকোডে রূপান্তর করা হয়েছে', 'text typed in the Bijoy/SutonnyMJ encoding was converted to Unicode'),
    summary: t(
      '{{count, digits}}টি ঘরের লেখা বিজয় (SutonnyMJ) এনকোডিংয়ে ছিল; ইউনিকোডে রূপান্তর করা হয়েছে',
      '{{count}} cells were typed in the Bijoy/SutonnyMJ encoding and were converted to Unicode',
    ),
  },
  'unplaced-row': {
    values: t('{{row, digits}} নম্বর সারিতে মান আছে কিন্তু কোনো সূচক নেই; সারিটি পড়া হয়নি', 'row {{row}} has values but no indicator; it was not read'),
    text: t(
      '{{row, digits}} নম্বর সারিতে সূচকের ঘরে লেখা আছে কিন্তু কোড বা মান নেই; সারিটি পড়া হয়নি',
      'row {{row}} has text in the indicator column but no code or values; it was not read',
    ),
  },
  'unknown-unit': { default: t('একক "{{text}}" চেনা যায়নি', 'unit "{{text}}" is not recognised') },
  'unit-inferred': {
    default: t(
      'একক কলাম নেই: প্রতিটি সূচকের একক লক্ষ্যমাত্রার মান দেখে নির্ধারণ করা হয়েছে',
      'no unit column: each indicator’s unit was inferred from its target values',
    ),
  },
  'bad-value': {
    weight: t('সূচকের মান সংখ্যা নয়: "{{text}}"', 'indicator weight is not a number: "{{text}}"'),
    'area-weight': t('ক্ষেত্রের মান সংখ্যা নয়: "{{text}}"', 'area weight is not a number: "{{text}}"'),
  },
  'no-target-columns': { default: t('লক্ষ্যমাত্রার কোনো কলাম পাওয়া যায়নি', 'no target column was found') },
  'no-indicator-column': { default: t('সূচকের কলাম চিহ্নিত করা হয়নি', 'no column is mapped to the indicator') },
  'cells-ignored': {
    default: t('{{column, digits}} নম্বর কলামের পরের {{count, digits}}টি ঘর পড়া হয়নি', '{{count}} cells beyond column {{column}} were ignored'),
  },
  'external-links-ignored': {
    default: t(
      'ফাইলটিতে অন্য ওয়ার্কবুকের {{count, digits}}টি লিংক আছে; লিংকগুলো অনুসরণ করা হয়নি, সংরক্ষিত মান পড়া হয়েছে',
      'the file links to {{count}} other workbook(s); the links were not followed, the saved values were read',
    ),
  },
  'macros-ignored': { default: t('ফাইলটিতে ম্যাক্রো আছে; ম্যাক্রো চালানো হয়নি', 'the file contains macros; they were not run') },
  'scripts-ignored': { default: t('পিডিএফটিতে স্ক্রিপ্ট (JavaScript) আছে; চালানো হয়নি', 'the PDF contains scripts (JavaScript); they were not run') },
  'attachments-ignored': {
    default: t('পিডিএফটিতে {{count, digits}}টি সংযুক্ত ফাইল আছে; খোলা হয়নি', 'the PDF has {{count}} attached file(s); they were not opened'),
  },
} as const satisfies Record<string, Record<string, MessageText>>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_TEXTS;
/** The codes the reader reports (the review checks add the rest of domain.md §5). */
export const READER_DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_TEXTS) as DiagnosticCode[];
export type DiagnosticVariant<C extends DiagnosticCode> = keyof (typeof DIAGNOSTIC_TEXTS)[C] & string;

/** The renderer's dictionary of one language: `diagnostics.<code>.<variant>`. */
export function diagnosticDictionary(language: 'bn' | 'en'): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [code, variants] of Object.entries(DIAGNOSTIC_TEXTS)) {
    out[code] = Object.fromEntries(Object.entries(variants).map(([variant, text]) => [variant, (text as MessageText)[language]]));
  }
  return out;
}

/**
 * A stored diagnostic's text in one language, from its code, variant and params (its own `message`,
 * Bengali, when it names a wording this version does not have, e.g. one stored by an older version).
 */
export function diagnosticMessage(
  d: { code: string; message: string; variant?: string | undefined; params?: Record<string, string | number> | undefined; messageEn?: string | undefined },
  language: 'bn' | 'en',
): string {
  const text = (DIAGNOSTIC_TEXTS as Record<string, Record<string, MessageText> | undefined>)[d.code]?.[d.variant ?? 'default'];
  if (text && (d.params || !/\{\{/.test(text[language]))) return fillTemplate(text[language], d.params ?? {}, language);
  return language === 'en' ? (d.messageEn ?? d.message) : d.message;
}

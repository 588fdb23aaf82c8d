// The vocabulary of a plan (shared/domain.md §1–3): its periods, target levels, units and plan types,
// with their names in Bengali and English. One definition for the documents, the reader and the UI.

export const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'annual'] as const;
export type Period = (typeof PERIODS)[number];

export const LEVELS = [100, 90, 80, 70, 60] as const;
export type Level = (typeof LEVELS)[number];
/** The levels as the keys of an indicator's targets, in the same order. */
export const LEVEL_KEYS = ['100', '90', '80', '70', '60'] as const;

export const UNITS = ['date', 'number', 'percent'] as const;
export type Unit = (typeof UNITS)[number];

export const PLAN_TYPES = ['egov', 'apa', 'nis', 'grs', 'citizen-charter', 'rti', 'unknown'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export type TermLanguage = 'bn' | 'en';

export const PERIOD_NAMES: Record<TermLanguage, Record<Period, string>> = {
  bn: { Q1: '১ম ত্রৈমাসিক', Q2: '২য় ত্রৈমাসিক', Q3: '৩য় ত্রৈমাসিক', Q4: '৪র্থ ত্রৈমাসিক', H1: 'অর্ধবার্ষিক', annual: 'বার্ষিক' },
  en: { Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', Q4: 'Q4', H1: 'Half-year', annual: 'Annual' },
};

/** The levels as the plan table's header names them (domain §1). */
export const LEVEL_NAMES: Record<TermLanguage, Record<Level, string>> = {
  bn: { 100: 'অসাধারণ', 90: 'অতি উত্তম', 80: 'উত্তম', 70: 'চলতি মান', 60: 'চলতি মানের নিম্নে' },
  en: { 100: 'Excellent', 90: 'Very good', 80: 'Good', 70: 'Fair', 60: 'Below fair' },
};

/** A three-level plan (100/80/60) calls its 60% level চলতি মান (seed 004). */
export function levelName(level: Level, levels: readonly Level[], language: TermLanguage = 'bn'): string {
  if (level === 60 && !levels.includes(70)) return LEVEL_NAMES[language][70];
  return LEVEL_NAMES[language][level];
}

// Calls of first-run setup, settings and fiscal years.
import { z } from 'zod';
import { fiscalYearLabel, optionalEmail, optionalText } from './common.js';
import { officeFieldsSchema, type Office } from './offices.js';

export const signatorySchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  designation: z.string().trim().min(1, 'designation is required').max(200),
  phone: optionalText(100),
  email: optionalEmail,
});
export type Signatory = z.output<typeof signatorySchema>;

/** The own office's wing (বিভাগ/অনুবিভাগ/অধিশাখা) and branch (শাখা/সেল): the letterhead's lines under the office, the branch also in the signature. */
export const ownBranchSchema = z.object({ wing: optionalText(200), branch: optionalText(200) }).strict();
export type OwnBranch = z.output<typeof ownBranchSchema>;

export const LANGUAGES = ['bn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface AppSettings {
  language: Language;
  /** The fiscal year the user picked, or null to follow today's date. */
  fiscalYear: string | null;
  signatory: Signatory | null;
  ownOfficeId: number | null;
  /** The wing and branch of the own office the letters come from. */
  ownBranch: OwnBranch;
  /** Days after a period's end by which an office's report is due (its review deadline). */
  reportGraceDays: number;
}

/** Days after a period's end a report is due unless the settings say otherwise (domain.md §3: about two weeks). */
export const DEFAULT_REPORT_GRACE_DAYS = 15;

export interface FiscalYearInfo {
  years: string[];
  /** The fiscal year today's date falls in. */
  current: string;
  /** The one the app works on: the user's pick, or the current one. */
  selected: string;
}

export const settingsCalls = {
  'setup.status': { input: z.object({}).strict() },
  'setup.complete': {
    input: z.object({ office: officeFieldsSchema, signatory: signatorySchema }).strict(),
  },
  'settings.get': { input: z.object({}).strict() },
  'settings.update': {
    input: z
      .object({
        language: z.enum(LANGUAGES).optional(),
        fiscalYear: fiscalYearLabel.nullable().optional(),
        signatory: signatorySchema.optional(),
        ownBranch: ownBranchSchema.optional(),
        reportGraceDays: z.number().int('a whole number of days').min(0).max(90).optional(),
      })
      .strict(),
  },
  'fiscalYears.list': { input: z.object({}).strict() },
} as const;

export interface SettingsOutputs {
  'setup.status': { needsSetup: boolean; ownOffice: Office | null; signatory: Signatory | null };
  'setup.complete': { ownOffice: Office };
  'settings.get': AppSettings;
  'settings.update': AppSettings;
  'fiscalYears.list': FiscalYearInfo;
}

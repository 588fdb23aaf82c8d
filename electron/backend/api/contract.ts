// The one API contract between the renderer and the backend: a zod schema per call for the input,
// and the TypeScript type of its output. The preload bridge (Electron IPC) and the web transport
// (HTTP on 127.0.0.1) both carry exactly these calls, and the dispatcher validates every input.
import { z } from 'zod';

export const OFFICE_LEVELS = ['ministry', 'division', 'department', 'divisional', 'district', 'upazila', 'other'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

/** Optional free text: trimmed; empty becomes null. */
const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const optionalEmail = z
  .union([z.literal(''), z.email()])
  .nullish()
  .transform((v) => (v ? v : null));

/** A memo/file-number prefix: dot-separated digit groups, Bengali or Latin digits (e.g. ৫৫.০০.০০০০.১১৮.৩৬.০১). */
const memoPrefix = z
  .string()
  .trim()
  .regex(/^([0-9০-৯]+)(\.[0-9০-৯]+)*$/, 'dot-separated digit groups expected')
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v ? v : null));

const id = z.number().int().positive();

export const officeFieldsSchema = z.object({
  nameBn: z.string().trim().min(1, 'name is required').max(300),
  nameEn: optionalText(300),
  shortName: optionalText(60),
  level: z.enum(OFFICE_LEVELS),
  address: optionalText(),
  website: optionalText(200),
  email: optionalEmail,
  phone: optionalText(100),
  headDesignation: optionalText(200),
  memoPrefix,
});
export type OfficeFields = z.output<typeof officeFieldsSchema>;

export const signatorySchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  designation: z.string().trim().min(1, 'designation is required').max(200),
  phone: optionalText(100),
  email: optionalEmail,
});
export type Signatory = z.output<typeof signatorySchema>;

export interface Office extends OfficeFields {
  id: number;
  parentId: number | null;
  isOwn: boolean;
  active: boolean;
  /** Whether plans, reports or sub-offices refer to it: such an office is never hard-deleted. */
  hasData: boolean;
  createdAt: string;
  updatedAt: string;
}

export const LANGUAGES = ['bn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface AppSettings {
  language: Language;
  /** The fiscal year the user picked, or null to follow today's date. */
  fiscalYear: string | null;
  signatory: Signatory | null;
  ownOfficeId: number | null;
}

export interface FiscalYearInfo {
  years: string[];
  /** The fiscal year today's date falls in. */
  current: string;
  /** The one the app works on: the user's pick, or the current one. */
  selected: string;
}

export const officeImportFileSchema = z.object({
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64-encoded (both transports carry JSON). */
  contentBase64: z.string().min(1).max(30_000_000),
});

export interface OfficeImportRow {
  rowNumber: number;
  nameBn: string;
  parentName: string | null;
  level: string;
  fields: Partial<OfficeFields>;
  issues: { path: string; code: string; message: string }[];
}

export interface OfficeImportPreview {
  fileName: string;
  sheet: string | null;
  rows: OfficeImportRow[];
  validCount: number;
  errorCount: number;
}

const fiscalYearLabel = z.string().regex(/^\d{4}-\d{2}$/, 'fiscal year like 2023-24 expected');

/** Every call: its input schema and (as a type only) its output. */
export const apiContract = {
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
      })
      .strict(),
  },
  'fiscalYears.list': { input: z.object({}).strict() },
  'offices.list': {
    input: z.object({ query: z.string().max(200).optional(), includeInactive: z.boolean().optional() }).strict(),
  },
  'offices.get': { input: z.object({ id }).strict() },
  'offices.create': { input: officeFieldsSchema.extend({ parentId: id }).strict() },
  'offices.update': { input: officeFieldsSchema.partial().extend({ id }).strict() },
  'offices.move': { input: z.object({ id, parentId: id }).strict() },
  'offices.setActive': { input: z.object({ id, active: z.boolean() }).strict() },
  'offices.delete': { input: z.object({ id }).strict() },
  'offices.importPreview': { input: officeImportFileSchema.strict() },
  'offices.importConfirm': { input: officeImportFileSchema.strict() },
} as const;

export type ApiCallName = keyof typeof apiContract;
export type ApiInput<N extends ApiCallName> = z.input<(typeof apiContract)[N]['input']>;
export type ApiParsedInput<N extends ApiCallName> = z.output<(typeof apiContract)[N]['input']>;

export interface ApiOutputs {
  'setup.status': { needsSetup: boolean; ownOffice: Office | null; signatory: Signatory | null };
  'setup.complete': { ownOffice: Office };
  'settings.get': AppSettings;
  'settings.update': AppSettings;
  'fiscalYears.list': FiscalYearInfo;
  'offices.list': Office[];
  'offices.get': Office;
  'offices.create': Office;
  'offices.update': Office;
  'offices.move': Office;
  'offices.setActive': Office;
  'offices.delete': { deleted: boolean };
  'offices.importPreview': OfficeImportPreview;
  'offices.importConfirm': { created: number; skipped: number };
}
export type ApiOutput<N extends ApiCallName> = ApiOutputs[N];

export function isApiCallName(name: string): name is ApiCallName {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}

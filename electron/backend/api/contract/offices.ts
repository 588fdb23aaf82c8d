// Calls of the office registry.
import { z } from 'zod';
import { fileUploadSchema, id, optionalEmail, optionalText } from './common.js';
import { OFFICE_LEVELS } from '../../../../common/terms/office-levels.js';

import type { Period, PlanDocument } from '../../../../common/plan-document/schema.js';

export type { OfficeLevel } from '../../../../common/terms/office-levels.js';

/** A memo/file-number prefix: dot-separated digit groups, Bengali or Latin digits (e.g. ৫৫.০০.০০০০.১১৮.৩৬.০১). */
const memoPrefix = z
  .string()
  .trim()
  .regex(/^([0-9০-৯]+)(\.[0-9০-৯]+)*$/, 'dot-separated digit groups expected')
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v ? v : null));

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
  /** Rows naming an office the registry already holds (issue "office-exists"): kept as they are, not added. */
  existingCount: number;
  errorCount: number;
}

export type VersionKind = 'plan' | 'report';

/** Why a version cannot be deleted: a review of it, or a memo number issued while it was current. */
export type VersionBlocker = { code: 'version-has-review' } | { code: 'version-memo-issued'; memoNumber: string; issuedOn: string };

/** One stored version of an office's plan (per year) or report (per year and period). */
export interface StoredVersion {
  kind: VersionKind;
  /** The plan's id for a plan, the report's id for a report. */
  id: number;
  planId: number;
  officeId: number;
  fiscalYear: string;
  period: Period | null;
  version: number;
  fileName: string | null;
  /** When it was imported (UTC instant). */
  createdAt: string;
  receivedOn: string | null;
  indicatorCount: number;
  /** The latest version: the one the review, the package and the home screen read. */
  current: boolean;
  blockers: VersionBlocker[];
}

/** The versions of one plan (office, year) or report (office, year, period), newest first. */
export interface VersionGroup {
  kind: VersionKind;
  fiscalYear: string;
  period: Period | null;
  count: number;
  currentVersion: number;
  versions: StoredVersion[];
}

export interface OpenedVersion {
  version: StoredVersion;
  officeName: string;
  document: PlanDocument;
}

const versionRef = z.object({ kind: z.enum(['plan', 'report']), id }).strict();

export const officeCalls = {
  'offices.list': {
    input: z.object({ query: z.string().max(200).optional(), includeInactive: z.boolean().optional() }).strict(),
  },
  'offices.get': { input: z.object({ id }).strict() },
  'offices.create': { input: officeFieldsSchema.extend({ parentId: id }).strict() },
  'offices.update': { input: officeFieldsSchema.partial().extend({ id }).strict() },
  'offices.move': { input: z.object({ id, parentId: id }).strict() },
  'offices.setActive': { input: z.object({ id, active: z.boolean() }).strict() },
  'offices.delete': { input: z.object({ id }).strict() },
  'offices.importPreview': { input: fileUploadSchema.strict() },
  'offices.importConfirm': { input: fileUploadSchema.strict() },
  'offices.versions': { input: z.object({ officeId: id }).strict() },
  'versions.open': { input: versionRef },
  'versions.delete': { input: versionRef },
} as const;

export interface OfficeOutputs {
  'offices.list': Office[];
  'offices.get': Office;
  'offices.create': Office;
  'offices.update': Office;
  'offices.move': Office;
  'offices.setActive': Office;
  'offices.delete': { deleted: boolean };
  'offices.importPreview': OfficeImportPreview;
  /** `existing`: rows skipped because the registry already holds that office (part of `skipped`). */
  'offices.importConfirm': { created: number; skipped: number; existing: number };
  'offices.versions': VersionGroup[];
  'versions.open': OpenedVersion;
  /** `currentVersion`: the version now current for that year (and period), null when none is left. */
  'versions.delete': { deleted: true; currentVersion: number | null };
}

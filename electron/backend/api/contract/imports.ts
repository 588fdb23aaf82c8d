// Calls of the spreadsheet import screen, and the office's stored documents.
import { z } from 'zod';
import { periodSchema, type Period, type PlanDocument } from '../../../../common/plan-document/schema.js';
import type { ColumnRoleLabel, Layout } from '../../spreadsheet-import/index.js';
import type { Finding } from '../../review-checks/index.js';
import type { ApiErrorBody } from '../errors.js';
import { fileUploadSchema, fiscalYearLabel, id, isoDate } from './common.js';
import { MAX_COMMIT_MANY } from '../../../../common/limits.js';

/** The user's corrections to what the importer detected (mapping editor). Rows are 0-based. */
export const layoutOverrideSchema = z
  .object({
    sheet: z.string().max(200).optional(),
    headerRowStart: z.number().int().min(0).max(1_000_000).optional(),
    headerRowEnd: z.number().int().min(0).max(1_000_000).optional(),
    dataRowStart: z.number().int().min(0).max(1_000_000).optional(),
    dataRowEnd: z.number().int().min(0).max(1_000_000).optional(),
    columns: z.array(z.object({ column: z.number().int().min(0).max(16_384), role: z.string().max(40) }).strict()).max(500).optional(),
  })
  .strict();
export type LayoutOverride = z.output<typeof layoutOverrideSchema>;

const stagedId = z.string().regex(/^[0-9a-f]{64}$/, 'staged file id expected');

export interface DuplicateInfo {
  fileName: string;
  storedAt: string;
  officeName: string | null;
  fiscalYear: string | null;
  kind: 'plan' | 'report';
  period: Period | null;
}

export interface ImportAnalysis {
  stagedId: string;
  fileName: string;
  sha256: string;
  sheets: string[];
  layout: Layout;
  roles: readonly ColumnRoleLabel[];
  document: PlanDocument;
  /** The office as the file names it, and registry offices that look like it. */
  detectedOfficeName: string | null;
  officeSuggestions: { officeId: number; name: string; score: number }[];
  officeId: number | null;
  fiscalYear: string | null;
  /** The period the achievements are stored for; null for a plan without achievement columns. */
  period: Period | null;
  /** The date the file gives itself (a cover letter's or title's "তারিখ: …"): the receipt date proposed; null when it has none. */
  letterDate: string | null;
  kind: 'plan' | 'report';
  findings: Finding[];
  duplicateOf: DuplicateInfo | null;
}

export interface ImportResult {
  planId: number;
  planVersion: number;
  reportId: number | null;
  reportVersion: number | null;
  kind: 'plan' | 'report';
}

export interface OfficeDocument {
  kind: 'plan' | 'report';
  id: number;
  planId: number;
  fiscalYear: string;
  period: Period | null;
  version: number;
  fileName: string | null;
  createdAt: string;
  indicatorCount: number;
}

const commitInputSchema = z
  .object({
    stagedId,
    layout: layoutOverrideSchema.optional(),
    officeId: id,
    fiscalYear: fiscalYearLabel,
    period: periodSchema.nullable(),
    receivedOn: isoDate.nullable().optional(),
  })
  .strict();
export type CommitInput = z.output<typeof commitInputSchema>;


/** One file's outcome in imports.commitMany. */
export type CommitOutcome = { stagedId: string; ok: true; result: ImportResult } | { stagedId: string; ok: false; error: ApiErrorBody };

export const importCalls = {
  'offices.documents': { input: z.object({ officeId: id }).strict() },
  'imports.stage': { input: fileUploadSchema.strict() },
  'imports.analyse': {
    input: z
      .object({
        stagedId,
        layout: layoutOverrideSchema.optional(),
        officeId: id.optional(),
        fiscalYear: fiscalYearLabel.optional(),
        period: periodSchema.nullable().optional(),
      })
      .strict(),
  },
  'imports.commit': { input: commitInputSchema },
  /** Several confirmed files in one transaction (each on its own: one refused leaves the others stored). */
  'imports.commitMany': { input: z.object({ files: z.array(commitInputSchema).min(1).max(MAX_COMMIT_MANY) }).strict() },
  'imports.discard': { input: z.object({ stagedId }).strict() },
} as const;

export interface ImportOutputs {
  'offices.documents': OfficeDocument[];
  'imports.stage': ImportAnalysis;
  'imports.analyse': ImportAnalysis;
  'imports.commit': ImportResult;
  'imports.commitMany': { results: CommitOutcome[] };
  'imports.discard': { discarded: boolean };
}

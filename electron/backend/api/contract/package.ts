// Calls of the submission package: compose the memo, preview every document, generate the package
// as a job (progress, cancel), and the memo register.
import { z } from 'zod';
import { periodSchema, type Period } from '../../../../common/plan-document/schema.js';
import type { DocumentModel } from '../../../../common/documents/model.js';
import type { JobStatus } from '../../jobs/job-runner.js';
import type { IssuedMemoRow } from '../../memo-register/memo-register.js';
import { fiscalYearLabel, isoDate, optionalEmail, optionalText } from './common.js';

export type { JobStatus };

const lines = (max = 40) => z.array(z.string().trim().max(1000)).max(max);

/** What the user composes on the Package screen. */
export const memoDraftSchema = z
  .object({
    /** The file number the memo's serial is issued in (the office's prefix and file). */
    fileNumber: z.string().trim().min(1).max(120),
    /** The serial to start from when the paper register is already further on. */
    startAt: z.number().int().min(1).max(1_000_000).optional(),
    date: isoDate,
    showBengaliDate: z.boolean(),
    letterhead: z.object({ slogan: optionalText(300), lines: lines(8), website: optionalText(200) }).strict(),
    recipient: lines(8),
    recipientPosition: z.enum(['before-subject', 'after-signature']),
    attention: optionalText(500),
    subject: z.string().trim().min(1).max(1000),
    reference: optionalText(1000),
    body: lines(20),
    attachments: optionalText(300),
    signatory: z
      .object({
        name: z.string().trim().min(1).max(200), designation: z.string().trim().min(1).max(200), branch: optionalText(200),
        office: optionalText(300), phone: optionalText(100), email: optionalEmail,
      })
      .strict(),
    copyList: z.object({ intro: z.string().trim().max(300), entries: lines(40) }).strict().nullable(),
  })
  .strict();
export type MemoDraft = z.output<typeof memoDraftSchema>;

export const packagePartsSchema = z
  .object({
    selfAssessment: z.boolean(),
    reviewReport: z.boolean(),
    feedbackLetters: z.boolean(),
    evidenceIndex: z.boolean(),
    auditLog: z.boolean().optional(),
  })
  .strict();
export type PackageParts = z.output<typeof packagePartsSchema>;
export type PackagePart = Exclude<keyof PackageParts, 'auditLog'>;

/**
 * Feedback letters that already have memo numbers (an earlier package of the same year and period issued
 * them): keep those numbers and dates (the letters went out with them), or issue new ones.
 */
export const FEEDBACK_NUMBERING = ['reuse', 'new'] as const;
export type FeedbackNumbering = (typeof FEEDBACK_NUMBERING)[number];

const target = { fiscalYear: fiscalYearLabel, period: periodSchema };
const generation = { ...target, draft: memoDraftSchema, parts: packagePartsSchema, feedbackNumbers: z.enum(FEEDBACK_NUMBERING).optional() };

/**
 * Something the user should know before generating, as a stable code and its parameters (the renderer
 * words it): a part that cannot be enclosed and why, memo text that names what is not enclosed, a serial
 * already used, numbers an earlier package issued.
 */
export interface PackageNotice {
  code:
    | 'part-unavailable'
    | 'memo-mentions-missing-part'
    | 'serial-used'
    | 'package-issued-before'
    | 'feedback-numbers-issued'
    | 'own-evidence-missing'
    /** Saved feedback letters written before their review last changed (params: count, offices). */
    | 'feedback-letter-stale';
  /** Which part, for part notices. */
  part?: PackagePart;
  /** Why a part is unavailable: no-own-report, no-subordinate-offices, no-reports-received, no-evidence-files. */
  reason?: string;
  params: Record<string, string | number>;
}

/** A memo number an earlier generation issued for this year and period. */
export interface IssuedNumber {
  memoNumber: string;
  issuedOn: string;
  /** The office a feedback letter went to; null for the package's memo. */
  officeName: string | null;
}

export interface PackageComposition {
  fiscalYear: string;
  period: Period;
  draft: MemoDraft;
  /** The memo number the next generation would issue (nothing is issued until it runs). */
  nextMemoNumber: string | null;
  available: { selfAssessment: boolean; reviewedOffices: number; feedbackLetters: number; evidenceFiles: number };
  /** Why a part cannot be enclosed (absent: it can). */
  unavailable: Partial<Record<PackagePart, string>>;
  /** Numbers earlier generations issued for this year and period: the memo's, and the feedback letters'. */
  issued: { memo: IssuedNumber[]; feedback: IssuedNumber[] };
  templates: MemoTemplate[];
}

export interface MemoTemplate {
  name: string;
  draft: Omit<MemoDraft, 'date' | 'startAt'>;
}

export interface GeneratedPackage {
  folder: string;
  name: string;
  zip: string;
  memoNumber: string;
  /** Each feedback letter's number and date, and whether an earlier package had issued it. */
  feedbackNumbers: { officeName: string; memoNumber: string; date: string; reused: boolean }[];
  files: { path: string; sha256: string; bytes: number }[];
}

export type { IssuedMemoRow };

export const packageCalls = {
  /** `parts`: word the memo for these parts (default: every part that can be enclosed). */
  'package.compose': { input: z.object({ ...target, parts: packagePartsSchema.optional() }).strict() },
  'package.preview': { input: z.object(generation).strict() },
  'package.start': { input: z.object(generation).strict() },
  'package.status': { input: z.object({ jobId: z.string().uuid() }).strict() },
  'package.cancel': { input: z.object({ jobId: z.string().uuid() }).strict() },
  'package.list': { input: z.object({}).strict() },
  'package.openFolder': { input: z.object({ folder: z.string().min(1).max(1000) }).strict() },
  'memos.register': { input: z.object({}).strict() },
  /** `parts`: what the draft was worded for, so its words for them become the template's {contents}. */
  'memos.saveTemplate': { input: z.object({ ...target, name: z.string().trim().min(1).max(100), draft: memoDraftSchema, parts: packagePartsSchema.optional() }).strict() },
} as const;

export interface PackageOutputs {
  'package.compose': PackageComposition;
  'package.preview': { documents: DocumentModel[]; nextMemoNumber: string | null; notices: PackageNotice[] };
  'package.start': JobStatus<GeneratedPackage>;
  'package.status': JobStatus<GeneratedPackage>;
  'package.cancel': JobStatus<GeneratedPackage>;
  'package.list': { name: string; folder: string; createdAt: string; memoNumber: string | null }[];
  'package.openFolder': { opened: boolean };
  'memos.register': IssuedMemoRow[];
  'memos.saveTemplate': MemoTemplate[];
}

// The Package screen's backend: compose, preview, generate as a job, list, and the memo register.
import fs from 'node:fs';
import path from 'node:path';
import type { FeedbackNumbering, GeneratedPackage, MemoDraft, PackageComposition, PackageNotice, PackageParts } from '../api/contract/package.js';
import type { AppDatabase } from '../database/open-database.js';
import type { DocumentModel } from '../../../common/documents/model.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import { JobRunner, type JobStatus } from '../jobs/job-runner.js';
import { findOwnOffice, listOffices } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { composeDraft, listTemplates, saveTemplate } from './compose.js';
import { generatePackage } from './generate-package.js';
import { fieldError } from '../api/errors.js';
import { parseFileNumber } from '../memo-register/memo-number.js';
import { planNumbers, previousNumbers } from './memo-numbers.js';
import { availability, availableParts, ownEvidenceNotice, partNotices, serialNotice, staleLetterNotice } from './package-availability.js';
import { buildPackageDocuments, documentList } from './package-documents.js';
import { removeStalePartials } from './package-folder.js';

export interface PackageServiceDeps {
  database: AppDatabase;
  dataDir: string;
  today: () => Date;
  createPrinter: () => Promise<PdfPrinter>;
}

export interface GenerationInput {
  fiscalYear: string;
  period: Period;
  draft: MemoDraft;
  parts: PackageParts;
  feedbackNumbers?: FeedbackNumbering | undefined;
}

export class PackageService {
  private readonly jobs = new JobRunner();
  readonly packagesDir: string;

  constructor(private readonly deps: PackageServiceDeps) {
    this.packagesDir = path.join(deps.dataDir, 'packages');
    removeStalePartials(this.packagesDir); // left by a generation that was killed
  }

  /** The memo worded for `parts` (default: every part that can be enclosed), what can be enclosed and why not, and the numbers issued before. */
  compose(fiscalYear: string, period: Period, parts?: PackageParts): PackageComposition {
    const { database } = this.deps;
    const a = availability(database, fiscalYear, period);
    const draft = composeDraft(database.db, fiscalYear, period, this.deps.today(), parts ?? availableParts(a));
    const offices = listOffices(database.db, { includeInactive: true });
    const names = new Map(offices.map((o) => [o.id, o.nameBn]));
    const previous = previousNumbers(database.db, fiscalYear, period, names.keys(), (id) => names.get(id) ?? String(id));
    const numbers = planNumbers(this.numberingInput({ fiscalYear, period, draft }), []);
    return {
      fiscalYear, period, draft,
      nextMemoNumber: numbers.memo.memoNumber === '…' ? null : numbers.memo.memoNumber,
      available: a.available,
      unavailable: a.unavailable,
      issued: {
        memo: previous.memo,
        feedback: [...previous.feedback.values()].map((m) => ({ memoNumber: m.memoNumber, issuedOn: m.issuedOn, officeName: m.officeName })),
      },
      templates: listTemplates(database.db),
    };
  }

  private numberingInput(input: Pick<GenerationInput, 'fiscalYear' | 'period' | 'draft' | 'feedbackNumbers'>) {
    const own = findOwnOffice(this.deps.database.db);
    return {
      db: this.deps.database.db, ownOfficeId: own?.id ?? 0, fiscalYear: input.fiscalYear, period: input.period,
      fileNumber: input.draft.fileNumber, startAt: input.draft.startAt, date: input.draft.date, subject: input.draft.subject,
      feedbackNumbers: input.feedbackNumbers,
    };
  }

  /** The documents as they will print, with the memo numbers the generation would issue, and what to know first. */
  preview(input: GenerationInput): { documents: DocumentModel[]; nextMemoNumber: string | null; notices: PackageNotice[] } {
    const { database } = this.deps;
    const offices = listOffices(database.db, { includeInactive: true });
    const own = findOwnOffice(database.db);
    const docs = buildPackageDocuments({ db: database.db, sqlite: database.sqlite, ...input, offices, numbers: (letters) => planNumbers(this.numberingInput(input), letters) });
    const notices: PackageNotice[] = [
      ...partNotices(availability(database, input.fiscalYear, input.period), input.parts, input.draft, own?.nameBn ?? ''),
      ...serialNotice(database, input.draft),
      ...ownEvidenceNotice(docs),
      ...staleLetterNotice(docs),
      ...this.issuedNotices(input, offices),
    ];
    const memoNumber = docs.numbers.memo.memoNumber;
    return { documents: documentList(docs), nextMemoNumber: memoNumber === '…' ? null : memoNumber, notices };
  }

  /** Saves the draft as a template; its words for the parts it was worded for (default: those that can be enclosed) become {contents}. */
  saveTemplate(input: { name: string; draft: MemoDraft; fiscalYear: string; period: Period; parts?: PackageParts | undefined }, actor: string) {
    const { database } = this.deps;
    const parts = input.parts ?? availableParts(availability(database, input.fiscalYear, input.period));
    return saveTemplate(database.db, actor, { ...input, parts });
  }

  /** A package of this year and period generated before; feedback letters numbered before (the user chooses: keep or new). */
  private issuedNotices(input: GenerationInput, offices: { id: number; nameBn: string }[]): PackageNotice[] {
    const names = new Map(offices.map((o) => [o.id, o.nameBn]));
    const previous = previousNumbers(this.deps.database.db, input.fiscalYear, input.period, names.keys(), (id) => names.get(id) ?? String(id));
    const notices: PackageNotice[] = [];
    const lastMemo = previous.memo[0];
    if (lastMemo) notices.push({ code: 'package-issued-before', params: { memoNumber: lastMemo.memoNumber, issuedOn: lastMemo.issuedOn, count: previous.memo.length } });
    if (input.parts.feedbackLetters && previous.feedback.size > 0) {
      const numbers = [...previous.feedback.values()].sort((a, b) => a.serial - b.serial).map((m) => m.memoNumber);
      notices.push({ code: 'feedback-numbers-issued', params: { count: previous.feedback.size, numbers: numbers.join(', '), choice: input.feedbackNumbers ?? '' } });
    }
    return notices;
  }

  start(input: GenerationInput, actor: string): JobStatus<GeneratedPackage> {
    // A file number that is not one is refused by the call itself, next to its field, before any job starts.
    if (!parseFileNumber(input.draft.fileNumber)) throw fieldError('fileNumber', 'invalid-file-number', `"${input.draft.fileNumber}" is not a file number (dot-separated digit groups)`);
    return this.jobs.start('package', (job) =>
      generatePackage(input, { database: this.deps.database, actor, packagesDir: this.packagesDir, createPrinter: this.deps.createPrinter }, job),
    ) as JobStatus<GeneratedPackage>;
  }

  status(jobId: string) {
    return this.jobs.status(jobId) as JobStatus<GeneratedPackage>;
  }

  cancel(jobId: string) {
    return this.jobs.cancel(jobId) as JobStatus<GeneratedPackage>;
  }

  wait(jobId: string) {
    return this.jobs.wait(jobId) as Promise<JobStatus<GeneratedPackage>>;
  }

  list(): { name: string; folder: string; createdAt: string; memoNumber: string | null }[] {
    if (!fs.existsSync(this.packagesDir)) return [];
    return fs
      .readdirSync(this.packagesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => {
        const folder = path.join(this.packagesDir, e.name);
        let manifest: { memoNumber?: string; createdAt?: string } = {};
        try {
          manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
        } catch {
          // a folder without a readable manifest is listed without its number
        }
        return { name: e.name, folder, createdAt: manifest.createdAt ?? fs.statSync(folder).mtime.toISOString(), memoNumber: manifest.memoNumber ?? null };
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Only folders this service wrote may be opened. */
  isPackageFolder(folder: string): boolean {
    const resolved = path.resolve(folder);
    return path.dirname(resolved) === path.resolve(this.packagesDir) && fs.existsSync(path.join(resolved, 'manifest.json'));
  }
}

// The Package screen's backend: compose, preview, generate as a job, list, and the memo register.
import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedPackage, MemoDraft, PackageComposition, PackageParts } from '../api/contract/package.js';
import type { AppDatabase } from '../database/open-database.js';
import type { DocumentModel } from '../../../common/documents/model.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import { JobRunner, type JobStatus } from '../jobs/job-runner.js';
import { formatMemoNumber, parseFileNumber } from '../memo-register/memo-number.js';
import { nextSerial } from '../memo-register/memo-register.js';
import { findOwnOffice, listOffices } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { reviewOverview } from '../review/review-overview.js';
import { composeDraft, listTemplates } from './compose.js';
import { generatePackage } from './generate-package.js';
import { buildPackageDocuments, documentList } from './package-documents.js';
import { removeStalePartials } from './package-folder.js';

export interface PackageServiceDeps {
  database: AppDatabase;
  dataDir: string;
  today: () => Date;
  createPrinter: () => Promise<PdfPrinter>;
}

/** What the next issue in a file would print, or null for a file number that is not one. */
function upcomingNumbers(database: AppDatabase, draft: Pick<MemoDraft, 'fileNumber' | 'startAt'>, count: number): string[] | null {
  const file = parseFileNumber(draft.fileNumber);
  if (!file) return null;
  const first = nextSerial(database.db, draft.fileNumber, draft.startAt);
  return Array.from({ length: count }, (_, i) => formatMemoNumber(file, first + i));
}

export class PackageService {
  private readonly jobs = new JobRunner();
  readonly packagesDir: string;

  constructor(private readonly deps: PackageServiceDeps) {
    this.packagesDir = path.join(deps.dataDir, 'packages');
    removeStalePartials(this.packagesDir); // left by a generation that was killed
  }

  compose(fiscalYear: string, period: Period): PackageComposition {
    const { database } = this.deps;
    const draft = composeDraft(database.db, fiscalYear, period, this.deps.today());
    const own = findOwnOffice(database.db);
    const overview = reviewOverview(database.sqlite, fiscalYear, period);
    const received = overview.offices.filter((o) => o.report !== null);
    const ownReport = own
      ? database.sqlite.prepare(`SELECT 1 FROM reports WHERE office_id = ? AND fiscal_year = ? AND period = ?`).get(own.id, fiscalYear, period)
      : undefined;
    const reportIds = received.map((o) => o.report!.id);
    const evidence = reportIds.length
      ? (database.sqlite.prepare(`SELECT count(*) AS n FROM evidence_files WHERE report_id IN (${reportIds.map(() => '?').join(',')})`).get(...reportIds) as { n: number }).n
      : 0;
    return {
      fiscalYear, period, draft,
      nextMemoNumber: upcomingNumbers(database, draft, 1)?.[0] ?? null,
      available: { selfAssessment: Boolean(ownReport), reviewedOffices: overview.offices.length, feedbackLetters: received.length, evidenceFiles: evidence },
      templates: listTemplates(database.db),
    };
  }

  /** The documents as they will print, with the memo numbers the generation would issue. */
  preview(input: { fiscalYear: string; period: Period; draft: MemoDraft; parts: PackageParts }): { documents: DocumentModel[]; nextMemoNumber: string | null } {
    const { database } = this.deps;
    const offices = listOffices(database.db, { includeInactive: true });
    const upcoming = upcomingNumbers(database, input.draft, 1 + offices.length) ?? [];
    const placeholder = '…';
    const feedbackOrder = new Map<number, number>();
    const numbers = {
      memo: upcoming[0] ?? placeholder,
      feedback: (officeId: number) => {
        if (!input.parts.feedbackLetters) return null;
        if (!feedbackOrder.has(officeId)) feedbackOrder.set(officeId, feedbackOrder.size + 1);
        return { memoNumber: upcoming[feedbackOrder.get(officeId)!] ?? placeholder, date: input.draft.date };
      },
    };
    return {
      documents: documentList(buildPackageDocuments({ db: database.db, sqlite: database.sqlite, ...input, numbers, offices })),
      nextMemoNumber: upcoming[0] ?? null,
    };
  }

  start(input: { fiscalYear: string; period: Period; draft: MemoDraft; parts: PackageParts }, actor: string): JobStatus<GeneratedPackage> {
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

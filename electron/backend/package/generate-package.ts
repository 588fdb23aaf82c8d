// Generates a submission package as a job: issue the memo numbers (committed first, so they are
// never reused), build the documents, print and write every file into a hidden partial folder, add
// the evidence, the manifest and a ZIP, then rename the folder into place.
import path from 'node:path';
import type { GeneratedPackage, MemoDraft, PackageParts } from '../api/contract/package.js';
import { fieldError } from '../api/errors.js';
import { memoIssueRows } from '../audit/audit-log.js';
import type { AppDatabase } from '../database/open-database.js';
import type { DocumentModel } from '../../../common/documents/model.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import type { JobContext } from '../jobs/job-runner.js';
import { issueMemoNumber } from '../memo-register/memo-register.js';
import { findOwnOffice, listOffices } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { readStoredFile } from '../stored-files/stored-files.js';
import { documentFiles } from './document-files.js';
import { buildPackageDocumentsInSteps, documentList } from './package-documents.js';
import { PackageFolder, removeStalePartials } from './package-folder.js';

export interface GenerateInput {
  fiscalYear: string;
  period: Period;
  draft: MemoDraft;
  parts: PackageParts;
}

export interface GenerateDeps {
  database: AppDatabase;
  actor: string;
  packagesDir: string;
  createPrinter: () => Promise<PdfPrinter>;
  /** The user's Nikosh (or other) font file for the PDFs, if set. */
  fontFile?: string | null;
}

/** ASCII-only, so the folder name survives every file system and ZIP tool. */
export function packageName(office: { nameEn: string | null; shortName: string | null }, fiscalYear: string, period: Period, serialNumber: string): string {
  const label = (office.shortName ?? office.nameEn ?? 'office').normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'office';
  return `APA-${label}-${fiscalYear}-${period}-${serialNumber}`;
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120);
}

export async function generatePackage(input: GenerateInput, deps: GenerateDeps, job: JobContext): Promise<GeneratedPackage> {
  const { db, sqlite } = deps.database;
  const own = findOwnOffice(db);
  if (!own) throw fieldError('office', 'setup-required', 'set up the own office first');
  removeStalePartials(deps.packagesDir);
  job.checkpoint();

  // 1. Memo numbers: each in its own committed transaction before anything is written.
  job.report({ done: 0, total: 1, step: 'স্মারক নম্বর জারি', stepEn: 'issuing memo numbers' });
  const memo = issueMemoNumber(db, deps.actor, { officeId: own.id, fileNumber: input.draft.fileNumber, issuedOn: input.draft.date, subject: input.draft.subject, ...(input.draft.startAt ? { startAt: input.draft.startAt } : {}) });
  const feedbackNumbers = new Map<number, { memoNumber: string; date: string }>();
  const issuedIds = [memo.id]; // this package's memo numbers: the only audit rows its manifest carries
  const offices = listOffices(db, { includeInactive: true });
  const numbers = {
    memo: memo.memoNumber,
    feedback: (officeId: number) => {
      if (!input.parts.feedbackLetters) return null;
      let number = feedbackNumbers.get(officeId);
      if (!number) {
        const office = offices.find((o) => o.id === officeId);
        const issued = issueMemoNumber(db, deps.actor, { officeId: own.id, fileNumber: input.draft.fileNumber, issuedOn: input.draft.date, subject: `ফলাবর্তক: ${office?.nameBn ?? officeId}` });
        number = { memoNumber: issued.memoNumber, date: input.draft.date };
        issuedIds.push(issued.id);
        feedbackNumbers.set(officeId, number);
      }
      return number;
    },
  };
  job.checkpoint();

  // 2. The documents, built while Chromium starts (its own processes): the pauses between the offices
  // let the launch go on, and a cancel is seen in them.
  job.report({ done: 0, total: 1, step: 'নথি প্রস্তুত', stepEn: 'preparing the documents' });
  const printerReady = deps.createPrinter();
  printerReady.catch(() => undefined); // a failed launch is thrown where the printer is awaited
  let printer: PdfPrinter | null = null;
  let folder: PackageFolder | null = null;
  try {
    const docs = await buildPackageDocumentsInSteps({ db, sqlite, ...input, numbers, offices }, () => {
      job.checkpoint();
      return new Promise<void>((resolve) => setImmediate(resolve));
    });
    const list = documentList(docs);
    const total = list.length + docs.evidence.length + 2;
    folder = new PackageFolder(deps.packagesDir);
    printer = await printerReady;
    let done = 0;
    const names = fileNames(list);
    for (const [i, doc] of list.entries()) {
      job.checkpoint();
      job.report({ done, total, step: `নথি তৈরি: ${names[i]}`, stepEn: `writing ${names[i]}` });
      for (const file of await documentFiles(doc, printer, deps.fontFile ?? null)) folder.write(`${names[i]}.${file.extension}`, file.bytes);
      done++;
    }
    for (const [i, item] of docs.evidence.entries()) {
      job.checkpoint();
      job.report({ done, total, step: 'প্রমাণক কপি', stepEn: 'copying evidence' });
      const stored = readStoredFile(db, item.storedFileId);
      if (stored) folder.write(`evidence/${String(i + 1).padStart(3, '0')}-${safeFileName(stored.fileName)}`, stored.bytes);
      done++;
    }
    job.checkpoint();
    job.report({ done, total, step: 'ম্যানিফেস্ট ও জিপ', stepEn: 'manifest and ZIP' });
    const name = packageName(own, input.fiscalYear, input.period, String(memo.serial));
    const manifest = {
      format: 'apa-package/1',
      office: own.nameBn,
      fiscalYear: input.fiscalYear,
      period: input.period,
      memoNumber: memo.memoNumber,
      feedbackMemoNumbers: Object.fromEntries([...feedbackNumbers.entries()].map(([id, n]) => [offices.find((o) => o.id === id)?.nameBn ?? String(id), n.memoNumber])),
      createdAt: new Date().toISOString(),
      files: folder.written(),
      ...(input.parts.auditLog ? { auditLog: memoIssueRows(db, issuedIds) } : {}),
    };
    folder.write('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    const zip = folder.zip(name);
    job.checkpoint();
    const finalFolder = folder.commit(name);
    job.report({ done: total, total, step: 'সম্পন্ন', stepEn: 'done' });
    return { folder: finalFolder, name: path.basename(finalFolder), zip: path.join(finalFolder, zip), memoNumber: memo.memoNumber, files: folder.written() };
  } catch (error) {
    folder?.discard();
    throw error;
  } finally {
    // Chromium shuts down (a few hundred ms) after the package is complete or discarded, not before.
    void (printer ? Promise.resolve(printer) : printerReady).then((p) => p.close()).catch(() => undefined);
  }
}

/** File names (without extension) in package order: memo, annex-1-…, feedback/… */
function fileNames(list: DocumentModel[]): string[] {
  let annex = 0;
  let letter = 0;
  return list.map((doc) => {
    switch (doc.kind) {
      case 'memo':
        return 'memo';
      case 'self-assessment':
        return `annex-${++annex}-self-assessment`;
      case 'review-report':
        return `annex-${++annex}-review-report`;
      case 'evidence-index':
        return `annex-${++annex}-evidence-index`;
      case 'feedback-letter':
        return `feedback/feedback-${String(++letter).padStart(2, '0')}`;
    }
  });
}

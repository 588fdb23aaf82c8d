// Generates a submission package as a job: check that the memo agrees with what it encloses, read the
// letters, issue the memo numbers (each committed at once, so never reused), build the documents, print
// and write every file into a hidden partial folder, add the evidence, the manifest and a ZIP, then
// rename the folder into place.
import { toLatinDigits } from '../../../common/bengali/digits.js';
import path from 'node:path';
import type { GeneratedPackage } from '../api/contract/package.js';
import { fieldError } from '../api/errors.js';
import { memoIssueRows } from '../audit/audit-log.js';
import type { AppDatabase } from '../database/open-database.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import type { JobContext } from '../jobs/job-runner.js';
import { parseFileNumber } from '../memo-register/memo-number.js';
import { findOwnOffice, listOffices } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { readStoredFile } from '../stored-files/stored-files.js';
import { documentFiles } from './document-files.js';
import { issueNumbers, type MemoNumbers } from './memo-numbers.js';
import { availability, partNotices, refuseInconsistent, serialNotice } from './package-availability.js';
import { buildPackageDocumentsInSteps, packageEntries } from './package-documents.js';
import { PackageFolder, removeStalePartials } from './package-folder.js';
import type { GenerationInput } from './package-service.js';

export type GenerateInput = GenerationInput;

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

/** The memo register rows of every number a package carries: its letters' (kept or new) and its memo's. */
function carriedNumberIds(numbers: MemoNumbers): number[] {
  return [...numbers.feedback.values(), numbers.memo].flatMap((n) => (n.registerId === undefined ? [] : [n.registerId]));
}

/** The serial at the end of a memo number (৩৮.…২৪-১২ → "12"). */
function serialOf(memoNumber: string): string {
  return toLatinDigits(/[0-9০-৯]+$/.exec(memoNumber)?.[0] ?? '0');
}

export async function generatePackage(input: GenerateInput, deps: GenerateDeps, job: JobContext): Promise<GeneratedPackage> {
  const { db, sqlite } = deps.database;
  const own = findOwnOffice(db);
  if (!own) throw fieldError('office', 'setup-required', 'set up the own office first');
  if (!parseFileNumber(input.draft.fileNumber)) throw fieldError('fileNumber', 'invalid-file-number', `"${input.draft.fileNumber}" is not a file number (dot-separated digit groups)`);
  // Nothing is issued for a memo that would not agree with its enclosures, nor at a serial already used.
  refuseInconsistent([...partNotices(availability(deps.database, input.fiscalYear, input.period), input.parts, input.draft, own.nameBn), ...serialNotice(deps.database, input.draft)]);
  removeStalePartials(deps.packagesDir);
  job.checkpoint();

  // The documents, built while Chromium starts (its own processes): the pauses between the offices let
  // the launch go on, and a cancel is seen in them. The numbers are issued once the letters are read.
  job.report({ done: 0, total: 1, step: 'নথি প্রস্তুত ও স্মারক নম্বর জারি', stepEn: 'preparing the documents, issuing memo numbers' });
  const printerReady = deps.createPrinter();
  printerReady.catch(() => undefined); // a failed launch is thrown where the printer is awaited
  let printer: PdfPrinter | null = null;
  let folder: PackageFolder | null = null;
  let issued: MemoNumbers | null = null;
  const numbering = {
    db, ownOfficeId: own.id, fiscalYear: input.fiscalYear, period: input.period, fileNumber: input.draft.fileNumber,
    startAt: input.draft.startAt, date: input.draft.date, subject: input.draft.subject, feedbackNumbers: input.feedbackNumbers,
  };
  try {
    const offices = listOffices(db, { includeInactive: true });
    const docs = await buildPackageDocumentsInSteps(
      // issued once: a build started again (a review saved during a pause) keeps the numbers
      { db, sqlite, ...input, offices, refuseStaleLetters: true, numbers: (letters) => (issued ??= issueNumbers(numbering, deps.actor, letters)) },
      () => {
        job.checkpoint();
        return new Promise<void>((resolve) => setImmediate(resolve));
      },
    );
    const entries = packageEntries(docs);
    const total = entries.length + docs.evidence.length + 2;
    folder = new PackageFolder(deps.packagesDir);
    printer = await printerReady;
    let done = 0;
    for (const entry of entries) {
      job.checkpoint();
      job.report({ done, total, step: `নথি তৈরি: ${entry.name.bn}`, stepEn: `writing ${entry.name.en}` });
      for (const file of await documentFiles(entry.doc, printer, { fontFile: deps.fontFile ?? null, author: own.nameBn })) {
        folder.write(`${entry.file}.${file.extension}`, file.bytes);
      }
      done++;
    }
    for (const item of docs.evidence) {
      job.checkpoint();
      job.report({ done, total, step: 'প্রমাণক কপি', stepEn: 'copying evidence' });
      const stored = readStoredFile(db, item.storedFileId);
      if (stored) folder.write(item.path, stored.bytes);
      done++;
    }
    job.checkpoint();
    job.report({ done, total, step: 'ম্যানিফেস্ট ও জিপ', stepEn: 'manifest and ZIP' });
    const memoNumber = docs.numbers.memo.memoNumber;
    const name = packageName(own, input.fiscalYear, input.period, serialOf(memoNumber));
    const officeName = new Map(offices.map((o) => [o.id, o.nameBn]));
    const feedbackNumbers = [...docs.numbers.feedback.entries()].map(([id, n]) => ({ officeName: officeName.get(id) ?? String(id), ...n }));
    const manifest = {
      format: 'apa-package/1',
      office: own.nameBn,
      fiscalYear: input.fiscalYear,
      period: input.period,
      memoNumber,
      feedbackMemoNumbers: Object.fromEntries(feedbackNumbers.map((n) => [n.officeName, n.memoNumber])),
      enclosures: docs.enclosed.map((e) => ({ number: e.number, file: e.file, entry: e.entry })),
      createdAt: new Date().toISOString(),
      files: folder.written(),
      // Only this package's audit rows: the issue of the memo numbers it carries (kept ones included).
      ...(input.parts.auditLog ? { auditLog: memoIssueRows(db, carriedNumberIds(docs.numbers)) } : {}),
    };
    folder.write('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    const zip = folder.zip(name);
    job.checkpoint();
    const finalFolder = folder.commit(name);
    job.report({ done: total, total, step: 'সম্পন্ন', stepEn: 'done' });
    return { folder: finalFolder, name: path.basename(finalFolder), zip: path.join(finalFolder, zip), memoNumber, feedbackNumbers, files: folder.written() };
  } catch (error) {
    folder?.discard();
    throw error;
  } finally {
    // Chromium shuts down (a few hundred ms) after the package is complete or discarded, not before.
    void (printer ? Promise.resolve(printer) : printerReady).then((p) => p.close()).catch(() => undefined);
  }
}

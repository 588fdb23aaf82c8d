// The worker thread that reads an untrusted file (see read-in-worker.ts): SheetJS (or the Word and PDF
// readers), the table's detection and normalising all run here, away from the thread that answers the UI and writes the
// database, and the parent can stop it when it takes too long. The parent posts one file at a time.
import { parentPort } from 'node:worker_threads';
import { isDocumentCheck, runChecks } from '../review-checks/index.js';
import { defaultPeriod } from './default-period.js';
import { isPlanReadError } from './errors.js';
import { isLayoutChoiceError, readTable, type TableChoice } from './layout-choice.js';
import { DEFAULT_LIMITS, isPdf, readAnyWorkbook } from './read.js';
import type { ReaderFailure, ReaderJob, WorkerTableRead } from './reader-protocol.js';

function failure(error: unknown, fileName: string): ReaderFailure {
  if (isPlanReadError(error)) {
    return { type: 'read', code: error.code, message: error.message, messageBn: error.messageBn, sheet: error.sheet, cell: error.cell };
  }
  if (isLayoutChoiceError(error)) return { type: 'layout', field: error.field, code: error.code, message: error.message };
  return { type: 'read', code: 'corrupt', message: `${fileName}: the file could not be read`, messageBn: `${fileName}: ফাইলটি পড়া যায়নি` };
}

async function readWithFindings(job: ReaderJob): Promise<WorkerTableRead> {
  const table = readTable(await readAnyWorkbook(job.bytes, job.fileName, DEFAULT_LIMITS, job.sha256), job.choice);
  const period = defaultPeriod(table.document, table.layout.periodHint) ?? 'H1';
  return { ...table, documentFindings: { period, findings: runChecks(table.document, { period }, isDocumentCheck) } };
}

let pdfReaderLoaded = false;

/**
 * The PDF reader (pdfjs) is loaded when the first PDF comes, the parent told while it loads: a file's
 * time cap counts its reading, not the loading of the code that reads it.
 */
async function loadPdfReader(job: ReaderJob): Promise<void> {
  if (pdfReaderLoaded || !isPdf(job.bytes)) return;
  parentPort!.postMessage({ loading: true });
  try {
    await import('../pdf-tables/read-pdf.js');
    pdfReaderLoaded = true;
  } finally {
    parentPort!.postMessage({ loading: false });
  }
}

parentPort!.on('message', async (job: ReaderJob & { choice: TableChoice }) => {
  try {
    await loadPdfReader(job);
    parentPort!.postMessage({ ok: true, table: await readWithFindings(job) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: failure(error, job.fileName) });
  }
});

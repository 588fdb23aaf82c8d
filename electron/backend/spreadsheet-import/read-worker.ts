// The worker thread that reads an untrusted file (see read-in-worker.ts): SheetJS (or the Word and PDF
// readers), the table's detection and normalising all run here, away from the thread that answers the UI and writes the
// database, and the parent can stop it when it takes too long. The last few workbooks that were slow
// to read are kept, so re-mapping a column in the preview reads such a file's table again without
// parsing the file again.
import { parentPort } from 'node:worker_threads';
import { isDocumentCheck, runChecks } from '../review-checks/index.js';
import { defaultPeriod } from './default-period.js';
import { isPlanReadError } from './errors.js';
import { isLayoutChoiceError, readTable, type TableChoice } from './layout-choice.js';
import { DEFAULT_LIMITS, isPdf, readAnyWorkbook, type Workbook } from './read.js';
import { KEEP_WORKBOOK_READ_MS, KEEP_WORKBOOKS, type ReaderFailure, type ReaderJob, type WorkerTableRead } from './reader-protocol.js';

const workbooks = new Map<string, Workbook>();

async function workbookOf(job: ReaderJob): Promise<Workbook> {
  let workbook = workbooks.get(job.sha256);
  if (workbook) workbooks.delete(job.sha256); // re-inserted below as the most recent
  else {
    const started = performance.now();
    workbook = await readAnyWorkbook(job.bytes, job.fileName, DEFAULT_LIMITS, job.sha256);
    if (performance.now() - started < KEEP_WORKBOOK_READ_MS) return workbook;
  }
  workbooks.set(job.sha256, workbook);
  while (workbooks.size > KEEP_WORKBOOKS) workbooks.delete(workbooks.keys().next().value!);
  return workbook;
}

function failure(error: unknown, fileName: string): ReaderFailure {
  if (isPlanReadError(error)) {
    return { type: 'read', code: error.code, message: error.message, messageBn: error.messageBn, sheet: error.sheet, cell: error.cell };
  }
  if (isLayoutChoiceError(error)) return { type: 'layout', field: error.field, code: error.code, message: error.message };
  return { type: 'read', code: 'corrupt', message: `${fileName}: the file could not be read`, messageBn: `${fileName}: ফাইলটি পড়া যায়নি` };
}

async function readWithFindings(job: ReaderJob): Promise<WorkerTableRead> {
  const table = readTable(await workbookOf(job), job.choice);
  const period = defaultPeriod(table.document, table.layout.periodHint) ?? 'H1';
  return { ...table, documentFindings: { period, findings: runChecks(table.document, { period }, isDocumentCheck) } };
}

/**
 * One job at a time, answered in the order posted (the parent matches answers to its jobs by that
 * order): a PDF is read asynchronously (pdfjs), and the file posted after it must wait for it.
 */
let queue: Promise<void> = Promise.resolve();
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

parentPort!.on('message', (job: ReaderJob & { id: number; choice: TableChoice }) => {
  queue = queue.then(async () => {
    try {
      await loadPdfReader(job);
      parentPort!.postMessage({ id: job.id, ok: true, table: await readWithFindings(job) });
    } catch (error) {
      parentPort!.postMessage({ id: job.id, ok: false, error: failure(error, job.fileName) });
    }
  });
});

// What passes between the import and its reader workers (read-in-worker.ts, read-worker.ts).
import type { Period } from '../../../common/plan-document/schema.js';
import type { Finding } from '../review-checks/index.js';
import type { PlanReadErrorCode } from './errors.js';
import type { TableChoice, TableRead } from './layout-choice.js';

/** Workbooks a worker keeps after reading them (the files most recently added or re-mapped). */
export const KEEP_WORKBOOKS = 8;

/**
 * Only a workbook that took this long to read is kept: re-mapping a column of a file read in a few
 * milliseconds just reads it again, unnoticed, while keeping every workbook of a batch made the
 * worker's garbage collection copy them (measured: a fifth of its collection time).
 */
export const KEEP_WORKBOOK_READ_MS = 25;

/** What a worker is asked: the file (its workbook may already be held, by hash) and the layout choice. */
export interface ReaderJob {
  bytes: Uint8Array;
  fileName: string;
  sha256: string;
  choice: TableChoice;
}

/** How a worker reports an error: the reader's own, or a layout choice that does not fit the table. */
export type ReaderFailure =
  | { type: 'read'; code: PlanReadErrorCode; message: string; messageBn: string; sheet?: string | undefined; cell?: string | undefined }
  | { type: 'layout'; field: string; code: string; message: string };

/**
 * A table read in a worker, with the findings of the checks that need only the document (all but
 * those on stored data), run for the period the preview proposes: the importing thread has less to do.
 */
export interface WorkerTableRead extends TableRead {
  documentFindings: { period: Period; findings: Finding[] };
}

// What passes between the import and its reader workers (read-in-worker.ts, read-worker.ts).
import type { Period } from '../../../common/plan-document/schema.js';
import type { Finding } from '../review-checks/index.js';
import type { PlanReadErrorCode } from './errors.js';
import type { ErrorCode } from '../../../common/messages/error-codes.js';
import type { TableChoice, TableRead } from './layout-choice.js';

/** What a worker is asked: the file and the layout choice. */
export interface ReaderJob {
  bytes: Uint8Array;
  fileName: string;
  sha256: string;
  choice: TableChoice;
}

/** How a worker reports an error: the reader's own, or a layout choice that does not fit the table. */
export type ReaderFailure =
  | { type: 'read'; code: PlanReadErrorCode; message: string; messageBn: string; sheet?: string | undefined; cell?: string | undefined }
  | { type: 'layout'; field: string; code: ErrorCode; message: string };

/**
 * A table read in a worker, with the findings of the checks that need only the document (all but
 * those on stored data), run for the period the preview proposes: the importing thread has less to do.
 */
export interface WorkerTableRead extends TableRead {
  documentFindings: { period: Period; findings: Finding[] };
}

// What passes between the import and its reader workers (read-in-worker.ts, read-worker.ts).
import type { PlanReadErrorCode } from './errors.js';
import type { TableChoice } from './layout-choice.js';

/** Workbooks a worker keeps after reading them (the files most recently added or re-mapped). */
export const KEEP_WORKBOOKS = 8;

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


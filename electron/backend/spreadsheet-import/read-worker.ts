// The worker thread that reads an untrusted file (see read-in-worker.ts): SheetJS runs here, away
// from the thread that answers the UI, and the parent can stop it when it takes too long.
import { parentPort } from 'node:worker_threads';
import { isPlanReadError } from './errors.js';
import { readWorkbook } from './read.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

parentPort!.on('message', ({ id, bytes, fileName }: Job) => {
  try {
    parentPort!.postMessage({ id, ok: true, workbook: readWorkbook(bytes, fileName) });
  } catch (error) {
    const e = isPlanReadError(error)
      ? { code: error.code, message: error.message, messageBn: error.messageBn, sheet: error.sheet, cell: error.cell }
      : { code: 'corrupt', message: `${fileName}: the file could not be read`, messageBn: `${fileName}: ফাইলটি পড়া যায়নি` };
    parentPort!.postMessage({ id, ok: false, error: e });
  }
});

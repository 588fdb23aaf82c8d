// Reads untrusted files in worker threads with a time cap: a file that takes too long, exhausts a
// worker's memory or crashes it ends in a PlanReadError naming what happened, and the next file gets
// a fresh worker, never a hung app. Two workers at most (one per core) each read one file at a time
// from a shared queue while this thread stores what they read.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PlanReadError, type PlanReadErrorCode } from './errors.js';
import { documentFindingsSchema } from '../review-checks/finding-schema.js';
import { LayoutChoiceError } from './layout-choice.js';
import { validatedDocument } from './normalise.js';
import type { ReaderFailure, ReaderJob, WorkerTableRead } from './reader-protocol.js';

/** A real plan table reads in milliseconds; a file SheetJS cannot finish must not hold the import up. */
export const READ_TIME_LIMIT_MS = 10_000;
/** Loading the readers in a new worker (see ReadWorker.loading). */
const WORKER_START_LIMIT_MS = 60_000;
const WORKER_HEAP_MB = 1024;
const POOL_SIZE = Math.max(1, Math.min(2, os.availableParallelism()));

function toError(e: ReaderFailure): PlanReadError | LayoutChoiceError {
  if (e.type === 'layout') return new LayoutChoiceError(e.field, e.code, e.message);
  return new PlanReadError(e.code, e.message, e.messageBn, { ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.cell ? { cell: e.cell } : {}) });
}

let configuredScript: string | null = null;

/** The packaged app runs a bundled copy of read-worker (dist/electron/read-worker.cjs); null: the sources'. */
export function setReadWorkerScript(file: string | null): void {
  configuredScript = file;
}

/**
 * A new worker on read-worker. From the TypeScript sources (tests, `npm run web`) the worker first
 * registers tsx's loader itself: Node 20 does not pass `--import` loaders on to worker threads.
 */
function newWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (configuredScript) return new Worker(configuredScript, options);
  const here = fileURLToPath(import.meta.url);
  const worker = path.join(path.dirname(here), `read-worker${path.extname(here)}`);
  if (path.extname(here) !== '.ts') return new Worker(worker, options);
  // tsx's ESM entry (the package's "import" condition) next to the file require() resolves.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(worker).href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

interface Pending {
  job: ReaderJob;
  timeoutMs: number;
  resolve: (table: WorkerTableRead) => void;
  reject: (error: PlanReadError | LayoutChoiceError) => void;
}

/** How a worker that died on a file is reported: Node's out-of-memory code, or any other crash. */
export function crashOf(error: unknown): { code: PlanReadErrorCode; en: string; bn: string } {
  if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { code: 'too-many-cells', en: 'the file needs more memory than a plan table can', bn: 'ফাইলটি একটি কর্মপরিকল্পনার চেয়ে অনেক বেশি মেমরি চায়' };
  }
  return { code: 'corrupt', en: 'the reader stopped on this file', bn: 'এই ফাইল পড়তে গিয়ে রিডার থেমে গেছে' };
}

/** One worker thread reading one file at a time; replaced after a crash or a file over its time cap. */
class ReadWorker {
  private worker: Worker | null = null;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  /**
   * True while the worker loads the PDF reader for its first PDF (pdfjs is large: half a second, a
   * few seconds under the TypeScript loader of `npm run web` and the tests). A file's time cap counts
   * its reading, not the loading of the code that reads it; that loading has a cap of its own.
   */
  private loading = false;

  constructor(private readonly next: () => Pending | undefined) {}

  get idle(): boolean {
    return this.current === null;
  }

  /** Takes the next file of the queue if this worker is free. */
  pump(): void {
    if (this.current) return;
    const pending = this.next();
    if (!pending) {
      this.worker?.unref(); // an idle reader never keeps the process alive
      return;
    }
    this.current = pending;
    this.worker ??= this.start();
    this.worker.ref();
    const { bytes, fileName, sha256, choice } = pending.job;
    this.worker.postMessage({ bytes, fileName, sha256, choice });
    this.restartTimer();
  }

  private start(): Worker {
    const worker = newWorker();
    this.loading = false;
    worker.on('message', (message: { ok: boolean; table?: WorkerTableRead; error?: ReaderFailure; loading?: boolean }) => {
      if (this.worker !== worker) return;
      if (message.loading !== undefined) {
        this.loading = message.loading;
        this.restartTimer();
        return;
      }
      const pending = this.finish();
      if (pending) settle(pending, message);
      this.pump();
    });
    const fail = (error: unknown) => {
      if (this.worker !== worker) return;
      if (process.env.APA_DEBUG_READER) console.error(error);
      const pending = this.finish();
      this.stopWorker();
      if (pending) {
        const { code, en, bn } = crashOf(error);
        pending.reject(new PlanReadError(code, `${pending.job.fileName}: ${en}`, `${pending.job.fileName}: ${bn}`));
      }
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (exitCode) => fail(new Error(`the reader exited with code ${exitCode}`)));
    return worker;
  }

  /** The file being read, no longer current; its timer stopped. */
  private finish(): Pending | null {
    const pending = this.current;
    this.current = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return pending;
  }

  private restartTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    const pending = this.current;
    if (!pending) return;
    const loading = this.loading;
    this.timer = setTimeout(() => {
      this.finish();
      this.stopWorker();
      const { fileName } = pending.job;
      // While its readers load, the worker is what failed, not the file.
      const [en, bn] = loading
        ? [`the reader did not start in ${WORKER_START_LIMIT_MS / 1000} s`, `রিডার ${WORKER_START_LIMIT_MS / 1000} সেকেন্ডে চালু হয়নি`]
        : [`reading took longer than ${pending.timeoutMs / 1000} s`, `ফাইলটি পড়তে ${pending.timeoutMs / 1000} সেকেন্ডের বেশি লেগেছে`];
      pending.reject(new PlanReadError('too-slow', `${fileName}: ${en}`, `${fileName}: ${bn}`));
      this.pump();
    }, loading ? WORKER_START_LIMIT_MS : pending.timeoutMs);
  }

  /** Ends the worker (stuck or crashed); the next file starts a fresh one. */
  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null; // its exit is expected now: it is not reported as a crash
    void worker?.terminate();
  }
}

/** The worker's answer for a file, validated here where it enters the thread that stores it. */
function settle(pending: Pending, message: { ok: boolean; table?: WorkerTableRead; error?: ReaderFailure }): void {
  if (!message.ok) return pending.reject(toError(message.error!));
  const table = message.table!;
  const { fileName } = pending.job;
  try {
    const document = validatedDocument(table.document, fileName, table.layout.sheet);
    if (!documentFindingsSchema.safeParse(table.documentFindings).success) {
      throw new PlanReadError('invalid-document', `${fileName}: the reader's findings are not valid`, `${fileName}: রিডারের ফলাফল বৈধ নয়`, { sheet: table.layout.sheet });
    }
    pending.resolve({ ...table, document });
  } catch (error) {
    pending.reject(error as PlanReadError);
  }
}

class ReaderPool {
  private readonly queue: Pending[] = [];
  private readonly workers = Array.from({ length: POOL_SIZE }, () => new ReadWorker(() => this.queue.shift()));

  read(job: ReaderJob, timeoutMs: number): Promise<WorkerTableRead> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, timeoutMs, resolve, reject });
      this.workers.find((w) => w.idle)?.pump();
    });
  }
}

let pool: ReaderPool | null = null;

/**
 * Reads the file's table with a layout choice, off the calling thread and with a time cap. Throws
 * PlanReadError (the file) or LayoutChoiceError (the choice).
 */
export function readTableInWorker(job: ReaderJob, timeoutMs = READ_TIME_LIMIT_MS): Promise<WorkerTableRead> {
  pool ??= new ReaderPool();
  return pool.read(job, timeoutMs);
}

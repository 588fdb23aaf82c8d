// Reads untrusted files in worker threads with a time cap: a file that takes too long (or exhausts a
// worker's memory) ends in a PlanReadError and a fresh worker, never a hung app. A small pool (one
// worker per core, at most two) reads a batch's files side by side while this thread stores them;
// a file's table is read again (another layout choice) by the worker that still holds its workbook.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PlanReadError, type PlanReadErrorCode } from './errors.js';
import { documentFindingsSchema } from '../review-checks/finding-schema.js';
import { LayoutChoiceError } from './layout-choice.js';
import { validatedDocument } from './normalise.js';
import { KEEP_WORKBOOKS, type ReaderFailure, type ReaderJob, type WorkerTableRead } from './reader-protocol.js';

/** A real plan table reads in milliseconds; a file SheetJS cannot finish must not hold the import up. */
export const READ_TIME_LIMIT_MS = 10_000;
/** Loading the readers in a new worker (see ReadWorker.ready). */
const WORKER_START_LIMIT_MS = 60_000;
const WORKER_HEAP_MB = 1024;
const POOL_SIZE = Math.max(1, Math.min(2, os.availableParallelism()));

function toError(e: ReaderFailure): PlanReadError | LayoutChoiceError {
  if (e.type === 'layout') return new LayoutChoiceError(e.field, e.code, e.message);
  return new PlanReadError(e.code, e.message, e.messageBn, { ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.cell ? { cell: e.cell } : {}) });
}

let configuredScript: string | null = null;

/** The packaged app runs a bundled copy of read-worker (dist/electron/read-worker.cjs). */
export function setReadWorkerScript(file: string): void {
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
  id: number;
  job: ReaderJob;
  timeoutMs: number;
  resolve: (table: WorkerTableRead) => void;
  reject: (error: PlanReadError | LayoutChoiceError) => void;
}

/**
 * Jobs posted to a worker before it has finished the one it is on: the worker goes straight on to the
 * next file while this thread is busy, and enough are posted to keep it reading through the storing
 * of a whole chunk of a batch (imports.commitMany: 25 files). With 3, the workers stood idle for
 * most of each chunk's transaction (measured: the pipeline 10–15% slower). The bytes posted are
 * capped too, so a few large files are not all copied to one worker at once; one is always posted.
 */
const IN_FLIGHT_FILES = 12;
const IN_FLIGHT_BYTES = 32 * 1024 * 1024;

class ReadWorker {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  /** Posted to the worker, oldest first: the worker answers them in that order. */
  private readonly inFlight: Pending[] = [];
  private inFlightBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  /**
   * False while the worker loads the PDF reader for its first PDF (pdfjs is large: half a second, a
   * few seconds under the TypeScript loader of `npm run web` and the tests). A file's time cap counts
   * its reading, not the loading of the code that reads it; that loading has a cap of its own.
   */
  private ready = true;

  read(job: ReaderJob, timeoutMs: number): Promise<WorkerTableRead> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  /** Jobs waiting or running: the pool gives a new file to the least busy worker. */
  get load(): number {
    return this.queue.length + this.inFlight.length;
  }

  private start(): Worker {
    const worker = newWorker();
    this.ready = true;
    worker.on('message', (message: { id: number; ok: boolean; table?: WorkerTableRead; error?: ReaderFailure; loading?: boolean }) => {
      if (message.loading !== undefined) {
        if (this.worker !== worker) return;
        this.ready = !message.loading;
        this.restartTimer();
        return;
      }
      const pending = this.inFlight[0];
      if (this.worker !== worker || !pending || pending.id !== message.id) return;
      this.takeOldest();
      this.restartTimer();
      this.pump();
      if (!message.ok) return pending.reject(toError(message.error!));
      const table = message.table!;
      try {
        // The document and findings are validated here, where they enter the thread that stores them.
        const { fileName } = pending.job;
        const document = validatedDocument(table.document, fileName, table.layout.sheet);
        if (!documentFindingsSchema.safeParse(table.documentFindings).success) {
          throw new PlanReadError('invalid-document', `${fileName}: the reader's findings are not valid`, `${fileName}: রিডারের ফলাফল বৈধ নয়`, { sheet: table.layout.sheet });
        }
        pending.resolve({ ...table, document });
      } catch (error) {
        pending.reject(error as PlanReadError);
      }
    });
    const fail = (code: PlanReadErrorCode, en: string, bn: string) => {
      if (this.worker !== worker) return;
      const job = this.takeOldest();
      this.stopWorker();
      if (job) job.reject(new PlanReadError(code, `${job.job.fileName}: ${en}`, `${job.job.fileName}: ${bn}`));
    };
    worker.on('error', (error) => {
      if (process.env.APA_DEBUG_READER) console.error(error);
      fail('too-many-cells', 'the file needs more memory than a plan table can', 'ফাইলটি একটি কর্মপরিকল্পনার চেয়ে অনেক বেশি মেমরি চায়');
    });
    worker.on('exit', () => fail('corrupt', 'the reader stopped on this file', 'এই ফাইল পড়তে গিয়ে রিডার থেমে গেছে'));
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0 && this.inFlight.length < IN_FLIGHT_FILES) {
      const size = this.queue[0]!.job.bytes.byteLength;
      if (this.inFlight.length > 0 && this.inFlightBytes + size > IN_FLIGHT_BYTES) break;
      const job = this.queue.shift()!;
      this.inFlightBytes += size;
      this.worker ??= this.start();
      this.inFlight.push(job);
      const { bytes, fileName, sha256, choice } = job.job;
      this.worker.postMessage({ id: job.id, bytes, fileName, sha256, choice });
      if (this.inFlight.length === 1) this.restartTimer();
    }
    if (this.inFlight.length > 0) this.worker?.ref();
    else this.worker?.unref(); // an idle reader never keeps the process alive
  }

  /** The job the worker answers next, no longer in flight. */
  private takeOldest(): Pending | undefined {
    const job = this.inFlight.shift();
    if (job) this.inFlightBytes -= job.job.bytes.byteLength;
    return job;
  }

  /**
   * The time cap runs for the oldest job posted. The worker may have begun it before the one ahead
   * of it finished, so a job gets at least its limit; it guards against a file that never ends.
   */
  private restartTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const job = this.inFlight[0];
    if (!job) return;
    const started = this.ready;
    this.timer = setTimeout(() => {
      this.takeOldest();
      this.stopWorker();
      const { fileName } = job.job;
      // Before its readers loaded, the worker is what failed, not the file.
      const [en, bn] = started
        ? [`reading took longer than ${job.timeoutMs / 1000} s`, `ফাইলটি পড়তে ${job.timeoutMs / 1000} সেকেন্ডের বেশি লেগেছে`]
        : [`the reader did not start in ${WORKER_START_LIMIT_MS / 1000} s`, `রিডার ${WORKER_START_LIMIT_MS / 1000} সেকেন্ডে চালু হয়নি`];
      job.reject(new PlanReadError('too-slow', `${fileName}: ${en}`, `${fileName}: ${bn}`));
    }, started ? job.timeoutMs : WORKER_START_LIMIT_MS);
  }

  /** Ends the worker (stuck or crashed); the jobs posted behind the failed one go to a fresh worker. */
  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null; // its exit is expected now: it is not reported as a crash
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.unshift(...this.inFlight.splice(0));
    this.inFlightBytes = 0;
    void worker?.terminate();
    queueMicrotask(() => this.pump());
  }
}

class ReaderPool {
  private readonly workers = Array.from({ length: POOL_SIZE }, () => new ReadWorker());
  /** Which worker last read each file (by hash), and so probably still holds its workbook. */
  private readonly holders = new Map<string, ReadWorker>();

  read(job: ReaderJob, timeoutMs: number): Promise<WorkerTableRead> {
    const worker = this.holders.get(job.sha256) ?? this.workerFor(job.fileName);
    this.holders.delete(job.sha256);
    this.holders.set(job.sha256, worker);
    while (this.holders.size > KEEP_WORKBOOKS * POOL_SIZE) this.holders.delete(this.holders.keys().next().value!);
    return worker.read(job, timeoutMs);
  }

  /**
   * The least busy worker; but .xls and .ods files each go to a worker of their own while it is not
   * far behind: SheetJS reads those formats with large functions that V8 compiles, and compiles
   * again as it learns, in every worker that reads them (measured: over half a second a batch each).
   */
  private workerFor(fileName: string): ReadWorker {
    const leastBusy = this.workers.reduce((a, b) => (b.load < a.load ? b : a));
    const index = formatWorkerIndex(fileName, this.workers.length);
    const own = index === null ? null : this.workers[index]!;
    return own && own.load <= leastBusy.load + AFFINITY_SLACK ? own : leastBusy;
  }
}

/** How many more jobs than the least busy worker a format's own worker may have and still be given one. */
const AFFINITY_SLACK = 8;

/** The worker of the pool that reads files of this name's format by preference (.xls the first, .ods the last). */
export function formatWorkerIndex(fileName: string, poolSize: number): number | null {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xls') return 0;
  if (ext === '.ods') return poolSize - 1;
  return null;
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

// Reads untrusted files in a worker thread, one at a time, with a time cap: a file that takes too
// long (or exhausts the worker's memory) ends in a PlanReadError and a fresh worker, never a hung app.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PlanReadError, type PlanReadErrorCode } from './errors.js';
import type { Workbook } from './read.js';

/** A real plan table reads in milliseconds; a file SheetJS cannot finish must not hold the import up. */
export const READ_TIME_LIMIT_MS = 10_000;
const WORKER_HEAP_MB = 1024;

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
  bytes: Uint8Array;
  fileName: string;
  timeoutMs: number;
  resolve: (wb: Workbook) => void;
  reject: (error: PlanReadError) => void;
}

class ReadWorker {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  read(bytes: Uint8Array, fileName: string, timeoutMs: number): Promise<Workbook> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, fileName, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  private start(): Worker {
    const worker = newWorker();
    worker.on('message', (message: { id: number; ok: boolean; workbook?: Workbook; error?: { code: PlanReadErrorCode; message: string; messageBn: string; sheet?: string; cell?: string } }) => {
      const job = this.current;
      if (!job || job.id !== message.id) return;
      this.finish();
      if (message.ok) job.resolve(message.workbook!);
      else {
        const e = message.error!;
        job.reject(new PlanReadError(e.code, e.message, e.messageBn, { ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.cell ? { cell: e.cell } : {}) }));
      }
    });
    const fail = (code: PlanReadErrorCode, en: string, bn: string) => {
      const job = this.current;
      this.worker = null;
      if (job) {
        this.finish();
        job.reject(new PlanReadError(code, `${job.fileName}: ${en}`, `${job.fileName}: ${bn}`));
      }
    };
    worker.on('error', (error) => {
      if (process.env.APA_DEBUG_READER) console.error(error);
      fail('too-many-cells', 'the file needs more memory than a plan table can', 'ফাইলটি একটি কর্মপরিকল্পনার চেয়ে অনেক বেশি মেমরি চায়');
    });
    worker.on('exit', () => {
      if (this.worker === worker) fail('corrupt', 'the reader stopped on this file', 'এই ফাইল পড়তে গিয়ে রিডার থেমে গেছে');
    });
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = job;
    this.worker ??= this.start();
    this.worker.ref();
    this.timer = setTimeout(() => {
      const worker = this.worker;
      this.worker = null; // its exit is expected: do not report it as a crash
      this.finish();
      job.reject(new PlanReadError('too-slow', `${job.fileName}: reading took longer than ${job.timeoutMs / 1000} s`, `${job.fileName}: ফাইলটি পড়তে ${job.timeoutMs / 1000} সেকেন্ডের বেশি লেগেছে`));
      void worker?.terminate();
    }, job.timeoutMs);
    this.worker.postMessage({ id: job.id, bytes: job.bytes, fileName: job.fileName });
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.worker?.unref(); // an idle reader never keeps the process alive
    queueMicrotask(() => this.pump());
  }
}

let shared: ReadWorker | null = null;

/** readWorkbook, off the calling thread and with a time cap. */
export function readWorkbookInWorker(bytes: Uint8Array, fileName: string, timeoutMs = READ_TIME_LIMIT_MS): Promise<Workbook> {
  shared ??= new ReadWorker();
  return shared.read(bytes, fileName, timeoutMs);
}

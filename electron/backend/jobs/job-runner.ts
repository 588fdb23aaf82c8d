// Long work (package generation) runs as a job: the caller gets an id at once, polls its progress,
// and can cancel it; the work checks its AbortSignal between steps.
import crypto from 'node:crypto';
import { ApiError, notFound, type ApiErrorBody } from '../api/errors.js';

export interface JobProgress {
  done: number;
  total: number;
  /** What is being done now, in Bengali and English. */
  step: string;
  stepEn: string;
}

export interface JobStatus<R = unknown> {
  id: string;
  kind: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: JobProgress;
  result: R | null;
  error: ApiErrorBody | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface JobContext {
  signal: AbortSignal;
  report(progress: JobProgress): void;
  /** Throws the cancellation when the user has cancelled; call it between steps. */
  checkpoint(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

const KEEP_FINISHED = 50;

export class JobRunner {
  private readonly jobs = new Map<string, { status: JobStatus; controller: AbortController; finished: Promise<void> }>();

  start<R>(kind: string, work: (context: JobContext) => Promise<R>): JobStatus<R> {
    const id = crypto.randomUUID();
    const controller = new AbortController();
    const status: JobStatus<R> = {
      id, kind, state: 'running', progress: { done: 0, total: 1, step: 'শুরু হচ্ছে', stepEn: 'starting' },
      result: null, error: null, startedAt: new Date().toISOString(), finishedAt: null,
    };
    const context: JobContext = {
      signal: controller.signal,
      report: (progress) => (status.progress = progress),
      checkpoint: () => {
        if (controller.signal.aborted) throw new CancelledError();
      },
    };
    const finished = work(context).then(
      (result) => {
        status.state = 'done';
        status.result = result;
      },
      (error: unknown) => {
        if (error instanceof CancelledError || controller.signal.aborted) {
          status.state = 'cancelled';
          status.error = { kind: 'cancelled', message: 'cancelled by the user' };
        } else {
          status.state = 'failed';
          status.error = error instanceof ApiError ? error.body : { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
        }
      },
    ).finally(() => {
      status.finishedAt = new Date().toISOString();
      this.prune();
    });
    this.jobs.set(id, { status, controller, finished });
    return { ...status };
  }

  status(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw notFound('job', `job ${id} does not exist`);
    return { ...job.status, progress: { ...job.status.progress } };
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw notFound('job', `job ${id} does not exist`);
    if (job.status.state === 'running') job.controller.abort();
    return this.status(id);
  }

  /** Resolves when the job has finished (tests, the CLI). */
  async wait(id: string): Promise<JobStatus> {
    const job = this.jobs.get(id);
    if (!job) throw notFound('job', `job ${id} does not exist`);
    await job.finished;
    return this.status(id);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.status.id);
  }
}

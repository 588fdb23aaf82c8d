// Keeps the review overview's per-report summaries ready. Scoring and checking a thousand reports
// takes more than a second; rather than make the reviewer wait for it when the overview is opened,
// the summaries that are missing or stale are computed in the background once the app is quiet:
// after reports arrive (an import), after a setting they depend on changes, after a restore, and
// when the app starts. The work goes a few reports at a time, between API calls, and never overlaps
// a backup or a restore. An overview opened before it is done computes what is still missing itself.
import { oneAtATime } from '../backup/backup-lock.js';
import type { AppDatabase } from '../database/open-database.js';
import { statement } from '../database/statements.js';
import type { Period } from '../plan-document/schema.js';
import { refreshOverviewSummaries } from './review-overview.js';

/** Quiet time after the last change before the work starts: a batch import is a burst of calls. */
export const REFRESH_DELAY_MS = 1500;
/** Reports scored per step (about 35 ms here), so that an API call waits no longer than one step. */
const REPORTS_PER_STEP = 25;

export class SummaryRefresher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly database: AppDatabase,
    private readonly delayMs = REFRESH_DELAY_MS,
    private readonly log: (error: unknown) => void = console.error,
  ) {}

  /** After a change: the refresh runs once no further change came for the quiet time. */
  schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run().catch(this.log);
    }, this.delayMs);
    this.timer.unref(); // never keeps the process alive
  }

  /** Computes every missing or stale summary, a step at a time; resolves with how many were computed. */
  run(): Promise<number> {
    if (this.running) {
      this.again = true; // a change came during the run: go over everything once more after it
      return this.running;
    }
    this.running = this.runSteps().finally(() => {
      this.running = null;
      if (this.again && !this.closed) {
        this.again = false;
        this.schedule();
      }
    });
    return this.running;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async runSteps(): Promise<number> {
    let computed = 0;
    for (const { fiscalYear, period } of this.periodsWithReports()) {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve)); // let waiting API calls in
        if (this.closed) return computed;
        const step = await oneAtATime(this.database, async () =>
          this.closed ? { computed: 0, left: 0 } : refreshOverviewSummaries(this.database.sqlite, fiscalYear, period, REPORTS_PER_STEP),
        );
        computed += step.computed;
        if (step.left === 0) break;
      }
    }
    return computed;
  }

  /** Every year and period reports were received for, the latest year first. */
  private periodsWithReports(): { fiscalYear: string; period: Period }[] {
    if (this.closed) return [];
    return statement(this.database.sqlite, `SELECT DISTINCT fiscal_year AS fiscalYear, period FROM reports ORDER BY fiscal_year DESC, period`).all() as {
      fiscalYear: string;
      period: Period;
    }[];
  }
}

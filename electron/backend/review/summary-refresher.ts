// Keeps the review overview's per-report summaries ready. Scoring and checking a thousand reports
// takes more than a second; rather than make the reviewer wait for it when the overview is opened,
// the summaries that are missing or stale are computed in the background once the app is quiet:
// after reports arrive (an import), after a setting they depend on changes, after a restore, and
// when the app starts. The work goes a few reports at a time, between API calls, and never overlaps
// a backup or a restore. An overview opened before it is done computes what is still missing itself.
import { oneAtATime } from '../backup/backup-lock.js';
import type { AppDatabase } from '../database/open-database.js';
import { statement } from '../database/statements.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { staleOverviewReports } from './review-overview.js';
import { computeSummaries } from './review-summaries.js';

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
      const listed = await this.step(() => ({ stale: staleOverviewReports(this.database.sqlite, fiscalYear, period), version: this.dataVersion() }));
      if (!listed) return computed;
      for (let start = 0; start < listed.stale.reports.length; start += REPORTS_PER_STEP) {
        const chunk = { ...listed.stale, reports: listed.stale.reports.slice(start, start + REPORTS_PER_STEP) };
        // Another connection wrote the file (a restore replaced the database): the list is of
        // reports that may be gone. Start over once this run ends.
        const done = await this.step(() => (this.dataVersion() === listed.version ? computeSummaries(this.database.sqlite, chunk).length : null));
        if (done === null) {
          this.again = !this.closed;
          return computed;
        }
        computed += done;
      }
    }
    return computed;
  }

  /** Changes when another connection commits to the database file (SQLite's data_version). */
  private dataVersion(): number {
    return this.database.sqlite.pragma('data_version', { simple: true }) as number;
  }

  /** One piece of the work, after waiting API calls and never during a backup or restore; null once closed. */
  private async step<T>(work: () => T): Promise<T | null> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.closed) return null;
    return oneAtATime(this.database, async () => (this.closed ? null : work()));
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

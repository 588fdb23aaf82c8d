// The review overview's summaries are computed in the background after the changes they depend on,
// so that the overview finds them ready: every latest report of every year and period gets one, the
// overview built from them is the one computed from nothing, a change of a setting they depend on
// makes them all stale and the refresh computes them again, and the backend starts it by itself.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openDatabase, type AppDatabase } from '../../../electron/backend/database/open-database.js';
import { reviewOverview, staleOverviewReports } from '../../../electron/backend/review/review-overview.js';
import { clearReviewSummaries, forgetCachedSummaries } from '../../../electron/backend/review/review-summaries.js';
import { SummaryRefresher } from '../../../electron/backend/review/summary-refresher.js';
import { freshBackend } from '../../support/backend.js';
import { migrationsDir, tempDir } from '../../support/paths.js';
import { buildSyntheticReviews } from './synthetic-reviews.js';

const OFFICES = 60;
let database: AppDatabase | null = null;
afterEach(() => database?.close());

async function syntheticDatabase(): Promise<AppDatabase> {
  database = await openDatabase(path.join(tempDir(), 'apa-desk.sqlite'), { migrationsDir });
  buildSyntheticReviews(database.sqlite, { offices: OFFICES, indicators: 10 });
  return database;
}

const storedCount = (db: AppDatabase) => (db.sqlite.prepare(`SELECT count(*) AS n FROM review_summaries`).get() as { n: number }).n;

test('computes a summary for the latest report of every office, year and period, and nothing the second time', async () => {
  const db = await syntheticDatabase();
  const refresher = new SummaryRefresher(db, 10);
  expect(await refresher.run()).toBe(2 * OFFICES); // the Q1 and the H1 report of each office
  expect(storedCount(db)).toBe(2 * OFFICES);
  for (const period of ['Q1', 'H1'] as const) expect(staleOverviewReports(db.sqlite, '2023-24', period).reports).toEqual([]);
  expect(await refresher.run()).toBe(0);
  // After a start of the app (nothing in memory) the stored summaries still hold.
  forgetCachedSummaries(db.sqlite);
  expect(await refresher.run()).toBe(0);
});

test('the overview from the refreshed summaries is the overview computed from nothing', async () => {
  const db = await syntheticDatabase();
  await new SummaryRefresher(db, 10).run();
  forgetCachedSummaries(db.sqlite);
  const fromSummaries = reviewOverview(db.sqlite, '2023-24', 'H1');
  clearReviewSummaries(db.sqlite);
  const fromNothing = reviewOverview(db.sqlite, '2023-24', 'H1');
  expect(fromSummaries).toEqual(fromNothing);
  expect(fromSummaries.totals.received).toBe(OFFICES);
});

test('a change of the report deadline makes every summary stale; the refresh computes them again', async () => {
  const db = await syntheticDatabase();
  const refresher = new SummaryRefresher(db, 10);
  await refresher.run();
  db.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('reportGraceDays', '30')`).run();
  expect(await refresher.run()).toBe(2 * OFFICES);
  expect(await refresher.run()).toBe(0);
});

test('stops between steps when closed', async () => {
  const db = await syntheticDatabase();
  const refresher = new SummaryRefresher(db, 10);
  const running = refresher.run();
  refresher.close();
  expect(await running).toBeLessThan(2 * OFFICES);
});

test('when another connection replaces the data mid-run (a restore), the run stops and starts over, without an error', async () => {
  const db = await syntheticDatabase();
  const errors: unknown[] = [];
  const refresher = new SummaryRefresher(db, 10, (error) => errors.push(error));
  const other = new Database(db.path);
  other.pragma('foreign_keys = OFF'); // the other connection stands in for a restore: the rows simply go
  try {
    const running = refresher.run();
    while (storedCount(db) === 0) await new Promise((resolve) => setImmediate(resolve));
    other.exec(`DELETE FROM review_summaries; DELETE FROM reports; DELETE FROM plans;`); // as a restore of an older database would
    expect(await running).toBeLessThan(2 * OFFICES);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the run started over after the quiet time
    expect(errors).toEqual([]);
    expect(storedCount(db)).toBe(0);
  } finally {
    other.close();
    refresher.close();
  }
});

test('the backend refreshes by itself after reports arrive or a setting changes', async () => {
  const backend = await freshBackend({ summaryRefreshDelayMs: 20 });
  try {
    buildSyntheticReviews(backend.database.sqlite, { offices: 5, indicators: 5 });
    await backend.call('settings.update', { reportGraceDays: 20 });
    const deadline = Date.now() + 10_000;
    while (storedCount(backend.database) < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(storedCount(backend.database)).toBe(10);
  } finally {
    backend.close();
  }
});

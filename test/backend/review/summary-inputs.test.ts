// A review summary is used while its report's stamp holds, so the stamp must cover every table the
// summary is computed from. This reads the queries the summary's rows come from and fails on a table
// that SUMMARY_INPUTS (and so the stamp) does not name: a new input cannot be added unnoticed.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openDatabase, type AppDatabase } from '../../../electron/backend/database/open-database.js';
import { reviewOverview } from '../../../electron/backend/review/review-overview.js';
import { forgetSummaries, SUMMARY_INPUTS } from '../../../electron/backend/review/review-summaries.js';
import { setVerified } from '../../../electron/backend/review/review-changes.js';
import { migrationsDir, tempDir } from '../../support/paths.js';
import { buildSyntheticReviews } from './synthetic-reviews.js';

let database: AppDatabase | null = null;
afterEach(() => database?.close());

/** The tables named after FROM or JOIN in the statements prepared while `work` runs on a new connection. */
function tablesRead(sqlite: Database.Database, work: () => void): Set<string> {
  const texts: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    texts.push(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
  try {
    work();
  } finally {
    sqlite.prepare = prepare;
  }
  const tables = new Set<string>();
  // Plain statements name tables bare, drizzle's queries in double quotes.
  for (const text of texts) for (const m of text.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/gi)) if (m[1]!.toLowerCase() !== 'json_each') tables.add(m[1]!);
  return tables;
}

test('every table the overview reads for its summaries is an input the stamp covers', async () => {
  database = await openDatabase(path.join(tempDir(), 'apa-desk.sqlite'), { migrationsDir });
  buildSyntheticReviews(database.sqlite, { offices: 5, indicators: 6 });
  // A fresh connection's statements are prepared on first use: the first overview prepares them all.
  const read = tablesRead(database.sqlite, () => reviewOverview(database!.sqlite, '2023-24', 'H1'));
  expect(read.size).toBeGreaterThan(8);
  const inputs = new Set<string>([...SUMMARY_INPUTS, 'offices']); // offices: the overview's rows, not a summary's
  expect([...read].filter((table) => !inputs.has(table))).toEqual([]);
});

test('the overview from held summaries is the one computed from nothing, after a change of each kind', async () => {
  database = await openDatabase(path.join(tempDir(), 'apa-desk.sqlite'), { migrationsDir });
  const { sqlite, db } = database;
  buildSyntheticReviews(sqlite, { offices: 12, indicators: 6 });
  const fresh = () => {
    forgetSummaries(sqlite);
    return reviewOverview(sqlite, '2023-24', 'H1');
  };
  const sample = sqlite
    .prepare(`SELECT r.id AS reportId, i.id AS indicatorId FROM reports r JOIN plan_indicators i ON i.plan_id = r.plan_id WHERE r.period = 'H1' AND i.unit = 'number' LIMIT 1`)
    .get() as { reportId: number; indicatorId: number };
  const changes: Array<[string, () => void]> = [
    ['a verified figure', () => setVerified(db, 'test', sample.reportId, sample.indicatorId, 1)],
    ['the deadline', () => sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('reportGraceDays', '60')`).run()],
    ['the rule of the year', () => sqlite.prepare(`UPDATE fiscal_years SET scoring_rule = 'step' WHERE label = '2023-24'`).run()],
    ['an evidence file removed', () => sqlite.prepare(`DELETE FROM evidence_files WHERE id = (SELECT max(id) FROM evidence_files)`).run()],
  ];
  reviewOverview(sqlite, '2023-24', 'H1');
  for (const [what, change] of changes) {
    change();
    const held = reviewOverview(sqlite, '2023-24', 'H1');
    expect(held, what).toEqual(fresh());
  }
});

// npm run bench:review — builds a database of 1,000 subordinate offices × 25 indicators with Q1 and
// H1 reports (Q1 + Q2 columns), then times the H1 review overview against a bare SQL read of the same
// rows: from nothing (the first overview after a start of the app, or after a change of the rule or
// the deadline: every report read, scored and checked; goal < 2 s), warm (summaries held; goal
// < 0.5 s and ≤ 3× the bare read) and after a change of one verified figure (goal < 0.5 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/backend/database/open-database.js';
import { setVerified } from '../electron/backend/review/review-changes.js';
import { readOverviewRows, reviewOverview, subordinateOffices } from '../electron/backend/review/review-overview.js';
import { forgetSummaries, stampedReports } from '../electron/backend/review/review-summaries.js';
import { buildSyntheticReviews } from '../test/backend/review/synthetic-reviews.js';

const OFFICES = Number(process.env.BENCH_OFFICES ?? 1000);
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 25);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-bench-review-'));

const database = await openDatabase(path.join(work, 'apa-desk.sqlite'), { migrationsDir: path.join(root, 'drizzle', 'migrations') });
const { sqlite } = database;

let t = performance.now();
const built = buildSyntheticReviews(sqlite, { offices: OFFICES, indicators: INDICATORS });
console.log(
  `built in ${(performance.now() - t).toFixed(0)} ms: ${built.offices} offices, ${built.reports} reports, ${built.indicators} indicator rows, ` +
    `${built.achievements} achievements, ${built.reviewItems} verified items, ${built.evidence} evidence links`,
);
sqlite.pragma('wal_checkpoint(TRUNCATE)');
sqlite.exec('ANALYZE');

interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process (user + system): less disturbed by other work on the machine. */
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Medians over `runs` runs after a warm-up run (statements prepared, pages cached). */
function time(fn: () => unknown, runs = RUNS): Timing {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const show = (t: Timing) => `${t.wall.toFixed(1)} ms wall, ${t.cpu.toFixed(1)} ms CPU`;
const ratio = (a: Timing, b: Timing) => `ratio ${(a.wall / b.wall).toFixed(2)}× wall, ${(a.cpu / b.cpu).toFixed(2)}× CPU`;

const FY = '2023-24';

// From nothing: no summary held, so every report is read, scored and checked.
// Its bare read: the same rows (offices, every latest H1 report's table, the approved plans, the
// achievements, remarks, review items and evidence counts) fetched and nothing done with them.
let rowCount = 0;
const bareScratch = time(() => {
  const { offices, rows } = readOverviewRows(sqlite, FY, 'H1');
  rowCount = offices.length + Object.values(rows).reduce((n, list) => n + list.length, 0);
});
let received = 0;
let claimedTotal = 0;
const scratch = time(() => {
  forgetSummaries(sqlite);
  const result = reviewOverview(sqlite, FY, 'H1');
  received = result.totals.received;
  claimedTotal = result.totals.claimed;
});

// Warm: what the reviewer sees each time the overview is opened again: the offices and the stamped
// latest reports are read, nothing changed, every summary holds. Its bare read: those two queries.
reviewOverview(sqlite, FY, 'H1');
const WARM_RUNS = RUNS * 5; // cheap runs: more of them, so the garbage the cold runs left matters less
const bareWarm = time(() => {
  subordinateOffices(sqlite);
  stampedReports(sqlite, FY, 'H1');
}, WARM_RUNS);
const warm = time(() => reviewOverview(sqlite, FY, 'H1'), WARM_RUNS);

// After one change: a verified figure of one office, then the overview (that office is scored again).
const sample = sqlite
  .prepare(`SELECT r.id AS reportId, i.id AS indicatorId FROM reports r JOIN plan_indicators i ON i.plan_id = r.plan_id
            WHERE r.period = 'H1' AND i.unit = 'number' LIMIT 1`)
  .get() as { reportId: number; indicatorId: number };
let flip = 0;
const afterChange = time(() => {
  setVerified(database.db, 'bench', sample.reportId, sample.indicatorId, flip++ % 2 === 0 ? 7 : 3, true);
  reviewOverview(sqlite, FY, 'H1');
}, WARM_RUNS);
database.close();
fs.rmSync(work, { recursive: true, force: true });

console.log(`H1 reports of ${received} offices, claimed total ${claimedTotal.toFixed(1)}; medians of ${RUNS} (from nothing) and ${WARM_RUNS} (warm, after a change) runs after a warm-up run`);
console.log(`from nothing (the first overview after a start, or after a change of rule or deadline: ${rowCount} rows read, every report scored and checked):`);
console.log(`  bare SQL read:   ${show(bareScratch)}`);
console.log(`  review overview: ${show(scratch)}   ${ratio(scratch, bareScratch)}   (goal < 2000 ms)`);
console.log(`warm (summaries held; offices and report stamps read):`);
console.log(`  bare SQL read:   ${show(bareWarm)}`);
console.log(`  review overview: ${show(warm)}   ${ratio(warm, bareWarm)}   (goal < 500 ms and ≤ 3×)`);
console.log(`one verified figure changed, then the overview: ${show(afterChange)}   (goal < 500 ms)`);
if (scratch.wall >= 2000 || warm.wall >= 500 || warm.wall / bareWarm.wall > 3 || afterChange.wall >= 500) process.exitCode = 1;

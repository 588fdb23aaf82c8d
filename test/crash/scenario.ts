// One crash scenario: prepare a data folder, then per run start the worker, kill it at a random
// moment, and check the database and the packages folder.
//
// All runs of a scenario share one data folder: each run starts from the state the previous kill
// left, as an officer's PC would after a crash, so damage from one kill (a stale WAL, a partial
// folder, an unjournaled commit) meets the next run instead of being thrown away with a fresh folder.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend/app/backend.js';
import { buildFixtures } from '../fixtures/build-fixtures.js';
import { prng } from '../fixtures/variants/many-files.js';
import { freshBackend, ownOffice } from '../support/backend.js';
import { backendWithReports } from '../support/demo-data.js';
import { migrationsDir, tempDir } from '../support/paths.js';
import { POOL_OFFICE } from './constants.js';
import { runAndKill, uncommittedWalFrames } from './harness.js';
import { SCENARIOS, type Scenario } from './journal.js';
import { CrashLedger } from './ledger.js';

/** Runs over all three scenarios: APA_CRASH_RUNS (npm run test:crash sets 50), else 12 in npm test. */
export function runsFor(scenario: Scenario, total = Number(process.env.APA_CRASH_RUNS ?? 12)): number {
  // Package runs cost the most (Chromium prints every document), so they get a quarter.
  const packageRuns = Math.max(1, Math.floor(total / 4));
  const importRuns = Math.max(1, Math.ceil((total - packageRuns) / 2));
  const reviewRuns = Math.max(1, total - packageRuns - importRuns);
  return { import: importRuns, review: reviewRuns, package: packageRuns }[scenario];
}

/** The longest wait after the first committed item: about one call to a few. */
const MAX_DELAY_MS: Record<Scenario, number> = { import: 3000, review: 2000, package: 10_000 };

/**
 * Aimed kills (three runs in four): how far into a call the kill may come, until the journal has told
 * how long calls take — about one commit of an import, one review change's transaction. Package runs
 * are not aimed: a generation takes seconds, so a random moment already falls inside one.
 */
const AIM_WINDOW_MS: Record<Scenario, number | null> = { import: 60, review: 8, package: null };
const AIMED_SHARE = 0.75;
/** Once calls have been timed, an aimed kill comes within this share of the median call. */
const AIM_SHARE_OF_CALL = 0.7;

/**
 * Kills that must land inside a call (between its begin and its done line) in each scenario: a third
 * of its runs. A run whose kill missed proves little about transactions, so runs are added (aimed
 * earlier into the call, at most as many again) until the minimum is met, and the scenario fails if
 * it still is not.
 */
export function minKillsInCall(runs: number): number {
  return Math.max(1, Math.ceil(runs / 3));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const OFFICES = ['প্রাথমিক শিক্ষা অধিদপ্তর', 'উপানুষ্ঠানিক শিক্ষা ব্যুরো'];

async function prepare(scenario: Scenario): Promise<{ dataDir: string; env: Record<string, string> }> {
  if (scenario === 'import') {
    const backend = await freshBackend();
    const own = await ownOffice(backend);
    await backend.call('offices.create', { parentId: own.id, level: 'department', nameBn: POOL_OFFICE });
    backend.close();
    const fixturesDir = tempDir('apa-crash-fixtures-');
    await buildFixtures(fixturesDir);
    return { dataDir: backend.dataDir, env: { APA_CRASH_FIXTURES: fixturesDir } };
  }
  const { backend, offices } = await backendWithReports(OFFICES);
  if (scenario === 'package') {
    // Evidence, so generation copies stored files into the package too.
    const reportId = offices[0]!.report.reportId;
    const workspace = await backend.call('review.workspace', { reportId });
    await backend.call('review.attachEvidence', {
      reportId, indicatorId: workspace.indicators[0]!.indicatorId, fileName: 'নোটিশ.pdf', contentBase64: Buffer.from('%PDF-1.4 notice').toString('base64'),
    });
  }
  backend.close();
  return { dataDir: backend.dataDir, env: {} };
}

export interface ScenarioResult {
  summary: string;
  /** One message per failed run (the first failure ends the scenario). */
  failures: string[];
}

/** Prepares the data folder, then kills and checks the worker `runs` times. */
export async function runScenario(scenario: Scenario, runs = runsFor(scenario)): Promise<ScenarioResult> {
  const baseSeed = Number(process.env.APA_CRASH_SEED ?? 6);
  const random = prng(baseSeed * 31 + SCENARIOS.indexOf(scenario));
  const started = Date.now();
  const prepared = await prepare(scenario);
  const ledger = new CrashLedger(prepared.dataDir);
  const failures: string[] = [];
  const firstCommit: number[] = [];
  /** How long the calls took, from the done lines so far (ms). */
  const callMs: number[] = [];
  const minimum = minKillsInCall(runs);
  let aimed = 0;
  let extra = 0;
  const moreRuns = (run: number) => run <= runs || (ledger.totals.interrupted < minimum && run <= 2 * runs);
  for (let run = 1; moreRuns(run) && failures.length === 0; run++) {
    const isExtra = run > runs;
    if (isExtra) extra++;
    const delayMs = Math.floor(random() * MAX_DELAY_MS[scenario]);
    const seed = Math.floor(random() * 2 ** 31);
    const fixedWindow = AIM_WINDOW_MS[scenario];
    const share = isExtra ? AIM_SHARE_OF_CALL / 2 : AIM_SHARE_OF_CALL;
    const window = fixedWindow === null ? null : callMs.length >= 3 ? Math.max(1, Math.floor(median(callMs) * share)) : fixedWindow;
    const aimMs = window !== null && (isExtra || random() < AIMED_SHARE) ? Math.floor(random() * window) : undefined;
    if (aimMs !== undefined) aimed++;
    const label = `${scenario} run ${run} (worker seed ${seed}, killed ${delayMs} ms after its first commit` +
      `${aimMs !== undefined ? `, then ${aimMs} ms into the next call` : ''})`;
    try {
      const journal = path.join(prepared.dataDir, `journal-${scenario}-${run}.jsonl`);
      const outcome = await runAndKill({ dataDir: prepared.dataDir, scenario, journal, seed, delayMs, ...(aimMs !== undefined ? { aimMs } : {}), env: prepared.env });
      firstCommit.push(outcome.firstCommitMs);
      for (const line of outcome.lines) if (line.phase === 'done' && line.ms !== undefined) callMs.push(line.ms);
      ledger.totals.strays += outcome.strays;
      if (uncommittedWalFrames(ledger.databaseFile) > 0) ledger.totals.uncommittedWal++;

      const { problems } = ledger.checkAfterKill(run, outcome.lines);
      // Opening the app again clears what the killed generation left half-written.
      const backend = await createBackend({ dataDir: prepared.dataDir, migrationsDir });
      backend.close();
      const left = fs.existsSync(ledger.packagesDir) ? fs.readdirSync(ledger.packagesDir).filter((n) => n.startsWith('.')) : [];
      if (left.length > 0) problems.push(`left in the packages folder after reopening: ${left.join(', ')}`);
      if (problems.length > 0) failures.push(`${label}:\n  ${problems.join('\n  ')}`);
    } catch (error) {
      failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const t = ledger.totals;
  if (failures.length === 0 && t.interrupted < minimum) {
    failures.push(`only ${t.interrupted} of ${t.runs} kills landed inside a call (at least ${minimum} must, after ${extra} added runs)`);
  }
  const summary =
    `crash ${scenario}: ${t.runs} runs (${aimed} aimed at a call, ${extra} added to reach the minimum), ${t.items} items journaled, ` +
    `${t.interrupted} kills during a call (minimum ${minimum}; calls took ${callMs.length ? Math.round(median(callMs)) : '-'} ms at the median) ` +
    `(${t.interruptedCommitted} committed before its journal line, ${t.interruptedAbsent} left nothing), ` +
    `${t.uncommittedWal} with uncommitted WAL frames, ${t.partialFolders} partial package folders, ${t.strays} stray processes killed; ` +
    `first commit ${firstCommit.length ? Math.min(...firstCommit) : '-'}–${firstCommit.length ? Math.max(...firstCommit) : '-'} ms after start; ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s (seed ${baseSeed})`;
  if (failures.length > 0) {
    failures.push(`data folder kept for inspection: ${prepared.dataDir}`);
  } else {
    fs.rmSync(prepared.dataDir, { recursive: true, force: true });
    if (prepared.env.APA_CRASH_FIXTURES) fs.rmSync(prepared.env.APA_CRASH_FIXTURES, { recursive: true, force: true });
  }
  return { summary, failures };
}

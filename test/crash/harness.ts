// Starts the worker as a child process, lets it commit, and kills it with SIGKILL at a chosen moment.
// The worker runs in its own process group (tsx starts the script in a second node process), so one
// kill of the group takes both down, as a crash would. Chromium, which Playwright starts in a group of
// its own for package generation, is found by a tag in its environment and killed as well.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../support/paths.js';
import { readJournal, type JournalLine, type Scenario } from './journal.js';
import { killAllAndWait } from '../support/processes.js';

export interface KillPlan {
  dataDir: string;
  scenario: Scenario;
  journal: string;
  /** The worker's own seed (its choices of files, values, parts). */
  seed: number;
  /** How long after the first committed item the kill comes. */
  delayMs: number;
  /**
   * Aimed kill: after the delay, wait for the next call to begin and kill this many ms into it, so
   * kills land inside transactions far more often than at a random moment.
   */
  aimMs?: number;
  env?: Record<string, string>;
  /** Give up when nothing is committed within this time. */
  startTimeoutMs?: number;
}

export interface KillOutcome {
  lines: JournalLine[];
  /** From the worker's start to its first committed item. */
  firstCommitMs: number;
  /** Leftover processes of the worker (Chromium) that had to be killed after it. */
  strays: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Returns as soon as the worker journals the start of its next call (or exits, or 20 s pass). */
async function nextCallBegins(journal: string, exited: () => boolean): Promise<void> {
  const offset = fs.statSync(journal).size;
  const deadline = Date.now() + 20_000;
  const fd = fs.openSync(journal, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    let seen = '';
    while (!exited() && Date.now() < deadline) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, offset + Buffer.byteLength(seen));
      seen += buffer.subarray(0, n).toString('utf8');
      if (seen.includes('"phase":"begin"')) return;
      await sleep(1);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function hasDoneLine(journal: string): boolean {
  if (!fs.existsSync(journal)) return false;
  return fs.readFileSync(journal, 'utf8').includes('"phase":"done"');
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Children still running when a test fails: killed in afterAll so none outlives the test file. */
const running = new Set<ChildProcess>();
export function killAllWorkers(): void {
  for (const child of running) killGroup(child);
  running.clear();
}

export async function runAndKill(plan: KillPlan): Promise<KillOutcome> {
  const tag = `${process.pid}-${path.basename(plan.journal)}-${Date.now()}`;
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'test/crash/worker.ts', plan.dataDir, plan.scenario, plan.journal, String(plan.seed)],
    { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...plan.env, APA_CRASH_TAG: tag } },
  );
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  try {
    const timeout = plan.startTimeoutMs ?? 120_000;
    while (!hasDoneLine(plan.journal)) {
      if (exitCode !== undefined) throw new Error(`the ${plan.scenario} worker exited (${exitCode}) before committing anything:\n${output}`);
      if (Date.now() - started > timeout) throw new Error(`the ${plan.scenario} worker committed nothing in ${timeout} ms:\n${output}`);
      await sleep(20);
    }
    const firstCommitMs = Date.now() - started;
    await sleep(plan.delayMs);
    if (plan.aimMs !== undefined) {
      await nextCallBegins(plan.journal, () => exitCode !== undefined);
      if (plan.aimMs > 0) await sleep(plan.aimMs);
    }
    if (exitCode !== undefined) throw new Error(`the ${plan.scenario} worker exited (${exitCode}) before the kill:\n${output}`);
    // Only once every process of the worker has finished exiting (its file locks released) is the
    // data folder the kill's to check: a database opened earlier could miss the last commit.
    const strays = await killAllAndWait(child.pid!, 'APA_CRASH_TAG', tag);
    await exited;
    return { lines: readJournal(plan.journal), firstCommitMs, strays };
  } finally {
    killGroup(child);
    running.delete(child);
  }
}

/**
 * Frames in the WAL after its last commit frame: pages of a transaction that was being written when
 * the process died (SQLite ignores them on recovery). Zero does not mean no transaction was open —
 * most keep their pages in memory until the commit.
 */
export function uncommittedWalFrames(databaseFile: string): number {
  const walFile = `${databaseFile}-wal`;
  if (!fs.existsSync(walFile)) return 0;
  const wal = fs.readFileSync(walFile);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let trailing = 0;
  for (let offset = 32; offset + 24 + pageSize <= wal.length; offset += 24 + pageSize) {
    // Frames of an older WAL generation (different salts) follow the current ones after a restart.
    if (wal.readUInt32BE(offset + 8) !== salt1 || wal.readUInt32BE(offset + 12) !== salt2) break;
    trailing = wal.readUInt32BE(offset + 4) !== 0 ? 0 : trailing + 1;
  }
  return trailing;
}

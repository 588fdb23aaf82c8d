// A power cut for a child process: durable-shim.c (LD_PRELOAD) keeps a copy of each file of the data
// folder at each fsync and moves the copies along with renames; after SIGKILL, every file goes back
// to its last synced copy, to what it was before the run, or away.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, tempDir } from '../../support/paths.js';
import { killAllAndWait } from '../../support/processes.js';

let shim: string | null = null;

/** Compiles the shim once per test file (the system C compiler: `cc`, Debian's gcc). */
export function durableShim(): string {
  if (shim) return shim;
  const built = path.join(tempDir(), 'durable-shim.so');
  execFileSync('cc', ['-shared', '-fPIC', '-O2', '-Wall', '-Wno-format-truncation', '-o', built, path.join(projectRoot, 'test/backend/database/durable-shim.c'), '-ldl'], { stdio: 'pipe' });
  return (shim = built);
}

/** Every regular file under `dir`, by its path below it. */
export function filesUnder(dir: string, below = ''): string[] {
  return fs.readdirSync(path.join(dir, below), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(below, e.name);
    return e.isDirectory() ? filesUnder(dir, rel) : e.isFile() ? [rel] : [];
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const running = new Set<number>();

/** Kills what a failed test left running. */
export function killLeftovers(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  running.clear();
}

/**
 * Runs `script` (a TypeScript file, through tsx) with `args` under the shim, waits until `ready()`
 * says so, kills it and cuts the power on `dataDir` (a real path: the shim compares the kernel's).
 */
export async function runThenCutPower(dataDir: string, script: string, args: string[], ready: () => boolean): Promise<CutReport> {
  const before = new Map(filesUnder(dataDir).map((rel) => [rel, fs.readFileSync(path.join(dataDir, rel))]));
  const shadow = tempDir();
  const tag = `${process.pid}-${path.basename(shadow)}`;
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LD_PRELOAD: durableShim(), APA_DURABLE_DIR: dataDir, APA_DURABLE_SHADOW: shadow, APA_DURABLE_TAG: tag },
  });
  running.add(child.pid!);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  while (!ready()) {
    if (child.exitCode !== null) throw new Error(`${script} exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${script} was not ready in time:\n${output}`);
    await sleep(5);
  }
  // Every process of the run must have finished exiting before the disk is set back (killAllAndWait).
  await killAllAndWait(child.pid!, 'APA_DURABLE_TAG', tag);
  await exited;
  running.delete(child.pid!);

  const report: CutReport = { synced: [], asBefore: [], removed: [] };
  for (const rel of filesUnder(dataDir)) {
    const synced = path.join(shadow, rel.split(path.sep).join('%'));
    const target = path.join(dataDir, rel);
    if (fs.existsSync(synced)) {
      fs.copyFileSync(synced, target);
      report.synced.push(`${rel} (${fs.statSync(synced).size} bytes)`);
    } else if (before.has(rel)) {
      fs.writeFileSync(target, before.get(rel)!);
      report.asBefore.push(rel);
    } else {
      fs.rmSync(target);
      report.removed.push(rel);
    }
  }
  return report;
}

/** What the power cut did to each file: put back to its synced copy, to its state before the run, or removed. */
export interface CutReport {
  synced: string[];
  asBefore: string[];
  removed: string[];
}

// Killing a child process tree and knowing when it is really gone. A process SIGKILLed is not gone
// when its parent sees it exit: while the kernel tears it down (its memory first, its files after) it
// still holds its file locks, and a database opened meanwhile trusts the dead writer's shared-memory
// index instead of recovering the log. Gone means: no /proc entry, or a zombie (files released).
import fs from 'node:fs';
import path from 'node:path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Live processes whose environment carries `name=value` (tagged at spawn; inherited by descendants). */
export function processesTagged(name: string, value: string): number[] {
  const needle = `${name}=${value}\0`;
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(path.join('/proc', entry, 'environ'), 'latin1').includes(needle)) pids.push(Number(entry));
    } catch {
      // gone meanwhile, exiting, or not ours
    }
  }
  return pids;
}

/** A process's state letter and process group (/proc/<pid>/stat), or null once it is gone. */
function statOf(pid: number): { state: string; group: number } | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return null;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state, ppid, pgrp, …
  return { state: fields[0]!, group: Number(fields[2]) };
}

/** True while the process exists and has not finished exiting (a zombie has released its files). */
function notYetGone(pid: number): boolean {
  const stat = statOf(pid);
  return stat !== null && stat.state !== 'Z' && stat.state !== 'X';
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone meanwhile
  }
}

/**
 * SIGKILLs the process group of `groupLeader` and every process tagged `name=value` (descendants in
 * groups of their own, like Chromium), then waits until each has finished exiting. Returns how many
 * tagged processes outside the group had to be killed on their own.
 */
export async function killAllAndWait(groupLeader: number, name: string, value: string): Promise<number> {
  const before = processesTagged(name, value);
  kill(-groupLeader);
  const seen = new Set(before);
  let strays = 0;
  for (let round = 0; round < 20; round++) {
    // Members of the group die of the group's kill; the others (own groups) are strays.
    const left = processesTagged(name, value).filter((pid) => statOf(pid)?.group !== groupLeader);
    if (left.length === 0) break;
    strays = Math.max(strays, left.length);
    for (const pid of left) {
      seen.add(pid);
      kill(pid);
    }
    await sleep(50);
  }
  for (const pid of seen) {
    while (notYetGone(pid)) await sleep(5);
  }
  return strays;
}

// Kill-and-check: SIGKILL in the middle of a batch import, of review edits and of package generation
// leaves a sound database with every committed item intact and nothing half-written (scenario.ts,
// ledger.ts). The three scenarios run side by side, each on its own data folder; the runs of one
// scenario follow each other on the same folder. APA_CRASH_RUNS sets the total number of runs; each
// scenario must land a minimum number of its kills inside a call (scenario.ts, minKillsInCall).
import { afterAll, describe, test } from 'vitest';
import { killAllWorkers } from './harness.js';
import { SCENARIOS } from './journal.js';
import { runScenario, runsFor } from './scenario.js';

describe.concurrent('SIGKILL at random moments', () => {
  afterAll(killAllWorkers); // a worker still running when a test timed out
  for (const scenario of SCENARIOS) {
    const runs = runsFor(scenario);
    test(`${scenario}: ${runs} runs, each check passes`, async ({ expect }) => {
      const result = await runScenario(scenario, runs);
      console.log(result.summary);
      expect(result.failures).toEqual([]);
    }, 2 * runs * 150_000); // added runs may double a scenario's count
  }
});

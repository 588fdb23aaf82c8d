// A reader worker that dies is reported for what it is: out of memory as the file's size, any other
// crash as the reader stopping on that file; the file after it reads in a fresh worker. The crashes
// are real: a worker script that throws, exits or fills its heap on the file it is given.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { crashOf, readTableInWorker, setReadWorkerScript } from '../../../electron/backend/spreadsheet-import/read-in-worker.js';
import { sha256 } from '../../../electron/backend/stored-files/stored-files.js';
import { fixture } from '../../support/fixture-files.js';

const job = (bytes: Uint8Array, fileName: string) => ({ bytes, fileName, sha256: sha256(bytes), choice: {} });

const crashingWorker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apa-reader-crash-')), 'crashing-worker.mjs');
fs.writeFileSync(
  crashingWorker,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.fileName === 'throws.xlsx') setImmediate(() => { throw new Error('a bug in the reader'); });
  if (job.fileName === 'exits.xlsx') process.exit(3);
  if (job.fileName === 'fills-memory.xlsx') { const kept = []; for (;;) kept.push(new Array(1e6).fill(kept.length)); }
});
`,
);

afterAll(() => setReadWorkerScript(null));

test('a worker that throws: "the reader stopped on this file", not a memory error', async () => {
  setReadWorkerScript(crashingWorker);
  await expect(readTableInWorker(job(Buffer.from('x'), 'throws.xlsx'))).rejects.toMatchObject({
    name: 'PlanReadError',
    code: 'corrupt',
    message: 'throws.xlsx: the reader stopped on this file',
  });
});

test('a worker that exits on a file: the same, for that file', async () => {
  setReadWorkerScript(crashingWorker);
  await expect(readTableInWorker(job(Buffer.from('y'), 'exits.xlsx'))).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('exits.xlsx') });
});

test('a worker out of memory: the file needs more memory than a plan table can', async () => {
  setReadWorkerScript(crashingWorker);
  await expect(readTableInWorker(job(Buffer.from('z'), 'fills-memory.xlsx'))).rejects.toMatchObject({
    code: 'too-many-cells',
    message: expect.stringContaining('more memory'),
  });
});

test('after the crashes, the next file reads in a fresh worker', async () => {
  setReadWorkerScript(null);
  const bytes = fs.readFileSync((await fixture('seed000-plan.xlsx')).file);
  const read = await readTableInWorker(job(bytes, 'seed000.xlsx'));
  expect(read.document.indicators.length).toBeGreaterThan(0);
});

test('only Node\'s out-of-memory code counts as memory', () => {
  expect(crashOf(Object.assign(new Error('heap'), { code: 'ERR_WORKER_OUT_OF_MEMORY' })).code).toBe('too-many-cells');
  expect(crashOf(new TypeError('x is undefined')).code).toBe('corrupt');
  expect(crashOf(undefined).code).toBe('corrupt');
});

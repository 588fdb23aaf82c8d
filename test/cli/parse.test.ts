// `cli parse` run as a child process on every fixture: stdout must be an apa-plan/1 document that
// conforms to the shared contract; a file with no table gives one line on stderr and a non-zero exit.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// The named export: under NodeNext the default import of this CommonJS module does not type as a class.
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as XLSX from '@e965/xlsx';
import { parsePlanBytes } from '../../electron/backend/spreadsheet-import/index.js';
import { buildFixtures } from '../fixtures/build-fixtures.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const contract = JSON.parse(readFileSync(path.resolve(projectRoot, '../shared/contracts/apa-plan.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(contract);

const dir = mkdtempSync(path.join(os.tmpdir(), 'apa-parse-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = await buildFixtures(dir);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'electron/cli/main.ts', 'parse', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// Two child processes at a time (the machine has two cores); each test awaits its own run.
function limited<T>(jobs: Array<() => Promise<T>>, width: number): Array<Promise<T>> {
  const results: Array<Promise<T>> = [];
  let active: Array<Promise<unknown>> = [];
  for (const job of jobs) {
    const start = (active.length < width ? Promise.resolve() : Promise.race(active)).then(job);
    const settled = start.then(
      () => undefined,
      () => undefined,
    );
    active.push(settled);
    void settled.then(() => (active = active.filter((a) => a !== settled)));
    results.push(start);
  }
  return results;
}
const pending = limited(
  fixtures.map((f) => () => cli(f.file, '--json')),
  2,
);
const runs = new Map(fixtures.map((f, i) => [f.file, pending[i]!]));

describe('cli parse on every fixture', () => {
  it.each(fixtures.map((f) => [path.basename(f.file), f.file] as const))('%s: exit 0, a conforming document, the same as the API gives', { timeout: 240_000 }, async (name, file) => {
    const run = await runs.get(file)!;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('{\n  "format": "apa-plan/1"')).toBe(true); // two-space indent
    const doc = JSON.parse(run.stdout) as unknown;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toEqual(JSON.parse(JSON.stringify(parsePlanBytes(readFileSync(file), name).document)));
  });
});

describe('cli parse on what is not a plan table', () => {
  function expectOneLineError(run: Run, pattern: RegExp) {
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
  }

  it('a workbook without a table', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], ['বিষয়: প্রতিবেদন প্রেরণ প্রসঙ্গে।']]), 'পত্র');
    const file = path.join(dir, 'letter.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    expectOneLineError(await cli(file), /no plan table/);
  });

  it('a file that is not a spreadsheet, and a file that is not there', async () => {
    const file = path.join(dir, 'photo.xlsx');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expectOneLineError(await cli(file), /not a spreadsheet/);
    expectOneLineError(await cli(path.join(dir, 'missing.xlsx')), /no such file/);
  });

  it('no file given', async () => {
    const run = await cli();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: cli parse FILE/);
  });
});

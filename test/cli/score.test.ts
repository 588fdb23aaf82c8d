// `cli score` run as a child process on apa-plan/1 files, its output checked against the contract.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The named export: under NodeNext the default import of this CommonJS module does not type as a class.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { seed000, seed002 } from '../backend/scoring/fixtures.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const contract = JSON.parse(readFileSync(path.resolve(projectRoot, '../shared/contracts/apa-score.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(contract);

let dir: string;
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return target;
};

function cli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'electron/cli/main.ts', 'score', ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scores(...args: string[]) {
  const run = cli(...args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout) as { indicators: { code: string; status: string; level: number | null; score: number | null; method: string }[]; [key: string]: unknown };
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return doc;
}

const indicatorOf = (doc: ReturnType<typeof scores>, code: string) => doc.indicators.find((i) => i.code === code)!;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'apa-score-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli score', () => {
  it('scores seed 002’s Q2 report for H1 as a valid apa-score/1 document', () => {
    const doc = scores(file('seed-002.json', seed002()), '--period', 'H1');
    expect(doc).toMatchObject({ format: 'apa-score/1', fiscalYear: '2024-25', period: 'H1', periodEnd: '2024-12-31', rule: 'interpolate', areas: [] });
    expect(indicatorOf(doc, '4.1.2').score!).toBeCloseTo(4.3078, 4);
    expect(indicatorOf(doc, '7.1.1')).toMatchObject({ status: 'achieved', level: 100, score: 5, method: 'date' });
    expect(doc.total).toMatchObject({ weight: 50, scoredWeight: 27 });
    // The contract check bites: a level out of range does not pass.
    const broken = { ...doc, indicators: doc.indicators.map((i) => ({ ...i, level: 150 })) };
    expect(validate(broken)).toBe(false);
    expect((doc.total as { score: number }).score).toBeCloseTo(19.8078, 4);
  });

  it('prints JSON indented by two spaces', () => {
    const run = cli(file('seed-002-indent.json', seed002()), '--period', 'Q2');
    expect(run.stdout.startsWith('{\n  "format": "apa-score/1",')).toBe(true);
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it('scores seed 000 with areas and not-due dates; --rule step', () => {
    const target = file('seed-000.json', seed000());
    const doc = scores(target, '--period', 'H1');
    expect(indicatorOf(doc, '2.2.2').status).toBe('not-due');
    expect(indicatorOf(doc, '1.4.1').level).toBeCloseTo(74, 4);
    expect(doc.areas).toEqual([
      { code: '1', weight: 33, score: expect.closeTo(11.24, 4), scoredWeight: 14 },
      { code: '2', weight: 17, score: 4, scoredWeight: 7 },
    ]);
    const step = scores(target, '--period=H1', '--rule', 'step', '--json');
    expect(step.rule).toBe('step');
    expect(indicatorOf(step, '1.4.1').level).toBe(70);
  });

  it('without a fiscal year: periodEnd null, date indicators no-data, with diagnostics', () => {
    const doc = scores(file('no-year.json', { ...seed000(), fiscalYear: null }), '--period', 'H1');
    expect(doc.periodEnd).toBeNull();
    expect(indicatorOf(doc, '2.2.2').status).toBe('no-data');
    const codes = (doc.diagnostics as { code: string }[]).map((d) => d.code);
    expect(codes).toContain('fiscal-year-missing');
    expect(codes).toContain('period-end-unknown');
  });

  it('bad arguments: one usage line on stderr, exit 2', () => {
    const target = file('args.json', seed002());
    for (const args of [[target], [target, '--period', 'H3'], [target, '--period', 'H1', '--rule', 'best'], ['--period', 'H1'], [target, target, '--period', 'H1'], [target, '--period', 'H1', '--bogus']]) {
      const run = cli(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/usage: cli score FILE --period/);
    }
  });

  it('a document that is not apa-plan/1: one line naming the field, exit 1', () => {
    const broken = seed002();
    (broken.indicators[4] as { weight: unknown }).weight = 'seven';
    const run = cli(file('broken.json', broken), '--period', 'H1');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('indicators.4.weight');
  });

  it('unreadable input: invalid JSON, a missing file, a file with no table — one line, exit 1', () => {
    for (const target of [file('bad.json', '{"format": "apa-plan/1",'), path.join(dir, 'missing.json'), file('words.csv', 'no table here\n')]) {
      const run = cli(target, '--period', 'H1');
      expect(run.code, target).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    }
  });
});

// The crash harness's child process: opens the real backend on a data folder and repeats one kind of
// work until it is killed, journaling every call (see journal.ts).
//
//   node node_modules/tsx/dist/cli.mjs test/crash/worker.ts <dataDir> <scenario> <journal> [seed]
//
// import:  stages and commits office spreadsheets (demo plans and H1 reports of new offices, and
//          varied files from the seed fixtures in every format) — APA_CRASH_FIXTURES names the folder
//          buildFixtures wrote; without it only the demo files are used.
// review:  changes verified values, comments and statuses on the reports already in the database.
// package: generates submission packages (memo numbers, PDFs, evidence, manifest, ZIP) one after another.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApiOutput } from '../../electron/backend/api/contract.js';
import { createBackend, type Backend } from '../../electron/backend/app/backend.js';
import { REVIEW_STATUSES } from '../../common/terms/review-statuses.js';
import type { FixtureInfo } from '../fixtures/build-fixtures.js';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { manyFiles, prng, type GeneratedFile } from '../fixtures/variants/many-files.js';
import type { TestCall } from '../support/backend.js';
import { migrationsDir } from '../support/paths.js';
import { FISCAL_YEAR, PACKAGE_FILE_NUMBER, POOL_OFFICE } from './constants.js';
import { expectationOf, JournalWriter, SCENARIOS, type ReviewField, type Scenario } from './journal.js';

type Call = TestCall;

function caller(backend: Backend): Call {
  return async (name, input = {}) => {
    const result = await backend.dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.message}`), { body: result.error });
    return result.value as ApiOutput<typeof name>;
  };
}

async function importLoop(call: Call, journal: JournalWriter, seed: number): Promise<never> {
  const random = prng(seed);
  const label = `${seed.toString(36)}`;
  const fixturesDir = process.env.APA_CRASH_FIXTURES;
  const fixtures: FixtureInfo[] = fixturesDir ? JSON.parse(fs.readFileSync(path.join(fixturesDir, 'fixtures.json'), 'utf8')) : [];
  // A handful of varied files (xlsx, xls, ods, csv); each run's seed makes them differ from earlier runs'.
  const varied: GeneratedFile[] = fixtures.length ? manyFiles(fixtures, 6, seed) : [];
  const own = (await call('setup.status')).ownOffice;
  if (!own) throw new Error('no own office: prepare the data folder first');
  const pool = (await call('offices.list', { query: POOL_OFFICE })).find((o: { nameBn: string }) => o.nameBn === POOL_OFFICE);
  if (!pool) throw new Error(`the pool office ${POOL_OFFICE} is missing: prepare the data folder first`);

  let seq = 0;
  const importFile = async (fileName: string, bytes: Buffer, officeId: number) => {
    const staged = await call('imports.stage', { fileName, contentBase64: bytes.toString('base64') });
    const kind: 'plan' | 'report' = staged.kind;
    const choices = { stagedId: staged.stagedId, officeId, fiscalYear: staged.fiscalYear ?? FISCAL_YEAR, period: kind === 'report' ? (staged.period ?? 'H1') : null };
    // The document exactly as the commit will store it (the commit reuses this analysis).
    const analysis = await call('imports.analyse', choices);
    if (analysis.duplicateOf) return; // the same bytes again (never from this run's names): nothing to do
    const item = { item: 'import' as const, fileName, sha256: analysis.sha256 as string, officeId, expect: expectationOf(analysis.document, kind) };
    seq++;
    journal.write({ phase: 'begin', seq, ...item });
    const started = performance.now();
    const result = await call('imports.commit', { ...choices, receivedOn: kind === 'report' ? '2024-01-10' : null });
    journal.write({ phase: 'done', seq, ...item, planId: result.planId, reportId: result.reportId, ms: performance.now() - started });
  };

  for (let i = 0; ; i++) {
    // A new office with its plan and its H1 report, then one varied file into the pool office.
    const name = `দপ্তর ${label}-${i}`;
    const office = await call('offices.create', { parentId: own.id, level: 'department', nameBn: name });
    await importFile(`plan-${label}-${i}.xlsx`, demoPlanXlsx(name), office.id);
    await importFile(`h1-${label}-${i}.xlsx`, demoH1ReportXlsx(name, Math.floor(random() * 1e6)), office.id);
    const file = varied[i];
    if (file) {
      try {
        await importFile(`${label}-${file.fileName}`, file.bytes, pool.id);
      } catch (error) {
        // A generated variant the importer refuses is the fuzz suite's business, not a crash: skip it.
        const kind = (error as { body?: { kind?: string } }).body?.kind;
        if (kind !== 'file' && kind !== 'validation') throw error;
        console.error(`skipped ${file.fileName}: ${error instanceof Error ? error.message : error}`);
      }
    }
  }
}

function randomDate(random: () => number): string {
  const start = Date.parse('2023-07-01T00:00:00Z');
  return new Date(start + Math.floor(random() * 366) * 86_400_000).toISOString().slice(0, 10);
}

async function reviewLoop(backend: Backend, call: Call, journal: JournalWriter, seed: number): Promise<never> {
  const random = prng(seed);
  const reportIds = (backend.database.sqlite.prepare('SELECT id FROM reports ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  if (reportIds.length === 0) throw new Error('no reports to review: prepare the data folder first');
  const rows: { reportId: number; indicatorId: number; valueKind: 'date' | 'number' | null }[] = [];
  for (const reportId of reportIds) {
    const workspace = await call('review.workspace', { reportId });
    for (const indicator of workspace.indicators) rows.push({ reportId, indicatorId: indicator.indicatorId, valueKind: indicator.valueKind });
  }
  const fields: ReviewField[] = ['verified', 'comment', 'status'];
  for (let seq = 1; ; seq++) {
    const row = rows[Math.floor(random() * rows.length)]!;
    const field = fields[Math.floor(random() * fields.length)]!;
    let value: string | number | null;
    if (field === 'verified') {
      value = random() < 0.15 ? null : row.valueKind === 'date' ? randomDate(random) : Math.round(random() * 2000) / 10;
    } else if (field === 'comment') {
      value = random() < 0.1 ? null : `যাচাই মন্তব্য ${seed.toString(36)}-${seq}: প্রমাণক ${Math.floor(random() * 100)}টি`;
    } else {
      value = REVIEW_STATUSES[Math.floor(random() * REVIEW_STATUSES.length)]!;
    }
    const item = { item: 'review' as const, reportId: row.reportId, indicatorId: row.indicatorId, field, value };
    journal.write({ phase: 'begin', seq, ...item });
    const started = performance.now();
    const ref = { reportId: row.reportId, indicatorId: row.indicatorId };
    if (field === 'verified') await call('review.setVerified', { ...ref, value, confirmImplausible: true }); // any figure, plausible or not: the test is about durability
    else if (field === 'comment') await call('review.setComment', { ...ref, comment: value });
    else await call('review.setStatus', { ...ref, status: value });
    journal.write({ phase: 'done', seq, ...item, ms: performance.now() - started });
  }
}

async function packageLoop(call: Call, journal: JournalWriter, seed: number): Promise<never> {
  const random = prng(seed);
  const target = { fiscalYear: FISCAL_YEAR, period: 'H1' };
  const { unavailable } = await call('package.compose', target);
  for (let seq = 1; ; seq++) {
    // Feedback letters always, numbered anew each time (they issue more memo numbers); the other parts
    // that can be enclosed vary, and the memo is worded for them.
    const parts = {
      selfAssessment: !unavailable.selfAssessment && random() < 0.5, reviewReport: !unavailable.reviewReport && random() < 0.5,
      feedbackLetters: !unavailable.feedbackLetters, evidenceIndex: !unavailable.evidenceIndex && random() < 0.5, auditLog: random() < 0.5,
    };
    const composition = await call('package.compose', { ...target, parts });
    const draft = { ...composition.draft, fileNumber: PACKAGE_FILE_NUMBER, date: '2024-01-25' };
    journal.write({ phase: 'begin', seq, item: 'package' });
    const began = performance.now();
    const started = await call('package.start', { ...target, draft, parts, feedbackNumbers: 'new' });
    let status = started;
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = await call('package.status', { jobId: started.id });
    }
    if (status.state !== 'done' || !status.result) throw new Error(`package generation ${status.state}: ${JSON.stringify(status.error)}`);
    const { name, memoNumber, zip, files } = status.result;
    journal.write({ phase: 'done', seq, item: 'package', name, memoNumber, zip: path.basename(zip), files: files.length, ms: performance.now() - began });
  }
}

async function main(): Promise<void> {
  const [dataDir, scenario, journalFile, seedText] = process.argv.slice(2);
  if (!dataDir || !journalFile || !SCENARIOS.includes(scenario as Scenario)) {
    throw new Error('usage: worker.ts <dataDir> <import|review|package> <journal> [seed]');
  }
  const seed = seedText ? Number(seedText) : crypto.randomInt(2 ** 31);
  const backend = await createBackend({ dataDir, migrationsDir });
  const call = caller(backend);
  const journal = new JournalWriter(journalFile);
  process.stdout.write(`READY ${process.pid}\n`);
  if (scenario === 'import') await importLoop(call, journal, seed);
  else if (scenario === 'review') await reviewLoop(backend, call, journal, seed);
  else await packageLoop(call, journal, seed);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error, (error as { body?: unknown }).body ?? '');
  process.exit(1);
});

// The crash checks catch what they are there to catch: on a sound data folder they find nothing, and
// each kind of damage a kill could leave (a half-imported plan, a review value without its audit
// record, a half-written package, a lost commit) is reported.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { issueMemoNumber } from '../../electron/backend/memo-register/memo-register.js';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { freshBackend, ownOffice, reportIdOf } from '../support/backend.js';
import { PACKAGE_FILE_NUMBER } from './constants.js';
import { expectationOf, type JournalLine } from './journal.js';
import { CrashLedger } from './ledger.js';

let dataDir: string;
let lines: JournalLine[];
let ids: { planId: number; reportId: number; indicatorId: number; packageName: string };

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** A package folder as generation writes it: files, manifest with their hashes, and a ZIP of them. */
function writePackage(packagesDir: string, name: string, memoNumber: string): void {
  const folder = path.join(packagesDir, name);
  fs.mkdirSync(folder, { recursive: true });
  const memo = Buffer.from('%PDF-1.4 memo');
  fs.writeFileSync(path.join(folder, 'memo.pdf'), memo);
  const files = [{ path: 'memo.pdf', sha256: sha(memo), bytes: memo.length }];
  const manifest = Buffer.from(JSON.stringify({ format: 'apa-package/1', memoNumber, feedbackMemoNumbers: {}, files }));
  fs.writeFileSync(path.join(folder, 'manifest.json'), manifest);
  fs.writeFileSync(path.join(folder, `${name}.zip`), zipSync({ [`${name}/memo.pdf`]: memo, [`${name}/manifest.json`]: manifest }));
}

beforeEach(async () => {
  const backend = await freshBackend();
  dataDir = backend.dataDir;
  const own = await ownOffice(backend);
  const office = await backend.call('offices.create', { parentId: own.id, level: 'department', nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  lines = [];
  const importFile = async (fileName: string, bytes: Buffer, period: 'H1' | null) => {
    const staged = await backend.call('imports.stage', { fileName, contentBase64: bytes.toString('base64') });
    const result = await backend.call('imports.commit', { stagedId: staged.stagedId, officeId: office.id, fiscalYear: '2023-24', period });
    const item = { item: 'import' as const, fileName, sha256: staged.sha256, officeId: office.id, expect: expectationOf(staged.document, staged.kind) };
    lines.push({ phase: 'done', seq: lines.length + 1, ...item, planId: result.planId, reportId: result.reportId });
    return result;
  };
  const plan = await importFile('plan.xlsx', demoPlanXlsx('প্রাথমিক শিক্ষা অধিদপ্তর'), null);
  const reportId = reportIdOf(await importFile('h1.xlsx', demoH1ReportXlsx('প্রাথমিক শিক্ষা অধিদপ্তর', 1), 'H1'));
  const workspace = await backend.call('review.workspace', { reportId });
  const indicatorId = workspace.indicators[0]!.indicatorId;
  await backend.call('review.setComment', { reportId, indicatorId, comment: 'যাচাই করা হয়েছে' });
  lines.push({ phase: 'done', seq: lines.length + 1, item: 'review', reportId, indicatorId, field: 'comment', value: 'যাচাই করা হয়েছে' });
  const memo = issueMemoNumber(backend.database.db, 'test', { officeId: own.id, fileNumber: PACKAGE_FILE_NUMBER, issuedOn: '2024-01-25' });
  const packageName = 'APA-office-2023-24-H1-1';
  writePackage(path.join(dataDir, 'packages'), packageName, memo.memoNumber);
  lines.push({ phase: 'done', seq: lines.length + 1, item: 'package', name: packageName, memoNumber: memo.memoNumber, zip: `${packageName}.zip`, files: 2 });
  backend.close();
  ids = { planId: plan.planId, reportId, indicatorId, packageName };
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Damages the database the way a broken commit would (no foreign keys, no app in between). */
function tamper(sql: string, ...params: unknown[]): void {
  const sqlite = new Database(path.join(dataDir, 'apa-desk.sqlite'));
  try {
    sqlite.prepare(sql).run(...params);
  } finally {
    sqlite.close();
  }
}

const problemsAfter = (journal: JournalLine[] = lines) => new CrashLedger(dataDir).checkAfterKill(1, journal).problems;

describe('the crash checks', () => {
  test('find nothing wrong in a sound data folder', () => {
    expect(problemsAfter()).toEqual([]);
  });

  test('report a plan that lost its indicators, or indicators that lost targets', () => {
    tamper(`UPDATE plan_indicators SET targets = '{}' WHERE id IN (SELECT id FROM plan_indicators WHERE plan_id = ? LIMIT 1)`, ids.planId);
    expect(problemsAfter()).toEqual([expect.stringMatching(/^indicators missing targets/), expect.stringMatching(/plan\.xlsx .*targets, journaled 55$/)]);
  });

  test('report a half-imported report: achievements missing, or a stored file no plan refers to', () => {
    tamper(`DELETE FROM achievements WHERE report_id = ?`, ids.reportId);
    tamper(`INSERT INTO stored_files (sha256, file_name, byte_size, bytes) VALUES ('ab', 'x.xlsx', 1, x'00')`);
    const problems = problemsAfter();
    expect(problems).toContainEqual(expect.stringMatching(/^stored files no plan or evidence refers to/));
    expect(problems).toContainEqual(expect.stringMatching(/h1\.xlsx .* 0 achievements, journaled \d+/));
  });

  test('report a committed import that is gone', () => {
    const sqlite = new Database(path.join(dataDir, 'apa-desk.sqlite'));
    sqlite.pragma('foreign_keys = OFF');
    sqlite.prepare(`DELETE FROM plan_indicators WHERE plan_id = ?`).run(ids.planId);
    sqlite.prepare(`DELETE FROM plans WHERE id = ?`).run(ids.planId);
    sqlite.close();
    expect(problemsAfter()).toContainEqual(expect.stringMatching(/plan\.xlsx .*the plan is gone/));
  });

  test('report a review value that differs from the journal or came without its audit record', () => {
    tamper(`UPDATE review_items SET comment = 'অন্য' WHERE indicator_id = ?`, ids.indicatorId);
    const problems = problemsAfter();
    expect(problems).toContainEqual(expect.stringMatching(/^review .*:comment: "অন্য", journaled \["যাচাই করা হয়েছে"\]/));
    expect(problems).toContainEqual(expect.stringMatching(/the audit log's last value is যাচাই করা হয়েছে/));
  });

  test('accept either outcome of the interrupted review change, and nothing else', () => {
    const begin: JournalLine = { phase: 'begin', seq: 9, item: 'review', reportId: ids.reportId, indicatorId: ids.indicatorId, field: 'status', value: 'accepted' };
    expect(problemsAfter([...lines, begin])).toEqual([]);
    tamper(`UPDATE review_items SET status = 'not-applicable' WHERE indicator_id = ?`, ids.indicatorId);
    expect(problemsAfter([...lines, begin])).toContainEqual(expect.stringMatching(/:status: "not-applicable", journaled \["pending","accepted"\]/));
  });

  test('report a half-written package: a file not matching its hash, no manifest, or a folder nobody journaled', () => {
    const packagesDir = path.join(dataDir, 'packages');
    fs.appendFileSync(path.join(packagesDir, ids.packageName, 'memo.pdf'), 'x');
    fs.mkdirSync(path.join(packagesDir, 'APA-office-2023-24-H1-2'));
    const problems = problemsAfter();
    expect(problems).toContainEqual(`package ${ids.packageName}: memo.pdf does not match its hash`);
    expect(problems).toContainEqual(expect.stringMatching(/^package APA-office-2023-24-H1-2: no readable manifest\.json/));
    expect(problems).toContainEqual('package folders nobody journaled: APA-office-2023-24-H1-2');
  });

  test('allow a partial package folder (the reopened app removes it) but not a journaled package that is gone', () => {
    const packagesDir = path.join(dataDir, 'packages');
    fs.mkdirSync(path.join(packagesDir, '.partial-1234'));
    expect(problemsAfter()).toEqual([]);
    fs.rmSync(path.join(packagesDir, ids.packageName), { recursive: true });
    expect(problemsAfter()).toContainEqual(`journaled package ${ids.packageName} is gone`);
  });

  test('report a memo number issued without its audit record', () => {
    tamper(`INSERT INTO memo_register (office_id, file_number, serial, memo_number, issued_on) VALUES (1, 'x', 99, 'x-99', '2024-01-25')`);
    expect(problemsAfter()).toContainEqual(expect.stringMatching(/^memo numbers without their audit record: \d+$/));
  });
});

// Importing offices' spreadsheets into the database: detection, corrections, versions,
// duplicates, and all-or-nothing writes. Real fixture files, a real SQLite file.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadPlanDocument } from '../../../electron/backend/plan-store/load-plan.js';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { freshBackend, ownOffice } from '../../support/backend.js';
import { fixture } from '../../support/fixture-files.js';

let backend: Awaited<ReturnType<typeof freshBackend>>;
let ownId: number;

beforeEach(async () => {
  backend = await freshBackend();
  ownId = (await ownOffice(backend)).id;
});
afterEach(() => backend.close());

const count = (table: string) => (backend.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function stage(fileName: string) {
  const info = await fixture(fileName);
  return { info, analysis: await backend.call('imports.stage', { fileName, contentBase64: fs.readFileSync(info.file).toString('base64') }) };
}

async function addOffice(nameBn: string, level = 'department', parentId = ownId) {
  return backend.call('offices.create', { parentId, level, nameBn });
}

describe('importing a report', () => {
  test('detects office, year and period, stores plan and report with the file, and reads back the same document', async () => {
    const dpl = await addOffice('গণগ্রন্থাগার অধিদপ্তর');
    const khulna = await addOffice('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'divisional', dpl.id);
    const { info, analysis } = await stage('seed002-q2-report.ods');
    expect(analysis.kind).toBe('report');
    expect(analysis.fiscalYear).toBe('2024-25');
    expect(analysis.period).toBe('Q2');
    expect(analysis.officeId).toBe(khulna.id);
    expect(analysis.officeSuggestions[0]).toMatchObject({ officeId: khulna.id });
    expect(analysis.duplicateOf).toBeNull();
    expect(analysis.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['targets-not-monotonic', 'zero-target']));

    const result = await backend.call('imports.commit', { stagedId: analysis.stagedId, officeId: khulna.id, fiscalYear: '2024-25', period: 'Q2', receivedOn: '2025-01-09' });
    expect(result).toMatchObject({ kind: 'report', planVersion: 1, reportVersion: 1 });

    const stored = loadPlanDocument(backend.database.db, result.planId, result.reportId);
    expect(stored.indicators.map((i) => i.code)).toEqual(info.expected.indicators.map((i) => i.code));
    expect(stored.indicators.map((i) => i.targets)).toEqual(analysis.document.indicators.map((i: { targets: unknown }) => i.targets));
    expect(stored.indicators.map((i) => i.achievements)).toEqual(analysis.document.indicators.map((i: { achievements: unknown }) => i.achievements));
    expect(stored.indicators.find((i) => i.code === '4.1.2')!.achievements.Q2).toBeCloseTo(61.54, 6);
    expect(stored.source?.sha256).toBe(analysis.sha256);
    const file = backend.database.sqlite.prepare(`SELECT bytes FROM stored_files WHERE sha256 = ?`).get(analysis.sha256) as { bytes: Buffer };
    expect(Buffer.compare(file.bytes, fs.readFileSync(info.file))).toBe(0);
    const audit = backend.database.sqlite.prepare(`SELECT action, entity FROM audit_log WHERE action = 'import'`).all();
    expect(audit).toEqual([{ action: 'import', entity: 'report' }]);

    const documents = await backend.call('offices.documents', { officeId: khulna.id });
    expect(documents).toEqual([expect.objectContaining({ kind: 'report', period: 'Q2', version: 1, fiscalYear: '2024-25', indicatorCount: 10 })]);
  });

  test('the same file twice is recognised; another file for the same period becomes version 2', async () => {
    const office = await addOffice('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'divisional');
    const first = (await stage('seed002-q2-report.ods')).analysis;
    await backend.call('imports.commit', { stagedId: first.stagedId, officeId: office.id, fiscalYear: '2024-25', period: 'Q2' });

    const again = (await stage('seed002-q2-report.ods')).analysis;
    expect(again.duplicateOf).toMatchObject({ fileName: 'seed002-q2-report.ods', officeName: office.nameBn, kind: 'report', period: 'Q2' });
    const refused = await backend.dispatch('imports.commit', { stagedId: again.stagedId, officeId: office.id, fiscalYear: '2024-25', period: 'Q2' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'duplicate-file' } });

    const other = (await stage('seed002-q2-report-bom.csv')).analysis;
    const second = await backend.call('imports.commit', { stagedId: other.stagedId, officeId: office.id, fiscalYear: '2024-25', period: 'Q2' });
    expect(second.reportVersion).toBe(2);
    const versions = (await backend.call('offices.documents', { officeId: office.id })).map((d: { version: number }) => d.version).sort();
    expect(versions).toEqual([1, 2]);
    expect(count('reports')).toBe(2);
  });
});

describe('importing a batch in one call', () => {
  test('stores every good file in one transaction, and reports each refused one on its own', async () => {
    const office = await addOffice('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'divisional');
    const stored = (await stage('seed002-q2-report.ods')).analysis;
    await backend.call('imports.commit', { stagedId: stored.stagedId, officeId: office.id, fiscalYear: '2024-25', period: 'Q2' });
    const again = (await stage('seed002-q2-report.ods')).analysis;
    const csv = (await stage('seed002-q2-report-bom.csv')).analysis;
    const plan = (await stage('seed000-plan.xlsx')).analysis;
    const before = { plans: count('plans'), reports: count('reports'), files: count('stored_files'), audit: count('audit_log') };

    const input = (a: any, period: string | null) => ({ stagedId: a.stagedId, officeId: office.id, fiscalYear: '2024-25', period });
    const { results } = await backend.call('imports.commitMany', {
      files: [input(csv, 'Q2'), input(again, 'Q2'), input(plan, null), { ...input(plan, null), officeId: 9999 }],
    });
    expect(results).toEqual([
      { stagedId: csv.stagedId, ok: true, result: expect.objectContaining({ kind: 'report', reportVersion: 2 }) },
      { stagedId: again.stagedId, ok: false, error: expect.objectContaining({ kind: 'conflict', code: 'duplicate-file' }) },
      { stagedId: plan.stagedId, ok: true, result: expect.objectContaining({ kind: 'plan', planVersion: 1 }) },
      { stagedId: plan.stagedId, ok: false, error: expect.objectContaining({ kind: 'not-found' }) },
    ]);
    expect({ plans: count('plans'), reports: count('reports'), files: count('stored_files'), audit: count('audit_log') })
      .toEqual({ plans: before.plans + 2, reports: before.reports + 1, files: before.files + 2, audit: before.audit + 2 });
    // What was stored is no longer staged; what was refused still is, to be corrected.
    expect(await backend.dispatch('imports.analyse', { stagedId: csv.stagedId })).toMatchObject({ ok: false, error: { issues: [{ code: 'not-staged' }] } });
    expect(await backend.dispatch('imports.analyse', { stagedId: again.stagedId })).toMatchObject({ ok: true });
  });

  test('a failure while storing one file rolls back that file only', async () => {
    const office = await addOffice('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'divisional');
    const report = (await stage('seed002-q2-report.ods')).analysis;
    const plan = (await stage('seed000-plan.xlsx')).analysis;
    // Remarks are written for the report only: its insert fails half way through the file.
    backend.database.sqlite.exec(`CREATE TEMP TRIGGER fail_late BEFORE INSERT ON report_remarks BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const { results } = await backend.call('imports.commitMany', {
      files: [
        { stagedId: report.stagedId, officeId: office.id, fiscalYear: '2024-25', period: 'Q2' },
        { stagedId: plan.stagedId, officeId: office.id, fiscalYear: '2024-25', period: null },
      ],
    });
    backend.database.sqlite.exec(`DROP TRIGGER fail_late`);
    expect(results.map((r: { ok: boolean }) => r.ok)).toEqual([false, true]);
    const failed = results[0];
    if (!failed || failed.ok) throw new Error('the report was stored');
    expect(failed.error).toMatchObject({ kind: 'internal', message: expect.stringContaining('disk full') });
    expect(count('reports')).toBe(0);
    expect(count('plans')).toBe(1);
    expect(count('stored_files')).toBe(1);
    expect((backend.database.sqlite.prepare(`SELECT count(*) AS n FROM plan_indicators`).get() as { n: number }).n)
      .toBe(plan.document.indicators.length);
  });
});

describe('corrections before saving', () => {
  test('re-mapping a column changes what is read, without reading the file again', async () => {
    const { analysis } = await stage('seed000-plan.xlsx');
    expect(analysis.kind).toBe('plan');
    expect(analysis.document.levels).toEqual([100, 90, 80, 70, 60]);
    const target100 = analysis.layout.columns.find((c: { role: string }) => c.role === 'target:100');
    if (!target100) throw new Error('no column read as the 100% target');
    const remapped = await backend.call('imports.analyse', { stagedId: analysis.stagedId, layout: { columns: [{ column: target100.column, role: 'ignore' }] } });
    expect(remapped.document.levels).toEqual([90, 80, 70, 60]);
    expect(remapped.layout.columns.find((c: { column: number }) => c.column === target100.column)!.role).toBe('ignore');
    const bad = await backend.dispatch('imports.analyse', { stagedId: analysis.stagedId, layout: { columns: [{ column: 0, role: 'target:55' }] } });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'layout.columns', code: 'invalid-role' }] } });
  });

  test('office, year and period given by the user win over detection', async () => {
    const office = await addOffice('জাতীয় মহিলা সংস্থা');
    const { analysis } = await stage('seed004-q2-progress.xlsx');
    expect(analysis.period).toBe('H1'); // Q1 and Q2 columns: the half-year
    const chosen = await backend.call('imports.analyse', { stagedId: analysis.stagedId, officeId: office.id, fiscalYear: '2021-22', period: 'Q2' });
    expect(chosen).toMatchObject({ officeId: office.id, fiscalYear: '2021-22', period: 'Q2' });
  });
});

describe("the preview's findings", () => {
  // The reader worker runs the checks that need only the document; the importing thread adds the
  // ones on stored data (plan-drift). Together they must be what one run of every check gives.
  test('are those of all checks run on the document, with plan-drift against the approved plan', async () => {
    const office = await addOffice('জাতীয় মহিলা সংস্থা');
    const { analysis } = await stage('seed004-q2-progress.xlsx');
    // No plan stored yet: the worker's findings are the whole list.
    expect(analysis.findings.length).toBeGreaterThan(0);
    // The preview checks the period it proposes, H1 when it proposes none (as the import service does).
    expect(analysis.findings).toEqual(runChecks(analysis.document, { period: analysis.period ?? 'H1' }));

    const plan = await stage('seed000-plan.xlsx');
    const stored = await backend.call('imports.commit', { stagedId: plan.analysis.stagedId, officeId: office.id, fiscalYear: '2021-22', period: null });
    const approvedPlan = loadPlanDocument(backend.database.db, stored.planId);
    const chosen = await backend.call('imports.analyse', { stagedId: analysis.stagedId, officeId: office.id, fiscalYear: '2021-22' });
    const codes = chosen.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('plan-drift');
    expect(codes.filter((c: string) => c !== 'plan-drift').length).toBeGreaterThan(0);
    expect(chosen.findings).toEqual(runChecks(chosen.document, { period: chosen.period ?? 'H1', approvedPlan }));

    // Another period than the one proposed: every check runs again for it.
    const q2 = await backend.call('imports.analyse', { stagedId: analysis.stagedId, officeId: office.id, fiscalYear: '2021-22', period: 'Q2' });
    expect(q2.findings).toEqual(runChecks(q2.document, { period: 'Q2', approvedPlan }));
    expect(q2.findings).not.toEqual(chosen.findings);
  });
});

describe('what cannot be imported', () => {
  test('a file that is no spreadsheet gets a file error naming the file, and nothing is stored', async () => {
    const result = await backend.dispatch('imports.stage', { fileName: 'memo.xlsx', contentBase64: Buffer.from('not a zip at all').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { kind: 'file', file: 'memo.xlsx' } });
    if (!result.ok) expect(result.error.kind === 'file' && result.error.messageBn).toContain('memo.xlsx');
    expect(count('stored_files')).toBe(0);
  });

  test('a failure while saving leaves no plan, no report and no stored file (one transaction)', async () => {
    const office = await addOffice('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'divisional');
    const { analysis } = await stage('seed002-q2-report.ods');
    backend.database.sqlite.exec(`CREATE TEMP TRIGGER fail_late BEFORE INSERT ON report_remarks BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const before = { plans: count('plans'), reports: count('reports'), files: count('stored_files'), indicators: count('plan_indicators'), audit: count('audit_log') };
    const result = await backend.dispatch('imports.commit', { stagedId: analysis.stagedId, officeId: office.id, fiscalYear: '2024-25', period: 'Q2' });
    expect(result.ok).toBe(false);
    expect({ plans: count('plans'), reports: count('reports'), files: count('stored_files'), indicators: count('plan_indicators'), audit: count('audit_log') }).toEqual(before);
    backend.database.sqlite.exec(`DROP TRIGGER fail_late`);
    const retried = await backend.call('imports.commit', { stagedId: analysis.stagedId, officeId: office.id, fiscalYear: '2024-25', period: 'Q2' });
    expect(retried.reportVersion).toBe(1);
  });

  test('a report without a period, or for an unknown office, is refused with the field named', async () => {
    const { analysis } = await stage('seed002-q2-report.ods');
    const noPeriod = await backend.dispatch('imports.commit', { stagedId: analysis.stagedId, officeId: ownId, fiscalYear: '2024-25', period: null });
    expect(noPeriod).toMatchObject({ ok: false, error: { issues: [{ path: 'period', code: 'required' }] } });
    const noOffice = await backend.dispatch('imports.commit', { stagedId: analysis.stagedId, officeId: 999, fiscalYear: '2024-25', period: 'Q2' });
    expect(noOffice).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(count('plans')).toBe(0);
  });
});

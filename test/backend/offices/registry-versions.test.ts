// Issue 13: one office per name (by hand and by the office-list import), plan and report versions that
// can be opened and deleted (audited, refused where a review or an issued memo depends on them), and
// the home screen's summary against the database.
import { afterEach, expect, test } from 'vitest';
import { freshBackend, ownOffice } from '../../support/backend.js';
import { backendWithReports } from '../../support/demo-data.js';
import { demoH1ReportXlsx } from '../../fixtures/variants/demo-reports.js';
import { officeNameKey } from '../../../electron/backend/offices/office-names.js';

const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

test('names compare across spacing, digit sets, Unicode composition, joiners and case', () => {
  expect(officeNameKey('জেলা  অফিস ২')).toBe(officeNameKey(' জেলা অফিস 2 '));
  expect(officeNameKey('উপজেলা শিক্ষা অফিস, খুলনা')).toBe(officeNameKey('উপজেলা শিক্ষা অফিস ,খুলনা'));
  // য় precomposed (U+09DF) and as য + nukta.
  expect(officeNameKey('সংস্থা \u09DF')).toBe(officeNameKey('সংস্থা \u09AF\u09BC'));
  expect(officeNameKey('ক\u200Cখ Office')).toBe(officeNameKey('কখ office'));
  expect(officeNameKey('জেলা অফিস, যশোর')).not.toBe(officeNameKey('জেলা অফিস, খুলনা'));
});

test('a second office with the same name is refused, by hand and on rename; the import keeps the one it has', async () => {
  const backend = await freshBackend();
  closers.push(() => backend.close());
  const own = await ownOffice(backend);
  const first = await backend.call('offices.create', { parentId: own.id, level: 'district', nameBn: 'জেলা শিক্ষা অফিস ২', nameEn: 'District Office 2' });
  for (const nameBn of ['জেলা  শিক্ষা অফিস 2', 'জেলা শিক্ষা অফিস ২ ']) {
    const refused = await backend.dispatch('offices.create', { parentId: own.id, level: 'district', nameBn });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'nameBn', code: 'duplicate-office-name' }] } });
  }
  const byEnglish = await backend.dispatch('offices.create', { parentId: own.id, level: 'district', nameBn: 'অন্য নাম', nameEn: 'district office 2' });
  expect(byEnglish).toMatchObject({ ok: false, error: { issues: [{ path: 'nameEn', code: 'duplicate-office-name' }] } });
  const other = await backend.call('offices.create', { parentId: own.id, level: 'district', nameBn: 'জেলা শিক্ষা অফিস ৩' });
  const rename = await backend.dispatch('offices.update', { id: other.id, nameBn: 'জেলা শিক্ষা অফিস 2' });
  expect(rename).toMatchObject({ ok: false, error: { issues: [{ path: 'nameBn', code: 'duplicate-office-name' }] } });
  // Saving an office under its own name is no duplicate.
  await backend.call('offices.update', { id: first.id, nameBn: 'জেলা শিক্ষা অফিস ২', phone: '০১৭' });

  const csv = ['নাম,ঊর্ধ্বতন অফিস,স্তর', 'জেলা শিক্ষা অফিস 2,,জেলা', 'উপজেলা অফিস ক,জেলা শিক্ষা অফিস ২,উপজেলা', 'উপজেলা অফিস  ক,,উপজেলা'].join('\n');
  const input = { fileName: 'offices.csv', contentBase64: Buffer.from(csv).toString('base64') };
  const preview = await backend.call('offices.importPreview', input);
  expect(preview.rows.map((r: { issues: { code: string }[] }) => r.issues.map((i) => i.code))).toEqual([['office-exists'], [], ['duplicate-in-file']]);
  expect(preview).toMatchObject({ validCount: 1, existingCount: 1, errorCount: 1 });
  expect(await backend.call('offices.importConfirm', input)).toEqual({ created: 1, skipped: 2, existing: 1 });
  const count = (name: string) =>
    (backend.database.sqlite.prepare(`SELECT count(*) AS n FROM offices WHERE name_bn = ?`).get(name) as { n: number }).n;
  expect(count('জেলা শিক্ষা অফিস ২') + count('জেলা শিক্ষা অফিস 2')).toBe(1);
  expect(count('উপজেলা অফিস ক') + count('উপজেলা অফিস  ক')).toBe(1);
});

test('versions: import twice, open one, delete the newer (audited), the older is current; a reviewed version stays', async () => {
  const { backend, offices } = await backendWithReports(['দপ্তর ক', 'দপ্তর খ']);
  closers.push(() => backend.close());
  const { office } = offices[0]!;
  const staged = await backend.call('imports.stage', { fileName: 'h1-again.xlsx', contentBase64: demoH1ReportXlsx('দপ্তর ক', 555).toString('base64') });
  await backend.call('imports.commit', { stagedId: staged.stagedId, officeId: office.id, fiscalYear: '2023-24', period: 'H1', receivedOn: '2024-01-12' });

  const groups = await backend.call('offices.versions', { officeId: office.id });
  expect(groups.map((g: { kind: string; period: string | null; count: number; currentVersion: number }) => [g.kind, g.period, g.count, g.currentVersion]))
    .toEqual([['plan', null, 1, 1], ['report', 'H1', 2, 2]]);
  const reports = groups[1]!.versions;
  expect(reports.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([[2, true], [1, false]]);

  const opened = await backend.call('versions.open', { kind: 'report', id: reports[0]!.id });
  expect(opened.document.indicators.length).toBe(reports[0]!.indicatorCount);
  expect(opened.version.receivedOn).toBe('2024-01-12');

  const auditBefore = (backend.database.sqlite.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'delete' AND entity = 'report'`).get() as { n: number }).n;
  expect(await backend.call('versions.delete', { kind: 'report', id: reports[0]!.id })).toEqual({ deleted: true, currentVersion: 1 });
  const audit = backend.database.sqlite.prepare(`SELECT entity_id AS id, old_value AS old FROM audit_log WHERE action = 'delete' AND entity = 'report'`).all() as { id: string; old: string }[];
  expect(audit.length).toBe(auditBefore + 1);
  expect(JSON.parse(audit.at(-1)!.old)).toMatchObject({ version: 2, file: 'h1-again.xlsx', period: 'H1', officeId: office.id });
  expect(backend.database.sqlite.prepare(`SELECT version FROM reports WHERE office_id = ?`).all(office.id)).toEqual([{ version: 1 }]);
  const workspace = await backend.call('review.workspace', { officeId: office.id, fiscalYear: '2023-24', period: 'H1' });
  expect(workspace.report.version).toBe(1);
  // The file was meant for the other office: once its wrong version is gone it can be imported there.
  const again = await backend.call('imports.stage', { fileName: 'h1-again.xlsx', contentBase64: demoH1ReportXlsx('দপ্তর ক', 555).toString('base64') });
  const moved = await backend.call('imports.commit', { stagedId: again.stagedId, officeId: offices[1]!.office.id, fiscalYear: '2023-24', period: 'H1', receivedOn: '2024-01-12' });
  expect(moved).toMatchObject({ kind: 'report', reportVersion: 2 });

  // A review of the remaining version: deletion refused with the reason, nothing removed.
  await backend.call('review.setOverallComment', { reportId: reports[1]!.id, comment: 'দেখা হয়েছে' });
  const refused = await backend.dispatch('versions.delete', { kind: 'report', id: reports[1]!.id });
  expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'version-has-review' } });
  const after = await backend.call('offices.versions', { officeId: office.id });
  expect(after[1]!.versions[0]!.blockers).toEqual([{ code: 'version-has-review' }]);
  // The plan the review compares with is held too.
  expect(after[0]!.versions[0]!.blockers).toEqual([{ code: 'version-has-review' }]);
});

test('a version with evidence the reviewer attached cannot be deleted', async () => {
  const { backend, offices } = await backendWithReports(['দপ্তর ঘ']);
  closers.push(() => backend.close());
  const reportId = offices[0]!.report.reportId;
  const workspace = await backend.call('review.workspace', { reportId });
  await backend.call('review.attachEvidence', {
    reportId, indicatorId: workspace.indicators[0]!.indicatorId, fileName: 'নোটিশ.pdf', contentBase64: Buffer.from('%PDF-1.4 evidence').toString('base64'),
  });
  expect(backend.database.sqlite.prepare(`SELECT count(*) AS n FROM reviews WHERE report_id = ?`).get(reportId)).toEqual({ n: 0 });
  const refused = await backend.dispatch('versions.delete', { kind: 'report', id: reportId });
  expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'version-has-review' } });
});

test('a version a memo number was issued from cannot be deleted', async () => {
  const { backend, own, offices } = await backendWithReports(['দপ্তর গ']);
  closers.push(() => backend.close());
  const { office } = offices[0]!;
  backend.database.sqlite
    .prepare(`INSERT INTO memo_register (office_id, file_number, serial, memo_number, issued_on, purpose) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(own.id, '38.00.0000.010.36.001.24', 1, '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-১', '2024-01-20', `feedback:${office.id}:2023-24:H1`);
  const groups = await backend.call('offices.versions', { officeId: office.id });
  const report = groups.find((g: { kind: string }) => g.kind === 'report')?.versions[0];
  if (!report) throw new Error('the office has no report version');
  expect(report.blockers).toEqual([{ code: 'version-memo-issued', memoNumber: '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-১', issuedOn: '2024-01-20' }]);
  const refused = await backend.dispatch('versions.delete', { kind: 'report', id: report.id });
  expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'version-memo-issued' } });
});

test('the home summary counts what the database holds', async () => {
  const { backend, own, offices } = await backendWithReports(['দপ্তর ১', 'দপ্তর ২', 'দপ্তর ৩']);
  closers.push(() => backend.close());
  await backend.call('offices.create', { parentId: own.id, level: 'department', nameBn: 'দপ্তর ৪ (প্রতিবেদন আসেনি)' });
  await backend.call('review.setStatus', { reportId: offices[0]!.report.reportId, indicatorId: (await backend.call('review.workspace', { reportId: offices[0]!.report.reportId })).indicators[0]!.indicatorId, status: 'accepted' });
  const summary = await backend.call('home.summary', { fiscalYear: '2023-24', period: 'H1' });
  const sqlite = backend.database.sqlite;
  const expected = (sqlite.prepare(`SELECT count(*) AS n FROM offices WHERE active = 1 AND is_own = 0`).get() as { n: number }).n;
  const arrived = (sqlite.prepare(`SELECT count(DISTINCT r.office_id) AS n FROM reports r JOIN offices o ON o.id = r.office_id WHERE o.is_own = 0 AND r.fiscal_year = '2023-24' AND r.period = 'H1'`).get() as { n: number }).n;
  expect(summary.expected).toBe(expected);
  expect(summary.expected).toBe(4);
  expect(summary.arrived).toHaveLength(arrived);
  expect(summary.missing.map((o: { officeName: string }) => o.officeName)).toEqual(['দপ্তর ৪ (প্রতিবেদন আসেনি)']);
  expect(summary.needsReview).toHaveLength(3); // one status set is not a finished review
  expect(summary.today).toBe('2024-01-04');
  expect(summary.deadline).toBe('2024-01-15');
  expect(summary.nextDeadline).toEqual({ fiscalYear: '2023-24', period: 'H1', date: '2024-01-15' });
  expect(summary.lastPackage).toBeNull();
});

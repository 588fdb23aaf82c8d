// The audit log records every kind of change — who, when, what, old → new — and is append-only.
// One real backend; each test makes changes through the API and reads the rows they added.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoH1ReportXlsx, demoPlanXlsx } from '../../fixtures/variants/demo-reports.js';
import type { TestCall } from '../../support/backend.js';
import { backendWithReports } from '../../support/demo-data.js';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
}

const SIGNATORY = 'মোঃ সিরাজুল ইসলাম'; // backendWithReports' signatory, the first user
const OFFICER = 'রাশেদা বেগম';
const SUBORDINATE = 'প্রাথমিক শিক্ষা অধিদপ্তর';

let ctx: Awaited<ReturnType<typeof backendWithReports>>;
let call: TestCall;

const allRows = () => ctx.backend.database.sqlite.prepare(`SELECT * FROM audit_log ORDER BY id`).all() as AuditRow[];
const lastId = () => (ctx.backend.database.sqlite.prepare(`SELECT coalesce(max(id), 0) AS n FROM audit_log`).get() as { n: number }).n;

/** Runs the change and returns the audit rows it added. */
async function audited(change: () => Promise<unknown>): Promise<AuditRow[]> {
  const mark = lastId();
  await change();
  return allRows().filter((r) => r.id > mark);
}

/** The fields that say what changed (id and time are checked separately). */
const what = ({ actor, entity, entity_id, action, field, old_value, new_value }: AuditRow) => ({ actor, entity, entity_id, action, field, old_value, new_value });
const json = (text: string | null) => (text === null ? null : JSON.parse(text));

beforeAll(async () => {
  ctx = await backendWithReports([SUBORDINATE], { ownReport: false });
  call = ctx.backend.call;
});
afterAll(() => ctx.backend.close());

describe('who makes the change', () => {
  test('a new user is recorded as created by the signatory; once chosen, that user is the actor of every change', async () => {
    let user: { id: number } | undefined;
    const rows = await audited(async () => {
      user = await call('users.create', { name: OFFICER, designation: 'প্রোগ্রামার' });
    });
    expect(rows.map(what)).toEqual([
      { actor: SIGNATORY, entity: 'user', entity_id: String(user!.id), action: 'create', field: null, old_value: null, new_value: JSON.stringify({ name: OFFICER, designation: 'প্রোগ্রামার' }) },
    ]);
    expect(Date.parse(rows[0]!.at)).not.toBeNaN();
    await call('session.choose', { userId: user!.id });
    const next = await audited(() => call('settings.update', { fiscalYear: '2023-24' }));
    expect(next.map((r) => r.actor)).toEqual([OFFICER]);
  });
});

describe('offices', () => {
  test('create, update, move, deactivate and delete, each with its old and new values', async () => {
    const own = ctx.own;
    let office: { id: number } | undefined;
    const created = await audited(async () => {
      office = await call('offices.create', { parentId: own.id, level: 'department', nameBn: 'মাধ্যমিক ও উচ্চ শিক্ষা অধিদপ্তর' });
    });
    const id = String(office!.id);
    expect(created.map((r) => ({ ...what(r), new_value: null }))).toEqual([
      { actor: OFFICER, entity: 'office', entity_id: id, action: 'create', field: null, old_value: null, new_value: null },
    ]);
    expect(json(created[0]!.new_value)).toMatchObject({ nameBn: 'মাধ্যমিক ও উচ্চ শিক্ষা অধিদপ্তর', level: 'department', parentId: own.id });

    const updated = await audited(() => call('offices.update', { id: office!.id, nameEn: 'DSHE', phone: '০২-৯৫৬৬০২১' }));
    expect(updated.map(what)).toEqual([
      { actor: OFFICER, entity: 'office', entity_id: id, action: 'update', field: 'nameEn', old_value: null, new_value: 'DSHE' },
      { actor: OFFICER, entity: 'office', entity_id: id, action: 'update', field: 'phone', old_value: null, new_value: '০২-৯৫৬৬০২১' },
    ]);
    const renamed = await audited(() => call('offices.update', { id: office!.id, nameEn: 'Directorate of Secondary and Higher Education' }));
    expect(renamed.map(what)).toEqual([
      { actor: OFFICER, entity: 'office', entity_id: id, action: 'update', field: 'nameEn', old_value: 'DSHE', new_value: 'Directorate of Secondary and Higher Education' },
    ]);

    const parent = ctx.offices[0]!.office;
    const moved = await audited(() => call('offices.move', { id: office!.id, parentId: parent.id }));
    expect(moved.map(what)).toEqual([
      { actor: OFFICER, entity: 'office', entity_id: id, action: 'update', field: 'parentId', old_value: String(own.id), new_value: String(parent.id) },
    ]);

    const deactivated = await audited(() => call('offices.setActive', { id: office!.id, active: false }));
    expect(deactivated.map(what)).toEqual([
      { actor: OFFICER, entity: 'office', entity_id: id, action: 'update', field: 'active', old_value: 'true', new_value: 'false' },
    ]);

    const deleted = await audited(() => call('offices.delete', { id: office!.id }));
    expect(deleted.map((r) => ({ ...what(r), old_value: null }))).toEqual([
      { actor: OFFICER, entity: 'office', entity_id: id, action: 'delete', field: null, old_value: null, new_value: null },
    ]);
    expect(json(deleted[0]!.old_value)).toMatchObject({ id: office!.id, nameEn: 'Directorate of Secondary and Higher Education', parentId: parent.id, active: false });
  });

  test('an unchanged value writes no audit row', async () => {
    const office = ctx.offices[0]!.office;
    expect(await audited(() => call('offices.update', { id: office.id, nameBn: office.nameBn }))).toEqual([]);
  });
});

describe('settings', () => {
  test('language and signatory: the first write is a create, later ones update old → new', async () => {
    const first = await audited(() => call('settings.update', { language: 'en' }));
    expect(first.map(what)).toEqual([{ actor: OFFICER, entity: 'settings', entity_id: 'language', action: 'create', field: null, old_value: null, new_value: 'en' }]);
    const back = await audited(() => call('settings.update', { language: 'bn' }));
    expect(back.map(what)).toEqual([{ actor: OFFICER, entity: 'settings', entity_id: 'language', action: 'update', field: null, old_value: 'en', new_value: 'bn' }]);

    const before = (await call('settings.get')).signatory;
    const signatory = { ...before, designation: 'সিনিয়র সিস্টেম এনালিস্ট' };
    const changed = await audited(() => call('settings.update', { signatory }));
    expect(changed.map((r) => [r.entity, r.entity_id, r.action])).toEqual([['settings', 'signatory', 'update']]);
    expect(json(changed[0]!.old_value)).toEqual(before);
    expect(json(changed[0]!.new_value)).toEqual(signatory);
  });

  test('the backup count and the memo templates are settings too', async () => {
    const keep = await audited(() => call('backups.setKeep', { keep: 4 }));
    expect(keep.map(what)).toEqual([{ actor: OFFICER, entity: 'settings', entity_id: 'backup.keep', action: 'create', field: null, old_value: null, new_value: '4' }]);

    const composition = await call('package.compose', { fiscalYear: '2023-24', period: 'H1' });
    const template = await audited(() => call('memos.saveTemplate', { fiscalYear: '2023-24', period: 'H1', name: 'অর্ধবার্ষিক', draft: composition.draft }));
    expect(template.map((r) => [r.actor, r.entity, r.entity_id, r.action])).toEqual([[OFFICER, 'settings', 'memo.templates', 'create']]);
    expect(json(template[0]!.new_value)).toEqual([expect.objectContaining({ name: 'অর্ধবার্ষিক' })]);
  });
});

describe('plans and reports', () => {
  test('a plan import and a report import each record the file, its hash, the office and the version', async () => {
    const name = 'বাংলাদেশ শিশু একাডেমি';
    const office = await call('offices.create', { parentId: ctx.own.id, level: 'department', nameBn: name });
    const importFile = async (fileName: string, bytes: Buffer, period: 'H1' | null) => {
      const staged = await call('imports.stage', { fileName, contentBase64: bytes.toString('base64') });
      let result: { planId: number; reportId: number | null } | undefined;
      const rows = await audited(async () => {
        result = await call('imports.commit', { stagedId: staged.stagedId, officeId: office.id, fiscalYear: '2023-24', period, receivedOn: period ? '2024-01-10' : null });
      });
      return { staged, result: result!, rows };
    };

    const plan = await importFile('plan.xlsx', demoPlanXlsx(name), null);
    expect(plan.rows.map((r) => ({ ...what(r), new_value: null }))).toEqual([
      { actor: OFFICER, entity: 'plan', entity_id: String(plan.result.planId), action: 'import', field: null, old_value: null, new_value: null },
    ]);
    expect(json(plan.rows[0]!.new_value)).toEqual({ file: 'plan.xlsx', sha256: plan.staged.sha256, office: name, fiscalYear: '2023-24', period: null, version: 1 });

    const report = await importFile('h1.xlsx', demoH1ReportXlsx(name, 3), 'H1');
    expect(report.rows.map((r) => ({ ...what(r), new_value: null }))).toEqual([
      { actor: OFFICER, entity: 'report', entity_id: String(report.result.reportId), action: 'import', field: null, old_value: null, new_value: null },
    ]);
    expect(json(report.rows[0]!.new_value)).toEqual({ file: 'h1.xlsx', sha256: report.staged.sha256, office: name, fiscalYear: '2023-24', period: 'H1', version: 1 });
  });
});

describe('review', () => {
  test('verified value, status, comment, scoring choice and evidence of an indicator, each old → new', async () => {
    const reportId = ctx.offices[0]!.report.reportId!;
    const workspace = await call('review.workspace', { reportId });
    const indicator = workspace.indicators.find((i) => i.valueKind === 'number');
    if (!indicator) throw new Error('the report has no indicator with a number value');
    const ref = { reportId, indicatorId: indicator.indicatorId };
    const base = { actor: OFFICER, entity: 'review_item', entity_id: `${reportId}:${indicator.indicatorId}` };

    expect((await audited(() => call('review.setVerified', { ...ref, value: 42, confirmImplausible: true }))).map(what)).toEqual([
      { ...base, action: 'update', field: 'verified', old_value: null, new_value: '42' },
    ]);
    expect((await audited(() => call('review.setVerified', { ...ref, value: 40.5, confirmImplausible: true }))).map(what)).toEqual([
      { ...base, action: 'update', field: 'verified', old_value: '42', new_value: '40.5' },
    ]);
    expect((await audited(() => call('review.setStatus', { ...ref, status: 'needs-correction' }))).map(what)).toEqual([
      { ...base, action: 'update', field: 'status', old_value: 'pending', new_value: 'needs-correction' },
    ]);
    expect((await audited(() => call('review.setComment', { ...ref, comment: 'প্রমাণক অসম্পূর্ণ' }))).map(what)).toEqual([
      { ...base, action: 'update', field: 'comment', old_value: null, new_value: 'প্রমাণক অসম্পূর্ণ' },
    ]);
    expect((await audited(() => call('review.setComment', { ...ref, comment: null }))).map(what)).toEqual([
      { ...base, action: 'update', field: 'comment', old_value: 'প্রমাণক অসম্পূর্ণ', new_value: null },
    ]);
    expect((await audited(() => call('review.setScoring', { ...ref, scoringRule: 'step' }))).map(what)).toEqual([
      { ...base, action: 'update', field: 'scoringRule', old_value: null, new_value: 'step' },
    ]);

    let attached: { indicators: { indicatorId: number; evidence: { id: number }[] }[] } | undefined;
    const attach = await audited(async () => {
      attached = await call('review.attachEvidence', { ...ref, fileName: 'হাজিরা.pdf', contentBase64: Buffer.from('%PDF-1.4 attendance').toString('base64') });
    });
    const evidenceId = attached!.indicators.find((i) => i.indicatorId === indicator.indicatorId)!.evidence[0]!.id;
    expect(attach.map((r) => ({ ...what(r), new_value: null }))).toEqual([{ ...base, action: 'create', field: 'evidence', old_value: null, new_value: null }]);
    expect(json(attach[0]!.new_value)).toMatchObject({ evidenceId, fileName: 'হাজিরা.pdf', byteSize: 19 });
    const remove = await audited(() => call('review.removeEvidence', { reportId, evidenceId }));
    expect(remove.map((r) => ({ ...what(r), old_value: null }))).toEqual([{ ...base, action: 'delete', field: 'evidence', old_value: null, new_value: null }]);
    expect(json(remove[0]!.old_value)).toMatchObject({ evidenceId, fileName: 'হাজিরা.pdf' });

    // The indicator's history, as the review screen shows it, is these rows in order.
    const history = await call('review.history', ref);
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['verified', null, '42'], ['verified', '42', '40.5'], ['status', 'pending', 'needs-correction'],
      ['comment', null, 'প্রমাণক অসম্পূর্ণ'], ['comment', 'প্রমাণক অসম্পূর্ণ', null], ['scoringRule', null, 'step'],
      ['evidence', null, expect.stringContaining('হাজিরা.pdf')], ['evidence', expect.stringContaining('হাজিরা.pdf'), null],
    ]);
  });

  test('the overall comment and the feedback letter of a report', async () => {
    const reportId = ctx.offices[0]!.report.reportId!;
    const base = { actor: OFFICER, entity: 'review', entity_id: String(reportId), action: 'update' };
    expect((await audited(() => call('review.setOverallComment', { reportId, comment: 'সামগ্রিকভাবে সন্তোষজনক' }))).map(what)).toEqual([
      { ...base, field: 'comment', old_value: null, new_value: 'সামগ্রিকভাবে সন্তোষজনক' },
    ]);
    const { basis } = await call('review.feedback', { reportId });
    expect((await audited(() => call('review.saveFeedback', { reportId, letterText: 'প্রথম খসড়া', basis }))).map(what)).toEqual([
      { ...base, field: 'feedbackLetter', old_value: null, new_value: 'প্রথম খসড়া' },
    ]);
    expect((await audited(() => call('review.saveFeedback', { reportId, letterText: 'চূড়ান্ত পত্র', basis }))).map(what)).toEqual([
      { ...base, field: 'feedbackLetter', old_value: 'প্রথম খসড়া', new_value: 'চূড়ান্ত পত্র' },
    ]);
  });
});

describe('memo register', () => {
  test('generating a package issues its memo number with an audit record', async () => {
    const parts = { selfAssessment: false, reviewReport: false, feedbackLetters: false, evidenceIndex: false };
    const composition = await call('package.compose', { fiscalYear: '2023-24', period: 'H1', parts });
    const draft = { ...composition.draft, fileNumber: '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪', date: '2024-01-25' };
    let status: any;
    const rows = await audited(async () => {
      status = await call('package.start', { fiscalYear: '2023-24', period: 'H1', draft, parts });
      while (status.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = await call('package.status', { jobId: status.id });
      }
    });
    expect(status.error ?? null).toBeNull();
    expect(status.state).toBe('done');
    const memo = ctx.backend.database.sqlite.prepare(`SELECT id FROM memo_register WHERE memo_number = ?`).get(status.result.memoNumber) as { id: number };
    expect(rows.map((r) => ({ ...what(r), new_value: null }))).toEqual([
      { actor: OFFICER, entity: 'memo_register', entity_id: String(memo.id), action: 'issue', field: null, old_value: null, new_value: null },
    ]);
    expect(json(rows[0]!.new_value)).toEqual({ memoNumber: status.result.memoNumber, issuedOn: '2024-01-25', subject: draft.subject, purpose: 'package:2023-24:H1' });
  }, 120_000);
});

describe('restore', () => {
  test('a restore is recorded in the restored database, with the backup it came from and the safety backup it left', async () => {
    const backup = await call('backups.create');
    const atBackup = allRows();
    const afterBackup = await audited(() => call('offices.create', { parentId: ctx.own.id, level: 'department', nameBn: 'জাতীয় শিক্ষাক্রম ও পাঠ্যপুস্তক বোর্ড' }));
    expect(afterBackup).toHaveLength(1);

    const result = await call('backups.restore', { name: backup.name });
    const rows = allRows();
    // The log is the backup's (the office created after it is gone with its record), plus the restore.
    expect(rows.slice(0, -1)).toEqual(atBackup);
    expect(what(rows[rows.length - 1]!)).toEqual({
      actor: OFFICER, entity: 'database', entity_id: 'apa-desk.sqlite', action: 'import', field: 'restore',
      old_value: result.safetyBackup.name, new_value: JSON.stringify({ from: backup.name, kind: 'backup', migrated: [] }),
    });
  });
});

describe('append-only', () => {
  test('UPDATE and DELETE on audit_log are refused and change nothing', () => {
    const sqlite = ctx.backend.database.sqlite;
    const before = allRows();
    expect(before.length).toBeGreaterThan(20);
    expect(() => sqlite.prepare(`UPDATE audit_log SET actor = 'someone else' WHERE id = ?`).run(before[0]!.id)).toThrow(/append-only/);
    expect(() => sqlite.prepare(`UPDATE audit_log SET new_value = NULL`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare(`DELETE FROM audit_log WHERE id = ?`).run(before[0]!.id)).toThrow(/append-only/);
    expect(() => sqlite.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    expect(allRows()).toEqual(before);
  });

  test('every row names who, when, what and how', () => {
    for (const row of allRows()) {
      expect(row.actor.length).toBeGreaterThan(0);
      expect(Date.parse(row.at)).not.toBeNaN();
      expect(row.entity.length).toBeGreaterThan(0);
      expect(row.entity_id.length).toBeGreaterThan(0);
      expect(['create', 'update', 'delete', 'import', 'issue']).toContain(row.action);
    }
    // The whole setup (own office, first user, the demo imports) is in the log too.
    const kinds = new Set(allRows().map((r) => `${r.entity}/${r.action}`));
    for (const kind of ['office/create', 'settings/create', 'user/create', 'plan/import', 'report/import', 'review_item/update', 'review/update', 'memo_register/issue', 'database/import']) {
      expect(kinds).toContain(kind);
    }
  });
});

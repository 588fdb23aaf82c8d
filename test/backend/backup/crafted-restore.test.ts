// Issue 15, item 1: a crafted restore file cannot switch off the audit log. Each crafted file (made by
// crafted-databases.ts from a real backup) is refused before anything changes, and afterwards every
// change is still recorded. Even a file that got past the checks could not bring its schema along:
// the restore builds the database from the app's migrations and copies rows only.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../../electron/backend/audit/audit-chain.js';
import { backupsDir } from '../../../electron/backend/backup/backup-files.js';
import { rebuildFromCandidate } from '../../../electron/backend/backup/rebuild.js';
import { appliedMigrationTags, applyMigrations, loadMigrations } from '../../../electron/backend/database/migrations.js';
import { PAGE_SIZE } from '../../../electron/backend/database/open-database.js';
import { issueMemoNumber } from '../../../electron/backend/memo-register/memo-register.js';
import { demoH1ReportXlsx } from '../../fixtures/variants/demo-reports.js';
import { migrationsDir, tempDir } from '../../support/paths.js';
import { addOffice, backendWithDialogs, snapshot } from './backup-test-support.js';
import { craftDatabase, CRAFTED_KINDS, EXPECTED_REFUSAL } from './crafted-databases.js';

const migrations = loadMigrations(migrationsDir);
let backend: Awaited<ReturnType<typeof backendWithDialogs>>;
let goodBackup: string;

const schemaOf = (sqlite: Database.Database) =>
  sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all();
const auditCount = () => backend.database.sqlite.prepare(`SELECT count(*) FROM audit_log`).pluck().get() as number;

beforeAll(async () => {
  backend = await backendWithDialogs();
  const own = backend.database.sqlite.prepare(`SELECT id FROM offices WHERE is_own = 1`).pluck().get() as number;
  const office = await addOffice(backend, 'প্রাথমিক শিক্ষা অধিদপ্তর');
  const staged = await backend.call('imports.stage', { fileName: 'h1.xlsx', contentBase64: demoH1ReportXlsx('প্রাথমিক শিক্ষা অধিদপ্তর', 3).toString('base64') });
  await backend.call('imports.commit', { stagedId: staged.stagedId, officeId: office.id, fiscalYear: '2023-24', period: 'H1', receivedOn: '2024-01-10' });
  issueMemoNumber(backend.database.db, 'পরীক্ষক', { officeId: own, fileNumber: '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪', issuedOn: '2024-01-25' });
  const backup = await backend.call('backups.create');
  goodBackup = path.join(backupsDir(backend.dataDir), backup.name);
}, 60_000);
afterAll(() => backend?.close());

describe('crafted restore files are refused, and nothing changes', () => {
  for (const kind of CRAFTED_KINDS) {
    test(kind, async () => {
      const file = craftDatabase(goodBackup, kind);
      const before = snapshot(backend);
      const result = await backend.restoreFile(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const expected = EXPECTED_REFUSAL[kind];
      expect(result.error).toMatchObject({ kind: 'file', code: expected.code, file: `${kind}.sqlite` });
      for (const words of expected.words) expect(result.error.message).toContain(words);
      expect(result.error.message).toContain('Nothing was changed.');
      expect(snapshot(backend)).toEqual(before);
      expect(fs.readdirSync(backupsDir(backend.dataDir)).filter((f) => f.startsWith('.staging-'))).toEqual([]);

      // The live log still records every change, and still refuses to be changed.
      const rows = auditCount();
      await addOffice(backend, `দপ্তর ${kind}`);
      expect(auditCount()).toBe(rows + 1);
      expect(() => backend.database.sqlite.exec(`DELETE FROM audit_log`)).toThrow(/append-only/);
      expect(verifyAuditChain(backend.database.sqlite)).toMatchObject({ ok: true });
    });
  }
});

describe('what the restore builds never comes from the file', () => {
  test('the neutered triggers are not taken even past the checks: the rebuilt schema is the migrations\'', () => {
    const file = craftDatabase(goodBackup, 'neutered-audit-triggers');
    const source = new Database(file, { readonly: true });
    const reference = new Database(':memory:');
    applyMigrations(reference, migrations);
    // Straight to the rebuild, as if the candidate check had let the file through.
    const rebuilt = rebuildFromCandidate(file, 'crafted.sqlite', appliedMigrationTags(source), migrations, PAGE_SIZE, path.join(tempDir(), 'rebuilt.sqlite'));
    try {
      expect(schemaOf(rebuilt.sqlite)).toEqual(schemaOf(reference));
      expect(schemaOf(source).some((o: any) => o.name === 'audit_log_forget')).toBe(true);
      // The rows came along, the AUTOINCREMENT counters too; the guards are ours and work.
      const rows = (sqlite: Database.Database, table: string) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
      for (const table of ['audit_log', 'memo_register', 'offices', 'reports', 'stored_files']) expect(rows(rebuilt.sqlite, table)).toEqual(rows(source, table));
      const sequences = (sqlite: Database.Database) => sqlite.prepare(`SELECT name, seq FROM sqlite_sequence WHERE seq > 0 ORDER BY name`).all();
      expect(sequences(rebuilt.sqlite)).toEqual(sequences(source));
      expect(() => rebuilt.sqlite.exec(`UPDATE audit_log SET actor = 'x'`)).toThrow(/append-only/);
      expect(() => rebuilt.sqlite.exec(`DELETE FROM audit_log`)).toThrow(/append-only/);
    } finally {
      rebuilt.sqlite.close();
      reference.close();
      source.close();
    }
  });

  test('a good file is restored, and then every change is recorded and the chain holds', async () => {
    await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
    const result = await backend.restoreFile(goodBackup);
    expect(result.ok).toBe(true);
    const rows = auditCount();
    await addOffice(backend, 'নতুন দপ্তর');
    await backend.call('settings.update', { language: 'en' });
    expect(auditCount()).toBe(rows + 2);
    const chain = verifyAuditChain(backend.database.sqlite);
    expect(chain).toMatchObject({ ok: true });
    expect(chain.ok && chain.sealed).toBe(auditCount());
  });
});

// Backups on start, "back up now", the list, and the rotation of start backups.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/app/backend.js';
import { backupsDir, listBackups, makeBackup, parseBackupName } from '../../../electron/backend/backup/backup-files.js';
import { backupOnStart } from '../../../electron/backend/backup/start-backup.js';
import { openDatabase } from '../../../electron/backend/database/open-database.js';
import { loadMigrations } from '../../../electron/backend/database/migrations.js';
import { freshBackend } from '../../support/backend.js';
import { migrationsDir, tempDir } from '../../support/paths.js';
import { addOffice, dumpConnection, dumpFile } from './backup-test-support.js';

const open: Backend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function fresh() {
  const backend = await freshBackend();
  open.push(backend);
  return backend;
}

async function reopen(dataDir: string) {
  const backend = await createBackend({ dataDir, migrationsDir });
  open.push(backend);
  return backend;
}

describe('backup names', () => {
  test('a name carries the reason and the time; anything else is not a backup', () => {
    expect(parseBackupName('apa-desk.backup-2026-11-25T17-40-00-123Z.manual.sqlite')).toEqual({ reason: 'manual', createdAt: '2026-11-25T17:40:00.123Z' });
    expect(parseBackupName('apa-desk.backup-2026-11-25T17-40-00-123Z.manual.sqlite.partial')).toBeNull();
    expect(parseBackupName('apa-desk.backup-2026-11-25T17-40-00-123Z.holiday.sqlite')).toBeNull();
    expect(parseBackupName('../apa-desk.sqlite')).toBeNull();
  });
});

describe('backups', () => {
  test('a new database gets no start backup; the next start backs up the database as it was', async () => {
    const backend = await fresh();
    expect(listBackups(backend.dataDir)).toEqual([]);
    await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
    const before = dumpConnection(backend.database.sqlite);
    backend.close();
    open.pop();

    const again = await reopen(backend.dataDir);
    const [start, ...rest] = listBackups(backend.dataDir);
    expect(rest).toEqual([]);
    expect(start!.reason).toBe('start');
    expect(dumpFile(path.join(backupsDir(backend.dataDir), start!.name))).toEqual(before);
    expect(dumpConnection(again.database.sqlite)).toEqual(before);
  });

  test('"back up now" writes a complete copy of the live database and lists it with its size', async () => {
    const backend = await fresh();
    await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
    const made = await backend.call('backups.create');
    expect(made.reason).toBe('manual');
    const file = path.join(backupsDir(backend.dataDir), made.name);
    expect(made.byteSize).toBe(fs.statSync(file).size);
    expect(dumpFile(file)).toEqual(dumpConnection(backend.database.sqlite));
    // The copy is consistent with the live data at that moment, not after.
    await addOffice(backend, 'বাংলাদেশ সংসদ সচিবালয়');
    expect((dumpFile(file).offices as unknown[]).length).toBe(2);

    const list = await backend.call('backups.list');
    expect(list.backups).toEqual([made]);
    expect(list.keep).toBe(10);
    expect(list.folder).toBe(backupsDir(backend.dataDir));
  });

  test('two backups in the same millisecond get different names', async () => {
    const backend = await fresh();
    const at = new Date('2026-01-01T00:00:00Z');
    const first = await makeBackup(backend.database.sqlite, backend.dataDir, 'manual', at);
    const second = await makeBackup(backend.database.sqlite, backend.dataDir, 'manual', at);
    expect(first.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(second.createdAt).toBe('2026-01-01T00:00:00.001Z');
    expect(listBackups(backend.dataDir).map((b) => b.name)).toEqual([second.name, first.name]);
  });

  test('start backups rotate: only the newest N (the keep setting) stay; manual ones are never rotated', async () => {
    const backend = await fresh();
    const { dataDir } = backend;
    await backend.call('backups.setKeep', { keep: 3 });
    const manual = await backend.call('backups.create');
    backend.close();
    open.pop();
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 5; i++) {
      const database = await openDatabase(path.join(dataDir, 'apa-desk.sqlite'), { migrationsDir });
      const result = await backupOnStart(database, { dataDir, migrationsDir, now: new Date(base + i * 60_000) });
      expect(result.error).toBeNull();
      expect(result.removed).toHaveLength(i < 3 ? 0 : 1);
      database.close();
    }
    const starts = listBackups(dataDir).filter((b) => b.reason === 'start');
    expect(starts.map((b) => b.createdAt)).toEqual(['2026-01-01T00:04:00.000Z', '2026-01-01T00:03:00.000Z', '2026-01-01T00:02:00.000Z']);
    expect(listBackups(dataDir).map((b) => b.name)).toContain(manual.name);

    // Lowering the setting prunes at once; the setting is audited like any other.
    const last = await reopen(dataDir);
    const lowered = await (async () => {
      const r = await last.dispatch('backups.setKeep', { keep: 1 });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { keep: number; removed: string[] };
    })();
    expect(lowered.keep).toBe(1);
    expect(lowered.removed).toHaveLength(2); // the reopen made a 4th start backup and kept 3; now 1
    expect(listBackups(dataDir).filter((b) => b.reason === 'start')).toHaveLength(1);
    const audit = last.database.sqlite.prepare(`SELECT old_value, new_value FROM audit_log WHERE entity = 'settings' AND entity_id = 'backup.keep' ORDER BY id`).all();
    expect(audit).toEqual([{ old_value: null, new_value: '3' }, { old_value: '3', new_value: '1' }]);
  });

  test('keep must be a whole number from 1', async () => {
    const backend = await fresh();
    for (const keep of [0, -1, 2.5, '3']) {
      const result = await backend.dispatch('backups.setKeep', { keep });
      expect(result.ok).toBe(false);
    }
  });

  test('the before-migration backup of an upgrade lands in the backups folder with the others', async () => {
    const dataDir = tempDir();
    const tags = loadMigrations(migrationsDir).map((m) => m.tag);
    const old = await openDatabase(path.join(dataDir, 'apa-desk.sqlite'), { migrationsDir, upTo: tags[0] });
    old.sqlite.prepare(`INSERT INTO offices (name_bn, level, is_own) VALUES ('পুরোনো বিভাগ', 'division', 1)`).run();
    old.close();

    const upgraded = await reopen(dataDir);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('.backup-'))).toEqual([]);
    const reasons = listBackups(dataDir).map((b) => b.reason).sort();
    expect(reasons).toEqual(['before-migration', 'start']);
    expect(path.dirname(upgraded.database.migrationBackup!)).toBe(backupsDir(dataDir));
    const beforeMigration = dumpFile(upgraded.database.migrationBackup!);
    expect(Object.keys(beforeMigration)).not.toContain('plans');
    expect(beforeMigration.offices).toHaveLength(1);
  });

  test('leftovers of a crash mid-backup or mid-restore are cleared at start and never listed', async () => {
    const backend = await fresh();
    const dir = backupsDir(backend.dataDir);
    fs.mkdirSync(path.join(dir, '.staging-abc'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.staging-abc', 'candidate.sqlite'), 'x');
    fs.writeFileSync(path.join(dir, 'apa-desk.backup-2026-01-01T00-00-00-000Z.manual.sqlite.partial'), 'x');
    expect(listBackups(backend.dataDir)).toEqual([]);
    backend.close();
    open.pop();
    await reopen(backend.dataDir);
    expect(fs.readdirSync(dir).filter((f) => !parseBackupName(f))).toEqual([]);
  });
});

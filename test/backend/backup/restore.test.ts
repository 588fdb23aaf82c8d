// Restore into the running app: old data back, the replaced data kept as a backup, and every kind
// of bad file refused before anything is touched.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import type { RestoreResult } from '../../../electron/backend/api/contract.js';
import { createBackend, type Backend } from '../../../electron/backend/app/backend.js';
import { backupsDir } from '../../../electron/backend/backup/backup-files.js';
import { openDatabase, PAGE_SIZE } from '../../../electron/backend/database/open-database.js';
import { APPLICATION_ID, appliedMigrationTags, loadMigrations } from '../../../electron/backend/database/migrations.js';
import { freshBackend } from '../../support/backend.js';
import { migrationsDir, tempDir } from '../../support/paths.js';
import { addOffice, backendWithDialogs, dumpConnection, dumpFile, officeNames, snapshot } from './backup-test-support.js';

const ALL_TAGS = loadMigrations(migrationsDir).map((m) => m.tag);
const OWN = 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ';
const open: Backend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function fresh() {
  const backend = await backendWithDialogs();
  open.push(backend);
  return backend;
}

/** A file of these bytes under this name, in a folder of its own (as the user's file on their disk). */
function userFile(fileName: string, bytes: Buffer): string {
  const file = path.join(tempDir(), fileName);
  fs.writeFileSync(file, bytes);
  return file;
}

async function restoredFrom(backend: Awaited<ReturnType<typeof fresh>>, file: string) {
  const result = await backend.restoreFile(file);
  if (!result.ok) throw new Error(`restore refused: ${result.error.message}`);
  return result.value as RestoreResult;
}

const backupPath = (backend: { dataDir: string }, name: string) => path.join(backupsDir(backend.dataDir), name);

async function refusal(backend: Awaited<ReturnType<typeof fresh>>, name: string, input: unknown) {
  const result = await backend.dispatch(name, input);
  return refused(result);
}

function refused(result: Awaited<ReturnType<Backend['dispatch']>>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('restore was not refused');
  return result.error;
}

describe('restore from a backup in the list', () => {
  test('brings back the old data in the running app and keeps the replaced data as a before-restore backup', async () => {
    const backend = await fresh();
    await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
    const backup = await backend.call('backups.create');
    const atBackup = dumpConnection(backend.database.sqlite);
    await addOffice(backend, 'বাংলাদেশ সংসদ সচিবালয়');
    const replaced = dumpConnection(backend.database.sqlite);
    // A statement prepared before the restore, as handlers hold them: it must see the new content.
    const names = backend.database.sqlite.prepare(`SELECT name_bn FROM offices ORDER BY id`).pluck();
    expect(names.all()).toHaveLength(3);

    const result = await backend.call('backups.restore', { name: backup.name });
    expect(result.restoredFrom).toBe(backup.name);
    expect(result.migrated).toEqual([]);
    expect(result.safetyBackup.reason).toBe('before-restore');

    expect(names.all()).toEqual([OWN, 'বাংলাদেশ আইন কমিশন']);
    expect((await backend.call('offices.list', {})).map((o: { nameBn: string }) => o.nameBn).sort()).toEqual([OWN, 'বাংলাদেশ আইন কমিশন'].sort());
    // The content is the backup's, plus one audit row recording the restore.
    const now = dumpConnection(backend.database.sqlite);
    const audit = now.audit_log as { entity: string; action: string; field: string; old_value: string; new_value: string; actor: string }[];
    expect({ ...now, audit_log: audit.slice(0, -1) }).toEqual(atBackup);
    expect(audit.at(-1)).toMatchObject({ entity: 'database', action: 'import', field: 'restore', old_value: result.safetyBackup.name, actor: 'সৌমেন পালিত বাবু' });
    expect(JSON.parse(audit.at(-1)!.new_value)).toEqual({ from: backup.name, kind: 'backup', migrated: [] });

    // The replaced database is kept, and the backup restored from is untouched.
    expect(dumpFile(backupPath(backend, result.safetyBackup.name))).toEqual(replaced);
    expect(dumpFile(backupPath(backend, backup.name))).toEqual(atBackup);
    expect((await backend.call('backups.list')).backups.map((b: { name: string }) => b.name)).toEqual([result.safetyBackup.name, backup.name]);

    // The live database is still in WAL mode, intact, writable, and keeps the new content on disk.
    expect(backend.database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(backend.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await addOffice(backend, 'নতুন দপ্তর');
    backend.close();
    open.pop();
    const reopened = await createBackend({ dataDir: backend.dataDir, migrationsDir });
    open.push(reopened);
    expect(officeNames(reopened)).toEqual([OWN, 'বাংলাদেশ আইন কমিশন', 'নতুন দপ্তর']);
  });

  test('a restore, a backup and an export asked for at once run one after the other', async () => {
    const backend = await fresh();
    await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
    const backup = await backend.call('backups.create');
    await addOffice(backend, 'বাংলাদেশ সংসদ সচিবালয়');
    const file = path.join(tempDir(), 'export.sqlite');
    backend.dialogs.save = file;
    const [restored, after, exported] = await Promise.all([
      backend.call('backups.restore', { name: backup.name }),
      backend.call('backups.create'),
      backend.call('backups.export'),
    ]);
    // Both ran after the restore had finished: they hold the restored content.
    expect(restored.safetyBackup.reason).toBe('before-restore');
    expect((dumpFile(backupPath(backend, after.name)).offices as unknown[]).length).toBe(2);
    expect(exported).toMatchObject({ kind: 'saved', path: file });
    expect(dumpFile(file)).toEqual(dumpConnection(backend.database.sqlite));
  });

  test('an unknown backup name is not found and nothing changes', async () => {
    const backend = await fresh();
    const before = snapshot(backend);
    const error = await refusal(backend, 'backups.restore', { name: 'apa-desk.backup-2020-01-01T00-00-00-000Z.manual.sqlite' });
    expect(error.kind).toBe('not-found');
    expect((await refusal(backend, 'backups.restore', { name: '../apa-desk.sqlite' })).kind).toBe('validation');
    expect(snapshot(backend)).toEqual(before);
  });

  test('a database from an older version is restored and then brought up to date', async () => {
    const backend = await fresh();
    const oldDir = tempDir();
    const old = await openDatabase(path.join(oldDir, 'old.sqlite'), { migrationsDir, upTo: ALL_TAGS[0] });
    old.sqlite.prepare(`INSERT INTO offices (name_bn, level, is_own) VALUES ('পুরোনো বিভাগ', 'division', 1)`).run();
    old.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    old.close();

    const result = await restoredFrom(backend, path.join(oldDir, 'old.sqlite'));
    expect(result.migrated).toEqual(ALL_TAGS.slice(1));
    expect(result.safetyBackup.reason).toBe('before-import');
    expect(appliedMigrationTags(backend.database.sqlite)).toEqual(ALL_TAGS);
    expect(backend.database.sqlite.pragma('user_version', { simple: true })).toBe(ALL_TAGS.length);
    expect(officeNames(backend)).toEqual(['পুরোনো বিভাগ']);
    // The app works on it: a table from a later migration is there and usable.
    expect(backend.database.sqlite.prepare(`SELECT count(*) FROM plans`).pluck().get()).toBe(0);
  });

  test('a backup with other pages (4 KB) is restored into the WAL database (rewritten to the live page size)', async () => {
    const backend = await fresh();
    await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
    const backup = await backend.call('backups.create');
    const other = path.join(tempDir(), 'big-pages.sqlite');
    fs.copyFileSync(backupPath(backend, backup.name), other);
    const copy = new Database(other);
    copy.pragma('journal_mode = DELETE');
    copy.pragma('page_size = 4096'); // as every database made before pages of 16 KB
    copy.exec('VACUUM');
    expect(copy.pragma('page_size', { simple: true })).toBe(4096);
    copy.close();
    await addOffice(backend, 'বাংলাদেশ সংসদ সচিবালয়');

    await restoredFrom(backend, other);
    expect(officeNames(backend)).toEqual([OWN, 'বাংলাদেশ আইন কমিশন']);
    expect(backend.database.sqlite.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
    expect(backend.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('bad files are refused before anything is replaced', () => {
  async function setUpWithBackup() {
    const backend = await fresh();
    await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
    const backup = await backend.call('backups.create');
    await addOffice(backend, 'বাংলাদেশ সংসদ সচিবালয়');
    return { backend, good: fs.readFileSync(backupPath(backend, backup.name)) };
  }

  async function expectRefused(backend: Awaited<ReturnType<typeof fresh>>, fileName: string, bytes: Buffer, code: string) {
    const before = snapshot(backend);
    const error = refused(await backend.restoreFile(userFile(fileName, bytes)));
    expect(error).toMatchObject({ kind: 'file', code, file: fileName });
    if (error.kind !== 'file') throw new Error('not a file error');
    expect(error.message).toContain('Nothing was changed.');
    expect(error.messageBn).toContain('কিছুই বদলানো হয়নি।');
    expect(error.messageBn).toMatch(/[\u0980-\u09FF]/);
    expect(snapshot(backend)).toEqual(before); // no content change, no before-import backup
    expect(fs.readdirSync(backupsDir(backend.dataDir)).filter((f) => f.startsWith('.staging-'))).toEqual([]);
    return error;
  }

  test('random bytes', async () => {
    const { backend } = await setUpWithBackup();
    const error = await expectRefused(backend, 'random.sqlite', crypto.randomBytes(64 * 1024), 'backup-not-sqlite');
    expect(error.message).toBe('"random.sqlite" is not an APA Desk database: it is not an SQLite file at all. Nothing was changed.');
  });

  test('an empty file and a text file', async () => {
    const { backend } = await setUpWithBackup();
    await expectRefused(backend, 'empty.sqlite', Buffer.alloc(1), 'backup-not-sqlite');
    await expectRefused(backend, 'notes.txt', Buffer.from('SQLite format 2 — not really'), 'backup-not-sqlite');
  });

  test('a truncated copy of a good backup', async () => {
    const { backend, good } = await setUpWithBackup();
    await expectRefused(backend, 'truncated.sqlite', good.subarray(0, Math.floor(good.length / 2)), 'backup-corrupt');
  });

  test('a good backup with a damaged page in the middle', async () => {
    const { backend, good } = await setUpWithBackup();
    const damaged = Buffer.from(good);
    const pageSize = damaged.readUInt16BE(16);
    crypto.randomFillSync(damaged, pageSize * 2, pageSize); // page 3: a table's b-tree
    await expectRefused(backend, 'damaged.sqlite', damaged, 'backup-corrupt');
  });

  test('a valid SQLite database of another program', async () => {
    const { backend } = await setUpWithBackup();
    const file = path.join(tempDir(), 'other-app.sqlite');
    const other = new Database(file);
    other.exec(`CREATE TABLE offices (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO offices (name) VALUES ('x')`);
    other.close();
    const error = await expectRefused(backend, 'other-app.sqlite', fs.readFileSync(file), 'backup-foreign');
    expect(error.kind === 'file' && error.messageBn).toBe('"other-app.sqlite" অন্য কোনো প্রোগ্রামের SQLite ডেটাবেজ, এপিএ ডেস্কের নয়। কিছুই বদলানো হয়নি।');
  });

  test('a database from a newer version of APA Desk', async () => {
    const { backend, good } = await setUpWithBackup();
    const file = path.join(tempDir(), 'newer.sqlite');
    fs.writeFileSync(file, good);
    const newer = new Database(file);
    newer.exec(`CREATE TABLE future_things (id INTEGER PRIMARY KEY)`);
    newer.prepare(`INSERT INTO schema_migrations (tag, applied_at) VALUES ('9999_future_things', '2030-01-01')`).run();
    newer.pragma(`user_version = ${ALL_TAGS.length + 1}`);
    newer.close();
    const error = await expectRefused(backend, 'newer.sqlite', fs.readFileSync(file), 'backup-newer-schema');
    expect(error.message).toContain(`database version ${ALL_TAGS.length + 1}; this version knows up to ${ALL_TAGS.length}`);
  });

  test('an APA Desk-marked database without the tables and triggers the app needs', async () => {
    const { backend, good } = await setUpWithBackup();
    const file = path.join(tempDir(), 'tampered.sqlite');
    fs.writeFileSync(file, good);
    const tampered = new Database(file);
    tampered.exec(`DROP TRIGGER audit_log_no_delete`);
    tampered.close();
    const error = await expectRefused(backend, 'tampered.sqlite', fs.readFileSync(file), 'backup-schema-mismatch');
    expect(error.message).toContain('trigger audit_log_no_delete');

    const bare = new Database(':memory:');
    bare.pragma(`application_id = ${APPLICATION_ID}`);
    const bareFile = path.join(tempDir(), 'bare.sqlite');
    await bare.backup(bareFile);
    bare.close();
    await expectRefused(backend, 'bare.sqlite', fs.readFileSync(bareFile), 'backup-schema-mismatch');
  });

  test('a backup in the list that was damaged on disk', async () => {
    const backend = await fresh();
    const backup = await backend.call('backups.create');
    const file = backupPath(backend, backup.name);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 8192));
    const before = snapshot(backend);
    const error = await refusal(backend, 'backups.restore', { name: backup.name });
    expect(error).toMatchObject({ kind: 'file', code: 'backup-corrupt', file: backup.name });
    expect(snapshot(backend)).toEqual(before);
  });

  test('no token, a token never handed out, a token used twice, a cancelled dialog', async () => {
    const backend = await fresh();
    expect((await refusal(backend, 'backups.restoreFile', { token: '' })).kind).toBe('validation');
    expect((await refusal(backend, 'backups.restoreFile', { token: '../apa-desk.sqlite' })).kind).toBe('validation');
    expect((await refusal(backend, 'backups.restoreFile', { token: '0'.repeat(32) })).kind).toBe('not-found');
    backend.dialogs.open = userFile('x.sqlite', Buffer.from('!!!!'));
    const { chosen } = await backend.call('backups.chooseFile');
    expect(chosen).toMatchObject({ fileName: 'x.sqlite', byteSize: 4 });
    expect(await refusal(backend, 'backups.restoreFile', { token: chosen!.token })).toMatchObject({ kind: 'file', code: 'backup-not-sqlite' });
    expect((await refusal(backend, 'backups.restoreFile', { token: chosen!.token })).kind).toBe('not-found');
    // The user's own file is never deleted by the app.
    expect(fs.existsSync(backend.dialogs.open)).toBe(true);
    backend.dialogs.open = null;
    expect(await backend.call('backups.chooseFile')).toEqual({ chosen: null });
  });

  test('without a file dialog (the browser) chooseFile says to upload instead', async () => {
    const backend = await freshBackend();
    open.push(backend);
    expect(await refusal(backend as never, 'backups.chooseFile', {})).toMatchObject({ kind: 'conflict', code: 'no-file-dialog' });
  });
});

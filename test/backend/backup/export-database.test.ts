// The whole database as one file, written where the user chose (desktop) or staged for download
// (browser), and importing it on another PC (a fresh data folder). The file never travels as a string.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import type { Backend } from '../../../electron/backend/app/backend.js';
import { exportFileName } from '../../../electron/backend/backup/export-database.js';
import { freshBackend } from '../../support/backend.js';
import { tempDir } from '../../support/paths.js';
import { addOffice, backendWithDialogs, dumpConnection, officeNames } from './backup-test-support.js';

const open: Backend[] = [];
/** What the backups folder holds (nothing when it was never made). */
const backupsFolder = (backend: { dataDir: string }) => {
  const dir = path.join(backend.dataDir, 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function fresh(setUp = true) {
  const backend = await backendWithDialogs({ setUp });
  open.push(backend);
  return backend;
}

test('the export file name carries the date in Dhaka', () => {
  expect(exportFileName(new Date('2024-01-04T10:00:00Z'))).toBe('apa-desk-2024-01-04.sqlite');
  expect(exportFileName(new Date('2024-01-04T18:30:00Z'))).toBe('apa-desk-2024-01-05.sqlite'); // 00:30 in Dhaka
});

test('export writes one self-contained SQLite file, equal to the live database, where the save dialog said', async () => {
  const backend = await fresh();
  await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
  const file = path.join(tempDir(), 'আমার ডেটাবেজ.sqlite');
  backend.dialogs.save = file;
  const exported = await backend.call('backups.export');
  expect(backend.dialogs.saveAsked).toEqual(['apa-desk-2024-01-04.sqlite']); // freshBackend's today, suggested
  expect(exported).toEqual({ kind: 'saved', fileName: 'আমার ডেটাবেজ.sqlite', path: file, byteSize: fs.statSync(file).size });
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete'); // no -wal companion needed
    expect(dumpConnection(copy)).toEqual(dumpConnection(backend.database.sqlite));
  } finally {
    copy.close();
  }
  // Exporting neither adds a backup nor leaves temporary files behind, here or beside the file.
  expect((await backend.call('backups.list')).backups).toEqual([]);
  expect(backupsFolder(backend)).toEqual([]);
  expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
});

test('a cancelled save dialog writes nothing', async () => {
  const backend = await fresh();
  backend.dialogs.save = null;
  expect(await backend.call('backups.export')).toEqual({ kind: 'cancelled' });
  expect(backupsFolder(backend)).toEqual([]);
});

test('without a save dialog (the browser) the export is staged for one download', async () => {
  const backend = await freshBackend();
  open.push(backend);
  const exported = await backend.call('backups.export');
  expect(exported).toMatchObject({ kind: 'download', fileName: 'apa-desk-2024-01-04.sqlite' });
  if (exported.kind !== 'download') throw new Error(`export: ${exported.kind}, not a download`);
  const held = backend.files.take(exported.token)!;
  expect(held.byteSize).toBe(exported.byteSize);
  const copy = new Database(held.path, { readonly: true });
  expect(dumpConnection(copy)).toEqual(dumpConnection(backend.database.sqlite));
  copy.close();
  expect(backend.files.take(exported.token)).toBeNull(); // once
  backend.files.release(held);
  expect(fs.existsSync(held.path)).toBe(false);
  expect(backupsFolder(backend)).toEqual([]);
});

test('export on one PC, import on another: the second app has the data of the first', async () => {
  const first = await fresh();
  await addOffice(first, 'বাংলাদেশ আইন কমিশন');
  await addOffice(first, 'বাংলাদেশ সংসদ সচিবালয়');
  await first.call('settings.update', { language: 'en' });
  const file = path.join(tempDir(), 'apa-desk-2024-01-04.sqlite');
  first.dialogs.save = file;
  await first.call('backups.export');

  const second = await fresh(false); // a brand-new install, not even set up
  expect((await second.call('setup.status')).needsSetup).toBe(true);
  const result = await second.restoreFile(file);
  if (!result.ok) throw new Error(result.error.message);
  expect(result.value).toMatchObject({ restoredFrom: 'apa-desk-2024-01-04.sqlite', migrated: [] });
  expect((result.value as { safetyBackup: { reason: string } }).safetyBackup.reason).toBe('before-import');

  expect(officeNames(second)).toEqual(officeNames(first));
  expect((await second.call('setup.status')).needsSetup).toBe(false);
  expect((await second.call('settings.get')).language).toBe('en');
  const { audit_log: audit, ...rest } = dumpConnection(second.database.sqlite);
  const { audit_log: firstAudit, ...firstRest } = dumpConnection(first.database.sqlite);
  expect(rest).toEqual(firstRest);
  expect((audit as unknown[]).slice(0, -1)).toEqual(firstAudit);
  expect(audit as unknown[]).toHaveLength((firstAudit as unknown[]).length + 1);
  // The chosen file is the user's: it stays where it was.
  expect(fs.existsSync(file)).toBe(true);

  // And round again: what the second PC exports is what it holds.
  const again = path.join(tempDir(), 'again.sqlite');
  second.dialogs.save = again;
  await second.call('backups.export');
  const copy = new Database(again, { readonly: true });
  try {
    expect(dumpConnection(copy)).toEqual(dumpConnection(second.database.sqlite));
  } finally {
    copy.close();
  }
});

// The whole database as one file, and importing it on another PC (a fresh data folder).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import type { Backend } from '../../../electron/backend/app/backend.js';
import { exportFileName } from '../../../electron/backend/backup/export-database.js';
import { freshBackend } from '../../support/backend.js';
import { tempDir } from '../../support/paths.js';
import { addOffice, dumpConnection, officeNames } from './backup-test-support.js';

const open: Backend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function fresh(setUp = true) {
  const backend = await freshBackend({ setUp });
  open.push(backend);
  return backend;
}

test('the export file name carries the date in Dhaka', () => {
  expect(exportFileName(new Date('2024-01-04T10:00:00Z'))).toBe('apa-desk-2024-01-04.sqlite');
  expect(exportFileName(new Date('2024-01-04T18:30:00Z'))).toBe('apa-desk-2024-01-05.sqlite'); // 00:30 in Dhaka
});

test('export is one self-contained SQLite file equal to the live database', async () => {
  const backend = await fresh();
  await addOffice(backend, 'বাংলাদেশ আইন কমিশন');
  const exported = await backend.call('backups.export');
  expect(exported.fileName).toBe('apa-desk-2024-01-04.sqlite'); // freshBackend's today
  const file = path.join(tempDir(), exported.fileName);
  fs.writeFileSync(file, Buffer.from(exported.contentBase64, 'base64'));
  expect(fs.statSync(file).size).toBe(exported.byteSize);
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete'); // no -wal companion needed
    expect(dumpConnection(copy)).toEqual(dumpConnection(backend.database.sqlite));
  } finally {
    copy.close();
  }
  // Exporting neither adds a backup nor leaves temporary files behind.
  expect((await backend.call('backups.list')).backups).toEqual([]);
  expect(fs.readdirSync(path.join(backend.dataDir, 'backups'))).toEqual([]);
});

test('export on one PC, import on another: the second app has the data of the first', async () => {
  const first = await fresh();
  await addOffice(first, 'বাংলাদেশ আইন কমিশন');
  await addOffice(first, 'বাংলাদেশ সংসদ সচিবালয়');
  await first.call('settings.update', { language: 'en' });
  const exported = await first.call('backups.export');

  const second = await fresh(false); // a brand-new install, not even set up
  expect((await second.call('setup.status')).needsSetup).toBe(true);
  const result = await second.call('backups.restoreFile', { fileName: exported.fileName, contentBase64: exported.contentBase64 });
  expect(result).toMatchObject({ restoredFrom: exported.fileName, migrated: [] });
  expect(result.safetyBackup.reason).toBe('before-import');

  expect(officeNames(second)).toEqual(officeNames(first));
  expect((await second.call('setup.status')).needsSetup).toBe(false);
  expect((await second.call('settings.get')).language).toBe('en');
  const { audit_log: audit, ...rest } = dumpConnection(second.database.sqlite);
  const { audit_log: firstAudit, ...firstRest } = dumpConnection(first.database.sqlite);
  expect(rest).toEqual(firstRest);
  expect((audit as unknown[]).slice(0, -1)).toEqual(firstAudit);
  expect(audit as unknown[]).toHaveLength((firstAudit as unknown[]).length + 1);

  // And round again: what the second PC exports is what it holds.
  const again = await second.call('backups.export');
  const file = path.join(tempDir(), 'again.sqlite');
  fs.writeFileSync(file, Buffer.from(again.contentBase64, 'base64'));
  const copy = new Database(file, { readonly: true });
  try {
    expect(dumpConnection(copy)).toEqual(dumpConnection(second.database.sqlite));
  } finally {
    copy.close();
  }
});

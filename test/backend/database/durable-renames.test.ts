// Issue 15, item 3: everything the app renames into place (a backup, a package folder, an export) is
// synced first, so after a power cut it is there whole. Under the power-cut shim (power-cut.ts) the
// child makes each the app's way, is killed once they are done, and the power goes: every file is
// complete. The control does the same without syncing, as the app did before, and finds complete
// names over empty files: the check can tell.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { freshBackend } from '../../support/backend.js';
import { killLeftovers, runThenCutPower } from './power-cut.js';
import { EXPORT_FILE, MEMO, PACKAGE_NAME } from './durable-renames-shared.js';

afterAll(killLeftovers);

async function cutAfterRenames(mode: 'durable' | 'naive'): Promise<{ dataDir: string; backup: string }> {
  const backend = await freshBackend();
  const offices = backend.database.sqlite.prepare(`SELECT count(*) FROM offices`).pluck().get();
  expect(offices).toBe(1);
  backend.close();
  const dataDir = fs.realpathSync(backend.dataDir);
  let backup = '';
  await runThenCutPower(dataDir, 'test/backend/database/durable-renames-worker.ts', [dataDir, mode], () => {
    // the child's stdout is not ours to read here: it is done once its last file is in place
    const backups = fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).filter((n) => n.endsWith('.manual.sqlite')) : [];
    backup = backups[0] ?? '';
    const last = mode === 'durable' ? path.join(dataDir, EXPORT_FILE) : path.join(dataDir, 'packages', PACKAGE_NAME);
    return backup !== '' && fs.existsSync(last) && !fs.existsSync(`${last}.partial`);
  });
  return { dataDir, backup: path.join(dataDir, 'backups', backup) };
}

const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

function officeCount(file: string): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return sqlite.prepare(`SELECT count(*) FROM offices`).pluck().get() as number;
  } finally {
    sqlite.close();
  }
}

describe('after a power cut, what was renamed into place', () => {
  test('is whole: the backup, every file of the package folder, the export', async () => {
    const { dataDir, backup } = await cutAfterRenames('durable');
    expect(officeCount(backup)).toBe(1);
    const folder = path.join(dataDir, 'packages', PACKAGE_NAME);
    expect(fs.readFileSync(path.join(folder, 'memo.pdf')).equals(MEMO)).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    for (const file of manifest.files) expect(sha(fs.readFileSync(path.join(folder, file.path)))).toBe(file.sha256);
    expect(fs.statSync(path.join(folder, `${PACKAGE_NAME}.zip`)).size).toBeGreaterThan(100);
    expect(officeCount(path.join(dataDir, EXPORT_FILE))).toBe(1);
  }, 120_000);

  test('(the control: renamed without a sync, the names are there and the bytes are not)', async () => {
    const { dataDir, backup } = await cutAfterRenames('naive');
    expect(fs.statSync(path.join(dataDir, 'packages', PACKAGE_NAME, 'memo.pdf')).size).toBe(0);
    // (SQLite syncs a backup file it writes itself; what the rename of it lacked was the folder's sync,
    // which this model of file data does not show.)
    expect(officeCount(backup)).toBe(1);
  }, 120_000);
});

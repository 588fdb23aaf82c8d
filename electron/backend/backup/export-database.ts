// The whole database as one self-contained file, for moving to another PC (imported there as a restore).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DatabaseExport } from '../api/contract/backup.js';
import type { AppDatabase } from '../database/open-database.js';
import { makeStagingDir } from './backup-files.js';

/** The date in Dhaka (UTC+6, no daylight saving), so an export made after midnight carries the new day. */
function dhakaDate(at: Date): string {
  return new Date(at.getTime() + 6 * 3600_000).toISOString().slice(0, 10);
}

export function exportFileName(at: Date): string {
  return `apa-desk-${dhakaDate(at)}.sqlite`;
}

export async function exportDatabase(database: AppDatabase, dataDir: string, at: Date): Promise<DatabaseExport> {
  const staging = makeStagingDir(dataDir);
  try {
    const target = path.join(staging, 'export.sqlite');
    await database.sqlite.backup(target); // consistent even while the app writes
    // The copy inherits WAL mode; a rollback-journal file needs no -wal/-shm companions on the other PC.
    const copy = new Database(target);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const bytes = fs.readFileSync(target);
    return { fileName: exportFileName(at), contentBase64: bytes.toString('base64'), byteSize: bytes.byteLength };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

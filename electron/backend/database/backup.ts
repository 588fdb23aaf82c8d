// Backups use SQLite's online backup API, so a copy is consistent even while the app writes.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { renameDurably } from './durable-files.js';

/** `apa-desk.sqlite` → `apa-desk.backup-2026-11-25T17-40-00-000Z.before-migration.sqlite`, next to it. */
export function timestampedBackupPath(databasePath: string, reason: string, at: Date = new Date()): string {
  const dir = path.dirname(databasePath);
  const base = path.basename(databasePath).replace(/\.sqlite$/, '');
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return path.join(dir, `${base}.backup-${stamp}.${reason}.sqlite`);
}

export async function backupDatabase(sqlite: Database.Database, targetPath: string): Promise<string> {
  fs.mkdirSync(path.dirname(targetPath), { recursive: true });
  const partial = `${targetPath}.partial`;
  await sqlite.backup(partial);
  // A crash mid-backup never leaves a file that looks complete, nor a power cut one that is not.
  renameDurably(partial, targetPath);
  return targetPath;
}

// The whole database as one self-contained file, for moving to another PC (imported there as a
// restore). Written straight to where it goes (the path the user chose, or a staging file the web
// transport streams as a download), never held in memory.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { AppDatabase } from '../database/open-database.js';
import { renameDurably } from '../database/durable-files.js';

/** The date in Dhaka (UTC+6, no daylight saving), so an export made after midnight carries the new day. */
function dhakaDate(at: Date): string {
  return new Date(at.getTime() + 6 * 3600_000).toISOString().slice(0, 10);
}

export function exportFileName(at: Date): string {
  return `apa-desk-${dhakaDate(at)}.sqlite`;
}

/** Writes the export to `target` (through a synced `.partial` beside it); returns its size in bytes. */
export async function exportDatabaseTo(database: AppDatabase, target: string): Promise<number> {
  const partial = `${target}.partial`;
  try {
    await database.sqlite.backup(partial); // consistent even while the app writes
    // The copy inherits WAL mode; a rollback-journal file needs no -wal/-shm companions on the other PC.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameDurably(partial, target);
    return fs.statSync(target).size;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

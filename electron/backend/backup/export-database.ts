// The whole database as one self-contained file, for moving to another PC (imported there as a
// restore). Written straight to where it goes (the path the user chose, or a staging file the web
// transport streams as a download), never held in memory.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { isoDateInDhaka } from '../../../common/dates/iso-date.js';
import type { AppDatabase } from '../database/open-database.js';
import { renameDurably } from '../database/durable-files.js';

/** Named with the day in Dhaka, so an export made after midnight there carries the new day. */
export function exportFileName(at: Date): string {
  return `apa-desk-${isoDateInDhaka(at)}.sqlite`;
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

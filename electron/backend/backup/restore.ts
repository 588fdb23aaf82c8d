// Replaces the live database's content with a checked backup while the app runs.
//
// The live connection stays open: the candidate is copied into the live file with SQLite's online
// backup API (a second connection writes every page in one transaction, through the live file's
// WAL). SQLite bumps the schema cookie, so the live connection (and drizzle on top of it) reads the
// new content and re-prepares its statements; nothing in the handlers needs a new connection.
// If the copy fails, its transaction never commits and the live content is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, RestoreResult } from '../api/contract/backup.js';
import type { Migration } from '../database/migrations.js';
import type { AppDatabase } from '../database/open-database.js';
import { makeBackup, makeStagingDir } from './backup-files.js';
import { checkCandidate } from './candidate-check.js';

/** better-sqlite3 copies this many pages per step: all of them at once, so nothing interleaves. */
const ALL_PAGES = 0x7fffffff;

export type RestoreSource =
  | { kind: 'backup'; name: string; path: string }
  | { kind: 'file'; name: string; bytes: Buffer };

export interface RestoreOptions {
  dataDir: string;
  migrations: Migration[];
  /** Who asked: recorded in the restored database's audit log. */
  actor: string;
}

export async function restoreDatabase(database: AppDatabase, source: RestoreSource, options: RestoreOptions): Promise<RestoreResult> {
  const staging = makeStagingDir(options.dataDir);
  try {
    // A private copy: the check may migrate it, and the backup in the list must stay as it was.
    const staged = path.join(staging, 'candidate.sqlite');
    if (source.kind === 'backup') fs.copyFileSync(source.path, staged);
    else fs.writeFileSync(staged, source.bytes);

    const livePageSize = database.sqlite.pragma('page_size', { simple: true }) as number;
    const candidate = checkCandidate(staged, source.name, options.migrations, livePageSize);
    let safetyBackup: BackupInfo;
    try {
      safetyBackup = await makeBackup(database.sqlite, options.dataDir, source.kind === 'file' ? 'before-import' : 'before-restore');
      // The restore's audit row goes into the candidate before it is copied, so the restored
      // database and the record of its restore arrive together (a kill cannot separate them).
      candidate.sqlite
        .prepare(`INSERT INTO audit_log (actor, entity, entity_id, action, field, old_value, new_value) VALUES (?, 'database', ?, 'import', 'restore', ?, ?)`)
        .run(options.actor, path.basename(database.path), safetyBackup.name, JSON.stringify({ from: source.name, kind: source.kind, migrated: candidate.migrated }));
      await candidate.sqlite.backup(database.path, { progress: () => ALL_PAGES });
    } finally {
      candidate.sqlite.close();
    }

    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { restoredFrom: source.name, safetyBackup, migrated: candidate.migrated };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

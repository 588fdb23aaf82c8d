// Replaces the live database's content with a checked backup while the app runs.
//
// The file itself is never put in place: it is checked (candidate-check.ts), then a new database is
// built from the app's own migrations and the file's rows are copied into it (rebuild.ts). That new
// database is copied into the live file with SQLite's online backup API (a second connection writes
// every page in one transaction, through the live file's WAL). The live connection stays open:
// SQLite bumps the schema cookie, so it (and drizzle on top of it) reads the new content and
// re-prepares its statements. If the copy fails, its transaction never commits and the live content
// is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, RestoreResult } from '../api/contract/backup.js';
import { recordAuditOn } from '../audit/audit-log.js';
import type { Migration } from '../database/migrations.js';
import type { AppDatabase } from '../database/open-database.js';
import { makeBackup, makeStagingDir } from './backup-files.js';
import { checkCandidate } from './candidate-check.js';
import { rebuildFromCandidate } from './rebuild.js';

/** better-sqlite3 copies this many pages per step: all of them at once, so nothing interleaves. */
const ALL_PAGES = 0x7fffffff;

export interface RestoreSource {
  /** A backup from the list, or a file the user chose (or uploaded). */
  kind: 'backup' | 'file';
  /** What the user knows it by: the backup's or the file's name. */
  name: string;
  /** Where it is; it is copied, never opened in place. */
  path: string;
}

export interface RestoreOptions {
  dataDir: string;
  migrations: Migration[];
  /** Who asked: recorded in the restored database's audit log. */
  actor: string;
}

export async function restoreDatabase(database: AppDatabase, source: RestoreSource, options: RestoreOptions): Promise<RestoreResult> {
  const staging = makeStagingDir(options.dataDir);
  try {
    // A private copy: the backup in the list, or the user's file, stays as it was.
    const staged = path.join(staging, 'candidate.sqlite');
    fs.copyFileSync(source.path, staged);
    const theirs = checkCandidate(staged, source.name, options.migrations);
    const livePageSize = database.sqlite.pragma('page_size', { simple: true }) as number;
    const rebuilt = rebuildFromCandidate(staged, source.name, theirs, options.migrations, livePageSize, path.join(staging, 'rebuilt.sqlite'));
    let safetyBackup: BackupInfo;
    try {
      safetyBackup = await makeBackup(database.sqlite, options.dataDir, source.kind === 'file' ? 'before-import' : 'before-restore');
      // The restore's audit row goes into the rebuilt database before it is copied, so the restored
      // content and the record of its restore arrive together (a kill cannot separate them).
      recordAuditOn(rebuilt.sqlite, {
        actor: options.actor, entity: 'database', entityId: path.basename(database.path), action: 'import', field: 'restore',
        oldValue: safetyBackup.name, newValue: { from: source.name, kind: source.kind, migrated: rebuilt.migrated },
      });
      await rebuilt.sqlite.backup(database.path, { progress: () => ALL_PAGES });
    } finally {
      rebuilt.sqlite.close();
    }

    // Copies the restored pages from the log into the file and syncs both (the backup's own commit
    // to the log is not synced: better-sqlite3 builds SQLite with WAL commits at synchronous=NORMAL).
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { restoredFrom: source.name, safetyBackup, migrated: rebuilt.migrated };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

// The backup made each time the app starts, after migrations, and the rotation of those backups.
import type { BackupInfo } from '../api/contract/backup.js';
import type { AppDatabase } from '../database/open-database.js';
import { gatherStrayBackups, makeBackup, pruneStartBackups, removeLeftovers } from './backup-files.js';
import { readBackupKeep } from './backup-settings.js';
import { rememberMigrationsDir } from './app-migrations.js';

export interface StartBackupOptions {
  dataDir: string;
  /** The app's migrations: a restore brings older content up to date with them. */
  migrationsDir: string;
  now?: Date;
  log?: (error: unknown) => void;
}

export interface StartBackupResult {
  /** Null when the database was created just now (nothing to keep yet) or the backup failed. */
  backup: BackupInfo | null;
  removed: string[];
  error: string | null;
}

/**
 * Never throws: a full disk must not lock the officers out of their data, so a failed backup is
 * logged and the app starts anyway (the previous start backups are then all kept).
 */
export async function backupOnStart(database: AppDatabase, options: StartBackupOptions): Promise<StartBackupResult> {
  rememberMigrationsDir(database, options.migrationsDir);
  try {
    removeLeftovers(options.dataDir);
    const moved = gatherStrayBackups(options.dataDir);
    if (database.migrationBackup) database.migrationBackup = moved.get(database.migrationBackup) ?? database.migrationBackup;
    const createdNow = database.appliedNow.length > 0 && database.migrationBackup === null;
    if (createdNow) return { backup: null, removed: [], error: null };
    const backup = await makeBackup(database.sqlite, options.dataDir, 'start', options.now);
    return { backup, removed: pruneStartBackups(options.dataDir, readBackupKeep(database.db)), error: null };
  } catch (error) {
    (options.log ?? console.error)(error);
    return { backup: null, removed: [], error: error instanceof Error ? error.message : String(error) };
  }
}

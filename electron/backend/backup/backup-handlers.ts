// Binds the backup calls: list, back up now, keep-N, restore from the list or a file, export.
import path from 'node:path';
import type { HandlerContext } from '../api/handler-context.js';
import type { backupCalls } from '../api/contract/backup.js';
import type { HandlersFor } from '../api/dispatch.js';
import { notFound } from '../api/errors.js';
import { appMigrations } from './app-migrations.js';
import { backupInfo, backupsDir, listBackups, makeBackup, pruneStartBackups } from './backup-files.js';
import { oneAtATime } from './backup-lock.js';
import { readBackupKeep, writeBackupKeep } from './backup-settings.js';
import { exportDatabase } from './export-database.js';
import { restoreDatabase } from './restore.js';

export function backupHandlers({ database, dataDir, actor, today }: HandlerContext): HandlersFor<typeof backupCalls> {
  const exclusive = <T>(work: () => Promise<T>) => oneAtATime(database, work);
  return {
    'backups.list': () => ({ backups: listBackups(dataDir), keep: readBackupKeep(database.db), folder: backupsDir(dataDir) }),
    'backups.create': () => exclusive(() => makeBackup(database.sqlite, dataDir, 'manual')),
    'backups.setKeep': ({ keep }) =>
      exclusive(async () => {
        writeBackupKeep(database.db, actor(), keep);
        return { keep, removed: pruneStartBackups(dataDir, keep) };
      }),
    'backups.restore': ({ name }) =>
      exclusive(() => {
        if (!backupInfo(dataDir, name)) throw notFound('backup', `no backup named ${name}`);
        const source = { kind: 'backup' as const, name, path: path.join(backupsDir(dataDir), name) };
        return restoreDatabase(database, source, { dataDir, migrations: appMigrations(database), actor: actor() });
      }),
    'backups.restoreFile': ({ fileName, contentBase64 }) =>
      exclusive(() => {
        const source = { kind: 'file' as const, name: path.basename(fileName), bytes: Buffer.from(contentBase64, 'base64') };
        return restoreDatabase(database, source, { dataDir, migrations: appMigrations(database), actor: actor() });
      }),
    'backups.export': () => exclusive(() => exportDatabase(database, dataDir, today())),
  };
}

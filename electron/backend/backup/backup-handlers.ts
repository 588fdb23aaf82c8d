// Binds the backup calls: list, back up now, keep-N, restore from the list or a chosen file, export.
import path from 'node:path';
import type { HandlerContext } from '../api/handler-context.js';
import type { backupCalls, DatabaseExport } from '../api/contract/backup.js';
import type { HandlersFor } from '../api/dispatch.js';
import { conflict, notFound } from '../api/errors.js';
import { appMigrations } from './app-migrations.js';
import { backupInfo, backupsDir, listBackups, makeBackup, pruneStartBackups } from './backup-files.js';
import { oneAtATime } from './backup-lock.js';
import { readBackupKeep, writeBackupKeep } from './backup-settings.js';
import { exportDatabaseTo, exportFileName } from './export-database.js';
import { restoreDatabase } from './restore.js';

export function backupHandlers({ database, dataDir, actor, today, files, fileDialogs }: HandlerContext): HandlersFor<typeof backupCalls> {
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
    'backups.chooseFile': async () => {
      if (!fileDialogs) throw conflict('no-file-dialog', 'there is no file dialog here: upload the file instead');
      const chosen = await fileDialogs.chooseOpen();
      if (!chosen) return { chosen: null };
      const held = files.hold(chosen, path.basename(chosen), false);
      return { chosen: { token: held.token, fileName: held.fileName, byteSize: held.byteSize } };
    },
    'backups.restoreFile': ({ token }) =>
      exclusive(async () => {
        const file = files.take(token);
        if (!file) throw notFound('file', 'the chosen file is no longer held: choose it again');
        try {
          return await restoreDatabase(database, { kind: 'file', name: file.fileName, path: file.path }, { dataDir, migrations: appMigrations(database), actor: actor() });
        } finally {
          files.release(file);
        }
      }),
    'backups.export': async (): Promise<DatabaseExport> => {
      const fileName = exportFileName(today());
      if (fileDialogs) {
        // The dialog is answered before the lock is taken: a backup asked for meanwhile need not wait for the user.
        const target = await fileDialogs.chooseSave(fileName);
        if (!target) return { kind: 'cancelled' };
        const byteSize = await exclusive(() => exportDatabaseTo(database, target));
        return { kind: 'saved', fileName: path.basename(target), byteSize, path: target };
      }
      const target = files.stagingFile(fileName);
      const byteSize = await exclusive(() => exportDatabaseTo(database, target));
      const held = files.hold(target, fileName, true);
      return { kind: 'download', fileName, byteSize, token: held.token };
    },
  };
}

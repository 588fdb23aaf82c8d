// The durable-renames test's child: makes a backup, a package folder and an export in the data folder
// the way the app does (durable: synced, renamed, folder synced), or the naive way (written and
// renamed, never synced) for the control; prints DONE and waits to be killed.
//   node node_modules/tsx/dist/cli.mjs test/backend/database/durable-renames-worker.ts <dataDir> <durable|naive>
import fs from 'node:fs';
import path from 'node:path';
import { makeBackup } from '../../../electron/backend/backup/backup-files.js';
import { exportDatabaseTo } from '../../../electron/backend/backup/export-database.js';
import { openDatabase } from '../../../electron/backend/database/open-database.js';
import { PackageFolder } from '../../../electron/backend/package/package-folder.js';
import { migrationsDir } from '../../support/paths.js';
import { EXPORT_FILE, MEMO, PACKAGE_NAME } from './durable-renames-shared.js';

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  if (!dataDir || (mode !== 'durable' && mode !== 'naive')) throw new Error('usage: durable-renames-worker.ts <dataDir> <durable|naive>');
  const database = await openDatabase(path.join(dataDir, 'apa-desk.sqlite'), { migrationsDir });
  const exportPath = path.join(dataDir, EXPORT_FILE);
  fs.mkdirSync(path.dirname(exportPath), { recursive: true });
  if (mode === 'durable') {
    const backup = await makeBackup(database.sqlite, dataDir, 'manual');
    const folder = new PackageFolder(path.join(dataDir, 'packages'));
    folder.write('memo.pdf', MEMO);
    folder.write('manifest.json', Buffer.from(JSON.stringify({ files: folder.written() })));
    folder.zip(PACKAGE_NAME);
    folder.commit(PACKAGE_NAME);
    await exportDatabaseTo(database, exportPath);
    process.stdout.write(`DONE ${backup.name}\n`);
  } else {
    // What the app did before: complete files renamed into place, nothing synced.
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    const backup = path.join(dataDir, 'backups', 'apa-desk.backup-2024-01-25T00-00-00-000Z.manual.sqlite');
    await database.sqlite.backup(`${backup}.partial`);
    fs.renameSync(`${backup}.partial`, backup);
    const partial = path.join(dataDir, 'packages', '.partial-x');
    fs.mkdirSync(partial, { recursive: true });
    fs.writeFileSync(path.join(partial, 'memo.pdf'), MEMO);
    fs.renameSync(partial, path.join(dataDir, 'packages', PACKAGE_NAME));
    process.stdout.write(`DONE ${path.basename(backup)}\n`);
  }
  await new Promise(() => undefined); // until killed
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

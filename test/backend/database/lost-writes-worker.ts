// The lost-writes test's child: issues memo numbers one after another on the real database, and
// writes each number to its "printed" journal (outside the data folder, synced) once issueMemoNumber
// has returned, as a letter would be printed with it. Killed at a random moment.
//   node node_modules/tsx/dist/cli.mjs test/backend/database/lost-writes-worker.ts <database> <journal> <full|normal>
import fs from 'node:fs';
import { issueMemoNumber } from '../../../electron/backend/memo-register/memo-register.js';
import { openDatabase } from '../../../electron/backend/database/open-database.js';
import { migrationsDir } from '../../support/paths.js';

export const FILE_NUMBER = '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪';

async function main(): Promise<void> {
  const [databaseFile, journalFile, mode] = process.argv.slice(2);
  if (!databaseFile || !journalFile || (mode !== 'full' && mode !== 'normal')) throw new Error('usage: lost-writes-worker.ts <database> <journal> <full|normal>');
  const database = await openDatabase(databaseFile, { migrationsDir });
  // The control: the setting the app had before (a commit's log pages are synced only at a checkpoint).
  if (mode === 'normal') database.sqlite.pragma('synchronous = NORMAL');
  const own = database.sqlite.prepare(`SELECT id FROM offices WHERE is_own = 1`).pluck().get() as number;
  const journal = fs.openSync(journalFile, 'a');
  process.stdout.write('READY\n');
  for (;;) {
    const memo = issueMemoNumber(database.db, 'পরীক্ষক', { officeId: own, fileNumber: FILE_NUMBER, issuedOn: '2024-01-25', subject: 'পরীক্ষা' });
    fs.writeSync(journal, `${memo.memoNumber}\n`);
    fs.fsyncSync(journal);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

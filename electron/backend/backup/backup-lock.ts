// Backups, restores and exports of one database run one at a time: a restore must never overlap
// another restore or a backup being taken of the content it is replacing.
import type { AppDatabase } from '../database/open-database.js';

const tails = new WeakMap<AppDatabase, Promise<unknown>>();

export function oneAtATime<T>(database: AppDatabase, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(database) ?? Promise.resolve();
  const run = previous.then(() => work());
  tails.set(database, run.catch(() => undefined));
  return run;
}

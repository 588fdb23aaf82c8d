// Which migrations the running app has. The handler context carries the open database but not the
// migrations folder, so the start-up backup call records it here, keyed by the database object.
import { loadMigrations, type Migration } from '../database/migrations.js';
import type { AppDatabase } from '../database/open-database.js';

const migrationsDirs = new WeakMap<AppDatabase, string>();

export function rememberMigrationsDir(database: AppDatabase, migrationsDir: string): void {
  migrationsDirs.set(database, migrationsDir);
}

export function appMigrations(database: AppDatabase): Migration[] {
  const dir = migrationsDirs.get(database);
  if (!dir) throw new Error('the migrations folder is unknown: backupOnStart was not called for this database');
  return loadMigrations(dir);
}

// The backend as one object: its database and the dispatcher both transports call.
// Electron's main process and the web server create it the same way.
import path from 'node:path';
import { createDispatcher, type Dispatch } from '../api/dispatch.js';
import { openDatabase, type AppDatabase } from '../database/open-database.js';
import { readSetting } from '../settings/settings-store.js';
import { createHandlers } from './handlers.js';

export const DATABASE_FILE_NAME = 'apa-desk.sqlite';

export interface Backend {
  database: AppDatabase;
  dispatch: Dispatch;
  close(): void;
}

export interface BackendOptions {
  /** Folder holding the database (the OS user-data folder in the app). */
  dataDir: string;
  /** drizzle/migrations: in the source tree, or the packaged app's resources folder. */
  migrationsDir: string;
  today?: () => Date;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const database = await openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), {
    migrationsDir: options.migrationsDir,
  });
  const { db } = database;
  const actor = () => readSetting<{ name: string }>(db, 'signatory')?.name ?? 'system';
  const handlers = createHandlers({ db, database, actor, today: options.today ?? (() => new Date()), dataDir: options.dataDir });
  return { database, dispatch: createDispatcher(handlers), close: () => database.close() };
}

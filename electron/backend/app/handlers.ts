// Binds every API call of the contract to the service that does the work, one capability at a time.
import type { Handlers } from '../api/dispatch.js';
import type { AppDatabase, Db } from '../database/open-database.js';
import { importHandlers } from '../plan-import/import-handlers.js';
import { officeHandlers } from '../offices/office-handlers.js';
import { settingsHandlers } from '../settings/settings-handlers.js';
import { reviewHandlers } from '../review/review-handlers.js';
import { packageHandlers } from '../package/package-handlers.js';
import { backupHandlers } from '../backup/backup-handlers.js';

export interface HandlerContext {
  db: Db;
  /** The open database itself (its path and connection), for backups and restores. */
  database: AppDatabase;
  /** Who is making the change, for the audit log. */
  actor: () => string;
  today: () => Date;
  /** The app's data folder (database, evidence store, generated packages). */
  dataDir: string;
}

export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...settingsHandlers(context),
    ...officeHandlers(context),
    ...importHandlers(context),
    ...reviewHandlers(context),
    ...packageHandlers(context),
    ...backupHandlers(context),
  };
}

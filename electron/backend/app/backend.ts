// The backend as one object: its database and the dispatcher both transports call.
// Electron's main process and the web server create it the same way.
import path from 'node:path';
import { createDispatcher, type Dispatch } from '../api/dispatch.js';
import { openDatabase, type AppDatabase } from '../database/open-database.js';
import { createHandlers } from './handlers.js';
import { Session } from '../users/user-service.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import { backupOnStart } from '../backup/start-backup.js';
import { SummaryRefresher } from '../review/summary-refresher.js';
import { FileExchange, type FileDialogs } from '../backup/file-exchange.js';

export const DATABASE_FILE_NAME = 'apa-desk.sqlite';

export interface Backend {
  database: AppDatabase;
  dispatch: Dispatch;
  /** Computes the review overview's summaries in the background after the changes they depend on. */
  summaries: SummaryRefresher;
  /** Uploads and downloads of whole-database files (the web transport streams them). */
  files: FileExchange;
  close(): void;
}

/** Calls after which review summaries may be missing or stale: reports arrived, a rule or deadline changed. */
const CHANGES_SUMMARIES = new Set(['imports.commit', 'imports.commitMany', 'settings.update', 'backups.restore', 'backups.restoreFile']);

export interface BackendOptions {
  /** Folder holding the database (the OS user-data folder in the app). */
  dataDir: string;
  /** drizzle/migrations: in the source tree, or the packaged app's resources folder. */
  migrationsDir: string;
  today?: () => Date;
  /** Platform hooks: the Electron shell passes its own printer and folder opener. */
  createPrinter?: () => Promise<PdfPrinter>;
  openFolder?: (folder: string) => Promise<boolean>;
  /** The desktop shell's native open and save dialogs (export and restore from a file). */
  fileDialogs?: FileDialogs;
  /** Quiet time before the background summary refresh (tests shorten it). */
  summaryRefreshDelayMs?: number;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const database = await openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), {
    migrationsDir: options.migrationsDir,
  });
  await backupOnStart(database, { dataDir: options.dataDir, migrationsDir: options.migrationsDir });
  const { db } = database;
  const session = new Session(db);
  const actor = () => session.actor();
  const files = new FileExchange(options.dataDir);
  const handlers = createHandlers({
    db, database, actor, session, today: options.today ?? (() => new Date()), dataDir: options.dataDir,
    // Loaded only when used: the desktop app prints with Electron and ships without Playwright.
    createPrinter: options.createPrinter ?? (async () => (await import('../documents/pdf/chromium-printer.js')).createChromiumPrinter()),
    openFolder: options.openFolder ?? (async () => false),
    files,
    ...(options.fileDialogs ? { fileDialogs: options.fileDialogs } : {}),
  });
  const summaries = new SummaryRefresher(database, options.summaryRefreshDelayMs);
  const dispatchCall = createDispatcher(handlers);
  const dispatch: Dispatch = async (name, input) => {
    const result = await dispatchCall(name, input);
    if (result.ok && CHANGES_SUMMARIES.has(name)) summaries.schedule();
    return result;
  };
  summaries.schedule(); // summaries left stale by an upgrade of the checks, or never computed
  return {
    database,
    dispatch,
    summaries,
    files,
    close: () => {
      summaries.close();
      database.close();
    },
  };
}

// What every capability's handlers are given: the database, who is acting, the clock and the
// platform's hooks. The app wires it (app/handlers.ts); capabilities only read it.
import type { AppDatabase, Db } from '../database/open-database.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import type { Session } from '../users/user-service.js';
import type { FileDialogs, FileExchange } from '../backup/file-exchange.js';

export interface HandlerContext {
  db: Db;
  /** The open database itself (its path and connection), for backups and restores. */
  database: AppDatabase;
  /** Who is making the change, for the audit log: the session's current user. */
  actor: () => string;
  session: Session;
  today: () => Date;
  /** The app's data folder (database, evidence store, generated packages). */
  dataDir: string;
  /** Prints documents to PDF: Chromium through Playwright here, webContents.printToPDF in the app. */
  createPrinter: () => Promise<PdfPrinter>;
  /** Shows a folder in the OS file manager; false where the transport cannot (the browser). */
  openFolder: (folder: string) => Promise<boolean>;
  /** Files the user chose or uploaded, and exports waiting for download (never passed as one string). */
  files: FileExchange;
  /** The desktop shell's native open and save dialogs; absent in the browser. */
  fileDialogs?: FileDialogs;
}

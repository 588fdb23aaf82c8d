// Helpers for the backup tests: the whole content of a database, to compare copies exactly.
import Database from 'better-sqlite3';
import type { Backend } from '../../../electron/backend/app/backend.js';
import { listBackups } from '../../../electron/backend/backup/backup-files.js';
import { freshBackend, type TestCall } from '../../support/backend.js';

type Dump = Record<string, unknown[]>;

/** Every row of every table (schema_migrations included), in rowid order. */
export function dumpConnection(sqlite: Database.Database): Dump {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

export function dumpFile(file: string): Dump {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return dumpConnection(sqlite);
  } finally {
    sqlite.close();
  }
}

/** What a refused restore must leave exactly as it was: the live content and the backups folder. */
export function snapshot(backend: Backend & { dataDir: string }) {
  return { content: dumpConnection(backend.database.sqlite), backups: listBackups(backend.dataDir).map((b) => b.name) };
}

export function officeNames(backend: Backend): string[] {
  return backend.database.sqlite.prepare(`SELECT name_bn FROM offices ORDER BY id`).pluck().all() as string[];
}

export async function addOffice(backend: Backend & { call: TestCall }, nameBn: string) {
  const own = backend.database.sqlite.prepare(`SELECT id FROM offices WHERE is_own = 1`).pluck().get() as number;
  return backend.call('offices.create', { nameBn, level: 'department', parentId: own });
}

/**
 * A backend with the desktop shell's dialogs played by the test: `dialogs.open` is the file the
 * open dialog returns, `dialogs.save` the path the save dialog returns (null: the user cancelled).
 */
export async function backendWithDialogs(options: { setUp?: boolean } = {}) {
  const dialogs = { open: null as string | null, save: null as string | null, saveAsked: [] as string[] };
  const backend = await freshBackend({
    ...options,
    fileDialogs: {
      chooseOpen: async () => dialogs.open,
      chooseSave: async (suggested) => {
        dialogs.saveAsked.push(suggested);
        return dialogs.save;
      },
    },
  });
  /** Chooses `file` in the open dialog and restores from it, as the backup screen does. */
  const restoreFile = async (file: string) => {
    dialogs.open = file;
    const { chosen } = await backend.call('backups.chooseFile');
    if (!chosen) throw new Error(`the open dialog chose no file (${file})`);
    return backend.dispatch('backups.restoreFile', { token: chosen.token });
  };
  return Object.assign(backend, { dialogs, restoreFile });
}

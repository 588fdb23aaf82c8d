// Helpers for the backup tests: the whole content of a database, to compare copies exactly.
import Database from 'better-sqlite3';
import type { Backend } from '../../../electron/backend/app/backend.js';
import { listBackups } from '../../../electron/backend/backup/backup-files.js';

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

export async function addOffice(backend: Backend & { call: (name: string, input?: unknown) => Promise<any> }, nameBn: string) {
  const own = backend.database.sqlite.prepare(`SELECT id FROM offices WHERE is_own = 1`).pluck().get() as number;
  return backend.call('offices.create', { nameBn, level: 'department', parentId: own });
}

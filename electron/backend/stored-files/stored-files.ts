// Original bytes of imported and attached files, stored once per SHA-256. Callers in a transaction
// pass the connection the transaction is on (`sqlite`); every imported file is looked up and stored,
// so the two queries are prepared once per connection.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { storedFiles } from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';
import { preparedOn } from '../database/drizzle-on.js';

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

const byHash = (db: Db) =>
  db.select({ id: storedFiles.id, fileName: storedFiles.fileName, storedAt: storedFiles.storedAt })
    .from(storedFiles).where(eq(storedFiles.sha256, sql.placeholder('hash'))).prepare();

const insertFile = (db: Db) =>
  db.insert(storedFiles).values({
    sha256: sql.placeholder('sha256'), fileName: sql.placeholder('fileName'), byteSize: sql.placeholder('byteSize'), bytes: sql.placeholder('bytes'),
  }).returning({ id: storedFiles.id }).prepare();

export function findStoredFile(sqlite: Database.Database, hash: string): { id: number; fileName: string; storedAt: string } | null {
  return preparedOn(sqlite, byHash).get({ hash }) ?? null;
}

/** Stores the bytes unless the same content is already there; returns its id either way. */
export function storeFile(sqlite: Database.Database, fileName: string, bytes: Uint8Array, hash = sha256(bytes)): { id: number; sha256: string; existed: boolean } {
  const existing = findStoredFile(sqlite, hash);
  if (existing) return { id: existing.id, sha256: hash, existed: true };
  const row = preparedOn(sqlite, insertFile).get({
    sha256: hash, fileName, byteSize: bytes.byteLength, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  });
  return { id: row.id, sha256: hash, existed: false };
}

export function readStoredFile(db: Db, id: number): { fileName: string; sha256: string; bytes: Buffer } | null {
  return db.select({ fileName: storedFiles.fileName, sha256: storedFiles.sha256, bytes: storedFiles.bytes }).from(storedFiles).where(eq(storedFiles.id, id)).get() ?? null;
}

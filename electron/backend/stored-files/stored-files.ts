// Original bytes of imported and attached files, stored once per SHA-256. Looking up and storing
// run for every imported file, so they are plain statements on the connection (`sqlite`); callers
// in a transaction pass the connection the transaction is on.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { storedFiles } from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';
import { statement } from '../database/statements.js';

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function findStoredFile(sqlite: Database.Database, hash: string): { id: number; fileName: string; storedAt: string } | null {
  const row = statement(sqlite, `SELECT id, file_name AS fileName, stored_at AS storedAt FROM stored_files WHERE sha256 = ?`).get(hash);
  return (row as { id: number; fileName: string; storedAt: string } | undefined) ?? null;
}

/** Stores the bytes unless the same content is already there; returns its id either way. */
export function storeFile(sqlite: Database.Database, fileName: string, bytes: Uint8Array, hash = sha256(bytes)): { id: number; sha256: string; existed: boolean } {
  const existing = findStoredFile(sqlite, hash);
  if (existing) return { id: existing.id, sha256: hash, existed: true };
  const info = statement(sqlite, `INSERT INTO stored_files (sha256, file_name, byte_size, bytes) VALUES (?, ?, ?, ?)`).run(
    hash, fileName, bytes.byteLength, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  return { id: Number(info.lastInsertRowid), sha256: hash, existed: false };
}

export function readStoredFile(db: Db, id: number): { fileName: string; sha256: string; bytes: Buffer } | null {
  return db.select({ fileName: storedFiles.fileName, sha256: storedFiles.sha256, bytes: storedFiles.bytes }).from(storedFiles).where(eq(storedFiles.id, id)).get() ?? null;
}

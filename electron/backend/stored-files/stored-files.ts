// Original bytes of imported and attached files, stored once per SHA-256.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { storedFiles } from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function findStoredFile(db: Db, hash: string) {
  return db.select({ id: storedFiles.id, fileName: storedFiles.fileName, storedAt: storedFiles.storedAt }).from(storedFiles).where(eq(storedFiles.sha256, hash)).get() ?? null;
}

/** Stores the bytes unless the same content is already there; returns its id either way. */
export function storeFile(db: Db, fileName: string, bytes: Uint8Array): { id: number; sha256: string; existed: boolean } {
  const hash = sha256(bytes);
  const existing = findStoredFile(db, hash);
  if (existing) return { id: existing.id, sha256: hash, existed: true };
  const { id } = db
    .insert(storedFiles)
    .values({ sha256: hash, fileName, byteSize: bytes.byteLength, bytes: Buffer.from(bytes) })
    .returning({ id: storedFiles.id })
    .get();
  return { id, sha256: hash, existed: false };
}

export function readStoredFile(db: Db, id: number): { fileName: string; sha256: string; bytes: Buffer } | null {
  return db.select({ fileName: storedFiles.fileName, sha256: storedFiles.sha256, bytes: storedFiles.bytes }).from(storedFiles).where(eq(storedFiles.id, id)).get() ?? null;
}

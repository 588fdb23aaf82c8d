// Writes to the append-only audit log. Callers pass the transaction they are changing data in,
// so the record and the change commit together or not at all. Every row continues the log's hash
// chain (audit-chain.ts).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { auditLog } from '../../../drizzle/schema.js';
import type Database from 'better-sqlite3';
import type { Db } from '../database/open-database.js';
import { drizzleOn, preparedOn } from '../database/drizzle-on.js';
import { auditLink, linkAfter, type AuditRowContent } from './audit-chain.js';

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'issue';

export interface AuditEntry {
  actor: string;
  entity: string;
  entityId: string | number;
  action: AuditAction;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

function serialise(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const lastRowQuery = (db: Db) => db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare();

const insertQuery = (db: Db) =>
  db.insert(auditLog).values({
    id: sql.placeholder('id'), at: sql.placeholder('at'), actor: sql.placeholder('actor'), entity: sql.placeholder('entity'),
    entityId: sql.placeholder('entityId'), action: sql.placeholder('action'), field: sql.placeholder('field'),
    oldValue: sql.placeholder('oldValue'), newValue: sql.placeholder('newValue'), hash: sql.placeholder('hash'),
  }).prepare();

function allRows(db: Db): AuditRowContent[] {
  const { id, at, actor, entity, entityId, action, field, oldValue, newValue } = auditLog;
  return db.select({ id, at, actor, entity, entityId, action, field, oldValue, newValue }).from(auditLog).orderBy(asc(auditLog.id)).all();
}

/** Appends the row, continuing the chain; `queries` are the two above, built for the caller's connection. */
function append(db: Db, queries: { last: ReturnType<typeof lastRowQuery>; insert: ReturnType<typeof insertQuery> }, entry: AuditEntry): void {
  const { id, link } = linkAfter({ last: () => queries.last.get(), all: () => allRows(db) });
  const row: AuditRowContent & { action: AuditAction } = {
    id: id + 1,
    // As the column's default writes it (strftime('%Y-%m-%dT%H:%M:%fZ')), but known before the insert.
    at: new Date().toISOString(),
    actor: entry.actor,
    entity: entry.entity,
    entityId: String(entry.entityId),
    action: entry.action,
    field: entry.field ?? null,
    oldValue: serialise(entry.oldValue),
    newValue: serialise(entry.newValue),
  };
  queries.insert.run({ ...row, hash: auditLink(link, row) });
}

/** Records on `db`, which may be a transaction. */
export function recordAudit(db: Db, entry: AuditEntry): void {
  append(db, { last: lastRowQuery(db), insert: insertQuery(db) }, entry);
}

/** recordAudit on a plain connection (the one the caller's transaction is on), its queries prepared once: an import records every file. */
export function recordAuditOn(sqlite: Database.Database, entry: AuditEntry): void {
  append(drizzleOn(sqlite), { last: preparedOn(sqlite, lastRowQuery), insert: preparedOn(sqlite, insertQuery) }, entry);
}

/** One audit row per field whose value changed between `before` and `after`. */
export function recordChanges<T extends object>(
  db: Db,
  base: Omit<AuditEntry, 'field' | 'oldValue' | 'newValue' | 'action'>,
  before: T,
  after: T,
  fields: (keyof T & string)[],
): void {
  for (const field of fields) {
    const oldValue = before[field];
    const newValue = after[field];
    if (serialise(oldValue) !== serialise(newValue)) {
      recordAudit(db, { ...base, action: 'update', field, oldValue, newValue });
    }
  }
}

export function auditHistory(db: Db, entity: string, entityId: string | number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.id))
    .all();
}

/**
 * The audit rows of a package, for its manifest: the issue of each of its memo numbers (the memo and
 * the feedback letters). Nothing else of the log leaves the office with a package.
 */
export function memoIssueRows(db: Db, memoIds: number[]) {
  if (memoIds.length === 0) return [];
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'memo_register'), eq(auditLog.action, 'issue'), inArray(auditLog.entityId, memoIds.map(String))))
    .orderBy(asc(auditLog.id))
    .all();
}

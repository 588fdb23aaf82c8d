// Writes to the append-only audit log. Callers pass the transaction they are changing data in,
// so the record and the change commit together or not at all. Every row continues the log's hash
// chain (audit-chain.ts), whichever of the two writers below adds it.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { auditLog } from '../../../drizzle/schema.js';
import type Database from 'better-sqlite3';
import type { Db } from '../database/open-database.js';
import { statement } from '../database/statements.js';
import { auditLink, AUDIT_ROW_COLUMNS, linkAfter, type AuditRowContent } from './audit-chain.js';

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

/** What the two writers need from their connection: the last row, the whole log (once), an insert. */
interface AuditStore {
  last(): { id: number; hash: string | null } | undefined;
  all(): Iterable<AuditRowContent>;
  insert(row: AuditRowContent & { action: AuditAction; hash: string }): void;
}

function append(store: AuditStore, entry: AuditEntry): void {
  const { id, link } = linkAfter(store);
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
  store.insert({ ...row, hash: auditLink(link, row) });
}

const INSERT_ROW = `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, field, old_value, new_value, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const LAST_ROW = `SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1`;
const ALL_ROWS = `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log ORDER BY id`;

/**
 * recordAudit on the plain connection, for the hot path of storing imported files (one row per
 * file): the same row, without building the insert anew each time.
 */
export function recordAuditOn(sqlite: Database.Database, entry: AuditEntry): void {
  append(
    {
      last: () => statement(sqlite, LAST_ROW).get() as { id: number; hash: string | null } | undefined,
      all: () => sqlite.prepare(ALL_ROWS).iterate() as Iterable<AuditRowContent>,
      insert: (r) => statement(sqlite, INSERT_ROW).run(r.id, r.at, r.actor, r.entity, r.entityId, r.action, r.field, r.oldValue, r.newValue, r.hash),
    },
    entry,
  );
}

export function recordAudit(db: Db, entry: AuditEntry): void {
  append(
    {
      last: () => db.get<{ id: number; hash: string | null }>(sql.raw(LAST_ROW)),
      all: () => db.all<AuditRowContent>(sql.raw(ALL_ROWS)),
      insert: (r) => db.insert(auditLog).values(r).run(),
    },
    entry,
  );
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

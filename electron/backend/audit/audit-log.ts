// Writes to the append-only audit log. Callers pass the transaction they are changing data in,
// so the record and the change commit together or not at all.
import { and, asc, eq } from 'drizzle-orm';
import { auditLog } from '../../../drizzle/schema.js';
import type Database from 'better-sqlite3';
import type { Db } from '../database/open-database.js';
import { statement } from '../database/statements.js';

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

/**
 * recordAudit on the plain connection, for the hot path of storing imported files (one row per
 * file): the same row, without building the insert anew each time.
 */
export function recordAuditOn(sqlite: Database.Database, entry: AuditEntry): void {
  statement(sqlite, `INSERT INTO audit_log (actor, entity, entity_id, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    entry.actor, entry.entity, String(entry.entityId), entry.action, entry.field ?? null, serialise(entry.oldValue), serialise(entry.newValue),
  );
}

export function recordAudit(db: Db, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      actor: entry.actor,
      entity: entry.entity,
      entityId: String(entry.entityId),
      action: entry.action,
      field: entry.field ?? null,
      oldValue: serialise(entry.oldValue),
      newValue: serialise(entry.newValue),
    })
    .run();
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

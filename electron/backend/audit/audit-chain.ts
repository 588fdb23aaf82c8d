// A hash chain over the audit log: each row's hash is SHA-256 over the previous row's link and the
// row itself (its id, time, actor, what changed), so a row edited or deleted with an SQL tool, or
// rows taken out of the middle, break every link after them. Rows written before the chain existed
// (hash null) are linked too, as if they had hashes, so the first hashed row seals them all.
// Without a secret the chain cannot stop someone who rewrites every hash after an edit; the restore
// also checks that each issued memo number and each import still has its row (audit-coverage.ts).
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

export interface AuditRowContent {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

/** The link after `previous` for this row. */
export function auditLink(previous: string, row: AuditRowContent): string {
  const content = JSON.stringify([row.id, row.at, row.actor, row.entity, row.entityId, row.action, row.field, row.oldValue, row.newValue]);
  return crypto.createHash('sha256').update(previous).update('\n').update(content).digest('hex');
}

export const AUDIT_ROW_COLUMNS = `id, at, actor, entity, entity_id AS entityId, action, field, old_value AS oldValue, new_value AS newValue, hash`;

/** The last row's id and link (0 and the empty string for an empty log): what the next row continues from. */
export function linkAfter(log: { last(): { id: number; hash: string | null } | undefined; all(): Iterable<AuditRowContent> }): { id: number; link: string } {
  const last = log.last();
  if (!last) return { id: 0, link: '' };
  if (last.hash !== null) return { id: last.id, link: last.hash };
  // The log so far was written before the chain: link it once, here.
  let link = '';
  for (const row of log.all()) link = auditLink(link, row);
  return { id: last.id, link };
}

export type ChainCheck = { ok: true; rows: number; sealed: number } | { ok: false; rowId: number; reason: 'hash-mismatch' | 'unsealed-after-sealed' };

/** Walks the whole log: every stored hash must be the link computed from the rows before it. */
export function verifyAuditChain(sqlite: Database.Database): ChainCheck {
  let link = '';
  let rows = 0;
  let sealed = 0;
  for (const row of sqlite.prepare(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log ORDER BY id`).iterate() as Iterable<AuditRowContent & { hash: string | null }>) {
    link = auditLink(link, row);
    rows++;
    if (row.hash === null) {
      if (sealed > 0) return { ok: false, rowId: row.id, reason: 'unsealed-after-sealed' };
      continue;
    }
    if (row.hash !== link) return { ok: false, rowId: row.id, reason: 'hash-mismatch' };
    sealed++;
  }
  return { ok: true, rows, sealed };
}

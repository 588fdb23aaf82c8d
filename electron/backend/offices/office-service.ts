// The office registry: the own office at the root and its subordinate offices as a tree.
// Offices with data (sub-offices, plans, reports, memos) are deactivated, never hard-deleted.
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { offices } from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';
import { conflict, fieldError, notFound } from '../api/errors.js';
import type { Office, OfficeFields } from '../api/contract.js';
import { recordAudit, recordChanges } from '../audit/audit-log.js';
import { officeWithName } from './office-names.js';

const OFFICE_FIELDS: (keyof OfficeFields)[] = [
  'nameBn', 'nameEn', 'shortName', 'level', 'address', 'website', 'email', 'phone', 'headDesignation', 'memoPrefix',
];

// Spelled out as "offices"."id": the sub-offices subquery reads the same table under another name.
const hasDataSql = sql<number>`(
  EXISTS (SELECT 1 FROM offices c WHERE c.parent_id = "offices"."id")
  OR EXISTS (SELECT 1 FROM plans p WHERE p.office_id = "offices"."id")
  OR EXISTS (SELECT 1 FROM reports r WHERE r.office_id = "offices"."id")
  OR EXISTS (SELECT 1 FROM memo_register m WHERE m.office_id = "offices"."id")
)`;

function selectOffices(db: Db) {
  return db.select({ office: offices, hasData: hasDataSql }).from(offices);
}

function toOffice(row: { office: typeof offices.$inferSelect; hasData: number }): Office {
  const { office } = row;
  return { ...office, hasData: Boolean(row.hasData) };
}

export function listOffices(db: Db, options: { query?: string; includeInactive?: boolean } = {}): Office[] {
  const conditions = [];
  if (!options.includeInactive) conditions.push(eq(offices.active, true));
  const query = options.query?.trim();
  if (query) {
    const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        sql`${offices.nameBn} LIKE ${pattern} ESCAPE '\\'`,
        sql`${offices.nameEn} LIKE ${pattern} ESCAPE '\\'`,
        sql`${offices.shortName} LIKE ${pattern} ESCAPE '\\'`,
      ),
    );
  }
  return selectOffices(db)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(offices.parentId), asc(offices.id))
    .all()
    .map(toOffice);
}

export function findOffice(db: Db, id: number): Office | null {
  const row = selectOffices(db).where(eq(offices.id, id)).get();
  return row ? toOffice(row) : null;
}

export function getOffice(db: Db, id: number): Office {
  const office = findOffice(db, id);
  if (!office) throw notFound('office', `office ${id} does not exist`);
  return office;
}

export function findOwnOffice(db: Db): Office | null {
  const row = selectOffices(db).where(eq(offices.isOwn, true)).get();
  return row ? toOffice(row) : null;
}

function requireParent(db: Db, parentId: number): Office {
  const parent = findOffice(db, parentId);
  if (!parent) throw fieldError('parentId', 'parent-not-found', `parent office ${parentId} does not exist`);
  return parent;
}

export function createOwnOffice(db: Db, actor: string, fields: OfficeFields): Office {
  return db.transaction((tx) => {
    if (findOwnOffice(tx)) throw conflict('own-office-exists', 'the own office is already set up');
    const { id } = tx.insert(offices).values({ ...fields, isOwn: true, parentId: null }).returning({ id: offices.id }).get();
    recordAudit(tx, { actor, entity: 'office', entityId: id, action: 'create', newValue: fields });
    return getOffice(tx, id);
  });
}

/**
 * Refuses a name (Bengali or English) another office already has, compared as office-names.ts does:
 * reports would otherwise go to one of two offices nobody can tell apart.
 */
export function assertNameFree(db: Db, names: { nameBn?: string | null; nameEn?: string | null }, exceptId: number | null): void {
  // Only the names: an office-list import checks every row, and the full list (with hasData) costs more.
  const all = db.select({ id: offices.id, nameBn: offices.nameBn, nameEn: offices.nameEn }).from(offices).all();
  for (const field of ['nameBn', 'nameEn'] as const) {
    const existing = officeWithName(all, [names[field]], exceptId);
    if (existing) {
      throw fieldError(field, 'duplicate-office-name', `an office named "${existing.nameBn}" (id ${existing.id}) is already in the registry`);
    }
  }
}

export function createOffice(db: Db, actor: string, input: OfficeFields & { parentId: number }): Office {
  return db.transaction((tx) => {
    requireParent(tx, input.parentId);
    assertNameFree(tx, input, null);
    const { id } = tx.insert(offices).values({ ...input, isOwn: false }).returning({ id: offices.id }).get();
    recordAudit(tx, { actor, entity: 'office', entityId: id, action: 'create', newValue: input });
    return getOffice(tx, id);
  });
}

export function updateOffice(db: Db, actor: string, input: Partial<OfficeFields> & { id: number }): Office {
  return db.transaction((tx) => {
    const before = getOffice(tx, input.id);
    const { id, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<OfficeFields>;
    if (before.isOwn && defined.level && !['ministry', 'division'].includes(defined.level)) {
      throw fieldError('level', 'own-office-level', 'the own office must be a ministry or a division');
    }
    if (defined.nameBn !== undefined || defined.nameEn !== undefined) assertNameFree(tx, { nameBn: defined.nameBn, nameEn: defined.nameEn }, id);
    if (Object.keys(defined).length > 0) {
      tx.update(offices).set({ ...defined, updatedAt: new Date().toISOString() }).where(eq(offices.id, id)).run();
    }
    const after = getOffice(tx, id);
    recordChanges(tx, { actor, entity: 'office', entityId: id }, before, after, OFFICE_FIELDS);
    return after;
  });
}

/** True when `candidateAncestor` is `officeId` itself or lies below it. */
function isInSubtree(db: Db, officeId: number, candidate: number): boolean {
  const row = db.get<{ found: number }>(sql`
    WITH RECURSIVE subtree(id) AS (
      SELECT ${officeId}
      UNION SELECT o.id FROM offices o JOIN subtree s ON o.parent_id = s.id
    )
    SELECT EXISTS (SELECT 1 FROM subtree WHERE id = ${candidate}) AS found`);
  return Boolean(row?.found);
}

export function moveOffice(db: Db, actor: string, input: { id: number; parentId: number }): Office {
  return db.transaction((tx) => {
    const before = getOffice(tx, input.id);
    if (before.isOwn) throw fieldError('id', 'own-office-root', 'the own office is the root of the tree and cannot be moved');
    requireParent(tx, input.parentId);
    if (isInSubtree(tx, input.id, input.parentId)) {
      throw fieldError('parentId', 'cycle', 'an office cannot be moved under itself or one of its sub-offices');
    }
    tx.update(offices).set({ parentId: input.parentId, updatedAt: new Date().toISOString() }).where(eq(offices.id, input.id)).run();
    recordAudit(tx, { actor, entity: 'office', entityId: input.id, action: 'update', field: 'parentId', oldValue: before.parentId, newValue: input.parentId });
    return getOffice(tx, input.id);
  });
}

export function setOfficeActive(db: Db, actor: string, input: { id: number; active: boolean }): Office {
  return db.transaction((tx) => {
    const before = getOffice(tx, input.id);
    if (before.isOwn && !input.active) throw fieldError('id', 'own-office-root', 'the own office cannot be deactivated');
    if (before.active !== input.active) {
      tx.update(offices).set({ active: input.active, updatedAt: new Date().toISOString() }).where(eq(offices.id, input.id)).run();
      recordAudit(tx, { actor, entity: 'office', entityId: input.id, action: 'update', field: 'active', oldValue: before.active, newValue: input.active });
    }
    return getOffice(tx, input.id);
  });
}

/** Hard-deletes an office that nothing refers to; an office with data must be deactivated instead. */
export function deleteOffice(db: Db, actor: string, id: number): { deleted: boolean } {
  return db.transaction((tx) => {
    const before = getOffice(tx, id);
    if (before.isOwn) throw fieldError('id', 'own-office-root', 'the own office cannot be deleted');
    if (before.hasData) throw conflict('office-has-data', 'this office has sub-offices or data: deactivate it instead');
    tx.delete(offices).where(eq(offices.id, id)).run();
    recordAudit(tx, { actor, entity: 'office', entityId: id, action: 'delete', oldValue: before });
    return { deleted: true };
  });
}

// What the import reads of the database for each file: the offices to match it to, a file already
// stored with the same bytes, the office's approved plan. On the connection the caller's
// transaction is on.
import type Database from 'better-sqlite3';
import { and, asc, desc, eq } from 'drizzle-orm';
import { offices, plans, reports } from '../../../drizzle/schema.js';
import type { DuplicateInfo } from '../api/contract.js';
import { drizzleOn } from '../database/drizzle-on.js';
import { findStoredFile } from '../stored-files/stored-files.js';
import type { MatchableOffice } from './office-match.js';

/** Active offices, with the names a file may call them by. */
export function matchableOffices(sqlite: Database.Database): MatchableOffice[] {
  return drizzleOn(sqlite)
    .select({ id: offices.id, nameBn: offices.nameBn, nameEn: offices.nameEn, shortName: offices.shortName })
    .from(offices)
    .where(eq(offices.active, true))
    .orderBy(asc(offices.parentId), asc(offices.id))
    .all();
}

/** The office a file is confirmed for. */
export function officeForImport(sqlite: Database.Database, id: number): { id: number; nameBn: string; active: boolean } | null {
  return drizzleOn(sqlite).select({ id: offices.id, nameBn: offices.nameBn, active: offices.active }).from(offices).where(eq(offices.id, id)).get() ?? null;
}

/** Where the same bytes were imported before, if they were. */
export function duplicateOf(sqlite: Database.Database, hash: string): DuplicateInfo | null {
  const file = findStoredFile(sqlite, hash);
  if (!file) return null;
  const db = drizzleOn(sqlite);
  const plan = db
    .select({ id: plans.id, kind: plans.kind, fiscalYear: plans.fiscalYear, officeName: offices.nameBn })
    .from(plans)
    .innerJoin(offices, eq(offices.id, plans.officeId))
    .where(eq(plans.sourceFileId, file.id))
    .limit(1)
    .get();
  if (!plan) return null;
  const report = db.select({ period: reports.period }).from(reports).where(eq(reports.planId, plan.id)).limit(1).get();
  return { fileName: file.fileName, storedAt: file.storedAt, kind: plan.kind, fiscalYear: plan.fiscalYear, officeName: plan.officeName, period: report?.period ?? null };
}

/** The latest approved plan of an office for a year (its id, and when it was stored). */
export function latestApprovedPlan(sqlite: Database.Database, officeId: number, fiscalYear: string): { id: number; createdAt: string } | null {
  return drizzleOn(sqlite)
    .select({ id: plans.id, createdAt: plans.createdAt })
    .from(plans)
    .where(and(eq(plans.officeId, officeId), eq(plans.fiscalYear, fiscalYear), eq(plans.kind, 'plan')))
    .orderBy(desc(plans.version))
    .limit(1)
    .get() ?? null;
}

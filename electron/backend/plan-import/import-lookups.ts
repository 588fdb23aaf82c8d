// What the import reads of the database for each file: the offices to match it to, a file already
// stored with the same bytes, the office's approved plan. Every staged and confirmed file asks these,
// so they are prepared once per connection (the one the caller's transaction is on).
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { offices, plans, reports } from '../../../drizzle/schema.js';
import type { DuplicateInfo } from '../api/contract.js';
import { preparedOn, type Db } from '../database/drizzle-on.js';
import { findStoredFile } from '../stored-files/stored-files.js';
import type { MatchableOffice } from './office-match.js';

const activeOffices = (db: Db) =>
  db.select({ id: offices.id, nameBn: offices.nameBn, nameEn: offices.nameEn, shortName: offices.shortName })
    .from(offices).where(eq(offices.active, true)).orderBy(asc(offices.parentId), asc(offices.id)).prepare();

const officeById = (db: Db) =>
  db.select({ id: offices.id, nameBn: offices.nameBn, active: offices.active }).from(offices).where(eq(offices.id, sql.placeholder('id'))).prepare();

const planOfFile = (db: Db) =>
  db.select({ id: plans.id, kind: plans.kind, fiscalYear: plans.fiscalYear, officeName: offices.nameBn })
    .from(plans).innerJoin(offices, eq(offices.id, plans.officeId))
    .where(eq(plans.sourceFileId, sql.placeholder('fileId'))).limit(1).prepare();

const periodOfPlan = (db: Db) => db.select({ period: reports.period }).from(reports).where(eq(reports.planId, sql.placeholder('planId'))).limit(1).prepare();

const latestPlan = (db: Db) =>
  db.select({ id: plans.id, createdAt: plans.createdAt })
    .from(plans)
    .where(and(eq(plans.officeId, sql.placeholder('officeId')), eq(plans.fiscalYear, sql.placeholder('fiscalYear')), eq(plans.kind, 'plan')))
    .orderBy(desc(plans.version)).limit(1).prepare();

/** Active offices, with the names a file may call them by. */
export function matchableOffices(sqlite: Database.Database): MatchableOffice[] {
  return preparedOn(sqlite, activeOffices).all();
}

/** The office a file is confirmed for. */
export function officeForImport(sqlite: Database.Database, id: number): { id: number; nameBn: string; active: boolean } | null {
  return preparedOn(sqlite, officeById).get({ id }) ?? null;
}

/** Where the same bytes were imported before, if they were. */
export function duplicateOf(sqlite: Database.Database, hash: string): DuplicateInfo | null {
  const file = findStoredFile(sqlite, hash);
  if (!file) return null;
  const plan = preparedOn(sqlite, planOfFile).get({ fileId: file.id });
  if (!plan) return null;
  const report = preparedOn(sqlite, periodOfPlan).get({ planId: plan.id });
  return { fileName: file.fileName, storedAt: file.storedAt, kind: plan.kind, fiscalYear: plan.fiscalYear, officeName: plan.officeName, period: report?.period ?? null };
}

/** The latest approved plan of an office for a year (its id, and when it was stored). */
export function latestApprovedPlan(sqlite: Database.Database, officeId: number, fiscalYear: string): { id: number; createdAt: string } | null {
  return preparedOn(sqlite, latestPlan).get({ officeId, fiscalYear }) ?? null;
}

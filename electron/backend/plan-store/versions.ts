// The versions of an office's plans and reports: every import adds one, the latest of each office,
// year (and period) is the current one the review, the package and the home screen read. A wrong
// version can be deleted (audited), unless a review or an issued memo number depends on it; then the
// older version becomes current again.
import type Database from 'better-sqlite3';
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { evidenceFiles, memoRegister, offices, planIndicators, plans, reports, reviews, storedFiles } from '../../../drizzle/schema.js';
import type { StoredVersion, VersionBlocker, VersionGroup, VersionKind, OpenedVersion } from '../api/contract/offices.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { conflict, notFound } from '../api/errors.js';
import { recordAuditOn } from '../audit/audit-log.js';
import type { Db } from '../database/open-database.js';
import { drizzleOn } from '../database/drizzle-on.js';
import { memoPurpose } from '../memo-register/memo-register.js';
import { loadPlanDocument } from './load-plan.js';

interface VersionRow {
  kind: VersionKind;
  id: number;
  planId: number;
  officeId: number;
  officeName: string;
  fiscalYear: string;
  period: Period | null;
  version: number;
  fileName: string | null;
  sha256: string | null;
  createdAt: string;
  receivedOn: string | null;
  indicatorCount: number;
}

/** A version's indicator count, correlated with the plan row of the query it is selected in. */
const indicatorCount = sql<number>`(SELECT count(*) FROM ${planIndicators} WHERE ${planIndicators.planId} = ${plans.id})`.mapWith(Number);

function planRows(db: Db, where: SQL): VersionRow[] {
  return db
    .select({
      id: plans.id, planId: plans.id, officeId: plans.officeId, officeName: offices.nameBn, fiscalYear: plans.fiscalYear,
      version: plans.version, fileName: storedFiles.fileName, sha256: storedFiles.sha256, createdAt: plans.createdAt, indicatorCount,
    })
    .from(plans)
    .innerJoin(offices, eq(offices.id, plans.officeId))
    .leftJoin(storedFiles, eq(storedFiles.id, plans.sourceFileId))
    .where(and(eq(plans.kind, 'plan'), where))
    .all()
    .map((r) => ({ ...r, kind: 'plan' as const, period: null, receivedOn: null }));
}

function reportRows(db: Db, where: SQL): VersionRow[] {
  return db
    .select({
      id: reports.id, planId: reports.planId, officeId: reports.officeId, officeName: offices.nameBn, fiscalYear: reports.fiscalYear,
      period: reports.period, version: reports.version, fileName: storedFiles.fileName, sha256: storedFiles.sha256,
      createdAt: reports.createdAt, receivedOn: reports.receivedOn, indicatorCount,
    })
    .from(reports)
    .innerJoin(plans, eq(plans.id, reports.planId))
    .innerJoin(offices, eq(offices.id, reports.officeId))
    .leftJoin(storedFiles, eq(storedFiles.id, plans.sourceFileId))
    .where(where)
    .all()
    .map((r) => ({ ...r, kind: 'report' as const }));
}

function officeRows(sqlite: Database.Database, officeId: number): VersionRow[] {
  const db = drizzleOn(sqlite);
  return [...planRows(db, eq(plans.officeId, officeId)), ...reportRows(db, eq(reports.officeId, officeId))];
}

function versionRow(sqlite: Database.Database, kind: VersionKind, id: number): VersionRow {
  const db = drizzleOn(sqlite);
  const [row] = kind === 'plan' ? planRows(db, eq(plans.id, id)) : reportRows(db, eq(reports.id, id));
  if (!row) throw notFound(kind, `${kind} ${id} does not exist`);
  return row;
}

const groupKey = (r: Pick<VersionRow, 'kind' | 'fiscalYear' | 'period'>) => `${r.kind}:${r.fiscalYear}:${r.period ?? ''}`;

/** Memo numbers issued for the office's feedback letters or the package of the year (and period). */
function memosFor(sqlite: Database.Database, officeId: number, fiscalYear: string, period: Period | null) {
  const periods = period ? [period] : [...PERIODS];
  const purposes = periods.flatMap((p) => [memoPurpose.feedback(officeId, fiscalYear, p), memoPurpose.package(fiscalYear, p)]);
  return drizzleOn(sqlite)
    .select({ memoNumber: memoRegister.memoNumber, issuedOn: memoRegister.issuedOn, createdAt: memoRegister.createdAt })
    .from(memoRegister)
    .where(inArray(memoRegister.purpose, purposes))
    .orderBy(asc(memoRegister.id))
    .all();
}

/** Review rows and reviewer-attached evidence files of the reports `which` selects. */
function reviewWork(db: Db, which: SQL): number {
  const reviewed = db.select({ n: count() }).from(reviews).innerJoin(reports, eq(reports.id, reviews.reportId)).where(which).get()!.n;
  const attached = db.select({ n: count() }).from(evidenceFiles).innerJoin(reports, eq(reports.id, evidenceFiles.reportId)).where(which).get()!.n;
  return reviewed + attached;
}

/**
 * What stops a version from being deleted: a review of it or evidence attached to it (for a plan:
 * any of the office's reports that year, while it is the current plan), and memo numbers issued while it was current
 * (the feedback letter to the office, or the package, was written from it).
 */
function blockersOf(sqlite: Database.Database, row: VersionRow, siblings: VersionRow[]): VersionBlocker[] {
  const blockers: VersionBlocker[] = [];
  const newest = siblings.reduce((a, b) => (b.version > a.version ? b : a));
  const current = newest.id === row.id;
  // Review work: a review row (a status, figure or comment) or an evidence file attached by the reviewer.
  const db = drizzleOn(sqlite);
  const reviewed =
    row.kind === 'report'
      ? reviewWork(db, eq(reports.id, row.id))
      : current
        ? reviewWork(db, and(eq(reports.officeId, row.officeId), eq(reports.fiscalYear, row.fiscalYear))!)
        : 0;
  if (reviewed > 0) blockers.push({ code: 'version-has-review' });
  // The version was current at a memo's issue when it existed then and no newer sibling did yet.
  const next = siblings.filter((s) => s.version > row.version).reduce<VersionRow | null>((a, b) => (!a || b.createdAt < a.createdAt ? b : a), null);
  for (const memo of memosFor(sqlite, row.officeId, row.fiscalYear, row.period)) {
    if (memo.createdAt >= row.createdAt && (!next || memo.createdAt < next.createdAt)) {
      blockers.push({ code: 'version-memo-issued', memoNumber: memo.memoNumber, issuedOn: memo.issuedOn });
    }
  }
  return blockers;
}

function toVersion(sqlite: Database.Database, row: VersionRow, siblings: VersionRow[]): StoredVersion {
  const current = siblings.every((s) => s.version <= row.version);
  return {
    kind: row.kind, id: row.id, planId: row.planId, officeId: row.officeId, fiscalYear: row.fiscalYear, period: row.period,
    version: row.version, fileName: row.fileName, createdAt: row.createdAt, receivedOn: row.receivedOn, indicatorCount: row.indicatorCount,
    current, blockers: blockersOf(sqlite, row, siblings),
  };
}

/** An office's plan and report versions, grouped by year and period (newest year first, the plan before its reports). */
export function listVersions(sqlite: Database.Database, officeId: number): VersionGroup[] {
  if (!drizzleOn(sqlite).select({ id: offices.id }).from(offices).where(eq(offices.id, officeId)).get()) {
    throw notFound('office', `office ${officeId} does not exist`);
  }
  const groups = new Map<string, VersionRow[]>();
  for (const row of officeRows(sqlite, officeId)) {
    const key = groupKey(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const order = (g: VersionGroup) => (g.period ? 1 + PERIODS.indexOf(g.period) : 0);
  return [...groups.values()]
    .map((rows): VersionGroup => {
      const versions = rows.map((r) => toVersion(sqlite, r, rows)).sort((a, b) => b.version - a.version);
      const first = rows[0]!;
      return { kind: first.kind, fiscalYear: first.fiscalYear, period: first.period, count: versions.length, currentVersion: versions[0]!.version, versions };
    })
    .sort((a, b) => b.fiscalYear.localeCompare(a.fiscalYear) || order(a) - order(b));
}

function siblingsOf(sqlite: Database.Database, row: VersionRow): VersionRow[] {
  return officeRows(sqlite, row.officeId).filter((r) => groupKey(r) === groupKey(row));
}

/** One version with its table (indicators, targets and, for a report, the achievements). */
export function openVersion(db: Db, sqlite: Database.Database, kind: VersionKind, id: number): OpenedVersion {
  const row = versionRow(sqlite, kind, id);
  return {
    version: toVersion(sqlite, row, siblingsOf(sqlite, row)),
    officeName: row.officeName,
    document: loadPlanDocument(db, row.planId, kind === 'report' ? id : null),
  };
}

/**
 * Deletes a version (a report with the table it printed, or a plan), with an audit row naming the
 * file. Refused with the reason when a review or an issued memo depends on it.
 */
export function deleteVersion(sqlite: Database.Database, actor: string, kind: VersionKind, id: number): { deleted: true; currentVersion: number | null } {
  return sqlite.transaction(() => {
    const row = versionRow(sqlite, kind, id);
    const siblings = siblingsOf(sqlite, row);
    const blockers = blockersOf(sqlite, row, siblings);
    const first = blockers[0];
    if (first) {
      throw conflict(first.code, first.code === 'version-has-review'
        ? `${kind} version ${row.version} has a review: it cannot be deleted`
        : `memo ${first.memoNumber} was issued from ${kind} version ${row.version}: it cannot be deleted`);
    }
    const db = drizzleOn(sqlite);
    if (kind === 'report') {
      db.delete(reports).where(eq(reports.id, id)).run();
      db.delete(plans).where(and(eq(plans.id, row.planId), eq(plans.kind, 'report'))).run();
    } else {
      if (db.select({ n: count() }).from(reports).where(eq(reports.planId, id)).get()!.n > 0) {
        throw conflict('version-in-use', `plan ${id} is the table of a report`);
      }
      db.delete(plans).where(eq(plans.id, id)).run();
    }
    recordAuditOn(sqlite, {
      actor, entity: kind, entityId: id, action: 'delete',
      oldValue: {
        office: row.officeName, officeId: row.officeId, fiscalYear: row.fiscalYear, period: row.period, version: row.version,
        file: row.fileName, sha256: row.sha256, receivedOn: row.receivedOn, importedAt: row.createdAt,
      },
    });
    const rest = siblings.filter((s) => s.id !== id);
    return { deleted: true as const, currentVersion: rest.length ? Math.max(...rest.map((s) => s.version)) : null };
  })();
}

// The versions of an office's plans and reports: every import adds one, the latest of each office,
// year (and period) is the current one the review, the package and the home screen read. A wrong
// version can be deleted (audited), unless a review or an issued memo number depends on it; then the
// older version becomes current again.
import type Database from 'better-sqlite3';
import type { StoredVersion, VersionBlocker, VersionGroup, VersionKind, OpenedVersion } from '../api/contract/offices.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { conflict, notFound } from '../api/errors.js';
import { recordAuditOn } from '../audit/audit-log.js';
import type { Db } from '../database/open-database.js';
import { statement } from '../database/statements.js';
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

const INDICATORS = `(SELECT count(*) FROM plan_indicators i WHERE i.plan_id = p.id)`;

const PLAN_ROWS = `
  SELECT 'plan' AS kind, p.id, p.id AS planId, p.office_id AS officeId, o.name_bn AS officeName, p.fiscal_year AS fiscalYear,
         NULL AS period, p.version, f.file_name AS fileName, f.sha256, p.created_at AS createdAt, NULL AS receivedOn,
         ${INDICATORS} AS indicatorCount
  FROM plans p JOIN offices o ON o.id = p.office_id LEFT JOIN stored_files f ON f.id = p.source_file_id
  WHERE p.kind = 'plan'`;

const REPORT_ROWS = `
  SELECT 'report' AS kind, r.id, r.plan_id AS planId, r.office_id AS officeId, o.name_bn AS officeName, r.fiscal_year AS fiscalYear,
         r.period, r.version, f.file_name AS fileName, f.sha256, r.created_at AS createdAt, r.received_on AS receivedOn,
         ${INDICATORS} AS indicatorCount
  FROM reports r JOIN plans p ON p.id = r.plan_id JOIN offices o ON o.id = r.office_id LEFT JOIN stored_files f ON f.id = p.source_file_id`;

function officeRows(sqlite: Database.Database, officeId: number): VersionRow[] {
  return [
    ...(statement(sqlite, `${PLAN_ROWS} AND p.office_id = ?`).all(officeId) as VersionRow[]),
    ...(statement(sqlite, `${REPORT_ROWS} WHERE r.office_id = ?`).all(officeId) as VersionRow[]),
  ];
}

function versionRow(sqlite: Database.Database, kind: VersionKind, id: number): VersionRow {
  const row = (kind === 'plan'
    ? statement(sqlite, `${PLAN_ROWS} AND p.id = ?`).get(id)
    : statement(sqlite, `${REPORT_ROWS} WHERE r.id = ?`).get(id)) as VersionRow | undefined;
  if (!row) throw notFound(kind, `${kind} ${id} does not exist`);
  return row;
}

const groupKey = (r: Pick<VersionRow, 'kind' | 'fiscalYear' | 'period'>) => `${r.kind}:${r.fiscalYear}:${r.period ?? ''}`;

interface IssuedMemo {
  memoNumber: string;
  issuedOn: string;
  createdAt: string;
}

/** Memo numbers issued for the office's feedback letters or the package of the year (and period). */
function memosFor(sqlite: Database.Database, officeId: number, fiscalYear: string, period: Period | null): IssuedMemo[] {
  const periods = period ? [period] : [...PERIODS];
  const purposes = periods.flatMap((p) => [`feedback:${officeId}:${fiscalYear}:${p}`, `package:${fiscalYear}:${p}`]);
  return statement(
    sqlite,
    `SELECT memo_number AS memoNumber, issued_on AS issuedOn, created_at AS createdAt FROM memo_register
     WHERE purpose IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(purposes)) as IssuedMemo[];
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
  const reviewed =
    row.kind === 'report'
      ? statement(sqlite, `SELECT (SELECT count(*) FROM reviews WHERE report_id = ?) + (SELECT count(*) FROM evidence_files WHERE report_id = ?) AS n`).get(row.id, row.id)
      : current
        ? statement(
          sqlite,
          `SELECT (SELECT count(*) FROM reviews v JOIN reports r ON r.id = v.report_id WHERE r.office_id = ? AND r.fiscal_year = ?)
                + (SELECT count(*) FROM evidence_files e JOIN reports r ON r.id = e.report_id WHERE r.office_id = ? AND r.fiscal_year = ?) AS n`,
        ).get(row.officeId, row.fiscalYear, row.officeId, row.fiscalYear)
        : { n: 0 };
  if ((reviewed as { n: number }).n > 0) blockers.push({ code: 'version-has-review' });
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
  if (!statement(sqlite, `SELECT 1 FROM offices WHERE id = ?`).get(officeId)) throw notFound('office', `office ${officeId} does not exist`);
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
    if (kind === 'report') {
      statement(sqlite, `DELETE FROM reports WHERE id = ?`).run(id);
      statement(sqlite, `DELETE FROM plans WHERE id = ? AND kind = 'report'`).run(row.planId);
    } else {
      const used = statement(sqlite, `SELECT count(*) AS n FROM reports WHERE plan_id = ?`).get(id) as { n: number };
      if (used.n > 0) throw conflict('version-in-use', `plan ${id} is the table of a report`);
      statement(sqlite, `DELETE FROM plans WHERE id = ?`).run(id);
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

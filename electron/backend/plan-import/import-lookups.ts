// What the import reads of the database for each file: the offices to match it to, a file already
// stored with the same bytes, the office's approved plan. Every staged and confirmed file asks
// these, so they are plain statements prepared once per connection.
import type Database from 'better-sqlite3';
import type { DuplicateInfo } from '../api/contract.js';
import { statement } from '../database/statements.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { findStoredFile } from '../stored-files/stored-files.js';
import type { MatchableOffice } from './office-match.js';

/** Active offices, with the names a file may call them by. */
export function matchableOffices(sqlite: Database.Database): MatchableOffice[] {
  return statement(sqlite, `SELECT id, name_bn AS nameBn, name_en AS nameEn, short_name AS shortName FROM offices WHERE active = 1 ORDER BY parent_id, id`)
    .all() as MatchableOffice[];
}

/** The office a file is confirmed for. */
export function officeForImport(sqlite: Database.Database, id: number): { id: number; nameBn: string; active: boolean } | null {
  const row = statement(sqlite, `SELECT id, name_bn AS nameBn, active FROM offices WHERE id = ?`).get(id) as { id: number; nameBn: string; active: number } | undefined;
  return row ? { ...row, active: row.active === 1 } : null;
}

/** Where the same bytes were imported before, if they were. */
export function duplicateOf(sqlite: Database.Database, hash: string): DuplicateInfo | null {
  const file = findStoredFile(sqlite, hash);
  if (!file) return null;
  const plan = statement(
    sqlite,
    `SELECT p.kind, p.fiscal_year AS fiscalYear, o.name_bn AS officeName,
            (SELECT r.period FROM reports r WHERE r.plan_id = p.id LIMIT 1) AS period
     FROM plans p JOIN offices o ON o.id = p.office_id WHERE p.source_file_id = ? LIMIT 1`,
  ).get(file.id) as { kind: 'plan' | 'report'; fiscalYear: string; officeName: string; period: Period | null } | undefined;
  if (!plan) return null;
  return { fileName: file.fileName, storedAt: file.storedAt, ...plan };
}

/** The latest approved plan of an office for a year (its id, and when it was stored). */
export function latestApprovedPlan(sqlite: Database.Database, officeId: number, fiscalYear: string): { id: number; createdAt: string } | null {
  const row = statement(
    sqlite,
    `SELECT id, created_at AS createdAt FROM plans WHERE office_id = ? AND fiscal_year = ? AND kind = 'plan' ORDER BY version DESC LIMIT 1`,
  ).get(officeId, fiscalYear);
  return (row as { id: number; createdAt: string } | undefined) ?? null;
}

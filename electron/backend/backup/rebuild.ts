// Builds the database a restore puts in place: a new file made by the app's own migrations, with
// the checked candidate's rows copied in table by table under explicit column lists. Whatever the
// candidate's schema says, the result has exactly the app's tables, indexes and triggers. Then the
// newer migrations run on it (our statements on our schema), and the result is checked as a whole:
// references intact, every memo number and import with its audit row, the audit chain unbroken.
import Database from 'better-sqlite3';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { missingAuditRows } from '../audit/audit-coverage.js';
import { verifyAuditChain } from '../audit/audit-chain.js';
import { applyMigrations, type Migration } from '../database/migrations.js';
import { short } from './candidate-check.js';
import { refusals } from './refusals.js';

export interface RebuiltDatabase {
  /** Open on the rebuilt file; the caller copies it into the live database and closes it. */
  sqlite: Database.Database;
  /** Migrations applied now, after the candidate's rows were copied. */
  migrated: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Copies every row of the app's tables from the attached candidate; the table and column names are the rebuilt schema's. */
function copyRows(sqlite: Database.Database, candidatePath: string): void {
  sqlite.prepare(`ATTACH DATABASE ? AS candidate`).run(candidatePath);
  try {
    const tables = sqlite.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
    sqlite.transaction(() => {
      sqlite.exec(`DELETE FROM main.schema_migrations`); // the candidate's own record of its migrations replaces ours
      for (const table of tables) {
        const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).pluck().all(table) as string[]).map(quote).join(', ');
        sqlite.exec(`INSERT INTO main.${quote(table)} (${columns}) SELECT ${columns} FROM candidate.${quote(table)}`);
      }
      // AUTOINCREMENT counters: an id used once (a memo number's row, an audit row) is never used again.
      const hasSequence = sqlite.prepare(`SELECT 1 FROM candidate.sqlite_master WHERE name = 'sqlite_sequence'`).get();
      if (hasSequence) {
        const raise = sqlite.prepare(`UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?`);
        const add = sqlite.prepare(`INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)`);
        for (const { name, seq } of sqlite.prepare(`SELECT name, seq FROM candidate.sqlite_sequence`).all() as { name: string; seq: number }[]) {
          if (!tables.includes(name) || !Number.isInteger(seq)) continue;
          if (raise.run(seq, name).changes === 0) add.run(name, seq);
        }
      }
    })();
  } finally {
    sqlite.exec(`DETACH DATABASE candidate`);
  }
}

function checkRebuilt(sqlite: Database.Database, file: string): void {
  const broken = sqlite.prepare('PRAGMA foreign_key_check').all();
  if (broken.length > 0) throw refusals.corrupt(file, `${broken.length} broken references`, `${toBengaliDigits(broken.length)}টি ভাঙা সম্পর্ক`);
  const chain = verifyAuditChain(sqlite);
  if (!chain.ok) {
    throw refusals.auditBroken(file, `row ${chain.rowId} does not follow from the rows before it`, `${toBengaliDigits(chain.rowId)} নম্বর সারি আগের সারিগুলোর সঙ্গে মেলে না`);
  }
  const missing = missingAuditRows(sqlite);
  const unrecorded = [...missing.memoNumbers.map((m) => `memo number ${m}`), ...missing.imports];
  if (unrecorded.length > 0) {
    throw refusals.auditBroken(file, short(`no audit row for ${unrecorded.join(', ')}`), short(`নিরীক্ষা সারি নেই: ${unrecorded.join(', ')}`));
  }
}

/**
 * Builds `targetPath` from the migrations (up to the candidate's, `theirs`), with `pageSize` pages
 * (the live database's: the online backup into it needs equal ones), copies the candidate's rows,
 * then brings it up to date and checks it.
 */
export function rebuildFromCandidate(candidatePath: string, file: string, theirs: string[], migrations: Migration[], pageSize: number, targetPath: string): RebuiltDatabase {
  const sqlite = new Database(targetPath);
  try {
    sqlite.pragma('trusted_schema = OFF');
    sqlite.pragma(`page_size = ${pageSize}`);
    applyMigrations(sqlite, migrations, theirs.at(-1));
    sqlite.pragma('foreign_keys = OFF'); // rows arrive table by table; references are checked once all are in
    try {
      copyRows(sqlite, candidatePath);
    } catch (error) {
      throw refusals.corrupt(file, short(error instanceof Error ? error.message : String(error)));
    }
    sqlite.pragma('foreign_keys = ON');
    let migrated: string[];
    try {
      migrated = applyMigrations(sqlite, migrations);
    } catch (error) {
      throw refusals.mismatch(file, short(`migration failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    checkRebuilt(sqlite, file);
    return { sqlite, migrated };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

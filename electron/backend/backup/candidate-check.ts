// Decides whether a file may be restored at all, before anything is built from it: it must be an
// SQLite file, intact, marked as APA Desk's, from this version or an older one, and its schema (every
// table, index and trigger, to the letter) must be exactly what the app's own migrations make at
// its version. Nothing of the file's schema is ever taken (rebuild.ts builds a new database from the
// migrations and copies rows only); the exact match refuses a tampered file with a clear reason
// instead of quietly dropping what was added to it. The file is opened with trusted_schema off, so
// no function in its schema runs while it is read.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID, applyMigrations, appliedMigrationTags, type Migration } from '../database/migrations.js';
import { refusals } from './refusals.js';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function startsLikeSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(100);
    return fs.readSync(fd, head, 0, 100, 0) === 100 && head.subarray(0, 16).equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

export function short(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

const messageOf = (error: unknown) => short(error instanceof Error ? error.message : String(error));

/** Opens a file whose schema is not trusted: no function named in it runs (views, triggers, defaults). */
export function openUntrusted(file: string): Database.Database {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('trusted_schema = OFF');
  return sqlite;
}

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null };

/** The schema as sqlite_master has it; statistics tables (ANALYZE) are not schema and are never copied. */
function schemaOf(sqlite: Database.Database): Map<string, SchemaObject> {
  const rows = sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'`).all() as SchemaObject[];
  return new Map(rows.map((row) => [`${row.type} ${row.name}`, row]));
}

/** The schema a database made from scratch by these migrations (up to `upTo`) has. */
function expectedSchema(migrations: Migration[], upTo: string): Map<string, SchemaObject> {
  const fresh = new Database(':memory:');
  try {
    applyMigrations(fresh, migrations, upTo);
    return schemaOf(fresh);
  } finally {
    fresh.close();
  }
}

/** How the file's schema differs from the expected one, in a few words per object; empty when equal. */
function schemaDifferences(actual: Map<string, SchemaObject>, expected: Map<string, SchemaObject>): string[] {
  const out: string[] = [];
  for (const [key, want] of expected) {
    const have = actual.get(key);
    if (!have) out.push(`missing ${key}`);
    else if (have.sql !== want.sql || have.tbl_name !== want.tbl_name) out.push(`${key} differs`);
  }
  for (const key of actual.keys()) if (!expected.has(key)) out.push(`unexpected ${key}`);
  return out;
}

/**
 * Checks the staged copy at `stagedPath` (a private copy: its journal mode is changed, nothing else),
 * naming it `file` in errors. Returns the migrations it has.
 */
export function checkCandidate(stagedPath: string, file: string, migrations: Migration[]): string[] {
  if (!startsLikeSqlite(stagedPath)) throw refusals.notSqlite(file);
  let sqlite: Database.Database;
  try {
    sqlite = openUntrusted(stagedPath);
  } catch (error) {
    throw refusals.corrupt(file, messageOf(error));
  }
  try {
    let problems: string[];
    try {
      sqlite.pragma('journal_mode = DELETE'); // the staged copy stays one self-contained file
      problems = (sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[]).filter((p) => p !== 'ok');
    } catch (error) {
      // It starts like SQLite, so whatever SQLite cannot read in it is damage.
      throw refusals.corrupt(file, messageOf(error));
    }
    if (problems.length > 0) throw refusals.corrupt(file, short(problems.join('; ')));
    if (sqlite.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw refusals.foreign(file);

    const ours = migrations.map((m) => m.tag);
    let theirs: string[];
    try {
      theirs = appliedMigrationTags(sqlite);
    } catch (error) {
      throw refusals.mismatch(file, messageOf(error));
    }
    const unknown = theirs.filter((tag) => !ours.includes(tag));
    if (unknown.length > 0) throw refusals.newer(file, theirs.length, ours.length);
    if (theirs.length === 0 || theirs.some((tag, i) => tag !== ours[i])) {
      throw refusals.mismatch(file, `migrations ${theirs.join(', ') || 'none'}`);
    }
    const differences = schemaDifferences(schemaOf(sqlite), expectedSchema(migrations, theirs.at(-1)!));
    if (differences.length > 0) throw refusals.mismatch(file, short(differences.join(', ')));
    return theirs;
  } finally {
    sqlite.close();
  }
}

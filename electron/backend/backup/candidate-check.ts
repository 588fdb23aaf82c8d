// Decides whether a file may replace the live database, before anything is replaced: it must be an
// SQLite file, intact, marked as APA Desk's, from this version or an older one, with every table
// the app needs. An older one is brought up to date here, on the staged copy, so a migration that
// fails leaves the live database untouched.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../api/errors.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { APPLICATION_ID, applyMigrations, appliedMigrationTags, type Migration } from '../database/migrations.js';

export type RefusalCode = 'backup-not-sqlite' | 'backup-corrupt' | 'backup-foreign' | 'backup-newer-schema' | 'backup-schema-mismatch';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const NOTHING_CHANGED_EN = 'Nothing was changed.';
const NOTHING_CHANGED_BN = 'কিছুই বদলানো হয়নি।';

function refuse(code: RefusalCode, file: string, message: string, messageBn: string): ApiError {
  return new ApiError({ kind: 'file', code, file, message: `${message} ${NOTHING_CHANGED_EN}`, messageBn: `${messageBn} ${NOTHING_CHANGED_BN}` });
}

export const refusals = {
  notSqlite: (file: string) =>
    refuse('backup-not-sqlite', file, `"${file}" is not an APA Desk database: it is not an SQLite file at all.`, `"${file}" এপিএ ডেস্কের ডেটাবেজ নয়: এটি কোনো SQLite ফাইলই নয়।`),
  /** `detail` is SQLite's own words (English), unless a Bengali one is given. */
  corrupt: (file: string, detail: string, detailBn = detail) =>
    refuse('backup-corrupt', file, `"${file}" is damaged and cannot be restored (${detail}).`, `"${file}" ফাইলটি ক্ষতিগ্রস্ত, তাই এটি থেকে পুনরুদ্ধার করা যাবে না (${detailBn})।`),
  foreign: (file: string) =>
    refuse('backup-foreign', file, `"${file}" is an SQLite database of another program, not of APA Desk.`, `"${file}" অন্য কোনো প্রোগ্রামের SQLite ডেটাবেজ, এপিএ ডেস্কের নয়।`),
  newer: (file: string, theirs: number, ours: number) =>
    refuse(
      'backup-newer-schema',
      file,
      `"${file}" was made by a newer version of APA Desk (database version ${theirs}; this version knows up to ${ours}). Update APA Desk on this PC first.`,
      `"${file}" এপিএ ডেস্কের নতুন কোনো সংস্করণে তৈরি (ডেটাবেজ সংস্করণ ${toBengaliDigits(theirs)}; এই সংস্করণ ${toBengaliDigits(ours)} পর্যন্ত চেনে)। আগে এই কম্পিউটারে এপিএ ডেস্ক হালনাগাদ করুন।`,
    ),
  mismatch: (file: string, detail: string) =>
    refuse(
      'backup-schema-mismatch',
      file,
      `"${file}" is marked as an APA Desk database but its structure does not match (${detail}).`,
      `"${file}" এপিএ ডেস্কের ডেটাবেজ হিসেবে চিহ্নিত, কিন্তু এর গঠন মেলে না (${detail})।`,
    ),
};

export interface CheckedCandidate {
  /** The staged copy, open and up to date; the caller copies it into the live database and closes it. */
  sqlite: Database.Database;
  /** Migrations the candidate had, and those applied to it now. */
  hadMigrations: string[];
  migrated: string[];
}

function startsLikeSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(100);
    return fs.readSync(fd, head, 0, 100, 0) === 100 && head.subarray(0, 16).equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

function short(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Names of the tables, indexes and triggers a database made from scratch by these migrations has. */
function expectedObjects(migrations: Migration[]): string[] {
  const fresh = new Database(':memory:');
  try {
    applyMigrations(fresh, migrations);
    return objectNames(fresh);
  } finally {
    fresh.close();
  }
}

function objectNames(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(`SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1`)
    .pluck()
    .all() as string[];
}

/**
 * Checks the staged copy at `stagedPath` (a private copy: it is modified), naming it `file` in
 * errors. `pageSize` is the live database's: the online backup into a WAL database needs equal ones.
 */
export function checkCandidate(stagedPath: string, file: string, migrations: Migration[], pageSize: number): CheckedCandidate {
  if (!startsLikeSqlite(stagedPath)) throw refusals.notSqlite(file);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(stagedPath, { fileMustExist: true });
  } catch (error) {
    throw refusals.corrupt(file, short(error instanceof Error ? error.message : String(error)));
  }
  try {
    let problems: string[];
    try {
      sqlite.pragma('journal_mode = DELETE'); // the staged copy stays one self-contained file
      problems = (sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[]).filter((p) => p !== 'ok');
    } catch (error) {
      // It starts like SQLite, so whatever SQLite cannot read in it is damage.
      throw refusals.corrupt(file, short(error instanceof Error ? error.message : String(error)));
    }
    if (problems.length > 0) throw refusals.corrupt(file, short(problems.join('; ')));
    if (sqlite.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw refusals.foreign(file);

    const ours = migrations.map((m) => m.tag);
    const theirs = appliedMigrationTags(sqlite);
    const unknown = theirs.filter((tag) => !ours.includes(tag));
    if (unknown.length > 0) throw refusals.newer(file, theirs.length, ours.length);
    if (theirs.length === 0 || theirs.some((tag, i) => tag !== ours[i])) {
      throw refusals.mismatch(file, `migrations ${theirs.join(', ') || 'none'}`);
    }

    let migrated: string[];
    try {
      sqlite.pragma('foreign_keys = ON');
      migrated = applyMigrations(sqlite, migrations);
    } catch (error) {
      throw refusals.mismatch(file, short(`migration failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    const present = new Set(objectNames(sqlite));
    const missing = expectedObjects(migrations).filter((name) => !present.has(name));
    if (missing.length > 0) throw refusals.mismatch(file, short(`missing ${missing.join(', ')}`));
    const broken = sqlite.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw refusals.corrupt(file, `${broken.length} broken references`, `${toBengaliDigits(broken.length)}টি ভাঙা সম্পর্ক`);

    if (sqlite.pragma('page_size', { simple: true }) !== pageSize) {
      sqlite.pragma(`page_size = ${pageSize}`);
      sqlite.exec('VACUUM'); // rewrites the file with the live database's page size
    }
    return { sqlite, hadMigrations: theirs, migrated };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

// Applies the SQL migrations that drizzle-kit generated (drizzle/migrations) in one transaction.
// We run them ourselves, rather than with drizzle's migrator, to back up before migrating and to
// let tests stop at an earlier migration.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface Migration {
  tag: string;
  statements: string[];
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** Marks a file as an APA Desk database (PRAGMA application_id, 'APAD'). */
export const APPLICATION_ID = 0x41504144;

export function loadMigrations(dir: string): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => ({
      tag,
      statements: fs
        .readFileSync(path.join(dir, `${tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    }));
}

function ensureBookkeeping(sqlite: Database.Database): void {
  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (tag TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)`,
  );
}

export function appliedMigrationTags(sqlite: Database.Database): string[] {
  const exists = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
    .get();
  if (!exists) return [];
  return (sqlite.prepare(`SELECT tag FROM schema_migrations ORDER BY tag`).all() as { tag: string }[]).map((r) => r.tag);
}

export function pendingMigrations(sqlite: Database.Database, migrations: Migration[]): Migration[] {
  const applied = new Set(appliedMigrationTags(sqlite));
  return migrations.filter((m) => !applied.has(m.tag));
}

/** Applies every pending migration (or those up to and including `upTo`) in a single transaction. */
export function applyMigrations(sqlite: Database.Database, migrations: Migration[], upTo?: string): string[] {
  const pending = pendingMigrations(sqlite, migrations);
  const stop = upTo ? pending.findIndex((m) => m.tag === upTo) : pending.length - 1;
  const toApply = upTo && stop < 0 ? [] : pending.slice(0, stop + 1);
  if (toApply.length === 0) return [];
  const run = sqlite.transaction(() => {
    ensureBookkeeping(sqlite);
    const record = sqlite.prepare(`INSERT INTO schema_migrations (tag, applied_at) VALUES (?, ?)`);
    for (const migration of toApply) {
      for (const statement of migration.statements) sqlite.exec(statement);
      record.run(migration.tag, new Date().toISOString());
    }
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    sqlite.pragma(`user_version = ${appliedMigrationTags(sqlite).length}`);
  });
  run.immediate();
  return toApply.map((m) => m.tag);
}

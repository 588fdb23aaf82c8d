// Issue 2, acceptance 3: a fresh database, and an upgrade from the previous migration with data in it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../electron/backend/database/open-database.js';
import { APPLICATION_ID, loadMigrations } from '../../../electron/backend/database/migrations.js';
import { migrationsDir, tempDir } from '../../support/paths.js';

const ALL_TAGS = loadMigrations(migrationsDir).map((m) => m.tag);
const FIRST = ALL_TAGS[0]!;

function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  test('there is more than one migration, each named for its change', () => {
    expect(ALL_TAGS.length).toBeGreaterThanOrEqual(3);
    for (const tag of ALL_TAGS) expect(tag).toMatch(/^\d{4}_[a-z_]+$/);
  });

  test('a fresh database gets every migration, 16 KB pages, WAL (checkpointed every 32 MB), foreign keys, a busy timeout, journals in memory and the APA Desk id', async () => {
    const file = path.join(tempDir(), 'apa-desk.sqlite');
    const database = await openDatabase(file, { migrationsDir });
    try {
      expect(database.appliedNow).toEqual(ALL_TAGS);
      expect(database.migrationBackup).toBeNull();
      expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(database.sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY: savepoint journals
      expect(database.sqlite.pragma('page_size', { simple: true })).toBe(16_384);
      expect(database.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(2048); // 32 MB of pages
      expect(database.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(database.sqlite.pragma('user_version', { simple: true })).toBe(ALL_TAGS.length);
    } finally {
      database.close();
    }
    for (const table of ['offices', 'fiscal_years', 'plans', 'plan_indicators', 'reports', 'achievements', 'reviews', 'review_items', 'evidence_files', 'memo_register', 'settings', 'audit_log', 'users', 'stored_files']) {
      expect(tables(file)).toContain(table);
    }
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.backup-'))).toEqual([]);
  });

  test('opening an up-to-date database applies nothing and makes no backup', async () => {
    const file = path.join(tempDir(), 'apa-desk.sqlite');
    (await openDatabase(file, { migrationsDir })).close();
    const again = await openDatabase(file, { migrationsDir });
    again.close();
    expect(again.appliedNow).toEqual([]);
    expect(again.migrationBackup).toBeNull();
  });

  test('a database made with 4 KB pages (every install before 16 KB) keeps them, and is checkpointed every 32 MB too', async () => {
    const file = path.join(tempDir(), 'apa-desk.sqlite');
    const made = new Database(file);
    made.pragma('page_size = 4096');
    made.pragma('journal_mode = WAL');
    made.exec('CREATE TABLE earlier (id INTEGER PRIMARY KEY)');
    made.close();
    const database = await openDatabase(file, { migrationsDir });
    try {
      expect(database.appliedNow).toEqual(ALL_TAGS);
      expect(database.sqlite.pragma('page_size', { simple: true })).toBe(4096);
      expect(database.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(8192);
      expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      database.close();
    }
  });

  test('an upgrade from the previous migration keeps the data and writes a backup first', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'apa-desk.sqlite');
    const old = await openDatabase(file, { migrationsDir, upTo: FIRST });
    expect(old.appliedNow).toEqual([FIRST]);
    old.sqlite.prepare(`INSERT INTO offices (name_bn, level, is_own) VALUES (?, 'ministry', 1)`).run('প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়');
    old.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"bn"')`).run();
    old.close();
    expect(tables(file)).not.toContain('plans');

    const upgraded = await openDatabase(file, { migrationsDir });
    try {
      expect(upgraded.appliedNow).toEqual(ALL_TAGS.slice(1));
      expect(upgraded.sqlite.prepare(`SELECT name_bn FROM offices`).all()).toEqual([{ name_bn: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়' }]);
      expect(upgraded.migrationBackup).not.toBeNull();
      expect(path.dirname(upgraded.migrationBackup!)).toBe(dir);
      expect(path.basename(upgraded.migrationBackup!)).toMatch(/^apa-desk\.backup-\d{4}-\d{2}-\d{2}T[\d-]+Z\.before-migration\.sqlite$/);
    } finally {
      upgraded.close();
    }
    // The backup is the database as it was before the upgrade.
    const backup = new Database(upgraded.migrationBackup!, { readonly: true });
    try {
      expect(backup.prepare(`SELECT name_bn FROM offices`).all()).toEqual([{ name_bn: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়' }]);
      expect(backup.prepare(`SELECT tag FROM schema_migrations`).all()).toEqual([{ tag: FIRST }]);
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      backup.close();
    }
  });

  test('a failing migration leaves the database exactly as it was (one transaction)', async () => {
    const dir = tempDir();
    const broken = path.join(dir, 'migrations');
    fs.cpSync(migrationsDir, broken, { recursive: true });
    const journal = JSON.parse(fs.readFileSync(path.join(broken, 'meta/_journal.json'), 'utf8'));
    journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now(), tag: '9999_broken', breakpoints: true });
    fs.writeFileSync(path.join(broken, 'meta/_journal.json'), JSON.stringify(journal));
    fs.writeFileSync(path.join(broken, '9999_broken.sql'), 'CREATE TABLE half_done (id integer);\n--> statement-breakpoint\nTHIS IS NOT SQL;');

    const file = path.join(dir, 'apa-desk.sqlite');
    const first = await openDatabase(file, { migrationsDir, upTo: FIRST });
    first.sqlite.prepare(`INSERT INTO offices (name_bn, level, is_own) VALUES ('নিজ দপ্তর', 'ministry', 1)`).run();
    first.close();

    await expect(openDatabase(file, { migrationsDir: broken })).rejects.toThrow();
    expect(tables(file)).not.toContain('half_done');
    expect(tables(file)).not.toContain('plans');
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT count(*) AS n FROM offices`).get()).toEqual({ n: 1 });
    db.close();
  });

  test('0005 moves each indicator\'s target rows into its row, as a JSON object by level, and drops the target table', async () => {
    const file = path.join(tempDir(), 'apa-desk.sqlite');
    const old = await openDatabase(file, { migrationsDir, upTo: '0004_review_summaries' });
    const run = (sql: string, ...params: unknown[]) => Number(old.sqlite.prepare(sql).run(...params).lastInsertRowid);
    const office = run(`INSERT INTO offices (name_bn, level, is_own) VALUES ('নিজ দপ্তর', 'ministry', 1)`);
    run(`INSERT INTO fiscal_years (label, start_date, end_date) VALUES ('2023-24', '2023-07-01', '2024-06-30')`);
    const plan = run(`INSERT INTO plans (office_id, fiscal_year, kind, version, levels) VALUES (?, '2023-24', 'plan', 1, '[100,80,60]')`, office);
    const indicator = (code: string) => run(`INSERT INTO plan_indicators (plan_id, code, text, position) VALUES (?, ?, 'সূচক', 0)`, plan, code);
    const byDate = indicator('1.1.1');
    const byNumber = indicator('1.1.2');
    const none = indicator('1.1.3');
    const target = (id: number, level: number, n: number | null, d: string | null) =>
      run(`INSERT INTO indicator_targets (indicator_id, level, value_number, value_date) VALUES (?, ?, ?, ?)`, id, level, n, d);
    target(byDate, 100, null, '2023-12-31');
    target(byDate, 80, null, '2024-01-15');
    target(byDate, 60, null, null);
    target(byNumber, 100, 4, null);
    target(byNumber, 80, 3.5, null);
    target(byNumber, 60, 2, null);
    old.close();

    const upgraded = await openDatabase(file, { migrationsDir });
    try {
      const targets = upgraded.sqlite.prepare(`SELECT id, targets FROM plan_indicators ORDER BY id`).all() as { id: number; targets: string }[];
      expect(targets.map((t) => [t.id, JSON.parse(t.targets)])).toEqual([
        [byDate, { '100': '2023-12-31', '80': '2024-01-15', '60': null }],
        [byNumber, { '100': 4, '80': 3.5, '60': 2 }],
        [none, {}],
      ]);
    } finally {
      upgraded.close();
    }
    expect(tables(file)).not.toContain('indicator_targets');
  });

  test('the audit log refuses updates and deletes', async () => {
    const database = await openDatabase(path.join(tempDir(), 'apa-desk.sqlite'), { migrationsDir });
    try {
      database.sqlite.prepare(`INSERT INTO audit_log (actor, entity, entity_id, action) VALUES ('a', 'office', '1', 'create')`).run();
      expect(() => database.sqlite.prepare(`UPDATE audit_log SET actor = 'b'`).run()).toThrow(/append-only/);
      expect(() => database.sqlite.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    } finally {
      database.close();
    }
  });
});

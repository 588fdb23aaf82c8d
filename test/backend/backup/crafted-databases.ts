// Crafted restore files, each made from a real backup of a real backend by the code below: what an
// attacker (or a careless SQL tool) could hand the restore. Every one keeps APA Desk's marks
// (application id, migration records), so only a look at its schema or its audit log can tell.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../support/paths.js';

export type CraftedKind =
  | 'neutered-audit-triggers'
  | 'extra-view'
  | 'extra-column'
  | 'edited-audit-row'
  | 'deleted-audit-row'
  | 'memo-without-audit'
  | 'import-without-audit';

/** The refusal each crafted file must get, and words its message must contain. */
export const EXPECTED_REFUSAL: Record<CraftedKind, { code: string; words: string[] }> = {
  'neutered-audit-triggers': { code: 'backup-schema-mismatch', words: ['trigger audit_log_no_update differs', 'trigger audit_log_no_delete differs', 'unexpected trigger audit_log_forget'] },
  'extra-view': { code: 'backup-schema-mismatch', words: ['unexpected view every_office'] },
  'extra-column': { code: 'backup-schema-mismatch', words: ['table offices differs'] },
  'edited-audit-row': { code: 'backup-audit-broken', words: ['does not follow from the rows before it'] },
  'deleted-audit-row': { code: 'backup-audit-broken', words: ['does not follow from the rows before it'] },
  'memo-without-audit': { code: 'backup-audit-broken', words: ['no audit row for memo number'] },
  'import-without-audit': { code: 'backup-audit-broken', words: ['no audit row for', 'report '] },
};

/** Runs `edit` with the audit log's guards lifted, then puts them back exactly as they were (same SQL text). */
function withoutAuditGuards(sqlite: Database.Database, edit: () => void): void {
  const triggers = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`).all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  edit();
  for (const t of triggers) sqlite.exec(t.sql);
}

const CRAFT: Record<CraftedKind, (sqlite: Database.Database) => void> = {
  // The attack: the guards keep their names but never fire, and a new trigger removes every
  // audit row as soon as it is written.
  'neutered-audit-triggers': (sqlite) => {
    sqlite.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;`);
    sqlite.exec(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    sqlite.exec(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    sqlite.exec(`CREATE TRIGGER audit_log_forget AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = NEW.id; END`);
  },
  'extra-view': (sqlite) => sqlite.exec(`CREATE VIEW every_office AS SELECT * FROM offices`),
  'extra-column': (sqlite) => sqlite.exec(`ALTER TABLE offices ADD COLUMN note TEXT`),
  // A recorded change rewritten after the fact.
  'edited-audit-row': (sqlite) =>
    withoutAuditGuards(sqlite, () => {
      const id = sqlite.prepare(`SELECT id FROM audit_log WHERE entity = 'office' ORDER BY id LIMIT 1`).pluck().get() as number;
      sqlite.prepare(`UPDATE audit_log SET actor = 'কেউ না' WHERE id = ?`).run(id);
    }),
  // A recorded change taken out of the middle of the log.
  'deleted-audit-row': (sqlite) =>
    withoutAuditGuards(sqlite, () => {
      const id = sqlite.prepare(`SELECT id FROM audit_log WHERE entity = 'office' ORDER BY id LIMIT 1`).pluck().get() as number;
      sqlite.prepare(`DELETE FROM audit_log WHERE id = ?`).run(id);
    }),
  // The log cut at its end (the chain cannot see that): the last issued memo number loses its record.
  'memo-without-audit': (sqlite) =>
    withoutAuditGuards(sqlite, () => {
      sqlite.exec(`DELETE FROM audit_log WHERE id >= (SELECT min(id) FROM audit_log WHERE entity = 'memo_register')`);
    }),
  'import-without-audit': (sqlite) =>
    withoutAuditGuards(sqlite, () => {
      sqlite.exec(`DELETE FROM audit_log WHERE id >= (SELECT max(id) FROM audit_log WHERE entity = 'report' AND action = 'import')`);
    }),
};

/** A copy of the backup at `backupFile`, crafted; returns the new file's path. */
export function craftDatabase(backupFile: string, kind: CraftedKind): string {
  const file = path.join(tempDir(), `${kind}.sqlite`);
  fs.copyFileSync(backupFile, file);
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = DELETE');
    CRAFT[kind](sqlite);
  } finally {
    sqlite.close();
  }
  return file;
}

export const CRAFTED_KINDS = Object.keys(CRAFT) as CraftedKind[];

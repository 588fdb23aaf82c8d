// The audit log's hash chain: every row the app writes (either writer) continues it, rows from before
// the chain are sealed by the first new row, and a row edited, deleted or unsealed outside the app
// breaks it at that row.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/app/backend.js';
import { verifyAuditChain } from '../../../electron/backend/audit/audit-chain.js';
import { loadMigrations } from '../../../electron/backend/database/migrations.js';
import { openDatabase } from '../../../electron/backend/database/open-database.js';
import { demoPlanXlsx } from '../../fixtures/variants/demo-reports.js';
import { freshBackend, ownOffice } from '../../support/backend.js';
import { migrationsDir, tempDir } from '../../support/paths.js';

const open: Backend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Runs SQL on the log with its append-only guards lifted (as someone with an SQL tool could), then restores them. */
function tamper(sqlite: Database.Database, sql: string): void {
  const triggers = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`).all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  sqlite.exec(sql);
  for (const t of triggers) sqlite.exec(t.sql);
}

async function backendWithHistory() {
  const backend = await freshBackend();
  open.push(backend);
  const own = await ownOffice(backend);
  const office = await backend.call('offices.create', { parentId: own.id, level: 'department', nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  await backend.call('offices.update', { id: office.id, email: 'dpe@example.gov.bd' });
  const staged = await backend.call('imports.stage', { fileName: 'plan.xlsx', contentBase64: demoPlanXlsx('প্রাথমিক শিক্ষা অধিদপ্তর').toString('base64') });
  await backend.call('imports.commit', { stagedId: staged.stagedId, officeId: office.id, fiscalYear: '2023-24', period: null }); // the import's writer
  await backend.call('settings.update', { language: 'en' });
  return backend;
}

describe('the chain', () => {
  test('every row either writer adds carries its link, and the whole log verifies', async () => {
    const backend = await backendWithHistory();
    const rows = backend.database.sqlite.prepare(`SELECT entity, hash FROM audit_log ORDER BY id`).all() as { entity: string; hash: string | null }[];
    expect(rows.some((r) => r.entity === 'plan')).toBe(true);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash ?? ''))).toBe(true);
    expect(verifyAuditChain(backend.database.sqlite)).toEqual({ ok: true, rows: rows.length, sealed: rows.length });
  });

  test('an edited row, a deleted row, swapped rows and an unsealed row are each found where they are', async () => {
    const backend = await backendWithHistory();
    const sqlite = backend.database.sqlite;
    const ids = sqlite.prepare(`SELECT id FROM audit_log ORDER BY id`).pluck().all() as number[];
    const [, second, third, fourth] = ids as [number, number, number, number];
    const copy = (name: string) => {
      const file = path.join(tempDir(), `${name}.sqlite`);
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      return sqlite.backup(file).then(() => new Database(file));
    };

    const edited = await copy('edited');
    tamper(edited, `UPDATE audit_log SET new_value = '"অন্য মান"' WHERE id = ${second}`);
    expect(verifyAuditChain(edited)).toEqual({ ok: false, rowId: second, reason: 'hash-mismatch' });

    const deleted = await copy('deleted');
    tamper(deleted, `DELETE FROM audit_log WHERE id = ${second}`);
    expect(verifyAuditChain(deleted)).toEqual({ ok: false, rowId: third, reason: 'hash-mismatch' });

    const swapped = await copy('swapped');
    tamper(swapped, `UPDATE audit_log SET id = -1 WHERE id = ${second}; UPDATE audit_log SET id = ${second} WHERE id = ${third}; UPDATE audit_log SET id = ${third} WHERE id = -1;`);
    expect(verifyAuditChain(swapped)).toMatchObject({ ok: false, rowId: second });

    const unsealed = await copy('unsealed');
    tamper(unsealed, `UPDATE audit_log SET hash = NULL WHERE id = ${fourth}`);
    expect(verifyAuditChain(unsealed)).toEqual({ ok: false, rowId: fourth, reason: 'unsealed-after-sealed' });

    for (const db of [edited, deleted, swapped, unsealed]) db.close();
    expect(verifyAuditChain(sqlite)).toMatchObject({ ok: true }); // the live log was never touched
  });
});

describe('a log from before the chain', () => {
  test('is sealed by the first row written after the upgrade, so editing an old row breaks the chain too', async () => {
    const tags = loadMigrations(migrationsDir).map((m) => m.tag);
    const dataDir = tempDir();
    const file = path.join(dataDir, 'apa-desk.sqlite');
    const old = await openDatabase(file, { migrationsDir, upTo: tags[tags.indexOf('0006_audit_log_hash_chain') - 1] });
    old.sqlite.exec(`
      INSERT INTO audit_log (actor, entity, entity_id, action, new_value) VALUES ('পুরোনো', 'settings', 'language', 'create', '"bn"');
      INSERT INTO audit_log (actor, entity, entity_id, action, new_value) VALUES ('পুরোনো', 'office', '1', 'create', '{}');`);
    old.close();

    const backend = await createBackend({ dataDir, migrationsDir });
    open.push(backend);
    expect(verifyAuditChain(backend.database.sqlite)).toEqual({ ok: true, rows: 2, sealed: 0 });
    await backend.dispatch('settings.update', { language: 'en' });
    expect(verifyAuditChain(backend.database.sqlite)).toEqual({ ok: true, rows: 3, sealed: 1 });

    tamper(backend.database.sqlite, `UPDATE audit_log SET actor = 'অন্য কেউ' WHERE id = 1`);
    expect(verifyAuditChain(backend.database.sqlite)).toEqual({ ok: false, rowId: 3, reason: 'hash-mismatch' });
  });
});

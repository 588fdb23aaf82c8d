// Key/value settings stored as JSON, each change audited.
import { eq } from 'drizzle-orm';
import { settings } from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';
import { recordAudit } from '../audit/audit-log.js';

export function readSetting<T>(db: Db, key: string): T | null {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : null;
}

/** Saves a setting and its audit row together (one transaction, or a savepoint inside the caller's). */
export function writeSetting(db: Db, actor: string, key: string, value: unknown): void {
  db.transaction((tx) => {
    const before = readSetting<unknown>(tx, key);
    const json = JSON.stringify(value);
    if (before !== null && JSON.stringify(before) === json) return;
    tx.insert(settings)
      .values({ key, value: json })
      .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: new Date().toISOString() } })
      .run();
    recordAudit(tx, { actor, entity: 'settings', entityId: key, action: before === null ? 'create' : 'update', oldValue: before, newValue: value });
  });
}

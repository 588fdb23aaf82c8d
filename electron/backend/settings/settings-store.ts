// Key/value settings stored as JSON, each change audited.
import { eq } from 'drizzle-orm';
import { settings } from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';
import { recordAudit } from '../audit/audit-log.js';

export function readSetting<T>(db: Db, key: string): T | null {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : null;
}

export function writeSetting(db: Db, actor: string, key: string, value: unknown): void {
  const before = readSetting<unknown>(db, key);
  const json = JSON.stringify(value);
  if (before !== null && JSON.stringify(before) === json) return;
  db.insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: new Date().toISOString() } })
    .run();
  recordAudit(db, { actor, entity: 'settings', entityId: key, action: before === null ? 'create' : 'update', oldValue: before, newValue: value });
}

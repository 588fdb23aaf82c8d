// How many automatic start backups to keep: a setting like any other, so it is audited and travels with the database.
import { DEFAULT_BACKUP_KEEP } from '../api/contract/backup.js';
import { MAX_BACKUP_KEEP } from '../../../common/limits.js';
import type { Db } from '../database/open-database.js';
import { readSetting, writeSetting } from '../settings/settings-store.js';

export const BACKUP_KEEP_SETTING = 'backup.keep';

export function readBackupKeep(db: Db): number {
  const value = readSetting<unknown>(db, BACKUP_KEEP_SETTING);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_BACKUP_KEEP ? value : DEFAULT_BACKUP_KEEP;
}

export function writeBackupKeep(db: Db, actor: string, keep: number): void {
  writeSetting(db, actor, BACKUP_KEEP_SETTING, keep);
}

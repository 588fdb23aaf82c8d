// The app's settings as one typed object (language, chosen fiscal year, signatory, own office, report deadline).
import { DEFAULT_REPORT_GRACE_DAYS, type AppSettings, type Language, type OwnBranch, type Signatory } from '../api/contract.js';
import type { Db } from '../database/open-database.js';
import { findOwnOffice } from '../offices/office-service.js';
import { readSetting, writeSetting } from './settings-store.js';

export function readAppSettings(db: Db): AppSettings {
  return {
    language: readSetting<Language>(db, 'language') ?? 'bn',
    fiscalYear: readSetting<string>(db, 'fiscalYear'),
    signatory: readSetting<Signatory>(db, 'signatory'),
    ownOfficeId: findOwnOffice(db)?.id ?? null,
    ownBranch: readOwnBranch(db),
    reportGraceDays: readSetting<number>(db, 'reportGraceDays') ?? DEFAULT_REPORT_GRACE_DAYS,
  };
}

export function updateAppSettings(
  db: Db,
  actor: string,
  changes: { language?: Language; fiscalYear?: string | null; signatory?: Signatory; ownBranch?: OwnBranch; reportGraceDays?: number },
): AppSettings {
  db.transaction((tx) => {
    if (changes.language !== undefined) writeSetting(tx, actor, 'language', changes.language);
    if (changes.fiscalYear !== undefined) writeSetting(tx, actor, 'fiscalYear', changes.fiscalYear);
    if (changes.signatory !== undefined) writeSetting(tx, actor, 'signatory', changes.signatory);
    if (changes.ownBranch !== undefined) writeSetting(tx, actor, 'ownBranch', changes.ownBranch);
    if (changes.reportGraceDays !== undefined) writeSetting(tx, actor, 'reportGraceDays', changes.reportGraceDays);
  });
  return readAppSettings(db);
}

export function readOwnBranch(db: Db): OwnBranch {
  const stored = readSetting<Partial<OwnBranch>>(db, 'ownBranch');
  return { wing: stored?.wing ?? null, branch: stored?.branch ?? null };
}

// The app's settings as one typed object (language, chosen fiscal year, signatory, own office).
import type { AppSettings, Language, Signatory } from '../api/contract.js';
import type { Db } from '../database/open-database.js';
import { findOwnOffice } from '../offices/office-service.js';
import { readSetting, writeSetting } from './settings-store.js';

export function readAppSettings(db: Db): AppSettings {
  return {
    language: readSetting<Language>(db, 'language') ?? 'bn',
    fiscalYear: readSetting<string>(db, 'fiscalYear'),
    signatory: readSetting<Signatory>(db, 'signatory'),
    ownOfficeId: findOwnOffice(db)?.id ?? null,
  };
}

export function updateAppSettings(
  db: Db,
  actor: string,
  changes: { language?: Language; fiscalYear?: string | null; signatory?: Signatory },
): AppSettings {
  db.transaction((tx) => {
    if (changes.language !== undefined) writeSetting(tx, actor, 'language', changes.language);
    if (changes.fiscalYear !== undefined) writeSetting(tx, actor, 'fiscalYear', changes.fiscalYear);
    if (changes.signatory !== undefined) writeSetting(tx, actor, 'signatory', changes.signatory);
  });
  return readAppSettings(db);
}

// Fiscal years known to the app: the ones holding data plus a window around today's.
import { todayInDhaka } from '../../../common/dates/iso-date.js';
import type Database from 'better-sqlite3';
import { fiscalYears } from '../../../drizzle/schema.js';
import type { Db } from '../database/open-database.js';
import { sql } from 'drizzle-orm';
import { preparedOn } from '../database/drizzle-on.js';
import type { FiscalYearInfo } from '../api/contract.js';
import { readSetting } from '../settings/settings-store.js';
import { fiscalYearOf, fiscalYearStart, formatFiscalYear, periodEnd, periodStart } from '../../../common/fiscal-year/fiscal-year.js';

const insertYear = (db: Db) =>
  db.insert(fiscalYears)
    .values({ label: sql.placeholder('label'), startDate: sql.placeholder('startDate'), endDate: sql.placeholder('endDate') })
    .onConflictDoNothing({ target: fiscalYears.label })
    .prepare();

/**
 * Makes sure a fiscal year row exists (plans and reports refer to it), with the rule and plan total
 * at their defaults. On the connection the caller's transaction is on; runs for every imported file.
 */
export function ensureFiscalYear(sqlite: Database.Database, label: string): void {
  preparedOn(sqlite, insertYear).run({ label, startDate: periodStart(label, 'annual'), endDate: periodEnd(label, 'annual') });
}

export function listFiscalYears(db: Db, today: Date = new Date()): FiscalYearInfo {
  // The fiscal year of today in Dhaka, whatever zone the PC is set to (1 July starts at 00:00 there).
  const current = fiscalYearOf(todayInDhaka(today));
  const start = fiscalYearStart(current);
  const labels = new Set<string>();
  for (let y = start - 4; y <= start + 1; y++) labels.add(formatFiscalYear(y));
  for (const row of db.select({ label: fiscalYears.label }).from(fiscalYears).all()) labels.add(row.label);
  const chosen = readSetting<string>(db, 'fiscalYear');
  if (chosen) labels.add(chosen);
  return { years: [...labels].sort().reverse(), current, selected: chosen ?? current };
}

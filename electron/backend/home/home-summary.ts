// The home screen's summary for a fiscal year and period. Arrivals and the review state come from
// the review overview itself, so the home screen and the Review page never disagree.
import type Database from 'better-sqlite3';
import type { HomeSummary } from '../api/contract/home.js';
import type { OverviewOffice } from '../api/contract/review.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { fiscalYearOf, fiscalYearStart, formatFiscalYear } from '../../../common/fiscal-year/fiscal-year.js';
import { todayInDhaka } from '../../../common/dates/iso-date.js';
import { and, count, desc, eq, like } from 'drizzle-orm';
import { memoRegister, reports } from '../../../drizzle/schema.js';
import { drizzleOn } from '../database/drizzle-on.js';
import { reviewOverview } from '../review/review-overview.js';
import { deadlineFor } from '../review/review-year.js';

export function homeSummary(sqlite: Database.Database, fiscalYear: string, period: Period, now: Date): HomeSummary {
  const today = todayInDhaka(now);
  const overview = reviewOverview(sqlite, fiscalYear, period);
  const versionCounts = new Map(
    drizzleOn(sqlite)
      .select({ officeId: reports.officeId, n: count() })
      .from(reports)
      .where(and(eq(reports.fiscalYear, fiscalYear), eq(reports.period, period)))
      .groupBy(reports.officeId)
      .all()
      .map((r) => [r.officeId, r.n]),
  );
  const named = (o: OverviewOffice) => ({ officeId: o.officeId, officeName: o.officeName, officeNameEn: o.officeNameEn });

  const arrived: HomeSummary['arrived'] = [];
  const missing: HomeSummary['missing'] = [];
  const needsReview: HomeSummary['needsReview'] = [];
  for (const office of overview.offices) {
    if (!office.report) {
      missing.push(named(office));
      continue;
    }
    arrived.push({
      ...named(office), reportId: office.report.id, version: office.report.version, versionCount: versionCounts.get(office.officeId) ?? 1,
      receivedOn: office.report.receivedOn, importedAt: office.report.importedAt, late: office.late,
    });
    if (office.reviewed < office.indicatorCount) {
      needsReview.push({ ...named(office), reportId: office.report.id, reviewed: office.reviewed, indicatorCount: office.indicatorCount });
    }
  }
  // Latest first: what came in last is what the officer asks about.
  arrived.sort((a, b) => (b.receivedOn ?? '').localeCompare(a.receivedOn ?? '') || b.importedAt.localeCompare(a.importedAt));

  return {
    fiscalYear, period, today, deadline: overview.deadline, expected: overview.offices.length,
    arrived, missing, needsReview,
    nextDeadline: nextDeadline(sqlite, fiscalYear, period, today),
    lastPackage: lastPackage(sqlite),
  };
}

/**
 * The first deadline on or after today, among the periods of the working year, the year today falls
 * in and the one after it (the working year and period first on a tie).
 */
function nextDeadline(sqlite: Database.Database, fiscalYear: string, period: Period, today: string): HomeSummary['nextDeadline'] {
  const thisYear = fiscalYearOf(today);
  const years = [...new Set([fiscalYear, thisYear, formatFiscalYear(fiscalYearStart(thisYear) + 1)])];
  const candidates = years.flatMap((year) =>
    [period, ...PERIODS.filter((p) => p !== period)].map((p) => ({ fiscalYear: year, period: p, date: deadlineFor(sqlite, year, p) })),
  );
  let best: HomeSummary['nextDeadline'] = null;
  for (const c of candidates) if (c.date >= today && (!best || c.date < best.date)) best = c;
  return best;
}

function lastPackage(sqlite: Database.Database): HomeSummary['lastPackage'] {
  const row = drizzleOn(sqlite)
    .select({ memoNumber: memoRegister.memoNumber, issuedOn: memoRegister.issuedOn, purpose: memoRegister.purpose, subject: memoRegister.subject })
    .from(memoRegister)
    .where(like(memoRegister.purpose, 'package:%'))
    .orderBy(desc(memoRegister.id))
    .limit(1)
    .get();
  if (!row?.purpose) return null;
  const [, year, period] = row.purpose.split(':');
  return {
    memoNumber: row.memoNumber, issuedOn: row.issuedOn, subject: row.subject,
    fiscalYear: year ?? null, period: (PERIODS as readonly string[]).includes(period ?? '') ? (period as Period) : null,
  };
}

// The bulk loader reads many reports in a few set-based queries and must build exactly the documents
// loadPlanDocument builds one at a time; and the overview of many offices must agree with their
// workspaces.
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type AppDatabase } from '../../../electron/backend/database/open-database.js';
import { loadPlanDocument } from '../../../electron/backend/plan-store/load-plan.js';
import { assembleReports } from '../../../electron/backend/review/report-documents.js';
import { latestReports, readReviewRows, reportById } from '../../../electron/backend/review/review-rows.js';
import { reviewOverview } from '../../../electron/backend/review/review-overview.js';
import { buildWorkspace } from '../../../electron/backend/review/review-workspace.js';
import { setScoring } from '../../../electron/backend/review/review-changes.js';
import type { ReviewIndicatorRow } from '../../../electron/backend/api/contract/review.js';
import { freshBackend, ownOffice, reportIdOf } from '../../support/backend.js';
import { migrationsDir, tempDir } from '../../support/paths.js';
import { importFixture } from './review-helpers.js';
import { buildSyntheticReviews } from './synthetic-reviews.js';

const open: AppDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

async function syntheticDatabase(offices: number, indicators: number): Promise<AppDatabase> {
  const database = await openDatabase(path.join(tempDir(), 'apa-desk.sqlite'), { migrationsDir });
  open.push(database);
  buildSyntheticReviews(database.sqlite, { offices, indicators });
  return database;
}

/** loadPlanDocument's document with periods in calendar order (the loader lists them that way). */
function reference(database: AppDatabase, planId: number, reportId: number | null) {
  const doc = loadPlanDocument(database.db, planId, reportId);
  const order = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'annual'];
  return { ...doc, reportPeriods: [...doc.reportPeriods].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}

describe('the bulk loader', () => {
  test('builds the same documents as loadPlanDocument for every imported seed report, with the approved plan', async () => {
    const backend = await freshBackend();
    try {
      const ownId = (await ownOffice(backend)).id;
      const files = ['seed000-english.xlsx', 'seed002-q2-report.ods', 'seed003-h1-annex.xlsx', 'seed004-q2-progress.xlsx', 'seed002-bijoy.xlsx'];
      const other = await importFixture(backend, 'seed001-q2-report.xls', ownId); // a plan of another office: not picked
      expect(other.result.kind).toBe('plan');
      const reports: number[] = [];
      const officeIds: number[] = [];
      for (const [i, file] of files.entries()) {
        const office = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: `দপ্তর ${i}` });
        officeIds.push(office.id);
        reports.push(reportIdOf((await importFixture(backend, file, office.id)).result));
      }
      // The first office's approved plan for 2023-24 (plan-drift needs it): seed 000's table, twice; the later version counts.
      await importFixture(backend, 'seed000-plan.xlsx', officeIds[0]!);
      const approved = await importFixture(backend, 'seed000-cover-letter.xlsx', officeIds[0]!);
      expect(approved.result).toMatchObject({ kind: 'plan', planVersion: 2 });

      const rows = reports.map((id) => reportById(backend.database.sqlite, id)!);
      const loaded = assembleReports(readReviewRows(backend.database.sqlite, rows));
      expect(loaded.map((l) => l.report.id)).toEqual(reports);
      for (const l of loaded) {
        expect(l.document).toEqual(reference(backend.database, l.report.planId, l.report.id));
        const ids = backend.database.sqlite.prepare(`SELECT id FROM plan_indicators WHERE plan_id = ? ORDER BY position`).pluck().all(l.report.planId);
        expect(l.indicatorIds).toEqual(ids);
      }
      expect(loaded[0]!.approvedPlan).toEqual(reference(backend.database, approved.result.planId, null));
      expect(loaded.slice(1).map((l) => l.approvedPlan)).toEqual([null, null, null, null]);
    } finally {
      backend.close();
    }
  });

  test('builds the same documents for a hundred synthetic offices, the latest version only', async () => {
    const database = await syntheticDatabase(100, 12);
    const latest = latestReports(database.sqlite, '2023-24', 'H1');
    expect(latest).toHaveLength(100);
    const loaded = assembleReports(readReviewRows(database.sqlite, latest));
    for (const l of loaded) {
      expect(l.document).toEqual(reference(database, l.report.planId, l.report.id));
      expect(l.approvedPlan).not.toBeNull();
    }
    const items = database.sqlite.prepare(`SELECT count(*) AS n FROM review_items`).get() as { n: number };
    expect(loaded.reduce((n, l) => n + l.items.size, 0)).toBe(items.n);
  });
});

describe('many offices', () => {
  test('the overview agrees with every office workspace', async () => {
    const database = await syntheticDatabase(60, 10);
    const store = { db: database.db, sqlite: database.sqlite };
    const o = reviewOverview(database.sqlite, '2023-24', 'H1');
    expect(o.totals).toMatchObject({ offices: 60, received: 60 });
    for (const line of o.offices) {
      const ws = buildWorkspace(store, line.report!.id);
      expect(line.claimed).toBeCloseTo(ws.totals.claimed.score, 9);
      expect(line.verified).toBeCloseTo(ws.totals.verified.score, 9);
      expect(line.findings).toEqual(ws.findingCounts);
      expect(line.levels).toEqual(o.codes.map((code) => ws.indicators.find((i) => i.code === code)?.verified.level ?? null));
    }
    // Some offices are under review with verified figures that differ from their claims.
    expect(o.offices.some((x) => x.verified !== x.claimed)).toBe(true);
    expect(o.offices.filter((x) => x.reviewed > 0)).toHaveLength(15);
  });

  test('the calculation method chosen by the reviewer rolls the quarters up differently', async () => {
    const database = await syntheticDatabase(4, 6);
    const store = { db: database.db, sqlite: database.sqlite };
    const both = (i: ReviewIndicatorRow) => i.unit === 'number' && typeof i.reported.Q1 === 'number' && typeof i.reported.Q2 === 'number' && i.reported.Q1 !== i.reported.Q2;
    const reportId = latestReports(database.sqlite, '2023-24', 'H1').map((r) => r.id).find((id) => buildWorkspace(store, id).indicators.some(both))!;
    const ws = buildWorkspace(store, reportId);
    const row = ws.indicators.find(both)!;
    const [q1, q2] = [row.reported.Q1 as number, row.reported.Q2 as number];
    expect(row.claimed).toMatchObject({ method: 'sum', achievement: q1 + q2 });
    setScoring(database.db, 'test', reportId, row.indicatorId, { calculationMethod: 'average' });
    const after = buildWorkspace(store, reportId).indicators.find((i) => i.indicatorId === row.indicatorId)!;
    expect(after.claimed).toMatchObject({ method: 'average', achievement: (q1 + q2) / 2 });
    expect(after.calculationMethod).toBe('average');
    setScoring(database.db, 'test', reportId, row.indicatorId, { calculationMethod: 'cumulative' });
    expect(buildWorkspace(store, reportId).indicators.find((i) => i.indicatorId === row.indicatorId)!.claimed.achievement).toBe(q2);
  });
});

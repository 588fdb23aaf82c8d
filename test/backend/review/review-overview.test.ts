// The overview of all subordinate offices: its numbers agree with each office's workspace, offices
// without a report are listed as not received, changes show at once (the per-report summaries are
// recomputed), and the XLSX export holds the same figures.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SUMMARY_HEADERS, SUMMARY_SHEET, HEATMAP_SHEET } from '../../../electron/backend/review/overview-export.js';
import { compareCodes } from '../../../electron/backend/review/review-overview.js';
import { forgetSummaries, heldSummaries } from '../../../electron/backend/review/review-summaries.js';
import { isOnTrack } from '../../../electron/backend/review/review-scores.js';
import { twoOfficesWithH1Reports, type TwoOffices } from './review-helpers.js';

let ctx: TwoOffices;
beforeEach(async () => {
  ctx = await twoOfficesWithH1Reports();
});
afterEach(() => ctx.backend.close());

const overview = () => ctx.backend.call('review.overview', { fiscalYear: '2021-22', period: 'H1' });
const officeRow = (o: any, id: number) => o.offices.find((x: any) => x.officeId === id);

describe('the overview of a fiscal year and period', () => {
  test('lists every active subordinate office with the figures of its workspace', async () => {
    const { backend, ownId, lged, jms } = ctx;
    const none = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'বাংলাদেশ শিশু একাডেমি' });
    const gone = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'বিলুপ্ত দপ্তর' });
    await backend.call('offices.setActive', { id: gone.id, active: false });

    const o = await overview();
    expect(o.offices.map((x: any) => x.officeId).sort()).toEqual([lged.id, jms.id, none.id].sort()); // not the own office, not the inactive one
    expect(o.deadline).toBe('2022-01-15');
    for (const office of [lged, jms]) {
      const ws = await backend.call('review.workspace', { reportId: office.reportId });
      const line = officeRow(o, office.id);
      expect(line.report).toMatchObject({ id: office.reportId, version: 1, receivedOn: ws.report.receivedOn });
      expect(line.claimed).toBeCloseTo(ws.totals.claimed.score, 9);
      expect(line.verified).toBeCloseTo(ws.totals.verified.score, 9);
      expect(line.weight).toBeCloseTo(ws.totals.verified.weight, 9);
      expect(line.scoredWeight).toBeCloseTo(ws.totals.verified.scoredWeight, 9);
      expect(line.findings).toEqual(ws.findingCounts);
      expect(line.indicatorCount).toBe(ws.indicators.length);
      const onTrack = ws.indicators.filter((i: any) => isOnTrack({ ...i.verified, code: i.code, weight: i.weight })).length;
      expect(line.onTrack).toBe(onTrack);
      expect(line.onTrackShare).toBeCloseTo(onTrack / ws.indicators.length, 9);
      // Heat map: the verified level under each code of the report.
      for (const indicator of ws.indicators) {
        if (indicator.code === null) continue;
        expect(line.levels[o.codes.indexOf(indicator.code)]).toBe(indicator.verified.level);
      }
    }
    // Seed 004 arrived 11/02/2022, after the 15 January deadline; seed 003 on 12/01/2022.
    expect(officeRow(o, jms.id).late).toBe(true);
    expect(officeRow(o, lged.id).late).toBe(false);
    expect(officeRow(o, none.id)).toMatchObject({ report: null, claimed: null, verified: null, onTrackShare: null, levels: o.codes.map(() => null) });
    expect(o.codes).toEqual([...o.codes].sort(compareCodes));
    expect(o.totals).toMatchObject({ offices: 3, received: 2 });
    expect(o.totals.claimed).toBeCloseTo(officeRow(o, lged.id).claimed + officeRow(o, jms.id).claimed, 9);
    expect(await backend.call('review.overview', { fiscalYear: '2021-22', period: 'Q1' })).toMatchObject({ totals: { received: 0 } });
  });

  test('a verified figure, a status or an evidence file shows in the overview at once', async () => {
    const { backend, jms, lged } = ctx;
    const first = await overview();
    const ws = await backend.call('review.workspace', { reportId: jms.reportId });
    const target = ws.indicators.find((i) => i.code === '1.4');
    if (!target) throw new Error('no indicator 1.4');
    await backend.call('review.setVerified', { reportId: jms.reportId, indicatorId: target.indicatorId, value: '2021-08-26' });
    const second = await overview();
    expect(officeRow(second, jms.id).verified).toBeCloseTo(officeRow(first, jms.id).verified + target.weight, 9);
    expect(officeRow(second, jms.id).claimed).toBe(officeRow(first, jms.id).claimed);
    expect(officeRow(second, jms.id).levels[second.codes.indexOf('1.4')]).toBe(100);
    expect(officeRow(second, lged.id)).toEqual(officeRow(first, lged.id));

    await backend.call('review.setStatus', { reportId: jms.reportId, indicatorId: target.indicatorId, status: 'accepted' });
    expect(officeRow(await overview(), jms.id).reviewed).toBe(1);

    const lgedWs = await backend.call('review.workspace', { reportId: lged.reportId });
    const missing = lgedWs.indicators.find((i) => i.findings.some((f) => f.code === 'evidence-missing'));
    if (!missing) throw new Error('no indicator with evidence missing');
    await backend.call('review.attachEvidence', { reportId: lged.reportId, indicatorId: missing.indicatorId, fileName: 'a.pdf', contentBase64: 'JVBERg==' });
    expect(officeRow(await overview(), lged.id).findings.warning).toBe(officeRow(first, lged.id).findings.warning - 1);

    // Computed from nothing again, the same figures.
    const warm = await overview();
    forgetSummaries(backend.database.sqlite);
    expect(await overview()).toEqual(warm);
  });

  test('a held summary is used while its report is unchanged; a change to the review scores that report again', async () => {
    const { backend, jms, lged } = ctx;
    const first = await overview();
    // Planted in what is held (so that a summary computed again would tell): reports whose stamp
    // holds are not scored again.
    heldSummaries(backend.database.sqlite).get(lged.reportId)!.claimed = 12.5;
    expect(officeRow(await overview(), lged.id).claimed).toBe(12.5);
    expect(officeRow(await overview(), jms.id)).toEqual(officeRow(first, jms.id));

    const ws = await backend.call('review.workspace', { reportId: lged.reportId });
    await backend.call('review.setStatus', { reportId: lged.reportId, indicatorId: ws.indicators[0]!.indicatorId, status: 'accepted' });
    const after = officeRow(await overview(), lged.id);
    expect(after.claimed).toBe(officeRow(first, lged.id).claimed);
    expect(after.reviewed).toBe(1);
  });

  test('the report deadline follows the settings: a longer grace period makes a late report on time', async () => {
    const { backend, jms, lged } = ctx;
    expect(await backend.call('settings.get')).toMatchObject({ reportGraceDays: 15 });
    const before = await overview();
    expect(officeRow(before, jms.id).late).toBe(true); // received 11/02/2022

    await backend.call('settings.update', { reportGraceDays: 45 });
    const after = await overview();
    expect(after.deadline).toBe('2022-02-14');
    expect(officeRow(after, jms.id).late).toBe(false);
    expect(officeRow(after, lged.id).late).toBe(false);
    expect((await backend.call('review.workspace', { reportId: jms.reportId })).deadline).toBe('2022-02-14');

    const refused = await backend.dispatch('settings.update', { reportGraceDays: 2.5 });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'reportGraceDays' }] } });
    expect(await backend.call('settings.get')).toMatchObject({ reportGraceDays: 45 });
  });

  test('exports the same figures to XLSX', async () => {
    const { backend, ownId } = ctx;
    await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'বাংলাদেশ শিশু একাডেমি' });
    const o = await overview();
    const file = await backend.call('review.exportOverview', { fiscalYear: '2021-22', period: 'H1' });
    expect(file.fileName).toBe('review-2021-22-H1.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);

    const summary = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual([...SUMMARY_HEADERS]);
    const col = (name: (typeof SUMMARY_HEADERS)[number]) => SUMMARY_HEADERS.indexOf(name) + 1;
    o.offices.forEach((office: any, i: number) => {
      const r = summary.getRow(i + 3);
      expect(r.getCell(1).value).toBe(office.officeName);
      expect(r.getCell(col('দাবিকৃত নম্বর')).value ?? null).toBe(office.claimed);
      expect(r.getCell(col('যাচাইকৃত নম্বর')).value ?? null).toBe(office.verified);
      expect(r.getCell(col('মোট মান')).value ?? null).toBe(office.weight);
      expect(r.getCell(col('যাচাইকৃত মানের ভিত্তি')).value ?? null).toBe(office.scoredWeight);
      expect(r.getCell(col('ত্রুটি')).value).toBe(office.findings.error);
      expect(r.getCell(col('সতর্কতা')).value).toBe(office.findings.warning);
      const share = r.getCell(col('লক্ষ্যমাত্রা অনুযায়ী (%)')).value;
      if (office.onTrackShare === null) expect(share).toBeNull();
      else expect(Number(share) / 100).toBeCloseTo(office.onTrackShare, 12);
      const received = r.getCell(col('প্রতিবেদন প্রাপ্তির তারিখ')).value;
      if (office.report?.receivedOn) expect((received as Date).toISOString().slice(0, 10)).toBe(office.report.receivedOn);
      else expect(received).toBe('পাওয়া যায়নি');
    });

    const heat = workbook.getWorksheet(HEATMAP_SHEET)!;
    expect(heat.getRow(1).cellCount).toBe(o.codes.length + 1);
    o.offices.forEach((office: any, i: number) => {
      const values = o.codes.map((_: string, c: number) => heat.getRow(i + 2).getCell(c + 2).value ?? null);
      expect(values).toEqual(office.levels);
    });
  });
});

describe('on track', () => {
  const entry = (status: string, level: number | null) => ({ code: '1', weight: 1, rule: 'interpolate', method: 'sum', achievement: 1, status, level, score: null }) as any;
  test('achieved, partial at 80% or more, and not yet due count; the rest does not', () => {
    expect(isOnTrack(entry('achieved', 100))).toBe(true);
    expect(isOnTrack(entry('partial', 80))).toBe(true);
    expect(isOnTrack(entry('partial', 79.99))).toBe(false);
    expect(isOnTrack(entry('not-due', null))).toBe(true);
    expect(isOnTrack(entry('missed', 0))).toBe(false);
    expect(isOnTrack(entry('no-data', null))).toBe(false);
    expect(isOnTrack(entry('invalid', null))).toBe(false);
  });
});

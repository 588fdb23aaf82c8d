// The review workspace on real SQLite with reports imported from the seed fixtures: verified figures
// change scores and totals, every change is audited, evidence is hashed and stored, and all of it
// survives reopening the database.
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackend } from '../../../electron/backend/app/backend.js';
import { callOf } from '../../support/backend.js';
import { migrationsDir } from '../../support/paths.js';
import { importFixture, twoOfficesWithH1Reports, type TwoOffices } from './review-helpers.js';

let ctx: TwoOffices;
beforeEach(async () => {
  ctx = await twoOfficesWithH1Reports();
});
afterEach(() => ctx.backend.close());

const row = (ws: any, code: string) => ws.indicators.find((i: any) => i.code === code);
const count = (table: string) => (ctx.backend.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const SIGNATORY = 'সৌমেন পালিত বাবু';

describe('the workspace of a report', () => {
  test('lists every indicator with its targets, claim, scores and findings; report findings apart', async () => {
    const { backend, jms } = ctx;
    const ws = await backend.call('review.workspace', { officeId: jms.id, fiscalYear: '2021-22', period: 'H1' });
    expect(ws.report).toMatchObject({ id: jms.reportId, period: 'H1', fiscalYear: '2021-22', receivedOn: '2022-02-11', version: 1 });
    expect(ws.office.nameBn).toBe('জাতীয় মহিলা সংস্থা');
    expect(ws.deadline).toBe('2022-01-15');
    expect(ws.indicators).toHaveLength(12);

    // Seed 004 [১.১.১]: completed 06/11/2021 against a 16/03/2022 target for 100% → achieved, full weight.
    const first = row(ws, '1.1.1');
    expect(first.targets.map((t: any) => t.value)).toEqual(['2022-03-16', '2022-04-14', '2022-05-05']);
    expect(first.valueKind).toBe('date');
    expect(first.claimed).toMatchObject({ achievement: '2021-11-06', status: 'achieved', level: 100, score: first.weight });
    expect(first.verified).toEqual(first.claimed);
    expect(first.verifiedValue).toBeNull();
    expect(first.status).toBe('pending');

    // The impossible target date 00/12/2021 is found beside its row; the lateness and the area sum for the report.
    expect(row(ws, '1.3').findings.map((f: any) => f.code)).toContain('invalid-date');
    expect(row(ws, '1.3').claimed.status).toBe('invalid');
    expect(ws.reportFindings.map((f: any) => f.code)).toEqual(expect.arrayContaining(['weight-mismatch', 'late-submission']));
    const sum = ws.indicators.reduce((n: number, i: any) => n + (i.claimed.score ?? 0), 0);
    expect(ws.totals.claimed.score).toBeCloseTo(sum, 9);
    const all = [...ws.reportFindings, ...ws.indicators.flatMap((i: any) => i.findings)];
    expect(ws.findingCounts.error + ws.findingCounts.warning + ws.findingCounts.info).toBe(all.length);
  });

  test('a verified achievement changes the verified score and total, not the claim; clearing it restores the claim', async () => {
    const { backend, jms } = ctx;
    const before = await backend.call('review.workspace', { reportId: jms.reportId });
    // [১.৪]: the cell holds words with a date in them ("২৬/০৮/২০২১ এ … সভা আয়োজন করা হয়েছে"), so nothing is claimed.
    const target = row(before, '1.4');
    expect(target.claimed.status).toBe('no-data');
    expect(target.targets[0].value).toBe('2021-08-30');

    const after = await backend.call('review.setVerified', { reportId: jms.reportId, indicatorId: target.indicatorId, value: '2021-08-26' });
    const changed = row(after, '1.4');
    expect(changed.verifiedValue).toBe('2021-08-26');
    expect(changed.verified).toMatchObject({ achievement: '2021-08-26', status: 'achieved', level: 100, score: target.weight });
    expect(changed.claimed).toEqual(target.claimed);
    expect(after.totals.claimed).toEqual(before.totals.claimed);
    expect(after.totals.verified.score).toBeCloseTo(before.totals.verified.score + target.weight, 9);
    expect(after.totals.verified.scoredWeight).toBeCloseTo(before.totals.verified.scoredWeight + target.weight, 9);

    // A date between the 100% and 80% targets interpolates (30/08 → 100, 25/09 → 80).
    const between = await backend.call('review.setVerified', { reportId: jms.reportId, indicatorId: target.indicatorId, value: '2021-09-12' });
    expect(row(between, '1.4').verified.level).toBeCloseTo(100 - (13 / 26) * 20, 9);

    const cleared = await backend.call('review.setVerified', { reportId: jms.reportId, indicatorId: target.indicatorId, value: null });
    expect(row(cleared, '1.4').verified).toEqual(target.claimed);
    expect(cleared.totals.verified).toEqual(before.totals.verified);
  });

  test('every change is audited with who, when, old and new; the history lists them in order', async () => {
    const { backend, jms } = ctx;
    const ws = await backend.call('review.workspace', { reportId: jms.reportId });
    const indicatorId = row(ws, '1.5').indicatorId;
    const audited = count('audit_log');
    await backend.call('review.setVerified', { reportId: jms.reportId, indicatorId, value: 75 });
    await backend.call('review.setVerified', { reportId: jms.reportId, indicatorId, value: 70 });
    await backend.call('review.setStatus', { reportId: jms.reportId, indicatorId, status: 'needs-correction' });
    await backend.call('review.setComment', { reportId: jms.reportId, indicatorId, comment: 'প্রমাণক হিসেবে নথির কপি দিতে হবে' });
    await backend.call('review.setComment', { reportId: jms.reportId, indicatorId, comment: 'প্রমাণক হিসেবে নথির কপি দিতে হবে' }); // unchanged: no record
    expect(count('audit_log')).toBe(audited + 4);

    const history = await backend.call('review.history', { reportId: jms.reportId, indicatorId });
    expect(history.map((h: any) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['verified', null, '75'],
      ['verified', '75', '70'],
      ['status', 'pending', 'needs-correction'],
      ['comment', null, 'প্রমাণক হিসেবে নথির কপি দিতে হবে'],
    ]);
    expect(history.every((h: any) => h.actor === SIGNATORY && h.action === 'update' && /^\d{4}-\d{2}-\d{2}T/.test(h.at))).toBe(true);
    const raw = backend.database.sqlite.prepare(`SELECT DISTINCT entity, entity_id AS id FROM audit_log WHERE entity = 'review_item'`).all();
    expect(raw).toEqual([{ entity: 'review_item', id: `${jms.reportId}:${indicatorId}` }]);

    const after = await backend.call('review.workspace', { reportId: jms.reportId });
    expect(row(after, '1.5')).toMatchObject({ verifiedValue: 70, status: 'needs-correction', comment: 'প্রমাণক হিসেবে নথির কপি দিতে হবে' });
    // Seed 004 [১.৫] targets 80/70/60 at 100/80/60: 70 is the 80% level.
    expect(row(after, '1.5').verified).toMatchObject({ level: 80, score: (row(after, '1.5').weight * 80) / 100 });

    await backend.call('review.setOverallComment', { reportId: jms.reportId, comment: 'সার্বিকভাবে প্রমাণক দুর্বল' });
    const review = backend.database.sqlite.prepare(`SELECT field, old_value AS oldValue, new_value AS newValue, entity_id AS id FROM audit_log WHERE entity = 'review'`).all();
    expect(review).toEqual([{ field: 'comment', oldValue: null, newValue: 'সার্বিকভাবে প্রমাণক দুর্বল', id: String(jms.reportId) }]);
  });

  test('a change that fails writes nothing', async () => {
    const { backend, jms, lged } = ctx;
    const ws = await backend.call('review.workspace', { reportId: jms.reportId });
    const other = await backend.call('review.workspace', { reportId: lged.reportId });
    const before = { audit: count('audit_log'), items: count('review_items'), reviews: count('reviews') };

    // An indicator of another report's table.
    const wrong = await backend.dispatch('review.setStatus', { reportId: jms.reportId, indicatorId: other.indicators[0]!.indicatorId, status: 'accepted' });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'indicator' } });
    // A number where a date belongs, and a date that does not exist.
    const dateRow = row(ws, '1.1.1');
    expect(await backend.dispatch('review.setVerified', { reportId: jms.reportId, indicatorId: dateRow.indicatorId, value: 5 })).toMatchObject({
      ok: false, error: { kind: 'validation', issues: [{ path: 'value', code: 'date-expected' }] },
    });
    expect(await backend.dispatch('review.setVerified', { reportId: jms.reportId, indicatorId: dateRow.indicatorId, value: '2021-02-30' })).toMatchObject({
      ok: false, error: { kind: 'validation', issues: [{ path: 'value', code: 'invalid-date' }] },
    });
    expect(await backend.dispatch('review.setVerified', { reportId: jms.reportId, indicatorId: dateRow.indicatorId, value: -1 })).toMatchObject({
      ok: false, error: { kind: 'validation' },
    });
    expect(await backend.dispatch('review.workspace', { reportId: 9999 })).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'report' } });
    expect({ audit: count('audit_log'), items: count('review_items'), reviews: count('reviews') }).toEqual(before);
  });

  test('a verified figure outside the plausible range is taken only once confirmed', async () => {
    const { backend, lged } = ctx;
    const ws = await backend.call('review.workspace', { reportId: lged.reportId });
    const percent = row(ws, '1.5.1'); // a percentage
    const before = { audit: count('audit_log'), items: count('review_items') };
    expect(await backend.dispatch('review.setVerified', { reportId: lged.reportId, indicatorId: percent.indicatorId, value: 150 })).toMatchObject({
      ok: false, error: { kind: 'validation', issues: [{ path: 'value', code: 'verified-implausible' }] },
    });
    expect({ audit: count('audit_log'), items: count('review_items') }).toEqual(before);
    // 100% is plausible; 150% confirmed is kept
    expect(row(await backend.call('review.setVerified', { reportId: lged.reportId, indicatorId: percent.indicatorId, value: 100 }), '1.5.1').verifiedValue).toBe(100);
    const confirmed = await backend.call('review.setVerified', { reportId: lged.reportId, indicatorId: percent.indicatorId, value: 150, confirmImplausible: true });
    expect(row(confirmed, '1.5.1').verifiedValue).toBe(150);
    // a count far above its 100% target, and a number too large to keep at all
    const count100 = ws.indicators.find((i: any) => i.unit === 'number' && typeof i.targets.find((t: any) => t.level === 100)?.value === 'number' && i.targets.find((t: any) => t.level === 100).value > 0);
    if (!count100) throw new Error('no count indicator with a 100% target');
    const target = count100.targets.find((t) => t.level === 100)!.value as number;
    expect(await backend.dispatch('review.setVerified', { reportId: lged.reportId, indicatorId: count100.indicatorId, value: target * 3 + 1 })).toMatchObject({
      ok: false, error: { issues: [{ code: 'verified-implausible' }] },
    });
    expect(await backend.dispatch('review.setVerified', { reportId: lged.reportId, indicatorId: count100.indicatorId, value: target * 3 })).toMatchObject({ ok: true });
    expect(await backend.dispatch('review.setVerified', { reportId: lged.reportId, indicatorId: count100.indicatorId, value: 1e13, confirmImplausible: true })).toMatchObject({
      ok: false, error: { issues: [{ path: 'value', code: 'too-big' }] },
    });
  });

  test('evidence is stored once by SHA-256, listed per indicator, readable, and its link removable', async () => {
    const { backend, lged } = ctx;
    const reportId = lged.reportId;
    const ws = await backend.call('review.workspace', { reportId });
    // Seed 003 [১.৩.১] claims a completion date and names no evidence.
    const target = row(ws, '1.3.1');
    expect(target.findings.map((f: any) => f.code)).toContain('evidence-missing');
    const bytes = Buffer.from('%PDF-1.4 সভার নোটিশ ও হাজিরা');
    const hash = crypto.createHash('sha256').update(bytes).digest('hex');

    const withFile = await backend.call('review.attachEvidence', { reportId, indicatorId: target.indicatorId, fileName: 'নোটিশ.pdf', contentBase64: bytes.toString('base64') });
    const listed = row(withFile, '1.3.1').evidence;
    expect(listed).toEqual([expect.objectContaining({ fileName: 'নোটিশ.pdf', sha256: hash, byteSize: bytes.length, indicatorId: target.indicatorId })]);
    expect(row(withFile, '1.3.1').findings.map((f: any) => f.code)).not.toContain('evidence-missing');
    expect(withFile.findingCounts.warning).toBe(ws.findingCounts.warning - 1);
    const stored = backend.database.sqlite.prepare(`SELECT bytes FROM stored_files WHERE sha256 = ?`).get(hash) as { bytes: Buffer };
    expect(Buffer.compare(stored.bytes, bytes)).toBe(0);

    // The same bytes attached to another row are stored once.
    const other = row(ws, '1.4.1');
    await backend.call('review.attachEvidence', { reportId, indicatorId: other.indicatorId, fileName: 'নোটিশ-কপি.pdf', contentBase64: bytes.toString('base64') });
    expect((backend.database.sqlite.prepare(`SELECT count(*) AS n FROM stored_files WHERE sha256 = ?`).get(hash) as { n: number }).n).toBe(1);
    expect(count('evidence_files')).toBe(2);

    const file = await backend.call('review.evidenceFile', { reportId, evidenceId: listed[0].id });
    expect(Buffer.from(file.contentBase64, 'base64').equals(bytes)).toBe(true);
    expect(file.sha256).toBe(hash);

    const removed = await backend.call('review.removeEvidence', { reportId, evidenceId: listed[0].id });
    expect(row(removed, '1.3.1').evidence).toEqual([]);
    expect(row(removed, '1.3.1').findings.map((f: any) => f.code)).toContain('evidence-missing');
    expect(row(removed, '1.4.1').evidence).toHaveLength(1);
    expect(count('stored_files')).toBeGreaterThan(0);
    const history = await backend.call('review.history', { reportId, indicatorId: target.indicatorId });
    expect(history.map((h: any) => [h.action, h.field])).toEqual([['create', 'evidence'], ['delete', 'evidence']]);
    expect(JSON.parse(history[0]!.newValue!)).toMatchObject({ sha256: hash, fileName: 'নোটিশ.pdf', byteSize: bytes.length });
    expect(await backend.dispatch('review.removeEvidence', { reportId, evidenceId: listed[0].id })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await backend.dispatch('review.attachEvidence', { reportId, indicatorId: target.indicatorId, fileName: 'x.pdf', contentBase64: '' })).toMatchObject({ ok: false });
  });

  test('the reviewer can change the scoring rule of an indicator and the score follows', async () => {
    const { backend, ownId } = ctx;
    const khulna = await backend.call('offices.create', { parentId: ownId, level: 'divisional', nameBn: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' });
    const { result } = await importFixture(backend, 'seed002-q2-report.ods', khulna.id);
    const ws = await backend.call('review.workspace', { reportId: result.reportId });
    // domain.md §4: seed 002 [৪.১.২] e-file 61.54% against 100/90/80/70/60, weight 7.
    const efile = row(ws, '4.1.2');
    expect(efile.claimed).toMatchObject({ rule: 'interpolate', level: expect.closeTo(61.54, 6), score: expect.closeTo(4.3078, 4) });
    const step = await backend.call('review.setScoring', { reportId: result.reportId, indicatorId: efile.indicatorId, scoringRule: 'step' });
    expect(row(step, '4.1.2').claimed).toMatchObject({ rule: 'step', level: 60, score: expect.closeTo(4.2, 9) });
    expect(row(step, '4.1.2').scoringRule).toBe('step');
    expect(step.totals.claimed.score).toBeCloseTo(ws.totals.claimed.score - 4.3078 + 4.2, 4);
    const back = await backend.call('review.setScoring', { reportId: result.reportId, indicatorId: efile.indicatorId, scoringRule: null });
    expect(row(back, '4.1.2').claimed.score).toBeCloseTo(4.3078, 4);
    const history = await backend.call('review.history', { reportId: result.reportId, indicatorId: efile.indicatorId });
    expect(history.map((h: any) => [h.field, h.oldValue, h.newValue])).toEqual([['scoringRule', null, 'step'], ['scoringRule', 'step', null]]);
  });
});

test('everything the reviewer saved is there after the database is reopened', async () => {
  const { backend, jms, lged } = ctx;
  const ws = await backend.call('review.workspace', { reportId: jms.reportId });
  const indicatorId = row(ws, '1.4').indicatorId;
  await backend.call('review.setVerified', { reportId: jms.reportId, indicatorId, value: '2021-08-26' });
  await backend.call('review.setStatus', { reportId: jms.reportId, indicatorId, status: 'accepted' });
  await backend.call('review.setComment', { reportId: jms.reportId, indicatorId, comment: 'সভার কার্যবিবরণী দেখা হয়েছে' });
  await backend.call('review.attachEvidence', { reportId: jms.reportId, indicatorId, fileName: 'কার্যবিবরণী.pdf', contentBase64: Buffer.from('minutes').toString('base64') });
  await backend.call('review.setOverallComment', { reportId: jms.reportId, comment: 'দেরিতে দাখিল' });
  const saved = await backend.call('review.workspace', { reportId: jms.reportId });
  const overview = await backend.call('review.overview', { fiscalYear: '2021-22', period: 'H1' });
  backend.close();

  const reopened = await createBackend({ dataDir: backend.dataDir, migrationsDir });
  try {
    const dispatch = callOf(reopened);
    const again = await dispatch('review.workspace', { reportId: jms.reportId });
    expect(again).toEqual(saved);
    expect(row(again, '1.4')).toMatchObject({ verifiedValue: '2021-08-26', status: 'accepted', comment: 'সভার কার্যবিবরণী দেখা হয়েছে' });
    expect(row(again, '1.4').evidence.map((e: any) => e.fileName)).toEqual(['কার্যবিবরণী.pdf']);
    expect(again.comment).toBe('দেরিতে দাখিল');
    expect(await dispatch('review.overview', { fiscalYear: '2021-22', period: 'H1' })).toEqual(overview);
    expect((await dispatch('review.history', { reportId: jms.reportId, indicatorId })).length).toBe(4);
    expect((await dispatch('review.workspace', { reportId: lged.reportId })).indicators).toHaveLength(13);
  } finally {
    reopened.close();
  }
});

// Generating the submission package: every file in place with its hash in the manifest, the ZIP,
// memo numbers from the register never reused, and nothing left behind by a cancel or a failure.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GeneratedPackage, JobStatus } from '../../../electron/backend/api/contract.js';
import { backendWithReports } from '../../support/demo-data.js';

let ctx: Awaited<ReturnType<typeof backendWithReports>>;
const FY = { fiscalYear: '2023-24', period: 'H1' };
const PARTS = { selfAssessment: true, reviewReport: true, feedbackLetters: true, evidenceIndex: true, auditLog: true };

beforeAll(async () => {
  ctx = await backendWithReports(['প্রাথমিক শিক্ষা অধিদপ্তর', 'উপানুষ্ঠানিক শিক্ষা ব্যুরো']);
  const first = ctx.offices[0]!;
  const workspace = await ctx.backend.call('review.workspace', { reportId: first.report.reportId });
  await ctx.backend.call('review.attachEvidence', { reportId: first.report.reportId, indicatorId: workspace.indicators[0]!.indicatorId, fileName: 'নোটিশ.pdf', contentBase64: Buffer.from('%PDF-1.4 notice').toString('base64') });
});
afterAll(() => ctx.backend.close());

async function draft(fileNumber = '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪') {
  const composition = await ctx.backend.call('package.compose', FY);
  return { ...composition.draft, fileNumber, date: '2024-01-25' };
}

async function run(input: object) {
  const started = await ctx.backend.call('package.start', input);
  let status = started;
  while (status.state === 'running') {
    await new Promise((r) => setTimeout(r, 100));
    status = await ctx.backend.call('package.status', { jobId: started.id });
  }
  return status;
}

/** The package a finished job made; fails loudly, with the job's state and error, when it made none. */
function packageOf(status: JobStatus<GeneratedPackage>): GeneratedPackage {
  if (!status.result) throw new Error(`package job ${status.state}: ${status.error?.message ?? 'no result'}`);
  return status.result;
}

const packagesDir = () => path.join(ctx.backend.dataDir, 'packages');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('a generated package', () => {
  test('holds memo, annexes, letters, evidence and a manifest whose hashes match, and a ZIP of it all', async () => {
    const composition = await ctx.backend.call('package.compose', FY);
    expect(composition.available).toEqual({ selfAssessment: true, reviewedOffices: 2, feedbackLetters: 2, evidenceFiles: 1 });
    const status = await run({ ...FY, draft: await draft(), parts: PARTS });
    expect(status.state).toBe('done');
    const { folder, memoNumber, files } = packageOf(status);
    // the feedback letters went out first: they take the first serials, the memo the next
    expect(memoNumber).toBe('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-৩');
    expect(path.basename(folder)).toBe('APA-MoPME-2023-24-H1-3');
    const paths = files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining([
      'memo.pdf', 'memo.docx', 'enclosure-1-self-assessment.pdf', 'enclosure-1-self-assessment.docx', 'enclosure-1-self-assessment.xlsx',
      'enclosure-2-review-report.pdf', 'enclosure-2-review-report.xlsx', 'enclosure-3-evidence-index.pdf', 'enclosure-3-evidence-index.xlsx',
      'enclosure-4-feedback-letters/feedback-01.pdf', 'enclosure-4-feedback-letters/feedback-01.docx', 'enclosure-4-feedback-letters/feedback-02.pdf',
      'evidence/001-নোটিশ.pdf', 'manifest.json',
    ]));
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'apa-package/1', fiscalYear: '2023-24', period: 'H1', memoNumber });
    for (const file of manifest.files) expect(sha(path.join(folder, file.path))).toBe(file.sha256);
    // Only this package's audit rows: the issue of its three memo numbers (the letters' first), none of the rest of the log.
    expect(manifest.auditLog.map((r: { entity: string; action: string; newValue: string }) => [r.entity, r.action, JSON.parse(r.newValue).memoNumber])).toEqual([
      ['memo_register', 'issue', '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-১'],
      ['memo_register', 'issue', '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-২'],
      ['memo_register', 'issue', '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-৩'],
    ]);
    const logRows = ctx.backend.database.sqlite.prepare(`SELECT count(*) FROM audit_log`).pluck().get() as number;
    expect(logRows).toBeGreaterThan(manifest.auditLog.length + 10); // the office's log holds far more
    expect(Object.values(manifest.feedbackMemoNumbers)).toEqual(['৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-১', '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-২']);
    expect(manifest.enclosures.map((e: { file: string }) => e.file)).toEqual(['enclosure-1-self-assessment', 'enclosure-2-review-report', 'enclosure-3-evidence-index', 'enclosure-4-feedback-letters']);
    const methods = new Map<string, number>();
    const zip = unzipSync(fs.readFileSync(packageOf(status).zip), { filter: (f) => (methods.set(f.name, f.compression), true) });
    for (const file of manifest.files) {
      const member = `${path.basename(folder)}/${file.path}`;
      expect(crypto.createHash('sha256').update(zip[member]!).digest('hex')).toBe(file.sha256);
      // compressed files are stored as they are, the rest deflated
      expect(methods.get(member)).toBe(/\.(pdf|docx|xlsx)$/.test(file.path) ? 0 : 8);
    }
    expect(fs.readdirSync(packagesDir()).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  test('the next package takes the next serials; the register lists every number', async () => {
    const status = await run({ ...FY, draft: await draft(), parts: { ...PARTS, feedbackLetters: false } });
    expect(packageOf(status).memoNumber).toBe('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-৪');
    const register = await ctx.backend.call('memos.register');
    expect(register.map((m: { memoNumber: string }) => m.memoNumber).sort()).toEqual(
      ['১', '২', '৩', '৪'].map((n) => `৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-${n}`).sort(),
    );
  });

  test('a package keeping its letters\' numbers carries their issue rows and its memo\'s, nothing else, in its manifest', async () => {
    const status = await run({ ...FY, draft: await draft(), parts: PARTS, feedbackNumbers: 'reuse' });
    expect(status.state).toBe('done');
    const number = (n: string) => `৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-${n}`;
    expect(packageOf(status).memoNumber).toBe(number('৫'));
    const manifest = JSON.parse(fs.readFileSync(path.join(packageOf(status).folder, 'manifest.json'), 'utf8'));
    expect(Object.values(manifest.feedbackMemoNumbers)).toEqual([number('১'), number('২')]);
    expect(manifest.auditLog.map((r: { newValue: string }) => JSON.parse(r.newValue).memoNumber)).toEqual([number('১'), number('২'), number('৫')]);
  });
});

describe('nothing half-written', () => {
  test('a cancelled generation leaves no folder, and its memo number is not issued again', async () => {
    const before = fs.readdirSync(packagesDir()).sort();
    const started = await ctx.backend.call('package.start', { ...FY, draft: await draft(), parts: PARTS });
    await ctx.backend.call('package.cancel', { jobId: started.id });
    let status = started;
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      status = await ctx.backend.call('package.status', { jobId: started.id });
    }
    expect(status.state).toBe('cancelled');
    expect(fs.readdirSync(packagesDir()).sort()).toEqual(before);
    const after = await run({ ...FY, draft: await draft(), parts: { ...PARTS, feedbackLetters: false } });
    const numbers = (await ctx.backend.call('memos.register')).map((m: { memoNumber: string }) => m.memoNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toContain(packageOf(after).memoNumber);
  });

  test('a file number that is not one is refused by the call, before any job starts or anything is issued', async () => {
    const before = (await ctx.backend.call('memos.register')).length;
    await expect(ctx.backend.call('package.start', { ...FY, draft: await draft('not-a-number'), parts: PARTS })).rejects.toMatchObject({
      body: { kind: 'validation', issues: [{ path: 'fileNumber', code: 'invalid-file-number' }] },
    });
    expect((await ctx.backend.call('memos.register')).length).toBe(before);
  });

  test('a saved feedback letter written before its review last changed stops the generation before any number is issued', async () => {
    const reportId = ctx.offices[0]!.report.reportId;
    const letter = await ctx.backend.call('review.feedback', { reportId });
    await ctx.backend.call('review.saveFeedback', { reportId, letterText: `${letter.draft}\n\nবিশেষ দ্রষ্টব্য।`, basis: letter.basis });
    const ws = await ctx.backend.call('review.workspace', { reportId });
    await ctx.backend.call('review.setComment', { reportId, indicatorId: ws.indicators[1]!.indicatorId, comment: 'প্রমাণক অসম্পূর্ণ' });
    const preview = await ctx.backend.call('package.preview', { ...FY, draft: await draft(), parts: PARTS, feedbackNumbers: 'new' });
    expect(preview.notices).toEqual(expect.arrayContaining([{ code: 'feedback-letter-stale', params: { count: 1, offices: ctx.offices[0]!.office.nameBn } }]));
    const before = (await ctx.backend.call('memos.register')).length;
    const status = await run({ ...FY, draft: await draft(), parts: PARTS, feedbackNumbers: 'new' });
    expect(status).toMatchObject({ state: 'failed', error: { kind: 'conflict', code: 'feedback-letter-stale' } });
    expect((await ctx.backend.call('memos.register')).length).toBe(before);
    // written again from the draft, the package can be generated
    const fresh = await ctx.backend.call('review.feedback', { reportId });
    await ctx.backend.call('review.saveFeedback', { reportId, letterText: fresh.draft, basis: fresh.basis });
    const again = await ctx.backend.call('package.preview', { ...FY, draft: await draft(), parts: PARTS, feedbackNumbers: 'new' });
    expect(again.notices.map((n: { code: string }) => n.code)).not.toContain('feedback-letter-stale');
  });
});

// Issue 13 on the Review and Package screens, in Chromium against the real web app: one fiscal year and
// period for every page (Major 6); the feedback letter's draft follows a changed figure without a reload,
// and a letter written from figures that have changed since is refused (Major 7); a verified figure
// outside the plausible range is confirmed or refused next to its field, a huge one is named there; a
// bad memo file number is said in Bengali next to its field; the review workspace as the officer sees
// it, in Bengali and in English.
import fs from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { fixture } from '../support/fixture-files.js';
import { screenDifference } from '../support/screenshots.js';
import { indicatorOf, webCall, webOwnOffice } from '../support/web-api.js';

const e2e = useSetUpWebApp();
const offices: Record<'lged' | 'jms', number> = { lged: 0, jms: 0 };
const FY = '2021-22';

async function importReport(fileName: string, officeId: number, receivedOn: string) {
  const bytes = fs.readFileSync((await fixture(fileName)).file);
  const analysis = await webCall(e2e.app.url, 'imports.stage', { fileName, contentBase64: bytes.toString('base64') });
  return webCall(e2e.app.url, 'imports.commit', { stagedId: analysis.stagedId, officeId, fiscalYear: analysis.fiscalYear, period: analysis.period, receivedOn });
}

beforeAll(async () => {
  const url = e2e.app.url;
  const own = await webOwnOffice(url);
  offices.lged = (await webCall(url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'স্থানীয় সরকার প্রকৌশল অধিদপ্তর', nameEn: 'Local Government Engineering Department' })).id;
  offices.jms = (await webCall(url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'জাতীয় মহিলা সংস্থা', nameEn: 'Jatiyo Mohila Sangstha' })).id;
  expect(await importReport('seed003-h1-annex.xlsx', offices.lged, '2022-01-12')).toMatchObject({ kind: 'report' });
  expect(await importReport('seed004-q2-progress.xlsx', offices.jms, '2022-02-11')).toMatchObject({ kind: 'report' });
});

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  await webCall(e2e.app.url, 'settings.update', { language: 'bn' }); // the switch is remembered: each test starts in Bengali
  const page = await e2e.browser.newPage({ viewport: { width: 1500, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // (the browser's own request for /favicon.ico is not the app's)
  page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(e2e.app.url);
  return { page, errors };
}

/** The header's year and period, then the Review page with the office opened. */
async function openOffice(page: Page, officeId: number) {
  await page.getByTestId('fiscal-year').selectOption(FY);
  await page.getByTestId('period').selectOption('H1');
  await page.locator('[data-nav=review]').click();
  await page.locator(`[data-testid=overview-table] tr[data-office-id="${officeId}"] [data-testid=open-office]`).click();
  await expect.poll(() => page.getByTestId('review-workspace').isVisible()).toBe(true);
  await expect.poll(() => page.getByTestId('feedback-editor').isVisible()).toBe(true);
}

const indicator = (page: Page, code: string) => page.locator(`[data-testid=review-indicators] tbody[data-code="${code}"]`);
const bn = (n: number) => new Intl.NumberFormat('bn-BD', { maximumFractionDigits: 2 }).format(n);
const workspaceOf = (officeId: number) => webCall(e2e.app.url, 'review.workspace', { officeId, fiscalYear: FY, period: 'H1' });
const verifiedOf = async (officeId: number, code: string) => indicatorOf(await workspaceOf(officeId), code).verifiedValue;

test('the review workspace, one office opened with its findings, in Bengali and in English', async () => {
  const { page, errors } = await newPage();
  await openOffice(page, offices.jms);
  expect(await page.locator('[data-testid=report-findings] li').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-testid=review-indicators] .problems li').count()).toBeGreaterThan(0);
  await page.mouse.move(0, 0);
  expect((await screenDifference(page, 'review-workspace-bn')).ratio).toBeLessThanOrEqual(0.01);

  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.getByTestId('review-back').textContent()).toContain('Back to the overview');
  expect(await page.locator('.review-workspace h3').textContent()).toBe('Jatiyo Mohila Sangstha');
  await page.mouse.move(0, 0);
  expect((await screenDifference(page, 'review-workspace-en')).ratio).toBeLessThanOrEqual(0.01);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('the year and period chosen in the header are the Review and Package pages\' year and period', async () => {
  const { page, errors } = await newPage();
  await page.getByTestId('fiscal-year').selectOption(FY);
  await page.getByTestId('period').selectOption('Q2');
  await page.locator('[data-nav=review]').click();
  await expect.poll(() => page.getByTestId('review-working-period').textContent()).toBe('২০২১-২২ · ২য় ত্রৈমাসিক');
  await page.locator('[data-nav=package]').click();
  await expect.poll(() => page.getByTestId('package-working-period').textContent()).toBe('অর্থবছর: ২০২১-২২ · সময়কাল: ২য় ত্রৈমাসিক');
  expect(await page.getByTestId('package-period').count()).toBe(0); // no selector of its own
  // the parts on offer are Q2's: no office sent a Q2 report, so there is no feedback letter, and the page says why
  await expect.poll(() => page.getByTestId('unavailable-feedbackLetters').textContent()).toContain('২য় ত্রৈমাসিক');

  // the header's change reaches the open page
  await page.getByTestId('period').selectOption('H1');
  await expect.poll(() => page.getByTestId('package-working-period').textContent()).toBe('অর্থবছর: ২০২১-২২ · সময়কাল: অর্ধবার্ষিক');
  await expect.poll(() => page.getByTestId('unavailable-feedbackLetters').count()).toBe(0);
  expect(await page.locator('input[data-part=feedbackLetters]').isChecked()).toBe(true);
  await page.locator('[data-nav=review]').click();
  await expect.poll(() => page.getByTestId('review-working-period').textContent()).toBe('২০২১-২২ · অর্ধবার্ষিক');
  await expect.poll(() => page.locator('[data-testid=overview-table] tr[data-office-id]').count()).toBe(2);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('the feedback letter follows a changed figure at once; a letter written from old figures is refused', async () => {
  const { page, errors } = await newPage();
  await openOffice(page, offices.lged);
  const editor = page.getByTestId('feedback-editor');
  const text = page.getByTestId('feedback-text');
  const verifiedTotal = async () => Number(await page.getByTestId('total-verified').getAttribute('data-value'));
  const before = await verifiedTotal();
  expect(await text.inputValue()).toContain(`যাচাইকৃত নম্বর ${bn(before)}`);

  // [১.৫.১] (80% claimed) verified as ০: its score goes, and the draft shows the new total without a reload
  const row = indicator(page, '1.5.1');
  const weight = indicatorOf(await workspaceOf(offices.lged), '1.5.1').verified.score as number;
  await row.getByTestId('verified-input').fill('০');
  await row.getByTestId('verified-save').click();
  await expect.poll(verifiedTotal).toBeCloseTo(before - weight, 9);
  await expect.poll(() => text.inputValue()).toContain(`যাচাইকৃত নম্বর ${bn(before - weight)}`);
  expect(await text.inputValue()).not.toContain(`যাচাইকৃত নম্বর ${bn(before)}`);
  expect(Number(await page.getByTestId('feedback-totals').getAttribute('data-verified'))).toBeCloseTo(before - weight, 9);

  // the reviewer edits the letter, then changes a figure: the page says the letter no longer holds …
  await text.fill(`${await text.inputValue()}\n\nবিশেষ দ্রষ্টব্য: ওয়েব পোর্টাল হালনাগাদ করুন।`);
  await row.getByTestId('verified-input').fill('৮০');
  await row.getByTestId('verified-save').click();
  await expect.poll(verifiedTotal).toBeCloseTo(before, 9);
  await expect.poll(() => editor.getAttribute('data-stale')).toBe('yes');
  expect(await page.getByTestId('feedback-stale').textContent()).toContain('খসড়া থেকে নতুন করে লিখুন');
  // … and a save is refused: nothing is stored
  await page.getByTestId('feedback-save').click();
  await expect.poll(() => page.getByTestId('feedback-error').textContent()).toContain('পত্রটি সংরক্ষণ করা হয়নি');
  expect((await webCall(e2e.app.url, 'review.feedback', { reportId: (await workspaceOf(offices.lged)).report.id })).saved).toBe(false);

  // written again from the figures as they are now, it is saved
  await page.getByTestId('feedback-redraft').click();
  expect(await text.inputValue()).toContain(`যাচাইকৃত নম্বর ${bn(before)}`);
  expect(await editor.getAttribute('data-stale')).toBe('no');
  await page.getByTestId('feedback-save').click();
  await expect.poll(() => editor.getAttribute('data-saved')).toBe('yes');
  const reportId = (await workspaceOf(offices.lged)).report.id as number;
  const saved = await webCall(e2e.app.url, 'review.feedback', { reportId });
  expect(saved.letterText).toContain(`যাচাইকৃত নম্বর ${bn(before)}`);

  // the backend itself refuses a save with an old stamp (another window, a slow click)
  const old = saved.basis as string;
  await webCall(e2e.app.url, 'review.setComment', { reportId, indicatorId: indicatorOf(await workspaceOf(offices.lged), '1.5.1').indicatorId, comment: 'হালনাগাদ প্রমাণক দেখা হয়েছে' });
  await expect(webCall(e2e.app.url, 'review.saveFeedback', { reportId, letterText: 'পুরনো নম্বরের পত্র', basis: old })).rejects.toThrow(/feedback-stale/);
  expect((await webCall(e2e.app.url, 'review.feedback', { reportId })).letterText).toBe(saved.letterText);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('a verified 150% is confirmed or refused next to its field; a huge figure is named there too', async () => {
  const { page, errors } = await newPage();
  await openOffice(page, offices.lged);
  const row = indicator(page, '1.5.1');
  const previous = await verifiedOf(offices.lged, '1.5.1');
  if (typeof previous === 'string') throw new Error(`[1.5.1] is a percentage, verified as ${previous}`);

  await row.getByTestId('verified-input').fill('১৫০');
  await row.getByTestId('verified-save').click();
  const confirm = row.getByTestId('verified-confirm');
  await expect.poll(() => confirm.isVisible()).toBe(true);
  expect(await confirm.textContent()).toContain('সূচক [১.৫.১]: যাচাইকৃত অর্জন ১৫০%, যা ১০০%-এর বেশি');
  expect(await verifiedOf(offices.lged, '1.5.1')).toBe(previous); // nothing saved yet
  await row.getByTestId('verified-confirm-no').click();
  expect(await confirm.count()).toBe(0);
  expect(await row.getByTestId('verified-input').inputValue()).toBe(previous === null ? '' : bn(previous));
  expect(await verifiedOf(offices.lged, '1.5.1')).toBe(previous);

  await row.getByTestId('verified-input').fill('১৫০');
  await row.getByTestId('verified-save').click();
  await row.getByTestId('verified-confirm-yes').click();
  await expect.poll(() => verifiedOf(offices.lged, '1.5.1')).toBe(150);
  await expect.poll(() => row.getByTestId('verified-input').inputValue()).toBe('১৫০');

  // a figure far beyond anything the review keeps: said next to the field, naming the indicator
  await row.getByTestId('verified-input').fill('১০০০০০০০০০০০০০');
  await row.getByTestId('verified-save').click();
  await expect.poll(() => row.getByTestId('verified-error').textContent()).toContain('সূচক [১.৫.১]: যাচাইকৃত অর্জন অস্বাভাবিক বড়');
  expect(await page.locator('body').textContent()).not.toContain('লেখাটি বেশি লম্বা');
  expect(await page.locator('.review-workspace > .error-banner').count()).toBe(0);
  expect(await verifiedOf(offices.lged, '1.5.1')).toBe(150);

  // the backend refuses an unconfirmed implausible figure from any client
  const ws = await workspaceOf(offices.lged);
  await expect(webCall(e2e.app.url, 'review.setVerified', { reportId: ws.report.id, indicatorId: indicatorOf(ws, '1.5.1').indicatorId, value: 120 }))
    .rejects.toThrow(/verified-implausible/);
  await row.getByTestId('verified-clear').click();
  await expect.poll(() => verifiedOf(offices.lged, '1.5.1')).toBeNull();
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('a memo file number that is not one is said in Bengali next to its field', async () => {
  const { page, errors } = await newPage();
  await page.getByTestId('fiscal-year').selectOption(FY);
  await page.getByTestId('period').selectOption('H1');
  await page.locator('[data-nav=package]').click();
  await expect.poll(() => page.getByTestId('memo-composer').isVisible()).toBe(true);
  await page.locator('#memo-file-number').fill('নথি-১২');
  await page.locator('#memo-date').fill('২৫/০১/২০২২');
  await page.locator('#memo-date').press('Enter');
  await expect.poll(() => page.getByTestId('generate-package').isDisabled()).toBe(false);
  await page.getByTestId('generate-package').click();
  await expect.poll(() => page.getByTestId('memo-file-number-error').textContent()).toContain('নথি নম্বরটি ঠিক নয়');
  const body = (await page.locator('body').textContent()) ?? '';
  expect(body).not.toContain('is not a file number');
  expect(body).not.toContain('fileNumber');
  expect(await page.getByTestId('package-job').count()).toBe(0); // no job started
  expect(await webCall(e2e.app.url, 'memos.register', {})).toEqual([]);

  // a serial typed in Bengali digits is taken; a word is marked
  await page.locator('#memo-start-at').fill('ক');
  expect(await page.locator('#memo-start-at').getAttribute('aria-invalid')).toBe('true');
  await page.locator('#memo-start-at').fill('১২');
  expect(await page.locator('#memo-start-at').getAttribute('aria-invalid')).toBeNull();
  // the date field is dd/mm/yyyy text, never a native date input
  expect(await page.locator('input[type=date]').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('a letter saved before its review changed is flagged when opened, and holds the package back until written again', async () => {
  const url = e2e.app.url;
  const ws = await workspaceOf(offices.lged);
  const reportId = ws.report.id as number;
  const letter = await webCall(url, 'review.feedback', { reportId });
  await webCall(url, 'review.saveFeedback', { reportId, letterText: `${letter.draft}\n\nবিশেষ দ্রষ্টব্য: সময়মতো প্রতিবেদন পাঠান।`, basis: letter.basis });
  // the next day, in another session, a comment is added to an indicator
  await webCall(url, 'review.setComment', { reportId, indicatorId: indicatorOf(ws, '2.1.1').indicatorId, comment: 'সভার কার্যবিবরণী পাওয়া যায়নি' });

  const { page, errors } = await newPage();
  await openOffice(page, offices.lged);
  const editor = page.getByTestId('feedback-editor');
  await expect.poll(() => editor.getAttribute('data-stale')).toBe('yes');
  expect(await editor.getAttribute('data-saved')).toBe('yes');
  await page.locator('[data-nav=package]').click();
  await expect.poll(() => page.locator('[data-testid=package-notices] li[data-code=feedback-letter-stale]').textContent(), { timeout: 20_000 })
    .toContain('স্থানীয় সরকার প্রকৌশল অধিদপ্তর');
  expect(await page.getByTestId('generate-package').isDisabled()).toBe(true);

  await openOffice(page, offices.lged);
  await page.getByTestId('feedback-redraft').click();
  expect(await page.getByTestId('feedback-text').inputValue()).toContain('সভার কার্যবিবরণী পাওয়া যায়নি');
  await page.getByTestId('feedback-save').click();
  await expect.poll(() => page.getByTestId('feedback-editor').getAttribute('data-stale')).toBe('no');
  expect((await webCall(url, 'review.feedback', { reportId })).stale).toBe(false);
  await page.locator('[data-nav=package]').click();
  // once the preview is in, the notices are this preview's
  await expect.poll(() => page.getByTestId('document-preview').evaluate((el) => el.shadowRoot?.textContent ?? ''), { timeout: 20_000 }).toContain('ফলাবর্তক');
  await expect.poll(() => page.locator('[data-testid=package-notices] li[data-code=feedback-letter-stale]').count(), { timeout: 20_000 }).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

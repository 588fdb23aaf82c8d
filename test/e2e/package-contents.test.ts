// The Package screen against `npm run web` in Chromium (issue 13: item 10 and the package's smaller
// items): a package without the ministry's own report says why that part is missing, and its memo
// text, annex headings and file names agree with what is enclosed; memo text naming a part that is not
// enclosed is caught before anything is issued; a serial already used is refused with the next free
// one; a second package asks whether the feedback letters keep their numbers; the progress line never
// shows an internal file name.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { webCall, webImportDemo, webOwnOffice } from '../support/web-api.js';

let browser: Browser;
let app: RunningWebApp;
const dataDir = tempDir();
const MINISTRY = 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়';
const FILE_NUMBER = '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(dataDir);
  await webCall(app.url, 'setup.complete', {
    office: { nameBn: MINISTRY, shortName: 'MoPME', level: 'ministry', memoPrefix: FILE_NUMBER },
    signatory: { name: 'মোঃ সিরাজুল ইসলাম', designation: 'সিস্টেম এনালিস্ট' },
  });
  await webCall(app.url, 'settings.update', { fiscalYear: '2023-24' });
  const own = await webOwnOffice(app.url);
  // the ministry's own report has not been imported: only a subordinate office's
  const dpe = await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  await webImportDemo(app.url, 'dpe-plan.xlsx', demoPlanXlsx('প্রাথমিক শিক্ষা অধিদপ্তর'), dpe.id, null);
  await webImportDemo(app.url, 'dpe-h1.xlsx', demoH1ReportXlsx('প্রাথমিক শিক্ষা অধিদপ্তর', 3), dpe.id, 'H1');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

const previewText = (page: Page): Promise<string> => page.getByTestId('document-preview').evaluate((el) => el.shadowRoot?.textContent ?? '');
const noticeCodes = (page: Page): Promise<string[]> => page.locator('[data-testid=package-notices] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code') ?? ''));

async function openPackagePage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(app.url);
  await page.locator('[data-nav=package]').click();
  await expect.poll(() => page.getByTestId('memo-composer').isVisible()).toBe(true);
  await page.locator('#memo-file-number').fill(FILE_NUMBER);
  await page.locator('#memo-date').fill('২৫/০১/২০২৪');
  await page.locator('#memo-date').press('Enter');
  return page;
}

async function generate(page: Page): Promise<{ folder: string; steps: string[] }> {
  // every progress line the page shows, as it changes
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const job = document.querySelector('[data-testid=package-job][data-state=running]');
      const text = job?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('generate-package').click();
  await expect.poll(() => page.getByTestId('package-job').getAttribute('data-state'), { timeout: 150_000, interval: 300 }).toBe('done');
  const steps = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  return { folder: (await page.getByTestId('package-folder').textContent())!, steps };
}

test('a package without the own report: told why, and memo text, annex headings and file names agree with what is enclosed', { timeout: 240_000 }, async () => {
  const page = await openPackagePage();
  // the part cannot be chosen, and the page says why
  const own = page.locator('input[data-part=selfAssessment]');
  expect(await own.isChecked()).toBe(false);
  expect(await own.isDisabled()).toBe(true);
  expect(await page.getByTestId('unavailable-selfAssessment').textContent()).toContain('নিজ দপ্তরের ২০২৩-২৪ অর্থবছরের অর্ধবার্ষিক প্রতিবেদন আমদানি করা হয়নি');

  // the memo is worded for what is enclosed: the review, not the own self-assessment
  const subject = await page.locator('#memo-subject').inputValue();
  expect(subject).toMatch(/^আওতাধীন দপ্তর\/সংস্থার ২০২৩-২৪ অর্থবছরের .* পর্যালোচনা সংক্রান্ত প্রতিবেদন প্রেরণ প্রসঙ্গে।$/u);
  expect(subject).not.toContain(`${MINISTRY}ের`);
  await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain('সংযুক্তি-১');
  const text = await previewText(page);
  expect(text).toContain('১।আওতাধীন দপ্তর/সংস্থার'); // the memo's first enclosure …
  expect(text).not.toContain('সংযোজনী-৫'); // … and no self-assessment annex anywhere

  // a subject that names the own self-assessment is caught, and nothing can be generated
  await page.locator('#memo-subject').fill(`${MINISTRY}ের অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন ও পর্যালোচনা প্রতিবেদন প্রেরণ প্রসঙ্গে।`);
  await expect.poll(() => noticeCodes(page), { timeout: 20_000 }).toContain('memo-mentions-missing-part');
  expect(await page.locator('[data-code=memo-mentions-missing-part]').textContent()).toContain('নিজ দপ্তরের স্ব-মূল্যায়ন প্রতিবেদন');
  expect(await page.getByTestId('generate-package').isDisabled()).toBe(true);
  await page.locator('#memo-subject').fill(subject);
  await expect.poll(() => noticeCodes(page), { timeout: 20_000 }).not.toContain('memo-mentions-missing-part');

  const { folder, steps } = await generate(page);
  const files = fs.readdirSync(folder);
  expect(files).toEqual(expect.arrayContaining(['memo.pdf', 'enclosure-1-review-report.pdf', 'enclosure-2-feedback-letters']));
  expect(files.some((f) => f.includes('self-assessment'))).toBe(false);
  // the PDFs say the same: the memo lists the review as enclosure 1, the review annex is headed সংযুক্তি-১
  const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', path.join(folder, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdfText('memo.pdf')).toMatch(/সংযুক্তি: ১। আওতাধীন দপ্তর\/সংস্থার/u);
  expect(pdfText('memo.pdf')).not.toContain('স্ব-মূল্যায়ন প্রতিবেদন এবং');
  expect(pdfText('enclosure-1-review-report.pdf')).toContain('সংযুক্তি-১');
  // the progress named the documents as people do, never an internal file name
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps) expect(step).not.toMatch(/annex-|enclosure-|review-report|feedback-\d/);
  await page.close();
});

test('a serial already used is refused with the next free one; a second package asks about the letters\' numbers', { timeout: 240_000 }, async () => {
  const page = await openPackagePage();
  await expect.poll(() => noticeCodes(page), { timeout: 20_000 }).toContain('package-issued-before');
  // the first package issued serials 1 (the letter) and 2 (the memo): asking for 1 again is refused
  await page.locator('#memo-start-at').fill('1');
  await expect.poll(() => noticeCodes(page), { timeout: 20_000 }).toContain('serial-used');
  expect(await page.locator('[data-code=serial-used]').textContent()).toContain('পরবর্তী খালি ক্রমিক ৩');
  expect(await page.getByTestId('generate-package').isDisabled()).toBe(true);
  await page.locator('#memo-start-at').fill('');
  await expect.poll(() => noticeCodes(page), { timeout: 20_000 }).not.toContain('serial-used');

  // the feedback letter has a number from the first package: the user chooses before generating
  expect(await noticeCodes(page)).toContain('feedback-numbers-issued');
  expect(await page.locator('[data-code=feedback-numbers-issued]').textContent()).toContain(`${FILE_NUMBER}-১`);
  expect(await page.getByTestId('generate-package').isDisabled()).toBe(true);
  await page.getByTestId('feedback-numbering').getByLabel('আগের নম্বর ও তারিখ রাখুন (পত্রগুলো ঐ নম্বরে পাঠানো হয়েছে)').check();
  await expect.poll(() => page.getByTestId('generate-package').isDisabled()).toBe(false);
  await generate(page);
  expect(await page.getByTestId('package-done').textContent()).toContain(`${FILE_NUMBER}-৩`);
  expect(await page.getByTestId('package-feedback-numbers').textContent()).toBe('ফলাবর্তক পত্র: ০টি নতুন স্মারক নম্বর, ১টি আগের নম্বরে');
  const register = await webCall(app.url, 'memos.register', {});
  expect(register.map((m: { memoNumber: string }) => m.memoNumber).sort()).toEqual([`${FILE_NUMBER}-১`, `${FILE_NUMBER}-২`, `${FILE_NUMBER}-৩`].sort());
  await page.close();
});

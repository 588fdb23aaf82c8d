// Issue 5, acceptance 6: compose a memo in the UI, see the preview, generate the package, find the files.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { webCall, webImportDemo, webOwnOffice } from '../support/web-api.js';

let browser: Browser;
let app: RunningWebApp;
const dataDir = tempDir();
const MINISTRY = 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(dataDir);
  await webCall(app.url, 'setup.complete', {
    office: { nameBn: MINISTRY, shortName: 'MoPME', level: 'ministry', memoPrefix: '৩৮.০০.০০০০.০১০.৩৬' },
    signatory: { name: 'মোঃ সিরাজুল ইসলাম', designation: 'সিস্টেম এনালিস্ট' },
  });
  await webCall(app.url, 'settings.update', { fiscalYear: '2023-24' });
  const own = await webOwnOffice(app.url);
  await webImportDemo(app.url, 'own.xlsx', demoH1ReportXlsx(MINISTRY, 7), own.id, 'H1');
  const dpe = await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  await webImportDemo(app.url, 'dpe-plan.xlsx', demoPlanXlsx('প্রাথমিক শিক্ষা অধিদপ্তর'), dpe.id, null);
  await webImportDemo(app.url, 'dpe-h1.xlsx', demoH1ReportXlsx('প্রাথমিক শিক্ষা অধিদপ্তর', 3), dpe.id, 'H1');
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

test('compose the memo, preview it, generate the package and find its files', { timeout: 180_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(app.url);
  await page.locator('[data-nav=package]').click();
  await expect.poll(() => page.getByTestId('memo-composer').isVisible()).toBe(true);

  await page.locator('#memo-file-number').fill('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪');
  // the feedback letter went out first and takes serial ১; the memo the next
  await expect.poll(() => page.getByTestId('next-memo-number').textContent(), { timeout: 20_000 }).toContain('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-২');
  await page.locator('#memo-subject').fill('অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন ও পর্যালোচনা প্রতিবেদন প্রেরণ প্রসঙ্গে।');
  await page.locator('#memo-date').fill('২৫/০১/২০২৪');
  await page.locator('#memo-date').press('Enter');

  // The live preview is the documents themselves, in a shadow root.
  const preview = page.getByTestId('document-preview');
  await expect.poll(() => preview.evaluate((el) => el.shadowRoot?.textContent ?? ''), { timeout: 20_000 }).toContain('অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন ও পর্যালোচনা প্রতিবেদন প্রেরণ প্রসঙ্গে।');
  const previewText = await preview.evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(previewText).toContain('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-২');
  expect(previewText).toContain('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-১');
  expect(previewText).toContain('প্রাথমিক শিক্ষা অধিদপ্তর');

  await page.getByTestId('generate-package').click();
  await expect.poll(() => page.getByTestId('package-job').getAttribute('data-state'), { timeout: 150_000, interval: 500 }).toBe('done');
  expect(await page.getByTestId('package-done').textContent()).toContain('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-২');
  const folder = (await page.getByTestId('package-folder').textContent())!;
  expect(path.dirname(folder)).toBe(path.join(dataDir, 'packages'));
  for (const file of ['memo.pdf', 'enclosure-1-self-assessment.pdf', 'enclosure-2-review-report.pdf', 'enclosure-3-feedback-letters/feedback-01.pdf', 'manifest.json', `${path.basename(folder)}.zip`]) {
    expect(fs.existsSync(path.join(folder, file)), file).toBe(true);
  }
  await expect.poll(() => page.getByTestId('memo-register').textContent()).toContain('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪-২');
  await page.close();
});

// Issue 6, acceptance 4: during a full session in the UI — import, review, package — every request the
// renderer makes goes to the app itself; nothing leaves it. Any other request is recorded and aborted.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { webCall, webOwnOffice } from '../support/web-api.js';

let browser: Browser;
let app: RunningWebApp;
const files = tempDir();
const MINISTRY = 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়';
const DPE = 'প্রাথমিক শিক্ষা অধিদপ্তর';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(tempDir());
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

test('a whole session (setup, import, review, package) makes no request outside the app', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const origin = new URL(app.url).origin;
  const requests: string[] = [];
  const escaped: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${origin}/`)) return route.continue();
    escaped.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('websocket', (ws) => escaped.push(ws.url()));
  await page.goto(app.url);

  // Setup through the UI.
  await page.locator('#own-nameBn').fill(MINISTRY);
  await page.locator('#own-shortName').fill('MoPME');
  await page.locator('#own-memoPrefix').fill('৩৮.০০.০০০০.০১০.৩৬');
  await page.locator('#signatory-name').fill('মোঃ সিরাজুল ইসলাম');
  await page.locator('#signatory-designation').fill('সিস্টেম এনালিস্ট');
  await page.getByRole('button', { name: 'শুরু করুন' }).click();
  await expect.poll(() => page.getByTestId('home-page').isVisible()).toBe(true);
  await webCall(app.url, 'settings.update', { fiscalYear: '2023-24' });
  const own = await webOwnOffice(app.url);
  await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: DPE });

  // Import two files through the UI.
  const plan = path.join(files, 'dpe-plan.xlsx');
  const report = path.join(files, 'dpe-h1.xlsx');
  fs.writeFileSync(plan, demoPlanXlsx(DPE));
  fs.writeFileSync(report, demoH1ReportXlsx(DPE, 5));
  await page.reload();
  await page.locator('[data-nav=import]').click();
  await page.getByTestId('import-files').setInputFiles([plan, report]);
  await expect.poll(() => page.locator('td[data-status=ready]').count(), { timeout: 30_000 }).toBe(2);
  await page.getByTestId('import-all').click();
  await expect.poll(() => page.locator('td[data-status=imported]').count(), { timeout: 30_000 }).toBe(2);

  // Review: open the office, change a verified figure.
  await page.locator('[data-nav=review]').click();
  await page.getByTestId('fiscal-year').selectOption('2023-24');
  await expect.poll(() => page.locator('[data-testid=overview-table] tr[data-office-id]').count()).toBe(1);
  await page.locator('[data-testid=overview-table] [data-testid=open-office]').first().click();
  await expect.poll(() => page.getByTestId('review-workspace').isVisible()).toBe(true);
  const row = page.locator('[data-testid=review-indicators] tbody[data-code="1.2.1"]');
  await row.getByTestId('verified-input').fill('2');
  await row.getByTestId('verified-save').click();
  await expect.poll(() => row.locator('[data-field=verified-score]').getAttribute('data-value')).not.toBe('');

  // Package: compose and generate.
  await page.locator('[data-nav=package]').click();
  await expect.poll(() => page.getByTestId('memo-composer').isVisible()).toBe(true);
  await page.locator('#memo-file-number').fill('৩৮.০০.০০০০.০১০.৩৬.০০১.২৪');
  await page.getByTestId('generate-package').click();
  await expect.poll(() => page.getByTestId('package-job').getAttribute('data-state'), { timeout: 180_000, interval: 500 }).toBe('done');

  expect(escaped).toEqual([]);
  expect(requests.length).toBeGreaterThan(20); // the session did talk to the app
  expect(requests.every((u) => u.startsWith(`${origin}/`))).toBe(true);
  await context.close();
});

// Issue 4, acceptance 4: two offices' H1 reports imported; one opened in the review workspace, a
// verified achievement changed (its score and the office's total change), a comment added, an
// evidence file attached; after a restart everything is still there; the overview shows both offices
// with the right totals, and its XLSX export holds the same numbers.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SUMMARY_HEADERS, SUMMARY_SHEET } from '../../electron/backend/review/overview-export.js';
import { launchBrowser } from '../support/browser.js';
import { fixture } from '../support/fixture-files.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { indicatorOf, SETUP_INPUT, webCall, webOwnOffice } from '../support/web-api.js';

let browser: Browser;
let app: RunningWebApp;
const dataDir = tempDir();
const files = tempDir();
const offices: Record<'lged' | 'jms', number> = { lged: 0, jms: 0 };

async function importReport(fileName: string, officeId: number, receivedOn: string) {
  const bytes = fs.readFileSync((await fixture(fileName)).file);
  const analysis = await webCall(app.url, 'imports.stage', { fileName, contentBase64: bytes.toString('base64') });
  return webCall(app.url, 'imports.commit', { stagedId: analysis.stagedId, officeId, fiscalYear: analysis.fiscalYear, period: analysis.period, receivedOn });
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(dataDir);
  await webCall(app.url, 'setup.complete', SETUP_INPUT);
  const own = await webOwnOffice(app.url);
  offices.lged = (await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'স্থানীয় সরকার প্রকৌশল অধিদপ্তর' })).id;
  offices.jms = (await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'জাতীয় মহিলা সংস্থা' })).id;
  expect(await importReport('seed003-h1-annex.xlsx', offices.lged, '2022-01-12')).toMatchObject({ kind: 'report' });
  expect(await importReport('seed004-q2-progress.xlsx', offices.jms, '2022-02-11')).toMatchObject({ kind: 'report' });
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

async function openReview(page: Page) {
  await page.goto(app.url);
  await page.locator('[data-nav=review]').click();
  await page.getByTestId('fiscal-year').selectOption('2021-22');
  expect(await page.getByTestId('period').inputValue()).toBe('H1');
  await expect.poll(() => page.locator('[data-testid=overview-table] tr[data-office-id]').count()).toBe(2);
}

async function openOffice(page: Page, officeId: number) {
  await page.locator(`[data-testid=overview-table] tr[data-office-id="${officeId}"] [data-testid=open-office]`).click();
  await expect.poll(() => page.getByTestId('review-workspace').isVisible()).toBe(true);
}

const indicator = (page: Page, code: string) => page.locator(`[data-testid=review-indicators] tbody[data-code="${code}"]`);
const dataValue = async (page: Page, selector: string) => Number(await page.locator(selector).first().getAttribute('data-value'));
const bn = (n: number) => new Intl.NumberFormat('bn-BD', { maximumFractionDigits: 2 }).format(n);

test('review one office, restart, find it all; the overview and its export agree', async () => {
  const evidence = path.join(files, 'সভার-কার্যবিবরণী.pdf');
  fs.writeFileSync(evidence, '%PDF-1.4 কার্যবিবরণী ২৬/০৮/২০২১');
  let page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openReview(page);
  await openOffice(page, offices.jms);

  // [১.৪]: the report wrote the meeting date inside words, so nothing is claimed; the reviewer verifies 26/08/2021.
  const row = indicator(page, '1.4');
  const weight = indicatorOf(await webCall(app.url, 'review.workspace', { officeId: offices.jms, fiscalYear: '2021-22', period: 'H1' }), '1.4').weight as number;
  expect(await row.locator('[data-field=verified-score]').getAttribute('data-value')).toBe('');
  const totalBefore = await dataValue(page, '[data-testid=total-verified]');
  const claimedBefore = await dataValue(page, '[data-testid=total-claimed]');
  // typed as an officer writes a date (dd/mm/yyyy, Bengali digits) and saved with Enter
  await row.getByTestId('verified-input').fill('২৬/০৮/২০২১');
  await row.getByTestId('verified-input').press('Enter');
  await expect.poll(() => row.locator('[data-field=verified-score]').getAttribute('data-value')).toBe(String(weight));
  expect(await row.locator('[data-field=verified-score]').textContent()).toContain(bn(weight));
  await expect.poll(() => dataValue(page, '[data-testid=total-verified]')).toBeCloseTo(totalBefore + weight, 9);
  expect(await page.locator('[data-testid=total-verified] strong').textContent()).toBe(bn(totalBefore + weight));
  expect(await dataValue(page, '[data-testid=total-claimed]')).toBe(claimedBefore);

  await row.getByTestId('comment-input').fill('সভার কার্যবিবরণী দেখে তারিখ যাচাই করা হয়েছে');
  await row.getByTestId('comment-save').click();
  await expect.poll(() => row.getByTestId('comment-save').isDisabled()).toBe(true);
  await row.getByTestId('status-select').selectOption('accepted');
  await row.getByTestId('evidence-input').setInputFiles(evidence);
  await expect.poll(() => row.getByTestId('evidence-item').count()).toBe(1);
  expect(await row.getByTestId('evidence-item').textContent()).toContain('সভার-কার্যবিবরণী.pdf');
  await row.getByTestId('history-toggle').click();
  await expect.poll(() => row.locator('[data-testid=history] li').count()).toBe(4);
  expect(pageErrors).toEqual([]);
  await page.close();

  // Restart on the same data folder.
  await app.stop();
  app = await startWebApp(dataDir);
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  await openReview(page);
  await openOffice(page, offices.jms);
  const again = indicator(page, '1.4');
  expect(await again.getByTestId('verified-input').inputValue()).toBe('২৬/০৮/২০২১');
  expect(await again.locator('[data-field=verified-score]').getAttribute('data-value')).toBe(String(weight));
  expect(await again.getByTestId('comment-input').inputValue()).toBe('সভার কার্যবিবরণী দেখে তারিখ যাচাই করা হয়েছে');
  expect(await again.getByTestId('status-select').inputValue()).toBe('accepted');
  expect(await again.getByTestId('evidence-item').textContent()).toContain('সভার-কার্যবিবরণী.pdf');
  expect(await dataValue(page, '[data-testid=total-verified]')).toBeCloseTo(totalBefore + weight, 9);

  // The overview: both offices, with the totals of their workspaces.
  await page.getByTestId('review-back').click();
  await expect.poll(() => page.locator('[data-testid=overview-table] tr[data-office-id]').count()).toBe(2);
  const expected: Record<number, { claimed: number; verified: number }> = {};
  for (const officeId of [offices.lged, offices.jms]) {
    const ws = await webCall(app.url, 'review.workspace', { officeId, fiscalYear: '2021-22', period: 'H1' });
    expected[officeId] = { claimed: ws.totals.claimed.score, verified: ws.totals.verified.score };
    const line = `[data-testid=overview-table] tr[data-office-id="${officeId}"]`;
    expect(await dataValue(page, `${line} [data-field=claimed]`)).toBeCloseTo(ws.totals.claimed.score, 9);
    expect(await dataValue(page, `${line} [data-field=verified]`)).toBeCloseTo(ws.totals.verified.score, 9);
    expect(await page.locator(`${line} [data-field=verified]`).textContent()).toBe(bn(ws.totals.verified.score));
  }
  expect(expected[offices.jms]!.verified).toBeCloseTo(totalBefore + weight, 9);
  expect(await page.locator(`[data-testid=review-heatmap] tr[data-office-id="${offices.jms}"] td[data-code="1.4"]`).getAttribute('data-level')).toBe('100');
  expect(await page.getByTestId('review-chart').isVisible()).toBe(true);

  // The export, downloaded through the page and read back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-export').click()]);
  expect(download.suggestedFilename()).toBe('review-2021-22-H1.xlsx');
  const saved = path.join(files, download.suggestedFilename());
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.getWorksheet(SUMMARY_SHEET)!;
  const column = (name: (typeof SUMMARY_HEADERS)[number]) => SUMMARY_HEADERS.indexOf(name) + 1;
  const names: Record<string, number> = { 'স্থানীয় সরকার প্রকৌশল অধিদপ্তর': offices.lged, 'জাতীয় মহিলা সংস্থা': offices.jms };
  const found: number[] = [];
  sheet.eachRow((r, n) => {
    if (n < 3) return;
    const officeId = names[String(r.getCell(1).value)]!;
    found.push(officeId);
    expect(Number(r.getCell(column('দাবিকৃত নম্বর')).value)).toBeCloseTo(expected[officeId]!.claimed, 9);
    expect(Number(r.getCell(column('যাচাইকৃত নম্বর')).value)).toBeCloseTo(expected[officeId]!.verified, 9);
  });
  expect(found.sort()).toEqual([offices.lged, offices.jms].sort());
  await page.close();
});

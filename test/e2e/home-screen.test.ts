// Issue 13, item "home screen": the app opens on it; with several offices and some reports its
// numbers are the database's (offices expected, reports arrived and from whom, reports still to
// review, the deadline, the last package), each card leads to its page, and it looks the same in
// Bengali and English from run to run (screenshots, today's date masked).
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { screenDifference } from '../support/screenshots.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { SETUP_INPUT, webCall, webImportDemo, webOwnOffice } from '../support/web-api.js';

let browser: Browser;
let app: RunningWebApp;
const dataDir = tempDir();
const NAMES = ['বাংলাদেশ আইন কমিশন', 'বাংলাদেশ সংসদ সচিবালয়', 'জাতীয় মানবাধিকার কমিশন', 'বাংলাদেশ কপিরাইট অফিস', 'আইন ও বিচার বিভাগীয় প্রশিক্ষণ কেন্দ্র'];
const EN = ['Bangladesh Law Commission', 'Parliament Secretariat', 'National Human Rights Commission', 'Copyright Office', 'Judicial Training Centre'];
const ids: number[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(dataDir);
  await webCall(app.url, 'setup.complete', SETUP_INPUT);
  await webCall(app.url, 'settings.update', { fiscalYear: '2023-24' });
  const own = await webOwnOffice(app.url);
  for (const [i, nameBn] of NAMES.entries()) {
    ids.push((await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn, nameEn: EN[i] })).id);
  }
  // Three of five report for H1 (one of them twice); one has its review begun on every indicator.
  for (const i of [0, 1, 2]) {
    await webImportDemo(app.url, `plan-${i}.xlsx`, demoPlanXlsx(NAMES[i]!), ids[i]!, null);
    await webImportDemo(app.url, `h1-${i}.xlsx`, demoH1ReportXlsx(NAMES[i]!, 300 + i), ids[i]!, 'H1');
  }
  await webImportDemo(app.url, 'h1-0-again.xlsx', demoH1ReportXlsx(NAMES[0]!, 399), ids[0]!, 'H1');
  const workspace = await webCall(app.url, 'review.workspace', { officeId: ids[1], fiscalYear: '2023-24', period: 'H1' });
  for (const item of workspace.indicators) {
    await webCall(app.url, 'review.setStatus', { reportId: workspace.report.id, indicatorId: item.indicatorId, status: 'accepted' });
  }
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

function database() {
  return new Database(path.join(dataDir, 'apa-desk.sqlite'), { readonly: true, fileMustExist: true });
}

async function openHome(page: Page) {
  await page.goto(app.url);
  await expect.poll(() => page.getByTestId('home-page').isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => page.getByTestId('home-arrived-count').getAttribute('data-value')).not.toBeNull();
}

const value = async (page: Page, id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));

test('the app opens on the home screen and its numbers are the database\'s', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openHome(page);
  expect(await page.locator('[data-nav=home]').getAttribute('class')).toBe('active');

  const db = database();
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const expected = one(`SELECT count(*) AS n FROM offices WHERE active = 1 AND is_own = 0`);
  const arrivedFrom = db
    .prepare(`SELECT DISTINCT o.name_bn AS name FROM reports r JOIN offices o ON o.id = r.office_id WHERE o.is_own = 0 AND r.fiscal_year = '2023-24' AND r.period = 'H1'`)
    .all()
    .map((r) => (r as { name: string }).name);
  // A report still to review: one of its indicators has no review status other than pending.
  const toReview = one(`
    SELECT count(*) AS n FROM reports r JOIN offices o ON o.id = r.office_id
    WHERE o.is_own = 0 AND r.fiscal_year = '2023-24' AND r.period = 'H1'
      AND r.version = (SELECT max(version) FROM reports x WHERE x.office_id = r.office_id AND x.fiscal_year = r.fiscal_year AND x.period = r.period)
      AND (SELECT count(*) FROM plan_indicators i WHERE i.plan_id = r.plan_id) >
          (SELECT count(*) FROM review_items ri JOIN reviews v ON v.id = ri.review_id WHERE v.report_id = r.id AND ri.status <> 'pending')`);
  db.close();
  expect([expected, arrivedFrom.length, toReview]).toEqual([5, 3, 2]);

  expect(await value(page, 'home-expected')).toBe(expected);
  expect(await page.getByTestId('home-expected').textContent()).toBe('৫টি অফিসের প্রতিবেদন');
  expect(await value(page, 'home-arrived-count')).toBe(arrivedFrom.length);
  expect(await page.getByTestId('home-arrived-count').textContent()).toBe('৩/৫টি প্রতিবেদন');
  const arrivedText = await page.getByTestId('home-arrived').textContent();
  for (const name of arrivedFrom) expect(arrivedText).toContain(name);
  expect(arrivedText).toContain('প্রাপ্তি ১০ জানুয়ারি, ২০২৪');
  expect(arrivedText).toContain('২টি সংস্করণ');
  expect(await value(page, 'home-missing-count')).toBe(expected - arrivedFrom.length);
  const missingText = await page.getByTestId('home-missing').textContent();
  expect(missingText).toContain(NAMES[3]);
  expect(missingText).toContain(NAMES[4]);
  expect(await value(page, 'home-review-count')).toBe(toReview);
  expect(await page.getByTestId('home-review').textContent()).not.toContain(NAMES[1]);
  expect(await page.getByTestId('home-due').textContent()).toContain('শেষ তারিখ ১৫ জানুয়ারি, ২০২৪');
  expect(await page.getByTestId('home-package').textContent()).toContain('এখনো কোনো প্যাকেজ তৈরি হয়নি');

  expect(await page.getByTestId('home-page').textContent()).not.toMatch(/\b(home|review|errors)\.[a-zA-Z]/);

  // Each card leads to its page.
  await page.getByTestId('home-review-link').click();
  await expect.poll(() => page.locator('[data-nav=review]').getAttribute('class')).toBe('active');
  await page.locator('[data-nav=home]').click();
  await page.getByTestId('home-missing-link').click();
  await expect.poll(() => page.locator('[data-nav=import]').getAttribute('class')).toBe('active');
  await page.locator('[data-nav=home]').click();
  await page.getByTestId('home-package-link').click();
  await expect.poll(() => page.locator('[data-nav=package]').getAttribute('class')).toBe('active');
  await page.locator('[data-nav=home]').click();
  await page.getByTestId('home-due-link').click();
  await expect.poll(() => page.getByTestId('office-tree').isVisible()).toBe(true);

  // Another period of the header: nothing has arrived for Q1.
  await page.locator('[data-nav=home]').click();
  await page.getByTestId('period').selectOption('Q1');
  await expect.poll(() => page.getByTestId('home-arrived-count').textContent()).toBe('০/৫টি প্রতিবেদন');
  expect(errors).toEqual([]);
  await page.close();
});

// What changes with the day the test runs: today's date, the days left and the next deadline.
const MASK = ['[data-testid=home-today]', '[data-testid=home-days-left]', '[data-testid=home-next] .home-card-body'];

test('the home screen in Bengali and in English looks as it did', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await openHome(page);
  await page.evaluate(() => document.fonts.ready);
  const bn = await screenDifference(page, 'home-bn', MASK);
  expect(bn.ratio).toBeLessThanOrEqual(0.01);

  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.getByTestId('home-arrived-count').textContent()).toBe('3 of 5 reports');
  expect(await page.getByTestId('home-missing').textContent()).toContain('Copyright Office');
  expect(await page.getByTestId('home-page').textContent()).not.toMatch(/\b(home|review|errors)\.[a-zA-Z]/);
  await page.evaluate(() => document.fonts.ready);
  const en = await screenDifference(page, 'home-en', MASK);
  expect(en.ratio).toBeLessThanOrEqual(0.01);
  await page.getByTestId('language-switch').click();
  await page.close();
});

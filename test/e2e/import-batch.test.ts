// Issue 13, majors 3, 5 and 8 and the import list: a directorate's batch of 1,000 files is held and
// imported with none lost; the receipt date is the file's own date or one date given once for the
// batch, never today (no past report is "late" by years); files that are not taken are listed with
// the reason; an empty file is named; a cancelled read leaves no file "reading"; the list shows each
// file's office, year, period and receipt date, is filtered, and sets one office for several files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fixture } from '../support/fixture-files.js';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { SETUP_INPUT, webCall, webOwnOffice } from '../support/web-api.js';
import type { ReviewOverview } from '../../electron/backend/api/contract.js';

const dataDir = tempDir();
const files = tempDir();
let browser: Browser;
let app: RunningWebApp;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(dataDir);
  await webCall(app.url, 'setup.complete', SETUP_INPUT);
  const own = await webOwnOffice(app.url);
  const dpl = await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'গণগ্রন্থাগার অধিদপ্তর' });
  await webCall(app.url, 'offices.create', { parentId: dpl.id, level: 'divisional', nameBn: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' });
  await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

const statusOf = (page: Page, fileName: string) => page.locator(`tr[data-file="${fileName}"] td[data-status]`).getAttribute('data-status');
const statusCount = (page: Page, status: string) => page.locator(`[data-testid=import-file-list] td[data-status=${status}]`).count();

async function importPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text()); });
  await page.goto(app.url);
  await page.locator('[data-nav=import]').click();
  return { page, errors };
}

/**
 * Copies of seed 002's Q2 report (a CSV: quick to read), each with its own title line so no two are
 * the same bytes; `dateLine` puts a letter date above the table.
 */
async function reportCopies(count: number, prefix: string, dateLine?: string): Promise<string[]> {
  const lines = fs.readFileSync((await fixture('seed002-q2-report-bom.csv')).file, 'utf8').split('\n');
  const title = lines.findIndex((l) => l.startsWith('সংযোজনী- ৫'));
  expect(title).toBeGreaterThan(0);
  const folder = path.join(files, prefix);
  fs.mkdirSync(folder);
  return Array.from({ length: count }, (_, i) => {
    const copy = [...lines];
    copy[title] = copy[title]!.replace('কর্মপরিকল্পনা', `কর্মপরিকল্পনা (${prefix} ${i + 1})`);
    if (dateLine) copy.splice(title, 0, `${dateLine},,,,,,,,,,,`);
    const file = path.join(folder, `${prefix}-${String(i + 1).padStart(4, '0')}.csv`);
    fs.writeFileSync(file, copy.join('\n'));
    return file;
  });
}

function reportRows(): { n: number; dates: string[] } {
  const db = new Database(path.join(dataDir, 'apa-desk.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const n = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
    const dates = (db.prepare('SELECT DISTINCT received_on AS d FROM reports ORDER BY 1').all() as { d: string | null }[]).map((r) => r.d ?? 'null');
    return { n, dates };
  } finally {
    db.close();
  }
}

test('1,000 files in one batch: all held, one receipt date given once for all, all imported, none late', async () => {
  const { page, errors } = await importPage();
  const batch = await reportCopies(1_000, 'batch');
  await page.getByTestId('import-files').setInputFiles(batch);
  await expect.poll(() => page.getByTestId('import-progress').isVisible(), { timeout: 600_000, interval: 2_000 }).toBe(false);
  await expect.poll(() => statusCount(page, 'ready'), { timeout: 30_000 }).toBe(1_000);

  // No date is written in these files: the receipt date is left empty (never today), and asked for once.
  expect(await page.getByTestId('missing-dates').textContent()).toContain('১০০০টি প্রতিবেদনের প্রাপ্তির তারিখ নেই');
  await page.getByTestId('bulk-received').fill('১৫/০১/২০২৫');
  await page.getByTestId('bulk-received').press('Enter');
  await page.getByTestId('bulk-apply-all').click();
  await expect.poll(() => page.getByTestId('missing-dates').count()).toBe(0);
  expect(await page.locator('tr[data-file="batch-0731.csv"] td[data-col=received]').textContent()).toBe('১৫/০১/২০২৫');

  await page.getByTestId('import-all').click();
  await expect.poll(() => statusCount(page, 'imported'), { timeout: 600_000, interval: 2_000 }).toBe(1_000);
  expect(reportRows()).toEqual({ n: 1_000, dates: ['2025-01-15'] });

  // A report received on time is not late, though "today" is years after it.
  const overview = (await webCall(app.url, 'review.overview', { fiscalYear: '2024-25', period: 'Q2' })) as ReviewOverview;
  const khulna = overview.offices.find((o) => o.officeName === 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা')!;
  expect(khulna.report?.receivedOn).toBe('2025-01-15');
  expect(khulna.late).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
}, 1_200_000);

test('the date a file gives itself is its receipt date', async () => {
  const { page, errors } = await importPage();
  const [dated] = await reportCopies(1, 'dated', 'স্মারক নম্বর: ৫৫.০০.০০০০.১১৮.৩৬.০০১.২৫-১২, তারিখ: ০৯/০১/২০২৫ খ্রি.');
  await page.getByTestId('import-files').setInputFiles([dated!]);
  await expect.poll(() => statusOf(page, 'dated-0001.csv'), { timeout: 60_000 }).toBe('ready');
  expect(await page.locator('tr[data-file="dated-0001.csv"] td[data-col=received]').textContent()).toBe('০৯/০১/২০২৫');
  await page.locator('tr[data-file="dated-0001.csv"]').click();
  expect(await page.getByTestId('import-received').inputValue()).toBe('০৯/০১/২০২৫');
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);

test('files not taken are listed with the reason; an empty file is named; a cancelled read leaves none reading', async () => {
  const { page, errors } = await importPage();
  const odd = path.join(files, 'odd');
  fs.mkdirSync(odd);
  const write = (name: string, bytes: string | Buffer) => {
    fs.writeFileSync(path.join(odd, name), bytes);
    return path.join(odd, name);
  };
  const taken = [write('empty.xlsx', Buffer.alloc(0))];
  const refused = [write('notes.txt', 'হিসাব'), write('reports.zip', Buffer.from('PK\u0003\u0004')), write('scan.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))];
  await page.getByTestId('import-files').setInputFiles([...taken, ...refused]);
  const notTaken = page.getByTestId('not-taken');
  await expect.poll(() => notTaken.locator('li').count()).toBe(3);
  expect(await notTaken.locator('li[data-file="notes.txt"]').textContent()).toContain('.txt');
  expect(await notTaken.locator('li[data-file="reports.zip"]').getAttribute('data-reason')).toBe('zip');
  expect(await notTaken.locator('li[data-file="scan.png"]').textContent()).toContain('ছবির ফাইল পড়া যায় না');
  await expect.poll(() => statusOf(page, 'empty.xlsx')).toBe('failed');
  const emptyRow = await page.locator('tr[data-file="empty.xlsx"] td[data-status]').textContent();
  expect(emptyRow).toContain('empty.xlsx: ফাইলটি খালি (০ বাইট)');
  expect(emptyRow).not.toContain('এই ঘরটি পূরণ করুন');

  // Cancel a read of 40 files: every file is read, or says its reading was cancelled; none stays "reading".
  const many = await reportCopies(40, 'cancel');
  await page.getByTestId('import-files').setInputFiles(many);
  await page.getByTestId('import-cancel').click();
  await expect.poll(() => page.getByTestId('import-progress').count(), { timeout: 60_000 }).toBe(0);
  expect(await statusCount(page, 'reading')).toBe(0);
  const cancelled = await statusCount(page, 'cancelled');
  expect(cancelled).toBeGreaterThan(0);
  expect(await statusCount(page, 'ready') + cancelled).toBe(40);
  expect(await page.getByTestId('import-notice').textContent()).toContain('পড়া বাতিল করা হয়েছে');
  // One of them read again.
  const again = await page.locator('[data-testid=import-file-list] td[data-status=cancelled]').first().locator('xpath=..').getAttribute('data-file');
  await page.locator(`tr[data-file="${again}"]`).click();
  await page.getByTestId('read-again').click();
  await expect.poll(() => statusOf(page, again!), { timeout: 60_000 }).toBe('ready');
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);

test('the list is filtered by status and text, and one office is set for several files at once', async () => {
  const { page, errors } = await importPage();
  // The report's title names an office the registry does not know: each file needs one chosen.
  const sources = await reportCopies(3, 'unnamed');
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8').replace('"বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা"', 'অজানা দপ্তর').replace('গণগ্রন্থাগার অধিদপ্তর', 'অজানা অধিদপ্তর');
    fs.writeFileSync(file, text);
  }
  const [known] = await reportCopies(1, 'known');
  await page.getByTestId('import-files').setInputFiles([...sources, known!]);
  await expect.poll(() => statusOf(page, 'known-0001.csv'), { timeout: 60_000 }).toBe('ready');
  await expect.poll(() => statusCount(page, 'attention'), { timeout: 60_000 }).toBe(3);
  expect(await page.locator('tr[data-file="known-0001.csv"] td[data-col=office]').textContent()).toBe('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা');
  expect(await page.locator('tr[data-file="known-0001.csv"] td[data-col=fiscal-year]').textContent()).toBe('২০২৪-২৫');
  expect(await page.locator('tr[data-file="known-0001.csv"] td[data-col=period]').textContent()).toBe('২য় ত্রৈমাসিক');

  await page.getByTestId('filter-status').selectOption('attention');
  await expect.poll(() => page.locator('[data-testid=import-file-list] tbody tr[data-file]').count()).toBe(3);
  await page.getByTestId('filter-text').fill('unnamed-0002');
  await expect.poll(() => page.locator('[data-testid=import-file-list] tbody tr[data-file]').count()).toBe(1);
  await page.getByTestId('filter-text').fill('');
  await page.getByTestId('select-all-shown').check();
  await page.locator('#bulk-office').selectOption({ label: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  await page.getByTestId('bulk-apply-selected').click();
  await page.getByTestId('filter-status').selectOption('');
  await expect.poll(() => statusCount(page, 'ready'), { timeout: 60_000 }).toBe(4);
  for (const file of sources) {
    expect(await page.locator(`tr[data-file="${path.basename(file)}"] td[data-col=office]`).textContent()).toBe('প্রাথমিক শিক্ষা অধিদপ্তর');
  }
  expect(await page.locator('tr[data-file="known-0001.csv"] td[data-col=office]').textContent()).toBe('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা');
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);

// Issue 13, blockers 1 and 2 and the import preview's screenshots: an impossible date in a file is
// shown as written and flagged in its cell (the app and its import queue survive); a fiscal year is
// typed key by key in Bengali digits and a file with no year in it is imported with it; the preview
// with its problems in Bengali and in English.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture } from '../support/fixture-files.js';
import { tempDir } from '../support/paths.js';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { webCall, webOwnOffice } from '../support/web-api.js';
import { screenDifference } from '../support/screenshots.js';

const e2e = useSetUpWebApp();
const files = tempDir();

const statusOf = (page: Page, fileName: string) => page.locator(`tr[data-file="${fileName}"] td[data-status]`).getAttribute('data-status');

/** A page that records every error thrown in it or logged to the console. */
async function watchedPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The browser asks for a favicon the app does not have: not an error of the app.
  page.on('console', (message) => { if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text()); });
  await page.goto(e2e.app.url);
  await page.locator('[data-nav=import]').click();
  return { page, errors };
}

async function copyFixture(name: string): Promise<string> {
  const target = path.join(files, name);
  fs.copyFileSync((await fixture(name)).file, target);
  return target;
}

/** Seed 000's plan with every fiscal year taken out of its text: the year must be typed by hand. */
async function planWithoutYear(): Promise<string> {
  const workbook = XLSX.read(fs.readFileSync((await fixture('seed000-plan.xlsx')).file));
  for (const name of workbook.SheetNames) {
    for (const [address, cell] of Object.entries(workbook.Sheets[name]!)) {
      const c = cell as XLSX.CellObject;
      if (address.startsWith('!') || typeof c.v !== 'string') continue;
      const text = c.v.replace(/[০-৯0-9]{4}\s*[-–/]\s*[০-৯0-9]{2,4}/g, '').replace(/অর্থবছর/g, '');
      Object.assign(c, { v: text, w: text });
    }
  }
  const file = path.join(files, 'plan-no-year.xlsx');
  fs.writeFileSync(file, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

beforeAll(async () => {
  const own = await webOwnOffice(e2e.app.url);
  await webCall(e2e.app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  await webCall(e2e.app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'জাতীয় মহিলা সংস্থা', nameEn: 'Jatiya Mohila Sangstha' });
});

test('an impossible date is shown as written and flagged in its cell; the app and the queue survive', async () => {
  const { page, errors } = await watchedPage();
  const broken = await copyFixture('seed004-q2-progress.xlsx');
  const other = await copyFixture('seed002-q2-report.ods');
  await page.getByTestId('import-files').setInputFiles([broken, other]);
  await expect.poll(() => statusOf(page, 'seed004-q2-progress.xlsx'), { timeout: 60_000 }).not.toBe('reading');
  await expect.poll(() => statusOf(page, 'seed002-q2-report.ods'), { timeout: 60_000 }).not.toBe('reading');

  await page.locator('tr[data-file="seed004-q2-progress.xlsx"]').click();
  const flagged = page.locator('[data-testid=import-rows] td.cell-flagged', { has: page.getByTestId('invalid-value') });
  await expect.poll(() => flagged.count()).toBeGreaterThan(0);
  const cellText = await flagged.first().textContent();
  expect(cellText).toContain('০০/১২/২০২১');
  expect(cellText).toContain('এমন কোনো তারিখ নেই');
  // The problem is also beside its row, in words, not as a raw code.
  const row = flagged.first().locator('xpath=ancestor::tr');
  expect(await row.getByTestId('row-notes').textContent()).not.toBe('');
  const problems = await page.locator('.problems').allTextContents();
  expect(problems.join(' ')).not.toMatch(/\b(unplaced-row|invalid-date|bad-value)\b/);

  // Another page and back: the app works, the queue is as it was.
  await page.locator('[data-nav=offices]').click();
  await expect.poll(() => page.getByTestId('office-tree').isVisible()).toBe(true);
  await page.locator('[data-nav=import]').click();
  expect(await page.locator('[data-testid=import-file-list] tbody tr').count()).toBe(2);
  await page.locator('tr[data-file="seed002-q2-report.ods"]').click();
  await expect.poll(() => page.locator('[data-testid=import-preview] h3').textContent()).toBe('seed002-q2-report.ods');
  expect(errors).toEqual([]);
  await page.close();
});

test('the fiscal year is typed key by key in Bengali digits; a file with no year in it is imported with it', async () => {
  const { page, errors } = await watchedPage();
  const plan = await planWithoutYear();
  await page.getByTestId('import-files').setInputFiles([plan]);
  await expect.poll(() => statusOf(page, 'plan-no-year.xlsx'), { timeout: 60_000 }).toBe('attention');
  await page.locator('tr[data-file="plan-no-year.xlsx"]').click();
  const field = page.getByTestId('import-fiscal-year').last();
  expect(await field.inputValue()).toBe('');
  // Known years are offered as a list.
  expect(await page.locator('#import-fiscal-year-years option').count()).toBeGreaterThan(0);

  await field.click();
  let typed = '';
  for (const key of '২০২১-২২') {
    await page.keyboard.type(key);
    typed += key;
    expect(await field.inputValue()).toBe(typed); // nothing typed so far is thrown away
  }
  await page.keyboard.press('Tab'); // on to the next field: the year is read
  await page.locator('#import-office').selectOption({ label: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  await expect.poll(() => statusOf(page, 'plan-no-year.xlsx')).toBe('ready');
  expect(await page.locator('tr[data-file="plan-no-year.xlsx"] td[data-col=fiscal-year]').textContent()).toBe('২০২১-২২');

  // A year that is not one is kept as typed and marked; a Latin 2021-2022 is read as the same year.
  await field.fill('২০২১-২৩');
  await field.blur();
  await expect.poll(() => page.locator('.field.has-error [role=alert]').first().textContent()).toContain('অর্থবছর');
  expect(await field.inputValue()).toBe('২০২১-২৩');
  await expect.poll(() => statusOf(page, 'plan-no-year.xlsx')).toBe('attention'); // not importable with a year that is not one
  await field.fill('2021-2022');
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe('২০২১-২২');

  await page.getByTestId('import-one').click();
  await expect.poll(() => statusOf(page, 'plan-no-year.xlsx')).toBe('imported');
  const office = (await webCall(e2e.app.url, 'offices.list', { query: 'প্রাথমিক শিক্ষা' }))[0]!;
  const docs = await webCall(e2e.app.url, 'offices.documents', { officeId: office.id });
  expect(docs).toEqual([expect.objectContaining({ kind: 'plan', fiscalYear: '2021-22', version: 1 })]);
  expect(errors).toEqual([]);
  await page.close();
});

test('screenshots: the import preview with its problems, in Bengali and in English', async () => {
  const { page, errors } = await watchedPage();
  await page.getByTestId('import-files').setInputFiles([await copyFixture('seed004-q2-progress.xls')]);
  await expect.poll(() => statusOf(page, 'seed004-q2-progress.xls'), { timeout: 60_000 }).not.toBe('reading');
  await page.locator('tr[data-file="seed004-q2-progress.xls"]').click();
  await expect.poll(() => page.getByTestId('invalid-value').count()).toBeGreaterThan(0);
  // Tall enough for the list, the preview's table and its problems; the preview scrolled to the top.
  await page.setViewportSize({ width: 1400, height: 2400 });
  await page.getByTestId('import-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // The fiscal year in the header follows the calendar.
  const mask = ['.topbar .fiscal-year'];
  const bengali = await screenDifference(page, 'import-preview-bn', mask);
  expect(bengali.ratio).toBeLessThanOrEqual(0.01);

  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.locator('h2').first().textContent()).toBe('Import spreadsheets');
  expect(await page.getByTestId('invalid-value').first().textContent()).toBe('No such date: shown as written in the file');
  await page.getByTestId('import-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const english = await screenDifference(page, 'import-preview-en', mask);
  expect(english.ratio).toBeLessThanOrEqual(0.01);
  await page.getByTestId('language-switch').click();
  expect(errors).toEqual([]);
  await page.close();
});

// Issue 3, acceptance 3: import two files through the UI, fix a column mapping and the office
// assignment in the preview, confirm, find the plan and the report on the offices' pages;
// re-importing creates a second version, and the same file twice is recognised.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture } from '../support/fixture-files.js';
import { tempDir } from '../support/paths.js';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { webCall, webOwnOffice } from '../support/web-api.js';

const e2e = useSetUpWebApp();
const files = tempDir();

/** Seed 000's plan with its indicator-weight header written the way no template writes it. */
async function planWithOddWeightHeader(): Promise<string> {
  const workbook = XLSX.read(fs.readFileSync((await fixture('seed000-plan.xlsx')).file));
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  for (const [address, cell] of Object.entries(sheet)) {
    if (!address.startsWith('!') && (cell as XLSX.CellObject).v === 'কর্মসম্পাদন সূচকের মান') {
      Object.assign(cell as XLSX.CellObject, { v: 'পূর্ণমান (ঐচ্ছিক)', w: 'পূর্ণমান (ঐচ্ছিক)' });
    }
  }
  const file = path.join(files, 'প্রাগম-কর্মপরিকল্পনা.xlsx');
  fs.writeFileSync(file, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

async function copyFixture(name: string): Promise<string> {
  const target = path.join(files, name);
  fs.copyFileSync((await fixture(name)).file, target);
  return target;
}

const statusOf = (page: Page, fileName: string) => page.locator(`tr[data-file="${fileName}"] td[data-status]`).getAttribute('data-status');

beforeAll(async () => {
  const own = await webOwnOffice(e2e.app.url);
  await webCall(e2e.app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  const dpl = await webCall(e2e.app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'গণগ্রন্থাগার অধিদপ্তর' });
  await webCall(e2e.app.url, 'offices.create', { parentId: dpl.id, level: 'divisional', nameBn: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' });
});

async function openOffice(page: Page, name: string) {
  await page.locator('[data-nav=offices]').click();
  await page.locator('[data-testid=office-tree] button', { hasText: name }).first().click();
  await expect.poll(() => page.getByTestId('office-documents').isVisible()).toBe(true);
}

test('import two files, fix the mapping and the office, confirm, re-import', async () => {
  const plan = await planWithOddWeightHeader();
  const report = await copyFixture('seed002-q2-report.ods');
  const page = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(e2e.app.url);
  await page.locator('[data-nav=import]').click();
  await page.getByTestId('import-files').setInputFiles([plan, report]);

  const planName = path.basename(plan);
  await expect.poll(() => statusOf(page, planName), { timeout: 30_000 }).toBe('attention'); // no office named in the registry
  await expect.poll(() => statusOf(page, 'seed002-q2-report.ods')).toBe('ready'); // office, year and period detected

  // The plan: its weight column was not recognised, and its office is not in the registry by that name.
  await page.locator(`tr[data-file="${planName}"]`).click();
  const firstRow = page.locator('[data-testid=import-rows] tr[data-code="1.1.1"] td');
  expect(await firstRow.nth(3).textContent()).toBe('');
  await page.locator('[data-testid=mapping-editor] select[data-column=G]').selectOption('weight');
  await expect.poll(() => firstRow.nth(3).textContent()).toBe('১০');
  await page.locator('#import-office').selectOption({ label: 'প্রাথমিক শিক্ষা অধিদপ্তর' });
  await expect.poll(() => statusOf(page, planName)).toBe('ready');

  await page.getByTestId('import-all').click();
  await expect.poll(() => statusOf(page, planName)).toBe('imported');
  await expect.poll(() => statusOf(page, 'seed002-q2-report.ods')).toBe('imported');

  // The plan and the report are on their offices' pages.
  await openOffice(page, 'প্রাথমিক শিক্ষা অধিদপ্তর');
  await expect.poll(() => page.locator('[data-testid=office-documents] li[data-kind=plan]').count()).toBe(1);
  expect(await page.locator('[data-testid=office-documents] li').textContent()).toContain('১১টি সূচক');
  await openOffice(page, 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা');
  await expect.poll(() => page.locator('[data-testid=office-documents] li[data-kind=report][data-period=Q2]').count()).toBe(1);

  // The stored weights are the re-mapped column's.
  const own = (await webCall(e2e.app.url, 'offices.list', { query: 'প্রাথমিক শিক্ষা' }))[0];
  if (!own) throw new Error('no office named প্রাথমিক শিক্ষা');
  const docs = await webCall(e2e.app.url, 'offices.documents', { officeId: own.id });
  expect(docs).toEqual([expect.objectContaining({ kind: 'plan', version: 1, fiscalYear: '2023-24', indicatorCount: 11 })]);

  // The same file again is recognised; another file for the same office and period is version 2.
  await page.locator('[data-nav=import]').click();
  await page.getByTestId('import-files').setInputFiles([report, await copyFixture('seed002-q2-report-bom.csv')]);
  await expect.poll(() => statusOf(page, 'seed002-q2-report.ods')).toBe('duplicate');
  await expect.poll(() => statusOf(page, 'seed002-q2-report-bom.csv')).toBe('ready');
  await page.locator('tr[data-file="seed002-q2-report.ods"]').click();
  expect(await page.getByTestId('duplicate-notice').textContent()).toContain('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা');
  await page.locator('tr[data-file="seed002-q2-report-bom.csv"]').click();
  await page.getByTestId('import-one').click();
  await expect.poll(() => page.getByTestId('import-result').textContent()).toBe('আমদানি হয়েছে: প্রতিবেদন, সংস্করণ ২');

  await openOffice(page, 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা');
  await expect.poll(() => page.locator('[data-testid=office-documents] li[data-kind=report]').count()).toBe(2);
  const versions = await page.locator('[data-testid=office-documents] li[data-kind=report]').evaluateAll((els) => els.map((e) => e.getAttribute('data-version')));
  expect(versions.sort()).toEqual(['1', '2']);
  await page.close();
});

// Issue 13, major 9: an import can be undone. An office's report imported twice shows two versions
// with the newer current; a version opens with its indicators and achievements; the newer is deleted
// after a question (an audit row records it) and the older is current again, in the database and on
// the Review page; once a review of it exists, deletion is refused with the reason in Bengali.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { SETUP_INPUT, webCall, webImportDemo, webOwnOffice } from '../support/web-api.js';

let browser: Browser;
let app: RunningWebApp;
const dataDir = tempDir();
const OFFICE = 'বাংলাদেশ আইন কমিশন';
let officeId = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(dataDir);
  await webCall(app.url, 'setup.complete', SETUP_INPUT);
  await webCall(app.url, 'settings.update', { fiscalYear: '2023-24' });
  const own = await webOwnOffice(app.url);
  officeId = (await webCall(app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: OFFICE })).id;
  await webImportDemo(app.url, 'plan.xlsx', demoPlanXlsx(OFFICE), officeId, null);
  await webImportDemo(app.url, 'h1-first.xlsx', demoH1ReportXlsx(OFFICE, 11), officeId, 'H1');
  await webImportDemo(app.url, 'h1-wrong.xlsx', demoH1ReportXlsx(OFFICE, 12), officeId, 'H1');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(path.join(dataDir, 'apa-desk.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const reportGroup = (page: Page) => page.locator('[data-testid=office-documents] .version-group[data-group-kind=report][data-group-period=H1]');
const versionRow = (page: Page, version: number) => reportGroup(page).locator(`li[data-version="${version}"]`);

async function openOffice(page: Page) {
  await page.goto(app.url);
  await page.reload(); // the URL differs only in its hash: goto alone would keep the page as it was
  await page.locator('[data-nav=offices]').click();
  await page.locator('[data-testid=office-tree] button', { hasText: OFFICE }).click();
  await expect.poll(() => reportGroup(page).count()).toBe(1);
}

test('import twice, open a version, delete the newer: the older is current again; a reviewed version cannot be deleted', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openOffice(page);

  // Two versions, the newer current, the count shown.
  expect(await reportGroup(page).getByTestId('version-count').textContent()).toBe('২টি সংস্করণ · চলতি: সংস্করণ ২');
  expect(await versionRow(page, 2).getAttribute('data-current')).toBe('true');
  expect(await versionRow(page, 1).getAttribute('data-current')).toBe('false');
  expect(await versionRow(page, 2).textContent()).toContain('h1-wrong.xlsx');
  expect(await versionRow(page, 2).textContent()).toContain('প্রাপ্তি ১০ জানুয়ারি, ২০২৪');

  // Open it: its indicators with the achievements; Escape closes the dialog.
  await versionRow(page, 2).getByTestId('version-open').click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.locator('[data-testid=version-indicators] tbody tr').count()).toBe(11);
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  expect(await dialog.locator('h2').textContent()).toBe(`${OFFICE} · প্রতিবেদন ২০২৩-২৪ · অর্ধবার্ষিক · সংস্করণ ২`);
  expect(await dialog.locator('thead').textContent()).toContain('অর্জন (অর্ধবার্ষিক)');
  expect(await dialog.textContent()).not.toMatch(/\b(registry|errors|import)\.[a-zA-Z]/);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

  // Delete the newer: a question first (Escape leaves everything as it was), then the deletion.
  await versionRow(page, 2).getByTestId('version-delete').click();
  const question = page.getByTestId('version-delete-confirm');
  expect(await question.textContent()).toContain('এরপর সংস্করণ ১ চলতি হবে।');
  expect(await question.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(query(`SELECT version FROM reports WHERE office_id = ? ORDER BY version`, officeId)).toEqual([{ version: 1 }, { version: 2 }]);

  const auditBefore = query<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE entity = 'report' AND action = 'delete'`)[0]!.n;
  await versionRow(page, 2).getByTestId('version-delete').click();
  await page.getByTestId('version-delete-confirm').getByTestId('confirm-yes').click();
  await expect.poll(() => page.getByTestId('version-notice').textContent()).toBe('সংস্করণ ২ মুছে ফেলা হয়েছে; এখন সংস্করণ ১ চলতি।');
  expect(await reportGroup(page).getByTestId('version-count').textContent()).toBe('১টি সংস্করণ · চলতি: সংস্করণ ১');
  expect(await versionRow(page, 1).getAttribute('data-current')).toBe('true');

  expect(query(`SELECT version FROM reports WHERE office_id = ?`, officeId)).toEqual([{ version: 1 }]);
  const audit = query<{ actor: string; old: string }>(`SELECT actor, old_value AS old FROM audit_log WHERE entity = 'report' AND action = 'delete' ORDER BY id`);
  expect(audit).toHaveLength(auditBefore + 1);
  expect(JSON.parse(audit.at(-1)!.old)).toMatchObject({ version: 2, file: 'h1-wrong.xlsx', fiscalYear: '2023-24', period: 'H1' });
  expect(audit.at(-1)!.actor).toBe(SETUP_INPUT.signatory.name);
  // The review reads the older version now.
  const workspace = await webCall(app.url, 'review.workspace', { officeId, fiscalYear: '2023-24', period: 'H1' });
  expect(workspace.report.version).toBe(1);

  // A review of the remaining version begins: its deletion is refused, with the reason beside it.
  await webCall(app.url, 'review.setOverallComment', { reportId: workspace.report.id, comment: 'প্রমাণক দেখা হচ্ছে' });
  await openOffice(page);
  expect(await versionRow(page, 1).getByTestId('version-delete').isDisabled()).toBe(true);
  expect(await versionRow(page, 1).getByTestId('version-blocked').textContent()).toBe('মুছে ফেলা যাবে না: এই সংস্করণের পর্যালোচনা শুরু হয়েছে');
  await expect(webCall(app.url, 'versions.delete', { kind: 'report', id: workspace.report.id })).rejects.toThrow(/version-has-review/);
  // The approved plan that review compares with is held as well.
  const plan = page.locator('[data-testid=office-documents] .version-group[data-group-kind=plan] li[data-version="1"]');
  expect(await plan.getByTestId('version-delete').isDisabled()).toBe(true);
  expect(await plan.getByTestId('version-blocked').textContent()).toBe('মুছে ফেলা যাবে না: এই কর্মপরিকল্পনার সাথে মিলিয়ে এ বছরের প্রতিবেদনের পর্যালোচনা শুরু হয়েছে');
  expect(query(`SELECT version FROM reports WHERE office_id = ?`, officeId)).toEqual([{ version: 1 }]);
  expect(await page.locator('body').textContent()).not.toMatch(/\b(registry|errors|documents)\.[a-zA-Z]/);
  expect(errors).toEqual([]);
  await page.close();
});

// Issue 6, acceptance 3, through the UI in Chromium: back up, restore (the later office is gone and
// the replaced data is listed as a backup), refuse a corrupt and a foreign file with a clear error
// and no change, and move the whole database to a fresh app by export and import. Issue 15: a file
// whose audit guards were switched off is refused; the file goes up as a stream and the export comes
// down as one (screenshots in test-output/screenshots/backup-*.png).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { projectRoot, tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { SETUP_INPUT, webCall } from '../support/web-api.js';
import { craftDatabase } from '../backend/backup/crafted-databases.js';

const OWN = SETUP_INPUT.office.nameBn;
const FIRST = 'বাংলাদেশ আইন কমিশন';
const SECOND = 'বাংলাদেশ সংসদ সচিবালয়';

let browser: Browser;
const apps: RunningWebApp[] = [];
const dataDir = tempDir();
const screenshots = path.join(projectRoot, 'test-output', 'screenshots');
fs.mkdirSync(screenshots, { recursive: true });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await browser?.close();
});

async function startApp(dir: string): Promise<RunningWebApp> {
  const app = await startWebApp(dir);
  apps.push(app);
  await webCall(app.url, 'setup.complete', SETUP_INPUT);
  return app;
}

async function addSubOffice(page: Page, name: string) {
  await page.locator('[data-nav=offices]').click();
  await page.locator('[data-testid=office-tree] button', { hasText: OWN }).first().click();
  await page.getByTestId('add-sub-office').click();
  await page.getByLabel('নাম (বাংলা)').fill(name);
  await page.getByLabel('স্তর').selectOption('department');
  await page.getByRole('button', { name: 'সংরক্ষণ' }).click();
  await expect.poll(() => page.locator('[data-testid=office-details] h2').textContent()).toBe(name);
}

async function officeNames(app: RunningWebApp): Promise<string[]> {
  return ((await webCall(app.url, 'offices.list', {})) as { nameBn: string }[]).map((o) => o.nameBn).sort();
}

async function backupNames(app: RunningWebApp): Promise<string[]> {
  return ((await webCall(app.url, 'backups.list', {})) as { backups: { name: string }[] }).backups.map((b) => b.name);
}

async function restoreFromFile(page: Page, file: string) {
  await page.getByTestId('backup-file').setInputFiles(file);
  await expect.poll(() => page.getByTestId('backup-confirm').textContent()).toContain(`"${path.basename(file)}" ফাইল থেকে পুরো ডেটাবেজ পুনরুদ্ধার করবেন?`);
  await page.getByTestId('backup-confirm-yes').click();
}

test('back up, restore, refuse bad files, export and import into a fresh app', async () => {
  const app = await startApp(dataDir);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(app.url);

  // An office, then "Back up now".
  await addSubOffice(page, FIRST);
  await page.locator('[data-nav=settings]').click();
  await expect.poll(() => page.getByTestId('backup-count').textContent()).toBe('এখনো কোনো ব্যাকআপ নেই');
  await page.getByTestId('backup-now').click();
  await expect.poll(() => page.getByTestId('backup-result').textContent()).toMatch(/^ব্যাকআপ নেওয়া হয়েছে: apa-desk\.backup-.*\.manual\.sqlite$/);
  const manualRow = page.locator('tr[data-reason=manual]');
  await expect.poll(() => manualRow.count()).toBe(1);
  const manualName = (await manualRow.getAttribute('data-backup'))!;
  const manualText = (await manualRow.textContent()) ?? '';
  expect(manualText).toContain('নিজে নেওয়া');
  expect(manualText).toMatch(/[০-৯]+ কেবি/); // size in Bengali digits
  expect(manualText.replace(/apa-desk\.backup-\S+/, '')).not.toMatch(/[0-9]/); // the time too

  // Keep-N, typed in Bengali digits; nonsense is refused in place.
  await page.locator('#backup-keep').fill('০');
  await page.getByTestId('backup-keep-save').click();
  await expect.poll(() => page.locator('#backup-keep + .field-error').textContent()).toBe('১ থেকে ৩৬৫-এর মধ্যে একটি পূর্ণসংখ্যা দিন');
  await page.locator('#backup-keep').fill('৩');
  await page.getByTestId('backup-keep-save').click();
  await expect.poll(() => page.getByTestId('backup-result').textContent()).toBe('এখন থেকে শেষ ৩টি স্বয়ংক্রিয় ব্যাকআপ রাখা হবে');
  expect((await webCall(app.url, 'backups.list', {})).keep).toBe(3);

  // A second office after the backup.
  await addSubOffice(page, SECOND);
  expect(await officeNames(app)).toEqual([FIRST, OWN, SECOND].sort());

  // Restore the backup: a confirmation first, cancel does nothing.
  await page.locator('[data-nav=settings]').click();
  await manualRow.getByTestId('backup-restore').click();
  await expect.poll(() => page.getByTestId('backup-confirm').textContent()).toContain('বর্তমান সব ডেটা এর বদলে যাবে');
  await page.getByTestId('backup-confirm-no').click();
  expect(await page.getByTestId('backup-confirm').count()).toBe(0);
  expect(await officeNames(app)).toHaveLength(3);
  await manualRow.getByTestId('backup-restore').click();
  await page.getByTestId('backup-confirm-yes').click();
  await expect.poll(() => page.getByTestId('backup-result').textContent()).toMatch(/থেকে পুনরুদ্ধার করা হয়েছে। আগের ডেটা ".*\.before-restore\.sqlite" নামে ব্যাকআপে রাখা হয়েছে।$/);
  const beforeRestoreRow = page.locator('tr[data-reason=before-restore]');
  await expect.poll(() => beforeRestoreRow.count()).toBe(1);
  expect(await beforeRestoreRow.textContent()).toContain('পুনরুদ্ধারের আগে');
  // The second office is gone, in the UI and behind it.
  await page.locator('[data-nav=offices]').click();
  await expect.poll(() => page.getByTestId('office-count').textContent()).toBe('মোট ২টি অফিস');
  expect(await page.getByTestId('office-tree').textContent()).not.toContain(SECOND);
  expect(await officeNames(app)).toEqual([FIRST, OWN].sort());

  // Bad files: a truncated (corrupt) backup and another program's SQLite file are refused, nothing changes.
  const bad = tempDir();
  const good = fs.readFileSync(path.join(dataDir, 'backups', manualName));
  const corrupt = path.join(bad, 'ভাঙা-ব্যাকআপ.sqlite');
  fs.writeFileSync(corrupt, good.subarray(0, Math.floor(good.length / 2)));
  const foreign = path.join(bad, 'other-app.sqlite');
  const other = new Database(foreign);
  other.exec(`CREATE TABLE offices (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO offices (name) VALUES ('${SECOND}')`);
  other.close();
  const random = path.join(bad, 'random.sqlite');
  fs.writeFileSync(random, crypto.randomBytes(20_000));
  // The audit log's guards switched off (issue 15): refused, with the reason.
  const neutered = craftDatabase(path.join(dataDir, 'backups', manualName), 'neutered-audit-triggers');
  const officesBefore = await officeNames(app);
  const backupsBefore = await backupNames(app);

  await page.locator('[data-nav=settings]').click();
  await restoreFromFile(page, corrupt);
  await expect.poll(() => page.getByTestId('backup-error').textContent()).toContain('"ভাঙা-ব্যাকআপ.sqlite" ফাইলটি ক্ষতিগ্রস্ত, তাই এটি থেকে পুনরুদ্ধার করা যাবে না');
  expect(await page.getByTestId('backup-error').textContent()).toContain('কিছুই বদলানো হয়নি।');
  await restoreFromFile(page, foreign);
  await expect.poll(() => page.getByTestId('backup-error').textContent()).toBe('"other-app.sqlite" অন্য কোনো প্রোগ্রামের SQLite ডেটাবেজ, এপিএ ডেস্কের নয়। কিছুই বদলানো হয়নি।');
  // The file goes to the server as a stream of its bytes (never one base64 string in a JSON call).
  const uploads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/upload')) uploads.push(r.headers()['content-type'] ?? '');
  });
  await restoreFromFile(page, neutered);
  await expect.poll(() => page.getByTestId('backup-error').textContent()).toContain('"neutered-audit-triggers.sqlite" এপিএ ডেস্কের ডেটাবেজ হিসেবে চিহ্নিত, কিন্তু এর গঠন মেলে না');
  expect(await page.getByTestId('backup-error').textContent()).toContain('trigger audit_log_no_update differs');
  expect(uploads).toEqual(['application/octet-stream']);
  await page.getByTestId('backup-panel').screenshot({ path: path.join(screenshots, 'backup-refused-crafted.png') });
  expect(await page.getByTestId('backup-result').count()).toBe(0);
  // In English, the same refusal in English.
  await page.getByTestId('language-switch').click();
  await page.getByTestId('backup-file').setInputFiles(random);
  await page.getByTestId('backup-confirm-yes').click();
  await expect.poll(() => page.getByTestId('backup-error').textContent()).toBe('"random.sqlite" is not an APA Desk database: it is not an SQLite file at all. Nothing was changed.');
  await page.getByTestId('language-switch').click();
  expect(await officeNames(app)).toEqual(officesBefore);
  expect(await backupNames(app)).toEqual(backupsBefore);

  // Export the whole database: a download named apa-desk-<date>.sqlite.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^apa-desk-\d{4}-\d{2}-\d{2}\.sqlite$/);
  const exported = path.join(tempDir(), download.suggestedFilename());
  await download.saveAs(exported);
  await expect.poll(() => page.getByTestId('backup-result').textContent()).toContain(`ডেটাবেজ রপ্তানি হয়েছে: ${download.suggestedFilename()}`);
  await page.getByTestId('backup-panel').screenshot({ path: path.join(screenshots, 'backup-exported.png') });
  // An upload the server refuses (here: a wrong token) is said in Bengali, naming the file.
  await page.evaluate(() => sessionStorage.setItem('apa-desk-token', '00'));
  await restoreFromFile(page, exported);
  await expect.poll(() => page.getByTestId('backup-error').textContent()).toBe(`"${path.basename(exported)}" ফাইলটি পাঠানো যায়নি (৪০১)। কিছুই বদলানো হয়নি।`);
  await page.getByTestId('backup-panel').screenshot({ path: path.join(screenshots, 'backup-upload-refused.png') });
  await context.close();

  // Another PC: a fresh app in a new data folder imports the file and has the offices.
  const fresh = await startApp(tempDir());
  expect(await officeNames(fresh)).toEqual([OWN]);
  const page2 = await browser.newPage();
  await page2.goto(fresh.url);
  await page2.locator('[data-nav=settings]').click();
  await restoreFromFile(page2, exported);
  await expect.poll(() => page2.getByTestId('backup-result').textContent()).toContain(`"${path.basename(exported)}" থেকে পুনরুদ্ধার করা হয়েছে`);
  await expect.poll(() => page2.locator('tr[data-reason=before-import]').count()).toBe(1);
  await page2.getByTestId('backup-panel').screenshot({ path: path.join(screenshots, 'backup-imported.png') });
  await page2.locator('[data-nav=offices]').click();
  await expect.poll(() => page2.getByTestId('office-count').textContent()).toBe('মোট ২টি অফিস');
  expect(await page2.getByTestId('office-tree').textContent()).toContain(FIRST);
  expect(await officeNames(fresh)).toEqual(await officeNames(app));
  await page2.close();
});

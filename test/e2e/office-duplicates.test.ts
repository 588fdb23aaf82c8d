// Issue 13, major 4 and the dialogs: a duplicate office name is refused when added by hand (however
// it is spaced or whichever digits it uses) and kept once by the office-list import, which says the
// office is already there; deleting an office asks first; Escape closes the dialogs.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';
import { SETUP_INPUT, webCall, webOwnOffice } from '../support/web-api.js';

const OWN = SETUP_INPUT.office.nameBn;
/** An i18n key shown as it is: a text the dictionaries lack. */
const UNTRANSLATED = /\b(registry|home|errors|office|officeImport)\.[a-zA-Z]/;
const dataDir = tempDir();
const e2e = {} as { browser: Browser; app: RunningWebApp };

beforeAll(async () => {
  e2e.browser = await launchBrowser();
  e2e.app = await startWebApp(dataDir);
  await webCall(e2e.app.url, 'setup.complete', SETUP_INPUT);
});
afterAll(async () => {
  await e2e.app?.stop();
  await e2e.browser?.close();
});

/** The office names in the database file itself. */
async function namesInDatabase(): Promise<string[]> {
  const db = new Database(path.join(dataDir, 'apa-desk.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT name_bn AS name FROM offices ORDER BY id`).all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

async function openOffices(page: Page) {
  await page.goto(e2e.app.url);
  await page.locator('[data-nav=offices]').click();
  await expect.poll(() => page.getByTestId('office-tree').isVisible()).toBe(true);
}

async function addUnderOwn(page: Page, name: string) {
  await page.locator('[data-testid=office-tree] button', { hasText: OWN }).first().click();
  await page.getByTestId('add-sub-office').click();
  await page.getByLabel('নাম (বাংলা)').fill(name);
  await page.getByLabel('স্তর').selectOption('district');
  await page.getByRole('button', { name: 'সংরক্ষণ' }).click();
}

test('a duplicate office is refused by hand and kept once by the office-list import', async () => {
  const page = await e2e.browser.newPage();
  await openOffices(page);
  await addUnderOwn(page, 'জেলা সরকারি গণগ্রন্থাগার, যশোর ২');
  await expect.poll(() => page.locator('[data-testid=office-details] h2').textContent()).toBe('জেলা সরকারি গণগ্রন্থাগার, যশোর ২');

  // The same name with other spacing and Latin digits: refused, the message next to the name field.
  await addUnderOwn(page, 'জেলা সরকারি  গণগ্রন্থাগার , যশোর 2');
  await expect.poll(() => page.locator('#office-nameBn + .field-error').textContent()).toContain('এই নামে একটি অফিস রেজিস্টারে আগে থেকেই আছে');
  await page.getByRole('button', { name: 'বাতিল' }).click();
  expect((await namesInDatabase()).filter((n) => n.includes('যশোর'))).toEqual(['জেলা সরকারি গণগ্রন্থাগার, যশোর ২']);

  // The office-list import: the row naming it is shown as already there, not "ঠিক আছে", and not added.
  const file = path.join(tempDir(), 'অফিস-তালিকা.csv');
  fs.writeFileSync(file, '\uFEFFনাম,স্তর\r\n"জেলা সরকারি গণগ্রন্থাগার, যশোর 2",জেলা\r\nনতুন উপজেলা অফিস,উপজেলা\r\n');
  await page.getByTestId('open-office-import').click();
  await page.getByTestId('office-import-file').setInputFiles(file);
  await expect.poll(() => page.getByTestId('office-import-summary').textContent())
    .toBe('১টি সারি ঠিক আছে, ১টি অফিস আগে থেকেই আছে (আবার যোগ হবে না), ০টি সারিতে ত্রুটি');
  const row = page.locator('tr[data-row="2"]');
  expect(await row.getAttribute('data-status')).toBe('exists');
  expect(await row.locator('td').last().textContent()).toBe('এই নামে অফিস আগে থেকেই আছে; সারিটি আবার যোগ হবে না');
  expect(await page.getByTestId('office-import-dialog').textContent()).not.toMatch(UNTRANSLATED);
  await page.getByTestId('office-import-confirm').click();
  await expect.poll(() => page.getByTestId('office-import-done').textContent()).toBe('১টি অফিস যোগ হয়েছে, ১টি সারি বাদ গেছে (১টি অফিস আগে থেকেই ছিল)');

  // Escape closes the import dialog.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  const names = await namesInDatabase();
  expect(names.filter((n) => n.includes('যশোর'))).toHaveLength(1);
  expect(names).toContain('নতুন উপজেলা অফিস');
  await page.close();
});

test('deleting an office asks first; Escape and Cancel keep it', async () => {
  const page = await e2e.browser.newPage();
  const own = await webOwnOffice(e2e.app.url);
  await webCall(e2e.app.url, 'offices.create', { parentId: own.id, level: 'upazila', nameBn: 'মুছে ফেলার অফিস' });
  await openOffices(page);
  await page.locator('[data-testid=office-tree] button', { hasText: 'মুছে ফেলার অফিস' }).click();

  await page.getByTestId('office-delete').click();
  const question = page.getByTestId('office-delete-confirm');
  expect(await question.getAttribute('role')).toBe('dialog');
  expect(await question.textContent()).toContain('"মুছে ফেলার অফিস" অফিসটি রেজিস্টার থেকে মুছে ফেলা হবে।');
  expect(await question.textContent()).not.toMatch(UNTRANSLATED);
  // Focus is in the dialog, on "Cancel" (the safe answer).
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('বাতিল');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await page.getByTestId('office-delete').click();
  await page.getByTestId('office-delete-confirm').getByRole('button', { name: 'বাতিল' }).click();
  expect(await namesInDatabase()).toContain('মুছে ফেলার অফিস');

  await page.getByTestId('office-delete').click();
  await page.getByTestId('office-delete-confirm').getByTestId('confirm-yes').click();
  await expect.poll(async () => (await namesInDatabase()).includes('মুছে ফেলার অফিস')).toBe(false);
  await expect.poll(() => page.getByTestId('office-tree').textContent()).not.toContain('মুছে ফেলার অফিস');
  await page.close();
});

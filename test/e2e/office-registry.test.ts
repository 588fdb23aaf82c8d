// Issue 2, acceptance 2: first-run setup, three subordinate offices (one nested), a restart of the
// backend, Bengali with Bengali digits throughout, and the switch to English and back.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { tempDir } from '../support/paths.js';
import { startWebApp, type RunningWebApp } from '../support/web-app.js';

let browser: Browser;
let app: RunningWebApp;
const dataDir = tempDir();

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startWebApp(dataDir);
});

afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

async function addSubOffice(page: Page, parentName: string, name: string, level: string) {
  await page.locator('[data-testid=office-tree] button', { hasText: parentName }).first().click();
  await page.getByTestId('add-sub-office').click();
  await page.getByLabel('নাম (বাংলা)').fill(name);
  await page.getByLabel('স্তর').selectOption(level);
  await page.getByRole('button', { name: 'সংরক্ষণ' }).click();
  await expect.poll(() => page.locator('[data-testid=office-details] h2').textContent()).toBe(name);
}

test('set up, add offices, restart, and read it all back in Bengali and English', async () => {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(app.url);

  // First run: the own office and the signatory.
  await expect.poll(() => page.getByTestId('setup-form').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'শুরু করুন' }).click();
  await expect.poll(() => page.locator('#own-nameBn + .field-error').textContent()).toBe('এই ঘরটি পূরণ করুন');
  await page.locator('#own-nameBn').fill('লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ');
  await page.locator('#own-nameEn').fill('Legislative and Parliamentary Affairs Division');
  await page.locator('#own-level').selectOption('division');
  await page.locator('#own-memoPrefix').fill('৫৫.০০.০০০০.১১৮.৩৬.০১');
  await page.locator('#signatory-name').fill('সৌমেন পালিত বাবু');
  await page.locator('#signatory-designation').fill('সহকারী সচিব');
  await page.locator('#signatory-phone').fill('০১৮১৪৩৭১৫৫৬');
  await page.locator('#signatory-email').fill('not-an-email');
  await page.getByRole('button', { name: 'শুরু করুন' }).click();
  await expect.poll(() => page.locator('#signatory-email + .field-error').textContent()).toBe('সঠিক ই-মেইল ঠিকানা দিন');
  await page.locator('#signatory-email').fill('apa@legislativediv.gov.bd');
  await page.getByRole('button', { name: 'শুরু করুন' }).click();

  // Three subordinate offices, one nested under another. The app opens on the home screen.
  await expect.poll(() => page.getByTestId('home-page').isVisible()).toBe(true);
  await page.locator('[data-nav=offices]').click();
  await expect.poll(() => page.getByTestId('office-tree').isVisible()).toBe(true);
  await addSubOffice(page, 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', 'বাংলাদেশ আইন কমিশন', 'department');
  await addSubOffice(page, 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', 'বাংলাদেশ সংসদ সচিবালয়', 'department');
  await addSubOffice(page, 'বাংলাদেশ আইন কমিশন', 'আইন কমিশন, খুলনা বিভাগীয় অফিস', 'divisional');

  // Restart the backend process: a new server, a new token, the same database file.
  await app.stop();
  app = await startWebApp(dataDir);
  await page.goto(app.url);
  await page.locator('[data-nav=offices]').click();
  await expect.poll(() => page.getByTestId('office-count').textContent()).toBe('মোট ৪টি অফিস');

  const tree = page.getByTestId('office-tree');
  const nested = tree.locator('li', { hasText: 'আইন কমিশন, খুলনা বিভাগীয় অফিস' });
  const parent = tree.locator('li', { hasText: 'বাংলাদেশ আইন কমিশন' }).first();
  const indent = (li: typeof nested) => li.evaluate((el) => parseFloat(getComputedStyle(el).paddingInlineStart));
  expect(await indent(nested)).toBeGreaterThan(await indent(parent));
  expect(await parent.textContent()).toContain('১টি অধীনস্থ');

  // Details of the own office: Bengali digits in the memo prefix and the phone.
  await tree.locator('button', { hasText: 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ' }).click();
  const details = await page.getByTestId('office-details').textContent();
  expect(details).toContain('৫৫.০০.০০০০.১১৮.৩৬.০১');
  expect(await page.getByTestId('fiscal-year').locator('option:checked').textContent()).toMatch(/^[০-৯]{4}-[০-৯]{2}/);

  // English and back.
  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.getByTestId('office-count').textContent()).toBe('4 offices');
  expect(await page.locator('.brand strong').textContent()).toBe('APA Desk');
  expect(await page.getByTestId('fiscal-year').locator('option:checked').textContent()).toMatch(/^\d{4}-\d{2}/);
  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.getByTestId('office-count').textContent()).toBe('মোট ৪টি অফিস');

  // The font is the bundled one, and nothing was fetched from anywhere but the app itself.
  const family = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('Noto Sans Bengali');
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Bengali"', 'বাংলা'))).toBe(true);
  const origin = new URL(app.url).origin;
  const foreign = requests.filter((u) => !u.startsWith('http://127.0.0.1:'));
  expect(foreign).toEqual([]);
  expect(requests.some((u) => u.startsWith(origin))).toBe(true);
  await page.close();
});

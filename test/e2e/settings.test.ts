// The settings page in Chromium: the days after a period by which reports are due, typed in Bengali
// digits, saved and shown again after a reload; a value that is not a number of days is refused with
// the field marked, and nothing changes.
import { expect, test } from 'vitest';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { webCall } from '../support/web-api.js';

const e2e = useSetUpWebApp();


test('the report deadline is set in Bengali digits, kept, and a bad value is refused', async () => {
  const page = await e2e.browser.newPage();
  await page.goto(e2e.app.url);
  await page.locator('[data-nav=settings]').click();
  const field = page.getByLabel('প্রতিবেদন জমার সময়সীমা (সময়কাল শেষের পর দিন)');
  await expect.poll(() => field.inputValue()).toBe('১৫');

  await field.fill('৪৫');
  await page.getByRole('button', { name: 'সংরক্ষণ' }).first().click();
  await expect.poll(() => page.locator('.success').textContent()).toBe('সংরক্ষিত হয়েছে');
  expect(await webCall(e2e.app.url, 'settings.get', {})).toMatchObject({ reportGraceDays: 45 });

  await page.reload();
  await page.locator('[data-nav=settings]').click();
  await expect.poll(() => page.getByLabel('প্রতিবেদন জমার সময়সীমা (সময়কাল শেষের পর দিন)').inputValue()).toBe('৪৫');

  await page.getByLabel('প্রতিবেদন জমার সময়সীমা (সময়কাল শেষের পর দিন)').fill('দুই সপ্তাহ');
  await page.getByRole('button', { name: 'সংরক্ষণ' }).first().click();
  await expect.poll(() => page.locator('#settings-report-grace-days').getAttribute('aria-invalid')).toBe('true');
  expect(await webCall(e2e.app.url, 'settings.get', {})).toMatchObject({ reportGraceDays: 45 });
  await page.close();
});

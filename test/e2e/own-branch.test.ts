// The own office's wing and branch (issue 14, point 5): set on the Settings page, printed in the
// letterhead under the office, and after the designation in the signature, as seed 001 prints
// "কর্মসম্পাদন ব্যবস্থাপনা শাখা".
import { expect, test } from 'vitest';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { SETUP_INPUT, webCall } from '../support/web-api.js';

const e2e = useSetUpWebApp();

test('the wing and branch are kept in the settings and printed in the letterhead and the signature', { timeout: 120_000 }, async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(e2e.app.url);
  await page.locator('[data-nav=settings]').click();
  // the form is filled from the saved settings once they arrive: type after that
  await expect.poll(() => page.locator('#settings-name').inputValue()).toBe(SETUP_INPUT.signatory.name);
  await page.locator('#settings-wing').fill('সংসদ বিষয়ক অনুবিভাগ');
  await page.locator('#settings-branch').fill('কর্মসম্পাদন ব্যবস্থাপনা শাখা');
  await page.getByRole('button', { name: 'সংরক্ষণ' }).first().click();
  await expect.poll(() => page.locator('.success').textContent()).toBe('সংরক্ষিত হয়েছে');
  expect((await webCall(e2e.app.url, 'settings.get', {})).ownBranch).toEqual({ wing: 'সংসদ বিষয়ক অনুবিভাগ', branch: 'কর্মসম্পাদন ব্যবস্থাপনা শাখা' });

  await page.reload();
  await page.locator('[data-nav=settings]').click();
  await expect.poll(() => page.locator('#settings-branch').inputValue()).toBe('কর্মসম্পাদন ব্যবস্থাপনা শাখা');

  await page.locator('[data-nav=package]').click();
  await expect.poll(() => page.getByTestId('memo-composer').isVisible()).toBe(true);
  expect((await page.locator('#memo-letterhead').inputValue()).split('\n')).toEqual([
    'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', 'সংসদ বিষয়ক অনুবিভাগ', 'কর্মসম্পাদন ব্যবস্থাপনা শাখা',
  ]);
  expect(await page.locator('#memo-sig-branch').inputValue()).toBe('কর্মসম্পাদন ব্যবস্থাপনা শাখা');
  await page.locator('#memo-file-number').fill('৫৫.০০.০০০০.১১৮.৩৬.০১.১৮');
  const preview = page.getByTestId('document-preview');
  const text = () => preview.evaluate((el) => el.shadowRoot?.textContent ?? '');
  await expect.poll(text, { timeout: 20_000 }).toContain('কর্মসম্পাদন ব্যবস্থাপনা শাখা');
  // the signature as seed 001 signs: the branch after the designation, once (this designation names it already)
  expect(await text()).toContain('(সৌমেন পালিত বাবু)সহকারী সচিব (কর্মসম্পাদন ব্যবস্থাপনা শাখা)লেজিসলেটিভ');
  expect(await text()).not.toContain('শাখা) (কর্মসম্পাদন');
  // the signatory's designation is not sent a copy (the default copy list follows seed 001 without the signatory)
  const copies = (await page.locator('#memo-copy-entries').inputValue()).split('\n');
  expect(copies).toContain('সহকারী প্রোগ্রামার, লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ (ওয়েবসাইটে প্রকাশের অনুরোধসহ)।');
  expect(copies).toContain('উপসচিব (কর্মসম্পাদন ব্যবস্থাপনা শাখা) মহোদয়ের ব্যক্তিগত কর্মকর্তা, লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ।');
  expect(copies.some((c) => c.startsWith('সহকারী সচিব'))).toBe(false);
  await page.close();
});

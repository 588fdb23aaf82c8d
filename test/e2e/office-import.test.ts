// Issue 2, acceptance 5 through the UI: the preview shows the bad rows by number, nothing is
// stored until the user confirms, then only the good rows are.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../support/paths.js';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { webCall } from '../support/web-api.js';
import { BAD_ROWS, officeListCsv } from '../support/office-list-files.js';

const e2e = useSetUpWebApp();


test('import an office list from CSV through the UI', async () => {
  const file = path.join(tempDir(), 'দপ্তর-তালিকা.csv');
  fs.writeFileSync(file, officeListCsv());
  const page = await e2e.browser.newPage();
  await page.goto(e2e.app.url);
  await page.locator('[data-nav=offices]').click();
  await page.getByTestId('open-office-import').click();
  await page.getByTestId('office-import-file').setInputFiles(file);
  await expect.poll(() => page.getByTestId('office-import-summary').textContent()).toBe('৩টি সারি ঠিক আছে, ৩টি সারিতে ত্রুটি');
  for (const bad of BAD_ROWS) {
    const row = page.locator(`tr[data-row="${bad.rowNumber}"]`);
    expect(await row.getAttribute('class')).toBe('row-error');
  }
  expect(await page.locator('tr[data-row="4"]').textContent()).toContain('সঠিক ই-মেইল ঠিকানা দিন');
  expect(await page.locator('tr[data-row="5"]').textContent()).toContain('ঊর্ধ্বতন অফিসটি পাওয়া যায়নি');
  // Nothing stored before the confirmation.
  expect(await webCall(e2e.app.url, 'offices.list', {})).toHaveLength(1);

  await page.getByTestId('office-import-confirm').click();
  await expect.poll(() => page.getByTestId('office-import-done').textContent()).toBe('৩টি অফিস যোগ হয়েছে, ৩টি সারি বাদ গেছে');
  expect(await webCall(e2e.app.url, 'offices.list', {})).toHaveLength(4);
  await page.getByRole('button', { name: 'বন্ধ' }).click();
  await expect.poll(() => page.getByTestId('office-count').textContent()).toBe('মোট ৪টি অফিস');
  await page.close();
});

test('the web transport answers only with the per-run token and only to loopback host names', async () => {
  const origin = new URL(e2e.app.url).origin;
  const noToken = await fetch(`${origin}/api/offices.list`, { method: 'POST', body: '{}' });
  expect(noToken.status).toBe(401);
  const wrongToken = await fetch(`${origin}/api/offices.list`, { method: 'POST', body: '{}', headers: { 'x-apa-desk-token': 'f'.repeat(48) } });
  expect(wrongToken.status).toBe(401);
  // fetch() may not set Host, so ask with node:http as a DNS-rebinding page would arrive.
  const rebound = await new Promise<number>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: new URL(e2e.app.url).port, path: '/', headers: { host: 'evil.example' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  expect(rebound).toBe(421);
  const traversal = await fetch(`${origin}/..%2F..%2Fpackage.json`);
  expect(traversal.status).toBe(404);
  const page = await fetch(`${origin}/`);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval');
});

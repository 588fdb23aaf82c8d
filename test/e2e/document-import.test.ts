// Issue 17, acceptance 4: a Word file, a PDF with a text layer and a scanned PDF dropped on the Import
// screen together give two previews (their diagnostics pointing at "table N, row R, column C" and
// "page P, row R, column C", the mapping editor numbering the columns) and one clear refusal; a
// Word file imports like a spreadsheet.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { projectRoot, tempDir } from '../support/paths.js';
import { pdfFixtures } from '../support/pdf-fixture-files.js';
import { webCall, webOwnOffice } from '../support/web-api.js';

const e2e = useSetUpWebApp();
const files = tempDir();
const shots = path.join(projectRoot, 'test-output', 'document-import');

const statusOf = (page: Page, fileName: string) => page.locator(`tr[data-file="${fileName}"] td[data-status]`).getAttribute('data-status');

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const own = await webOwnOffice(e2e.app.url);
  const dpl = await webCall(e2e.app.url, 'offices.create', { parentId: own.id, level: 'department', nameBn: 'গণগ্রন্থাগার অধিদপ্তর' });
  await webCall(e2e.app.url, 'offices.create', { parentId: dpl.id, level: 'divisional', nameBn: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' });
});

test('a Word file, a text PDF and a scanned PDF: two previews and one clear refusal', async () => {
  const { pdfs, scanned } = await pdfFixtures();
  const pdf = pdfs.find((f) => f.printer === 'chromium' && f.file.endsWith('planted-errors.pdf'))!;
  const copy = (from: string, name: string) => {
    fs.copyFileSync(from, path.join(files, name));
    return path.join(files, name);
  };
  const word = copy(path.join(path.dirname(path.dirname(pdf.file)), 'word', 'seed002-q2-report.docx'), 'খুলনা-অগ্রগতি.docx');
  const text = copy(pdf.file, 'প্রাগম-অগ্রগতি.pdf');
  const scan = copy(scanned, 'স্ক্যান.pdf');

  const page = await e2e.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(e2e.app.url);
  await page.locator('[data-nav=import]').click();
  // Dropped on the drop zone together, as an officer drags them from a folder.
  const payload = [word, text, scan].map((file) => ({ name: path.basename(file), base64: fs.readFileSync(file).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return transfer;
  }, payload);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });

  await expect.poll(() => statusOf(page, 'খুলনা-অগ্রগতি.docx'), { timeout: 60_000 }).toBe('ready'); // office, year and period read from the title
  await expect.poll(() => statusOf(page, 'প্রাগম-অগ্রগতি.pdf'), { timeout: 60_000 }).toBe('attention'); // its ministry is not in the registry
  await expect.poll(() => statusOf(page, 'স্ক্যান.pdf'), { timeout: 60_000 }).toBe('failed');
  const refusal = await page.locator('tr[data-file="স্ক্যান.pdf"] td[data-status]').textContent();
  expect(refusal).toContain('স্ক্যান.pdf: পিডিএফটি স্ক্যান করা ছবি');
  expect(refusal).toContain('OCR');

  // The Word file's preview: its rows, and its columns numbered in the mapping editor.
  await page.locator('tr[data-file="খুলনা-অগ্রগতি.docx"]').click();
  await expect.poll(() => page.locator('[data-testid=import-rows] tbody tr').count()).toBe(10);
  expect(await page.locator('[data-testid=mapping-editor] select[data-column="1"]').count()).toBe(1);
  await page.screenshot({ path: path.join(shots, 'word-preview.png'), fullPage: true });

  // The PDF's preview: the planted errors with their place on the page.
  await page.locator('tr[data-file="প্রাগম-অগ্রগতি.pdf"]').click();
  await expect.poll(() => page.locator('[data-testid=import-rows] tbody tr').count()).toBe(11);
  const invalidDate = page.locator('.problems li[data-code=invalid-date] .cell-ref').first();
  expect(await invalidDate.textContent()).toBe(pdf.planted.find((p) => p.code === 'invalid-date')!.location);
  await page.screenshot({ path: path.join(shots, 'pdf-preview.png'), fullPage: true });
  await page.locator('.problems').first().screenshot({ path: path.join(shots, 'pdf-diagnostics.png') });
  await page.locator('tr[data-file="স্ক্যান.pdf"]').click();
  await page.screenshot({ path: path.join(shots, 'scanned-refused.png'), fullPage: true });

  // The Word file imports like a spreadsheet.
  await page.locator('tr[data-file="খুলনা-অগ্রগতি.docx"]').click();
  await page.getByTestId('import-one').click();
  await expect.poll(() => statusOf(page, 'খুলনা-অগ্রগতি.docx')).toBe('imported');
  await page.close();
});

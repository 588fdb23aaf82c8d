// Every seed document printed to PDF by LibreOffice (from the Word fixture) and by Chromium (from the
// same table as HTML), read by the importer and checked field by field against the seed's own numbers;
// every planted error reported with its code and its place ("পৃষ্ঠা P, সারি R, কলাম C"). A scanned
// PDF is refused with one clear message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanSource } from '../../../electron/backend/spreadsheet-import/index.js';
import { pdfFixtures } from '../../support/pdf-fixture-files.js';
import { checkSourceFixture } from '../../support/source-fixtures.js';

const { pdfs, scanned } = await pdfFixtures();

describe.each(pdfs.map((f) => [`${f.printer}/${path.basename(f.file)}`, f] as const))('%s', async (name, fixture) => {
  const parsed = await parsePlanSource(readFileSync(fixture.file), path.basename(fixture.file));
  checkSourceFixture(parsed, fixture, { locationPattern: /^পৃষ্ঠা [০-৯]+, সারি [০-৯]+, কলাম [০-৯]+$/u, englishPattern: /^page \d+, row \d+, column \d+$/, wrapAfterSlash: fixture.printer === 'chromium' });

  it('keeps the file’s hash and reads it from the one PDF grid', () => {
    expect(parsed.workbook.format).toBe('pdf');
    expect(parsed.document.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.sheets).toEqual(['PDF']);
  });
});

describe('a scanned PDF (an image of each page, no text)', () => {
  it('is refused with one message saying it is an image and that no OCR is done', async () => {
    const error = await parsePlanSource(readFileSync(scanned), 'scanned.pdf').then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ name: 'PlanReadError', code: 'scanned-pdf' });
    expect((error as Error).message).toMatch(/scanned image.*no OCR/);
    expect((error as { messageBn: string }).messageBn).toMatch(/স্ক্যান করা ছবি.*OCR/);
  });
});

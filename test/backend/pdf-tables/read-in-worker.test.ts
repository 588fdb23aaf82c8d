// Word and PDF files are read where spreadsheets are: in the reader workers, under their time cap. A
// PDF is read asynchronously there; the files posted behind it are still answered in order.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parsePlanSource } from '../../../electron/backend/spreadsheet-import/index.js';
import { readTableInWorker } from '../../../electron/backend/spreadsheet-import/read-in-worker.js';
import { sha256 } from '../../../electron/backend/stored-files/stored-files.js';
import { fixture } from '../../support/fixture-files.js';
import { pdfFixtures } from '../../support/pdf-fixture-files.js';

const job = (bytes: Uint8Array, fileName: string) => ({ bytes, fileName, sha256: sha256(bytes), choice: {} });

test('a PDF, a Word file and a spreadsheet posted together read as they do inline, each with its own answer', async () => {
  const { pdfs, scanned } = await pdfFixtures();
  const pdf = pdfs.find((f) => f.printer === 'libreoffice' && f.file.endsWith('seed004-q2-progress.pdf'))!;
  const docx = path.join(path.dirname(path.dirname(pdf.file)), 'word', 'seed001-q2-report.docx');
  const files: Array<[string, Buffer]> = [
    ['seed004.pdf', fs.readFileSync(pdf.file)],
    ['seed001.docx', fs.readFileSync(docx)],
    ['seed000.xlsx', fs.readFileSync((await fixture('seed000-plan.xlsx')).file)],
    ['scan.pdf', fs.readFileSync(scanned)],
  ];
  const reads = files.map(([name, bytes]) => readTableInWorker(job(bytes, name)).then((r) => r, (e: unknown) => e));
  const [fromPdf, fromWord, fromSheet, fromScan] = await Promise.all(reads);
  for (const [i, read] of [fromPdf, fromWord, fromSheet].entries()) {
    const [name, bytes] = files[i]!;
    const inline = await parsePlanSource(bytes, name);
    expect(read, name).toMatchObject({ layout: inline.layout, sheets: inline.sheets });
    expect((read as { document: unknown }).document, name).toEqual(inline.document);
  }
  expect((fromPdf as { document: { indicators: unknown[] } }).document.indicators).toHaveLength(pdf.expected.indicators.length);
  expect(fromScan).toMatchObject({ name: 'PlanReadError', code: 'scanned-pdf', message: expect.stringContaining('scan.pdf') });
});

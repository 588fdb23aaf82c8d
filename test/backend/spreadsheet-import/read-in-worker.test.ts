// Untrusted files are read in worker threads with a time cap: the same table as reading inline, a
// layout choice applied, a clear error when the cap is hit, and the next file reads in a fresh worker.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { PlanReadError } from '../../../electron/backend/spreadsheet-import/errors.js';
import { parsePlanBytes } from '../../../electron/backend/spreadsheet-import/index.js';
import { LayoutChoiceError } from '../../../electron/backend/spreadsheet-import/layout-choice.js';
import { validatedDocument } from '../../../electron/backend/spreadsheet-import/normalise.js';
import { readTableInWorker } from '../../../electron/backend/spreadsheet-import/read-in-worker.js';
import { sha256 } from '../../../electron/backend/stored-files/stored-files.js';
import { fixture } from '../../support/fixture-files.js';

const job = (bytes: Uint8Array, fileName: string, choice = {}) => ({ bytes, fileName, sha256: sha256(bytes), choice });

/**
 * A file that takes a warm worker a few hundred milliseconds to read (a long CSV), given a cap of
 * 25 ms: over the cap however fast the machine, where a small file under a 1 ms cap could beat the timer.
 */
const SLOW_CAP_MS = 25;
function slowFile(variant: number): Buffer {
  const rows = Array.from({ length: 6000 }, (_, i) => Array.from({ length: 12 }, (_, c) => `${i}-${c}`).join(','));
  return Buffer.from(`ক্রম,কর্মসম্পাদন সূচক,একক,${variant}\n${rows.join('\n')}`);
}

test('reads the same table as the inline reader', async () => {
  const bytes = fs.readFileSync((await fixture('seed004-q2-progress.xls')).file);
  const inWorker = await readTableInWorker(job(bytes, 'seed004.xls'));
  const inline = parsePlanBytes(bytes, 'seed004.xls');
  expect(inWorker.sheets).toEqual(inline.sheets);
  expect(inWorker.layout).toEqual(inline.layout);
  expect(inWorker.document).toEqual(inline.document);
});

test('reads the table again with a layout choice, and refuses a choice that does not fit', async () => {
  const bytes = fs.readFileSync((await fixture('seed004-q2-progress.xls')).file);
  const first = await readTableInWorker(job(bytes, 'seed004.xls'));
  const remarks = first.layout.columns.find((c) => c.role === 'remarks')!;
  const again = await readTableInWorker(job(bytes, 'seed004.xls', { layout: { columns: [{ column: remarks.column, role: 'ignore' }] } }));
  expect(again.layout.columns.find((c) => c.column === remarks.column)!.role).toBe('ignore');
  expect(again.document.indicators.every((i) => !i.remarks)).toBe(true);
  expect(first.document.indicators.some((i) => i.remarks)).toBe(true);

  const wrong = readTableInWorker(job(bytes, 'seed004.xls', { layout: { columns: [{ column: 9999, role: 'ignore' }] } }));
  await expect(wrong).rejects.toBeInstanceOf(LayoutChoiceError);
  await expect(wrong).rejects.toMatchObject({ field: 'layout.columns', code: 'invalid-column' });
});

test('a read over the time cap ends in a clear error, and the next file still reads', async () => {
  const bytes = fs.readFileSync((await fixture('seed000-plan.xlsx')).file);
  const slow = readTableInWorker(job(slowFile(1), 'slow.csv'), SLOW_CAP_MS);
  await expect(slow).rejects.toBeInstanceOf(PlanReadError);
  await expect(slow).rejects.toMatchObject({ code: 'too-slow', message: expect.stringContaining('slow.csv') });
  const next = await readTableInWorker(job(bytes, 'next.xlsx'));
  expect(next.document.indicators.length).toBeGreaterThan(0);
});

test('an unreadable file is refused with the reader\'s own error', async () => {
  const brokenZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]);
  await expect(readTableInWorker(job(brokenZip, 'memo.xlsx'))).rejects.toMatchObject({ name: 'PlanReadError', message: expect.stringContaining('memo.xlsx') });
});

test('files queued behind a slow file are read, by a fresh worker where the slow one was stopped', async () => {
  const bytes = fs.readFileSync((await fixture('seed000-plan.xlsx')).file);
  const copy = (i: number) => Buffer.concat([bytes, Buffer.alloc(i)]);
  const others = Array.from({ length: 40 }, (_, i) => i + 2);
  const reads = [readTableInWorker(job(slowFile(2), 'slow.csv'), SLOW_CAP_MS), ...others.map((i) => readTableInWorker(job(copy(i), `ok-${i}.xlsx`)))];
  const [slow, ...rest] = await Promise.allSettled(reads);
  expect(slow).toMatchObject({ status: 'rejected', reason: { code: 'too-slow' } });
  for (const r of rest) {
    expect(r.status).toBe('fulfilled');
    if (r.status === 'fulfilled') expect(r.value.document.indicators.length).toBeGreaterThan(0);
  }
});

test('the document a worker sends is validated against the apa-plan/1 schema where it arrives', async () => {
  const bytes = fs.readFileSync((await fixture('seed000-plan.xlsx')).file);
  const { document, layout } = await readTableInWorker(job(bytes, 'seed000.xlsx'));
  expect(validatedDocument(document, 'seed000.xlsx', layout.sheet)).toBe(document);
  const broken = { ...document, indicators: [{ ...document.indicators[0]!, code: 'এক.দুই' }] };
  expect(() => validatedDocument(broken, 'seed000.xlsx', layout.sheet)).toThrow(
    expect.objectContaining({ name: 'PlanReadError', code: 'invalid-document', sheet: layout.sheet, message: expect.stringContaining('seed000.xlsx') }),
  );
});

test('a batch of .xls files is read, each file the same as inline', async () => {
  const bytes = fs.readFileSync((await fixture('seed004-q2-progress.xls')).file);
  const copies = Array.from({ length: 30 }, (_, i) => Buffer.concat([bytes, Buffer.alloc(i + 1)]));
  const reads = await Promise.all(copies.map((copy, i) => readTableInWorker(job(copy, `office-${i}.xls`))));
  const inline = parsePlanBytes(bytes, 'seed004.xls').document;
  for (const read of reads) expect(read.document.indicators).toEqual(inline.indicators);
});

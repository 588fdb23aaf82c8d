// Untrusted files are read in worker threads with a time cap: the same table as reading inline, a
// layout choice applied where the workbook is held, a clear error when the cap is hit, and the next
// file reads in a fresh worker.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { PlanReadError } from '../../../electron/backend/spreadsheet-import/errors.js';
import { parsePlanBytes } from '../../../electron/backend/spreadsheet-import/index.js';
import { LayoutChoiceError } from '../../../electron/backend/spreadsheet-import/layout-choice.js';
import { readTableInWorker } from '../../../electron/backend/spreadsheet-import/read-in-worker.js';
import { sha256 } from '../../../electron/backend/stored-files/stored-files.js';
import { fixture } from '../../support/fixture-files.js';

const job = (bytes: Uint8Array, fileName: string, choice = {}) => ({ bytes, fileName, sha256: sha256(bytes), choice });

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
  const slow = readTableInWorker(job(bytes, 'slow.xlsx'), 1);
  await expect(slow).rejects.toBeInstanceOf(PlanReadError);
  await expect(slow).rejects.toMatchObject({ code: 'too-slow', message: expect.stringContaining('slow.xlsx') });
  const next = await readTableInWorker(job(bytes, 'next.xlsx'));
  expect(next.document.indicators.length).toBeGreaterThan(0);
});

test('an unreadable file is refused with the reader\'s own error', async () => {
  const brokenZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]);
  await expect(readTableInWorker(job(brokenZip, 'memo.xlsx'))).rejects.toMatchObject({ name: 'PlanReadError', message: expect.stringContaining('memo.xlsx') });
});

// Untrusted files are read in a worker thread with a time cap: the same workbook as reading inline,
// a clear error when the cap is hit, and the next file reads in a fresh worker.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { PlanReadError } from '../../../electron/backend/spreadsheet-import/errors.js';
import { readWorkbook } from '../../../electron/backend/spreadsheet-import/read.js';
import { readWorkbookInWorker } from '../../../electron/backend/spreadsheet-import/read-in-worker.js';
import { fixture } from '../../support/fixture-files.js';

test('reads the same workbook as the inline reader', async () => {
  const bytes = fs.readFileSync((await fixture('seed004-q2-progress.xls')).file);
  const inWorker = await readWorkbookInWorker(bytes, 'seed004.xls');
  const inline = readWorkbook(bytes, 'seed004.xls');
  expect(inWorker.sheets.map((s) => [s.name, s.rowCount, s.colCount])).toEqual(inline.sheets.map((s) => [s.name, s.rowCount, s.colCount]));
  expect(inWorker.sheets[0]!.rows[10]?.map((c) => c?.v)).toEqual(inline.sheets[0]!.rows[10]?.map((c) => c?.v));
});

test('a read over the time cap ends in a clear error, and the next file still reads', async () => {
  const bytes = fs.readFileSync((await fixture('seed000-plan.xlsx')).file);
  const slow = readWorkbookInWorker(bytes, 'slow.xlsx', 1);
  await expect(slow).rejects.toBeInstanceOf(PlanReadError);
  await expect(slow).rejects.toMatchObject({ code: 'too-slow', message: expect.stringContaining('slow.xlsx') });
  const next = await readWorkbookInWorker(bytes, 'next.xlsx');
  expect(next.sheets.length).toBeGreaterThan(0);
});

test('an unreadable file is refused with the reader\'s own error', async () => {
  const brokenZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]);
  await expect(readWorkbookInWorker(brokenZip, 'memo.xlsx')).rejects.toMatchObject({ name: 'PlanReadError', message: expect.stringContaining('memo.xlsx') });
});

// The staging area never drops a file to make room (issue 13, major 3), and the receipt date the
// Import screen proposes is the date a file gives itself, never today (major 5).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StagingArea, StagingFullError, type StagedFile } from '../../../electron/backend/plan-import/staging.js';
import { letterDateFromLines } from '../../../electron/backend/spreadsheet-import/title-info.js';
import { fiscalYearFromTyped } from '../../../renderer/src/import/FiscalYearField.js';
import { freshBackend } from '../../support/backend.js';
import { listFiscalYears } from '../../../electron/backend/fiscal-year/fiscal-year-service.js';
import { fixture } from '../../support/fixture-files.js';

const file = (id: string, size = 10) => ({ id, fileName: `${id}.xlsx`, bytes: new Uint8Array(size) }) as StagedFile;

describe('the staging area', () => {
  test('holds every file given (past the old 200), and refuses one past its limit without dropping any', () => {
    const staging = new StagingArea(1_000);
    for (let i = 0; i < 1_000; i++) staging.put(file(`f${i}`));
    expect(staging.size).toBe(1_000);
    expect(staging.get('f0')?.fileName).toBe('f0.xlsx');
    expect(staging.hasRoomFor('f1000')).toBe(false);
    expect(staging.hasRoomFor('f5')).toBe(true); // the same file again replaces itself
    expect(() => staging.put(file('f1000'))).toThrow(StagingFullError);
    expect(staging.size).toBe(1_000);
    expect(staging.get('f0')).toBeDefined();
    staging.discard('f0');
    staging.put(file('f1000'));
    expect(staging.get('f1000')).toBeDefined();
  });

  test('refuses a file that would take it past its bytes, keeping every file it holds', () => {
    const staging = new StagingArea(100, 1_000);
    staging.put(file('a', 600));
    expect(staging.hasRoomFor('b', 500)).toBe(false);
    expect(() => staging.put(file('b', 500))).toThrow(StagingFullError);
    staging.put(file('a', 700)); // the same file again replaces itself
    staging.discard('a');
    staging.put(file('b', 500));
    expect(staging.size).toBe(1);
  });
});

describe('the date a file gives itself', () => {
  test('a letter or title line with তারিখ/Date, in Bengali or Latin digits', () => {
    expect(letterDateFromLines(['স্মারক নম্বর: ৩৮.০০', 'তারিখ: ২৫/০৫/২০২৪ খ্রি.'])).toBe('2024-05-25');
    expect(letterDateFromLines(['Memo no. 38.00', 'Date: 9.1.2025'])).toBe('2025-01-09');
    expect(letterDateFromLines(['তাং- ০১-০৭-২০২৩'])).toBe('2023-07-01');
    // A day that does not exist, or no date at all: nothing is proposed.
    expect(letterDateFromLines(['তারিখ: ০০/১২/২০২১'])).toBeNull();
    expect(letterDateFromLines(['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪'])).toBeNull();
  });
});

describe('a fiscal year typed by hand', () => {
  test('Bengali or Latin digits, short or long form; not two consecutive years is refused', () => {
    expect(fiscalYearFromTyped('২০২১-২২')).toBe('2021-22');
    expect(fiscalYearFromTyped('2021-22')).toBe('2021-22');
    expect(fiscalYearFromTyped('2021-2022')).toBe('2021-22');
    expect(fiscalYearFromTyped(' ২০২১/২০২২ ')).toBe('2021-22');
    expect(fiscalYearFromTyped('1999-00')).toBe('1999-00');
    expect(fiscalYearFromTyped('২০২১-২৩')).toBeNull();
    expect(fiscalYearFromTyped('২০২')).toBeNull();
    expect(fiscalYearFromTyped('২০২১-')).toBeNull();
  });
});

describe('staging through the API', () => {
  let backend: Awaited<ReturnType<typeof freshBackend>>;
  beforeEach(async () => {
    backend = await freshBackend();
  });
  afterEach(() => backend.close());

  test('a cover letter\'s date is proposed as the receipt date; a file without one proposes none', async () => {
    const withLetter = await fixture('seed000-cover-letter.xlsx');
    const dated = await backend.call('imports.stage', { fileName: 'letter.xlsx', contentBase64: fs.readFileSync(withLetter.file).toString('base64') });
    expect(dated.letterDate).toBe('2024-05-25');
    const plain = await fixture('seed002-q2-report.ods');
    const undated = await backend.call('imports.stage', { fileName: 'report.ods', contentBase64: fs.readFileSync(plain.file).toString('base64') });
    expect(undated.letterDate).toBeNull();
  });

  test('today\'s fiscal year is the one of today in Dhaka, whatever the PC\'s zone', () => {
    // 30 June 19:00 UTC is 1 July 01:00 in Dhaka: the new fiscal year has begun there.
    expect(listFiscalYears(backend.database.db, new Date('2024-06-30T19:00:00Z')).current).toBe('2024-25');
    expect(listFiscalYears(backend.database.db, new Date('2024-06-30T17:00:00Z')).current).toBe('2023-24');
  });
});

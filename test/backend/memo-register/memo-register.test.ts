// Memo numbers: the official shapes, both digit sets, and a serial never issued twice — also across
// restarts and concurrent issues.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../electron/backend/database/open-database.js';
import { issuedFor, issueMemoNumber, listIssuedMemos, memoPurpose, nextSerial, startAtProblem } from '../../../electron/backend/memo-register/memo-register.js';
import { formatMemoNumber, isOfficialShape, parseFileNumber } from '../../../electron/backend/memo-register/memo-number.js';
import { migrationsDir, tempDir } from '../../support/paths.js';

describe('file and memo numbers', () => {
  test('seed 004 and seed 001 shapes, Bengali or Latin digits', () => {
    const file = parseFileNumber('৩২.০২.০০০০.০০৬.১৬.০১৮.১৯')!;
    expect(file.groups).toEqual(['32', '02', '0000', '006', '16', '018', '19']);
    expect(isOfficialShape(file)).toBe(true);
    expect(formatMemoNumber(file, 582)).toBe('৩২.০২.০০০০.০০৬.১৬.০১৮.১৯-৫৮২');
    const part = parseFileNumber('32.02.0000.006.16.018.19(অংশ-১)')!;
    expect(part.part).toBe(1);
    expect(formatMemoNumber(part, 582)).toBe('৩২.০২.০০০০.০০৬.১৬.০১৮.১৯(অংশ-১)/৫৮২');
    expect(isOfficialShape(parseFileNumber('৩২.০২.০০০০.০০৬.১৬.০০১.২০.১১৯')!)).toBe(false); // 8 parts, 19 digits
    expect(isOfficialShape(parseFileNumber('32.02.0000.006.016.16.0018.19')!)).toBe(true); // 8 parts, 22 digits
    for (const bad of ['', 'abc', '৩২', '32..02', '32.02-5']) expect(parseFileNumber(bad)).toBeNull();
  });
});

describe('the register', () => {
  test('serials increase per file, whatever digits the file number is typed in, and survive a restart', async () => {
    const file = path.join(tempDir(), 'apa-desk.sqlite');
    let database = await openDatabase(file, { migrationsDir });
    database.sqlite.prepare(`INSERT INTO offices (name_bn, level, is_own) VALUES ('লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', 'division', 1)`).run();
    const issue = (fileNumber: string, startAt?: number) =>
      issueMemoNumber(database.db, 'tester', { officeId: 1, fileNumber, issuedOn: '2024-01-04', subject: 'বিষয়', ...(startAt ? { startAt } : {}) });
    expect(issue('৫৫.০০.০০০০.১১৮.৩৬.০০১.২৩').memoNumber).toBe('৫৫.০০.০০০০.১১৮.৩৬.০০১.২৩-১');
    expect(issue('55.00.0000.118.36.001.23').memoNumber).toBe('৫৫.০০.০০০০.১১৮.৩৬.০০১.২৩-২');
    expect(issue('৩২.০২.০০০০.০০৬.১৬.০১৮.১৯', 582).serial).toBe(582);
    database.close();

    database = await openDatabase(file, { migrationsDir });
    expect(nextSerial(database.db, '55.00.0000.118.36.001.23')).toBe(3);
    expect(issue('৫৫.০০.০০০০.১১৮.৩৬.০০১.২৩').serial).toBe(3);
    // a serial already used (or lower than the last) is refused and says what is free, never silently replaced
    expect(startAtProblem(database.db, '৩২.০২.০০০০.০০৬.১৬.০১৮.১৯', 100)).toEqual({ serial: 100, last: 582, next: 583 });
    expect(startAtProblem(database.db, '৩২.০২.০০০০.০০৬.১৬.০১৮.১৯', 582)).toEqual({ serial: 582, last: 582, next: 583 });
    expect(startAtProblem(database.db, '৩২.০২.০০০০.০০৬.১৬.০১৮.১৯', 583)).toBeNull();
    expect(() => issue('৩২.০২.০০০০.০০৬.১৬.০১৮.১৯', 100)).toThrow(expect.objectContaining({ body: expect.objectContaining({ kind: 'conflict', code: 'memo-serial-used' }) }));
    expect(issue('৩২.০২.০০০০.০০৬.১৬.০১৮.১৯').serial).toBe(583);
    const register = listIssuedMemos(database.db);
    expect(register.map((m) => m.memoNumber)).toEqual([
      '৩২.০২.০০০০.০০৬.১৬.০১৮.১৯-৫৮৩', '৫৫.০০.০০০০.১১৮.৩৬.০০১.২৩-৩', '৩২.০২.০০০০.০০৬.১৬.০১৮.১৯-৫৮২',
      '৫৫.০০.০০০০.১১৮.৩৬.০০১.২৩-২', '৫৫.০০.০০০০.১১৮.৩৬.০০১.২৩-১',
    ]);
    const audited = database.sqlite.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'memo_register' AND action = 'issue'`).get();
    expect(audited).toEqual({ n: 5 });
    // The unique index refuses a duplicate even if code tried to write one.
    expect(() => database.sqlite.prepare(`INSERT INTO memo_register (office_id, file_number, serial, memo_number, issued_on) VALUES (1, '55.00.0000.118.36.001.23', 3, 'x', '2024-01-04')`).run()).toThrow(/UNIQUE/);
    database.close();
  });

  test('a number is found again by what it was issued for', async () => {
    const database = await openDatabase(path.join(tempDir(), 'apa-desk.sqlite'), { migrationsDir });
    database.sqlite.prepare(`INSERT INTO offices (name_bn, level, is_own) VALUES ('মন্ত্রণালয়', 'ministry', 1)`).run();
    const purpose = memoPurpose.feedback(7, '2023-24', 'H1');
    expect(purpose).toBe('feedback:7:2023-24:H1');
    issueMemoNumber(database.db, 't', { officeId: 1, fileNumber: '1.2.3.4.5.6.7', issuedOn: '2024-01-14', purpose });
    issueMemoNumber(database.db, 't', { officeId: 1, fileNumber: '1.2.3.4.5.6.7', issuedOn: '2024-01-25', purpose: memoPurpose.package('2023-24', 'H1') });
    expect(issuedFor(database.db, purpose).map((m) => [m.memoNumber, m.issuedOn])).toEqual([['১.২.৩.৪.৫.৬.৭-১', '2024-01-14']]);
    expect(issuedFor(database.db, memoPurpose.package('2023-24', 'Q2'))).toEqual([]);
    database.close();
  });

  test('two connections issuing at once never get the same serial', async () => {
    const file = path.join(tempDir(), 'apa-desk.sqlite');
    const a = await openDatabase(file, { migrationsDir });
    a.sqlite.prepare(`INSERT INTO offices (name_bn, level, is_own) VALUES ('মন্ত্রণালয়', 'ministry', 1)`).run();
    const b = await openDatabase(file, { migrationsDir });
    const serials = [];
    for (let i = 0; i < 20; i++) {
      for (const db of [a, b]) serials.push(issueMemoNumber(db.db, 't', { officeId: 1, fileNumber: '1.2.3.4.5.6.7', issuedOn: '2024-01-04' }).serial);
    }
    expect(new Set(serials).size).toBe(40);
    expect(Math.max(...serials)).toBe(40);
    a.close();
    b.close();
  });
});

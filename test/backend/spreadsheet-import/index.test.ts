import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COLUMN_ROLES,
  normalise,
  parsePlanBytes,
  parsePlanFile,
  PlanReadError,
} from '../../../electron/backend/spreadsheet-import/index.js';
import { workbookBytes } from './helpers.js';
import { coverLetter004, seed000, seed004 } from './seed-workbooks.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'apa-import-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parsePlanBytes', () => {
  const bytes = workbookBytes([coverLetter004(), seed004()]);

  it('gives the document with its source, the layout, the sheet names and the workbook', () => {
    const result = parsePlanBytes(bytes, 'folder/jms-q2.xlsx');
    expect(result.sheets).toEqual(['পত্র', 'অগ্রগতি']);
    expect(result.layout.sheet).toBe('অগ্রগতি');
    expect(result.document.source).toEqual({ file: 'jms-q2.xlsx', sheet: 'অগ্রগতি', sha256: result.workbook.sha256 });
    expect(result.document.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('applies a corrected layout and overrides from the preview', () => {
    const first = parsePlanBytes(bytes, 'r.xlsx');
    const columns = first.layout.columns.map((c) => (c.role === 'achievement:Q1' ? { ...c, role: 'ignore' as const } : c));
    const result = parsePlanBytes(bytes, 'r.xlsx', { layout: { columns, officeName: 'অন্য দপ্তর' }, overrides: { fiscalYear: '2022-23' } });
    expect(result.document.reportPeriods).toEqual(['Q2']);
    expect(result.document.office).toEqual({ name: 'অন্য দপ্তর' });
    expect(result.document.fiscalYear).toBe('2022-23');
    // The same again from the kept workbook, without the bytes.
    expect(normalise(first.workbook, result.layout, { fiscalYear: '2022-23' })).toEqual(result.document);
  });

  it('reads another sheet when asked, and refuses a sheet with no table', () => {
    const two = workbookBytes([seed000(), { ...seed004(), name: 'দুই' }]);
    expect(parsePlanBytes(two, 'x.xlsx', { layout: { sheet: 'কর্মপরিকল্পনা' } }).document.levels).toEqual([100, 90, 80, 70, 60]);
    expect(() => parsePlanBytes(bytes, 'x.xlsx', { layout: { sheet: 'পত্র' } })).toThrow(PlanReadError);
  });

  it('throws only PlanReadError', () => {
    expect(() => parsePlanBytes(new TextEncoder().encode('just a note\nwith two lines\n'), 'note.csv')).toThrow(PlanReadError);
  });
});

describe('parsePlanFile', () => {
  it('reads a file from disk', async () => {
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, workbookBytes([seed000()]));
    const doc = await parsePlanFile(file);
    expect(doc.indicators).toHaveLength(11);
    expect(doc.source?.file).toBe('plan.xlsx');
  });

  it('refuses a missing file, a folder and an oversized file with PlanReadError', async () => {
    await expect(parsePlanFile(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({ code: 'file-missing' });
    await expect(parsePlanFile(dir)).rejects.toMatchObject({ code: 'not-spreadsheet' });
    const big = path.join(dir, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024); // sparse: nothing is read before the size check
    await expect(parsePlanFile(big)).rejects.toMatchObject({ code: 'file-too-large' });
  });
});

describe('COLUMN_ROLES', () => {
  it('is exported for the mapping editor', () => {
    expect(COLUMN_ROLES.find((r) => r.role === 'target:70')).toMatchObject({ bn: expect.stringContaining('চলতি মান'), en: expect.stringContaining('70%') });
  });
});

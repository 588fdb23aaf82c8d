import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { PlanReadError } from '../../../electron/backend/spreadsheet-import/errors.js';
import { DEFAULT_LIMITS, readWorkbook, type ReadLimits } from '../../../electron/backend/spreadsheet-import/read.js';
import { cellAt, cellText } from '../../../electron/backend/spreadsheet-import/sheet-grid.js';
import { csvBytes, serial, workbookBytes } from './helpers.js';

const ROWS = [
  ['কর্মসম্পাদন সূচক', 'লক্ষ্যমাত্রা', null],
  ['[১.১.১] সূচক', { v: serial('2024-05-16'), z: 'dd/mm/yyyy' }, { v: 0.85, z: '0%' }],
];

function expectReadError(fn: () => unknown, code: string): PlanReadError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanReadError);
    const e = error as PlanReadError;
    expect(e.code).toBe(code);
    expect(e.message).not.toMatch(/\n/);
    expect(e.messageBn.length).toBeGreaterThan(0);
    return e;
  }
  throw new Error(`expected PlanReadError ${code}`);
}

const limits = (over: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_LIMITS, ...over });

describe('readWorkbook', () => {
  it.each(['xlsx', 'biff8', 'ods'] as const)('reads %s with merges, number formats and Bengali text', (type) => {
    const bytes = workbookBytes([{ name: 'শিট', rows: ROWS, merges: ['B1:C1'] }], type);
    const wb = readWorkbook(bytes, `plan.${type}`);
    expect(wb.format).toBe(type === 'biff8' ? 'xls' : type);
    expect(wb.sheets.map((s) => s.name)).toEqual(['শিট']);
    const grid = wb.sheets[0]!;
    expect(cellText(cellAt(grid, 0, 0))).toBe('কর্মসম্পাদন সূচক');
    expect(cellAt(grid, 0, 2)).toBe(cellAt(grid, 0, 1)); // B1:C1 merged
    expect(cellAt(grid, 1, 1)?.v).toBe(serial('2024-05-16'));
    expect(wb.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the number formats an .xlsx gives (dates, percentages)', () => {
    const wb = readWorkbook(workbookBytes([{ name: 'S', rows: ROWS }]), 'p.xlsx');
    expect(cellAt(wb.sheets[0]!, 1, 1)?.z).toMatch(/d/);
    expect(cellAt(wb.sheets[0]!, 1, 2)?.z).toContain('%');
  });

  it.each([true, false])('reads UTF-8 CSV (BOM %s) with every value kept as text', (bom) => {
    const wb = readWorkbook(csvBytes([['সূচক', 'লক্ষ্যমাত্রা'], ['[১.১.১] এক, দুই', '৮৫%'], ['x', '0.85'], ['y', '16/05/2024']], bom), 'r.csv');
    expect(wb.format).toBe('csv');
    const grid = wb.sheets[0]!;
    expect(cellAt(grid, 0, 0)?.v).toBe('সূচক'); // no BOM left in the first cell
    expect(cellAt(grid, 1, 0)?.v).toBe('[১.১.১] এক, দুই');
    expect(cellAt(grid, 1, 1)).toMatchObject({ t: 's', v: '৮৫%' });
    expect(cellAt(grid, 2, 1)).toMatchObject({ t: 's', v: '0.85' });
    expect(cellAt(grid, 3, 1)).toMatchObject({ t: 's', v: '16/05/2024' });
  });

  it('refuses an empty file, a binary that is no spreadsheet, and a file over the size cap', () => {
    expectReadError(() => readWorkbook(new Uint8Array(), 'x.xlsx'), 'empty-file');
    expectReadError(() => readWorkbook(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]), 'x.xlsx'), 'not-spreadsheet');
    const bytes = workbookBytes([{ name: 'S', rows: ROWS }]);
    expectReadError(() => readWorkbook(bytes, 'x.xlsx', limits({ maxBytes: 100 })), 'file-too-large');
  });

  it('reports a truncated .xlsx as damaged', () => {
    const bytes = workbookBytes([{ name: 'S', rows: ROWS }]);
    expectReadError(() => readWorkbook(bytes.subarray(0, Math.floor(bytes.length / 2)), 'x.xlsx'), 'corrupt');
  });

  it('refuses a ZIP that declares a huge inflated size (zip bomb) before inflating it', () => {
    const bytes = workbookBytes([{ name: 'S', rows: ROWS }]).slice();
    // Patch the first central-directory entry's uncompressed size to 3 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let p = bytes.length - 22; p >= 0; p--) {
      if (view.getUint32(p, true) === 0x06054b50) {
        const cd = view.getUint32(p + 16, true);
        view.setUint32(cd + 24, 3_000_000_000, true);
        break;
      }
    }
    expectReadError(() => readWorkbook(bytes, 'bomb.xlsx'), 'zip-bomb');
  });

  it('enforces the sheet, row and cell caps', () => {
    const three = workbookBytes([1, 2, 3].map((n) => ({ name: `S${n}`, rows: ROWS })));
    expectReadError(() => readWorkbook(three, 'x.xlsx', limits({ maxSheets: 2 })), 'too-many-sheets');
    const tall = workbookBytes([{ name: 'S', rows: Array.from({ length: 50 }, (_, i) => [`row ${i}`]) }]);
    expectReadError(() => readWorkbook(tall, 'x.xlsx', limits({ maxRows: 20 })), 'too-many-rows');
    const wide = workbookBytes([{ name: 'S', rows: Array.from({ length: 20 }, () => Array.from({ length: 20 }, () => 1)) }]);
    expectReadError(() => readWorkbook(wide, 'x.xlsx', limits({ maxCells: 100 })), 'too-many-cells');
  });

  it('drops cells past the column cap with a warning', () => {
    const row: Array<string | null> = ['a', ...Array.from({ length: 299 }, () => null), 'far away'];
    const wb = readWorkbook(workbookBytes([{ name: 'S', rows: [row] }]), 'wide.xlsx');
    expect(wb.sheets[0]!.colCount).toBe(1);
    expect(wb.warnings).toEqual([expect.objectContaining({ code: 'cells-ignored', severity: 'warning' })]);
  });

  it('says a password-protected workbook is encrypted', () => {
    // An OOXML file encrypted by Excel is a compound file holding EncryptionInfo and EncryptedPackage.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expectReadError(() => readWorkbook(bytes, 'locked.xlsx'), 'encrypted');
  });

  it('marks hidden sheets and the 1904 date system', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['a']]), 'Visible');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['b']]), 'Hidden');
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }], WBProps: { date1904: true } };
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const read = readWorkbook(bytes, 'h.xlsx');
    expect(read.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Visible', false],
      ['Hidden', true],
    ]);
    expect(read.date1904).toBe(true);
  });
});

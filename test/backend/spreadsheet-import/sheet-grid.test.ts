import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import {
  buildGrid,
  cellAddress,
  cellAt,
  CellCapExceeded,
  cellText,
  columnLetter,
  type CellBudget,
} from '../../../electron/backend/spreadsheet-import/sheet-grid.js';

const LIMITS = { maxCols: 256, maxCells: 10_000 };
const budget = (): CellBudget => ({ used: 0, droppedColumns: 0 });

function sheet(rows: unknown[][], merges: string[] = [], dense = true): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows, { dense } as XLSX.AOA2SheetOpts);
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

describe('A1 addresses', () => {
  it('names columns past Z and rows from 1', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
    expect(cellAddress(4, 7)).toBe('H5');
  });
});

describe('buildGrid', () => {
  it('fills a merged range with its top-left cell, which keeps its own address', () => {
    const grid = buildGrid('s', sheet([['area', 'w'], [null, null], [null, null], ['x', 'y']], ['A1:A3']), LIMITS, budget());
    const anchor = cellAt(grid, 0, 0)!;
    expect(cellAt(grid, 1, 0)).toBe(anchor);
    expect(cellAt(grid, 2, 0)).toBe(anchor);
    expect(cellAddress(anchor.row, anchor.col)).toBe('A1');
    expect(cellAt(grid, 1, 1)).toBeUndefined();
    expect(cellAt(grid, 3, 0)?.v).toBe('x');
    expect(grid.rowCount).toBe(4);
    expect(grid.colCount).toBe(2);
  });

  it('reads sparse (non-dense) worksheets the same way', () => {
    const dense = buildGrid('s', sheet([['a', 1], ['b', 2]], ['A1:B1']), LIMITS, budget());
    const sparse = buildGrid('s', sheet([['a', 1], ['b', 2]], ['A1:B1'], false), LIMITS, budget());
    expect(sparse.rows.map((r) => r.map((c) => c?.v))).toEqual(dense.rows.map((r) => r.map((c) => c?.v)));
  });

  it('clips a merge that reaches far past the used area', () => {
    const b = budget();
    const grid = buildGrid('s', sheet([['x', 'y'], ['z']], ['A1:XFD1048576']), LIMITS, b);
    expect(grid.rowCount).toBe(2);
    expect(b.used).toBeLessThanOrEqual(4);
  });

  it('drops cells past the column cap and counts them', () => {
    const ws = sheet([['a']]);
    // SheetJS 0.20 keeps a dense sheet's rows in ws['!data'].
    (ws['!data'] as unknown as Array<unknown[]>)[0]![300] = { t: 's', v: 'far' };
    const b = budget();
    const grid = buildGrid('s', ws, LIMITS, b);
    expect(grid.colCount).toBe(1);
    expect(b.droppedColumns).toBe(1);
  });

  it('throws when the workbook holds more cells than the cap', () => {
    const rows = Array.from({ length: 30 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    expect(() => buildGrid('s', sheet(rows), { maxCols: 256, maxCells: 100 }, budget())).toThrow(CellCapExceeded);
  });

  it('keeps number formats of numbers only, and drops empty text cells', () => {
    const ws = sheet([[0.85, '', 'text']]);
    const rows = ws['!data'] as unknown as Array<Array<{ z?: string }>>;
    rows[0]![0]!.z = '0%';
    const grid = buildGrid('s', ws, LIMITS, budget());
    expect(cellAt(grid, 0, 0)?.z).toBe('0%');
    expect(cellAt(grid, 0, 1)).toBeUndefined();
    expect(cellAt(grid, 0, 2)?.z).toBeUndefined();
  });
});

describe('cellText', () => {
  it('shows percent-formatted numbers as percentages without float noise', () => {
    const grid = buildGrid('s', sheet([[0.1 + 0.2, 0.855, 4]]), LIMITS, budget());
    (grid.rows[0]![1] as { z: string | undefined }).z = '0.0%';
    expect(cellText(cellAt(grid, 0, 0))).toBe('0.3');
    expect(cellText(cellAt(grid, 0, 1))).toBe('85.5%');
    expect(cellText(cellAt(grid, 0, 2))).toBe('4');
    expect(cellText(undefined)).toBe('');
  });
});

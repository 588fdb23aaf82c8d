// Small workbooks built in memory for the reader's tests.
import * as XLSX from '@e965/xlsx';

export type CellSpec = string | number | null | { v: number | string; z?: string; t?: 'n' | 's' };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
}

/** Builds a workbook and writes it in the given format. */
export function workbookBytes(sheets: SheetSpec[], bookType: 'xlsx' | 'xls' | 'ods' | 'biff8' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const spec of sheets) {
    const ws: XLSX.WorkSheet = {};
    let maxR = 0;
    let maxC = 0;
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        const addr = XLSX.utils.encode_cell({ r, c });
        if (typeof value === 'object') {
          ws[addr] = { t: value.t ?? (typeof value.v === 'number' ? 'n' : 's'), v: value.v, ...(value.z ? { z: value.z } : {}) };
        } else {
          ws[addr] = { t: typeof value === 'number' ? 'n' : 's', v: value };
        }
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, c);
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
    if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, spec.name);
  }
  const type = bookType === 'biff8' ? 'xls' : bookType;
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: type }) as Buffer);
}

/** CSV text (UTF-8, optional BOM) from rows. */
export function csvBytes(rows: Array<Array<string | number | null>>, bom = false): Uint8Array {
  const quote = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode((bom ? '\ufeff' : '') + text);
}

/** Excel serial of a calendar date. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

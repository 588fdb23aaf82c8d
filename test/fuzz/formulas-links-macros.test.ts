// What the reader does with the active parts of a workbook: formulas are read as the values Excel saved
// (never evaluated), links to other workbooks and macros are ignored and reported as info diagnostics.
import { strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cellAt } from '../../electron/backend/spreadsheet-import/sheet-grid.js';
import { parsePlanBytes, readWorkbook } from '../../electron/backend/spreadsheet-import/index.js';
import { seedFixtures } from '../support/fixture-files.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HostileFactory, rng } from './hostile-inputs.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet .xlsx written by hand, so the formula cells are exactly what Excel would save. */
function handMadeXlsx(sheetData: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

async function seeds() {
  return (await seedFixtures()).map((f) => ({ name: path.basename(f.file), bytes: new Uint8Array(readFileSync(f.file)) }));
}

describe('formulas', () => {
  it('are read as their cached values and never evaluated', () => {
    const bytes = handMadeXlsx(
      '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*1000</f><v>7</v></c><c r="C1"><f>A1*1000</f></c>' +
        '<c r="D1" t="str"><f>WEBSERVICE("http://example.invalid/")</f><v>saved text</v></c>' +
        '<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
    );
    const grid = readWorkbook(bytes, 'f.xlsx').sheets[0]!;
    // The saved 7, not the 2000 the formula would give now.
    expect(cellAt(grid, 0, 1)?.v).toBe(7);
    // A formula with no saved value reads as nothing.
    expect(cellAt(grid, 0, 2)).toBeUndefined();
    expect(cellAt(grid, 0, 3)?.v).toBe('saved text');
    expect(cellAt(grid, 0, 4)?.t).toBe('e');
  });

  it('a .xls with formulas gives the saved values too', () => {
    const ws: XLSX.WorkSheet = { A1: { t: 'n', v: 2 }, B1: { t: 'n', v: 7, f: 'A1*1000' }, '!ref': 'A1:B1' };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer);
    expect(cellAt(readWorkbook(bytes, 'f.xls').sheets[0]!, 0, 1)?.v).toBe(7);
  });
});

describe('external links and macros', () => {
  it('a workbook linking to other workbooks is read, with the links reported and not followed', async () => {
    const factory = new HostileFactory(await seeds());
    const input = factory.make('external-links', 0, rng(1));
    const unzipped = unzipSync(input.bytes);
    expect(Object.keys(unzipped)).toContain('xl/externalLinks/externalLink1.xml');
    const { document } = parsePlanBytes(input.bytes, input.fileName);
    const found = document.diagnostics.filter((d) => d.code === 'external-links-ignored');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info' });
    expect(found[0]!.message).toMatch(/লিংক/);
    expect(document.indicators.length).toBeGreaterThan(0);
  });

  it('macros in an .xlsm are reported and not run', async () => {
    const factory = new HostileFactory(await seeds());
    const input = factory.make('macros-xlsm', 0, rng(2));
    expect(input.fileName).toMatch(/\.xlsm$/);
    const { document } = parsePlanBytes(input.bytes, input.fileName);
    const found = document.diagnostics.filter((d) => d.code === 'macros-ignored');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', messageEn: expect.stringMatching(/macro/) });
  });

  it('a .xls carrying a VBA project is reported', async () => {
    const xls = (await seeds()).find((s) => s.name.endsWith('.xls'))!;
    // Add a VBA storage to the compound file, as Excel saves a macro workbook in the 97-2003 format.
    const cfb = XLSX.CFB.read(Buffer.from(xls.bytes), { type: 'buffer' });
    XLSX.CFB.utils.cfb_add(cfb, '/_VBA_PROJECT_CUR/VBA/dir', Buffer.from('Attribute VB_Name = "Module1"'));
    const withVba = new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    const { document } = parsePlanBytes(withVba, xls.name);
    expect(document.diagnostics.filter((d) => d.code === 'macros-ignored')).toHaveLength(1);
    expect(document.indicators.length).toBeGreaterThan(0);
  });

  it('an ordinary fixture reports neither', async () => {
    for (const s of (await seeds()).filter((f) => f.name.endsWith('.xlsx'))) {
      const codes = parsePlanBytes(s.bytes, s.name).document.diagnostics.map((d) => d.code);
      expect(codes).not.toContain('external-links-ignored');
      expect(codes).not.toContain('macros-ignored');
    }
  });
});

// The PDF reader on pages built by hand: a landscape page stored rotated (/Rotate 90, its text and
// lines drawn turned) reads as the same table as the upright page; a table printed without lines is
// rebuilt from the alignment of its text; page numbers and a footer repeated on every page are dropped
// while the table runs on over the pages with its header row repeated.
import { expect, test } from 'vitest';
import { readAnyWorkbook } from '../../../electron/backend/spreadsheet-import/read.js';
import { cellText, type Grid } from '../../../electron/backend/spreadsheet-import/sheet-grid.js';
import { pdfOf } from '../../fuzz/hostile-documents.js';

interface PageSpec {
  rows: string[][];
  ruled: boolean;
  rotate: boolean;
  lines?: Array<{ text: string; y: number }>;
}

const COL = 120;
const ROW = 24;
const esc = (s: string) => s.replace(/[()\\]/g, (c) => `\\${c}`);

/** Content for a table at the top left of a 842 × 595 landscape page (y up), optionally drawn turned for /Rotate 90. */
function content(spec: PageSpec): string {
  const ops: string[] = [];
  // Upright: user space is the displayed page. Turned: the page is stored 595 wide, 842 high and shown
  // turned clockwise; drawing through [0 1 -1 0 595 0] puts the displayed page's point (x, y) at (595 - y, x).
  if (spec.rotate) ops.push('0 1 -1 0 595 0 cm');
  const top = 540;
  const cols = Math.max(...spec.rows.map((r) => r.length));
  if (spec.ruled) {
    for (let r = 0; r <= spec.rows.length; r++) ops.push(`40 ${top - r * ROW} m ${40 + cols * COL} ${top - r * ROW} l S`);
    for (let c = 0; c <= cols; c++) ops.push(`${40 + c * COL} ${top} m ${40 + c * COL} ${top - spec.rows.length * ROW} l S`);
  }
  spec.rows.forEach((row, r) => row.forEach((text, c) => {
    if (text !== '') ops.push(`BT /F1 10 Tf 1 0 0 1 ${44 + c * COL} ${top - r * ROW - 16} Tm (${esc(text)}) Tj ET`);
  }));
  for (const line of spec.lines ?? []) ops.push(`BT /F1 10 Tf 1 0 0 1 40 ${line.y} Tm (${esc(line.text)}) Tj ET`);
  return ops.join('\n');
}

function pdf(pages: PageSpec[]): Uint8Array {
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects: Array<string | { dict: string; stream: Uint8Array }> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  pages.forEach((spec, i) => {
    const box = spec.rotate ? '[0 0 595 842] /Rotate 90' : '[0 0 842 595]';
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox ${box} /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push({ dict: '<< >>', stream: Buffer.from(content(spec), 'latin1') });
  });
  return pdfOf(objects);
}

function texts(grid: Grid): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.rows[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const cell = row[c];
      cells.push(cell && cell.row === r && cell.col === c ? cellText(cell) : '');
    }
    out.push(cells);
  }
  return out;
}

async function gridOf(pages: PageSpec[]): Promise<Grid> {
  return (await readAnyWorkbook(pdf(pages), 'test.pdf')).sheets[0]!;
}

const TABLE = [
  ['Code', 'Indicator', 'Unit', 'Target'],
  ['[1.1.1]', 'Portal updated', 'date', '31/01/2024'],
  ['[1.1.2]', 'Meetings held', 'number', '4'],
];

test('a landscape page stored turned (/Rotate 90) reads as the same table as the upright page', async () => {
  const upright = await gridOf([{ rows: TABLE, ruled: true, rotate: false }]);
  const turned = await gridOf([{ rows: TABLE, ruled: true, rotate: true }]);
  expect(texts(upright)).toEqual(TABLE);
  expect(texts(turned)).toEqual(TABLE);
  expect(turned.locate?.(2, 3)).toEqual({ bn: 'পৃষ্ঠা ১, সারি ৩, কলাম ৪', en: 'page 1, row 3, column 4' });
});

test('a table without lines is rebuilt from the alignment of its text', async () => {
  const grid = await gridOf([{ rows: TABLE, ruled: false, rotate: false, lines: [{ text: 'Annual plan 2023-24', y: 570 }] }]);
  expect(texts(grid)).toEqual([['Annual plan 2023-24', '', '', ''], ...TABLE]);
});

test('page numbers and a footer on every page are dropped; the table runs on with its header row repeated', async () => {
  const footer = (n: number) => [{ text: `Page ${n}`, y: 20 }, { text: 'APA cell, office copy', y: 34 }];
  const grid = await gridOf([
    { rows: TABLE.slice(0, 2), ruled: true, rotate: false, lines: [{ text: 'Annual plan 2023-24', y: 570 }, ...footer(1)] },
    { rows: [TABLE[0]!, TABLE[2]!], ruled: true, rotate: false, lines: footer(2) },
  ]);
  expect(texts(grid).map((r) => r.filter((t) => t !== '').join(' | '))).toEqual([
    'Annual plan 2023-24',
    'Code | Indicator | Unit | Target',
    '[1.1.1] | Portal updated | date | 31/01/2024',
    '[1.1.2] | Meetings held | number | 4',
  ]);
  expect(grid.locate?.(3, 0)?.en).toBe('page 2, row 2, column 1');
});

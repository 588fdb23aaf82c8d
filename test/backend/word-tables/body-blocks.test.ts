// word/document.xml as Word writes it in the cases the fixtures do not: a text box (its mc:Choice and
// the mc:Fallback copy of it), a page-layout table holding the plan table, tracked deletions and field
// codes, tab stops, and a table continued in the next Word table with its header typed again.
import { expect, test } from 'vitest';
import { parseBodyBlocks, type WordTable } from '../../../electron/backend/word-tables/body-blocks.js';
import { layOutBlocks } from '../../../electron/backend/word-tables/word-grid.js';

const LIMITS = { maxTables: 100, maxItems: 100_000 };
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w" xmlns:mc="mc" xmlns:wps="wps" xmlns:v="v"><w:body>${body}</w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join('')}</w:tbl>`;

function rows(xml: string): string[][] {
  const layout = layOutBlocks(parseBodyBlocks(xml, LIMITS));
  const out: string[][] = [];
  for (const cell of layout.cells) (out[cell.row] ??= [])[cell.col] = `${cell.text}${cell.rowSpan > 1 ? `↓${cell.rowSpan}` : ''}${cell.colSpan > 1 ? `→${cell.colSpan}` : ''}`;
  return out.map((r) => Array.from(r, (c) => c ?? ''));
}

test('a text box’s paragraphs follow the paragraph that anchors it, read once (not its fallback copy too)', () => {
  const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
  const anchored = `<w:p><w:r><w:t>গণপ্রজাতন্ত্রী বাংলাদেশ সরকার</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('ই-গভর্ন্যান্স কর্মপরিকল্পনা ২০২৩-২৪')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box('ই-গভর্ন্যান্স কর্মপরিকল্পনা ২০২৩-২৪')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
  expect(rows(doc(anchored + p('শেষ')))).toEqual([['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], ['ই-গভর্ন্যান্স কর্মপরিকল্পনা ২০২৩-২৪'], ['শেষ']]);
});

test('a table inside a text box is read as a table', () => {
  const xml = doc(`<w:p><w:r><w:pict><v:textbox><w:txbxContent>${tbl(tr(tc(p('ক')), tc(p('খ'))))}</w:txbxContent></v:textbox></w:pict></w:r></w:p>`);
  expect(rows(xml)).toEqual([['ক', 'খ']]);
  expect(layOutBlocks(parseBodyBlocks(xml, LIMITS)).rowSources).toEqual([{ table: 1, row: 1 }]);
});

test('a page-layout table holding the plan table is opened up; the nested table keeps its number', () => {
  const inner = tbl(tr(tc(p('ক্রম')), tc(p('সূচক'))), tr(tc(p('১')), tc(p('[১.১.১] সূচক'))));
  const xml = doc(tbl(tr(tc(p('শিরোনাম') + inner + p('স্বাক্ষর')))));
  expect(rows(xml)).toEqual([['শিরোনাম'], ['ক্রম', 'সূচক'], ['১', '[১.১.১] সূচক'], ['স্বাক্ষর']]);
  expect(layOutBlocks(parseBodyBlocks(xml, LIMITS)).rowSources).toEqual([null, { table: 2, row: 1 }, { table: 2, row: 2 }, null]);
});

test('gridSpan, gridBefore and vMerge become merges; paragraphs in a cell become its lines', () => {
  const xml = doc(
    tbl(
      tr(tc(p('ক্ষেত্র'), '<w:vMerge w:val="restart"/>'), tc(p('লক্ষ্যমাত্রা'), '<w:gridSpan w:val="2"/>')),
      tr(tc(p(''), '<w:vMerge/>'), tc(p('অসাধারণ')), tc(p('উত্তম'))),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('প্রথম লাইন') + p('দ্বিতীয় লাইন'))}${tc(p('৩'))}</w:tr>`,
    ),
  );
  expect(rows(xml)).toEqual([['ক্ষেত্র↓2', 'লক্ষ্যমাত্রা→2'], ['', 'অসাধারণ', 'উত্তম'], ['', 'প্রথম লাইন\nদ্বিতীয় লাইন', '৩']]);
});

test('deleted text, field codes, tab stops and the fallback of a drawing are not read; tabs and breaks are', () => {
  const xml = doc(
    `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>ক</w:t></w:r><w:del><w:r><w:delText>মুছে ফেলা</w:delText></w:r></w:del>` +
      `<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>খ</w:t><w:br/><w:t>গ</w:t></w:r></w:p>`,
  );
  expect(rows(xml)).toEqual([['ক খ'], ['গ']]);
});

test('a table continued in the next Word table with its header typed again is one table', () => {
  const header = tr(tc(p('ক্রম')), tc(p('সূচক')), tc(p('একক')));
  const first = tbl(header, tr(tc(p('১')), tc(p('[১.১.১] ক')), tc(p('তারিখ'))));
  const second = tbl(header, tr(tc(p('২')), tc(p('[১.১.২] খ')), tc(p('সংখ্যা'))));
  const layout = layOutBlocks(parseBodyBlocks(doc(first + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + second), LIMITS));
  expect(layout.rowSources).toEqual([{ table: 1, row: 1 }, { table: 1, row: 2 }, { table: 2, row: 2 }]);
  // A different table after a paragraph of text is not a continuation: its first row stays.
  const other = layOutBlocks(parseBodyBlocks(doc(first + p('টীকা') + second), LIMITS));
  expect(other.rowSources.filter((s) => s?.table === 2)).toHaveLength(2);
});

test('damaged XML and too many tables end in an error the reader turns into one message', () => {
  expect(() => parseBodyBlocks('<w:document><w:body><w:p>', LIMITS)).toThrow();
  expect(() => parseBodyBlocks(doc(tbl(tr(tc(p('x')))).repeat(101)), LIMITS)).toThrow(/too many tables/);
  const tables = parseBodyBlocks(doc(tbl(tr(tc(p('x'))))), LIMITS).filter((b): b is WordTable => b.kind === 'table');
  expect(tables[0]!.number).toBe(1);
});

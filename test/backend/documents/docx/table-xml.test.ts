// The annex tables are written as XML strings (table-xml.ts), not through docx's object tree. Here the
// tables are built the way they were with docx's Table, TableRow, TableCell, Paragraph and TextRun, and
// the two must agree byte for byte: the same widths, merges, shading, run properties and texts. The
// widths are docxColumnWidths' (the spec's, with the columns of dates and numbers widened to fit them),
// checked on their own below.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocumentDocx } from '../../../../electron/backend/documents/docx/annex-docx.js';
import { ANNEX_PAGE, DOCX_LANGUAGE, fontSlots, textWidth } from '../../../../electron/backend/documents/docx/common.js';
import { CELL_MARGIN_X, CELL_MARGIN_Y, docxColumnWidths, tableXml } from '../../../../electron/backend/documents/docx/table-xml.js';
import { sampleDocuments, sampleLongPlan, sampleReviewReport, sampleSelfAssessment } from '../../../support/sample-documents/sample-documents.js';
import { scaleWidths, type TableCell as SpecCell, type TableSpec } from '../../../../common/documents/table.js';
import { evidenceTable } from '../../../../common/documents/tables/evidence-table.js';
import { reviewSummaryTable, reviewTable } from '../../../../common/documents/tables/review-table.js';
import { selfAssessmentTable } from '../../../../common/documents/tables/self-assessment-table.js';

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** The table as docx's objects build it (what docxTable did before it wrote strings). */
function docxObjectTable(table: TableSpec, width: number, fontName: string, points = 7.5): Table {
  const widths = docxColumnWidths(table, width, points);
  const spanWidth = (col: number, span: number): number => widths.slice(col, col + span).reduce((s, w) => s + w, 0);
  const run = (text: string, size: number, bold: boolean): TextRun => {
    const parts = text.split('\t');
    const children = parts.flatMap((part, i) => (i === 0 ? (part ? [part] : []) : [new Tab(), ...(part ? [part] : [])]));
    return new TextRun({ children, font: fontSlots(fontName), language: DOCX_LANGUAGE, size: size * 2, sizeComplexScript: size * 2, ...(bold ? { bold: true, boldComplexScript: true } : {}) });
  };
  const paragraphs = (cell: SpecCell, cellPoints: number, header: boolean): Paragraph[] => {
    const alignment = cell.align === 'center' || header ? AlignmentType.CENTER : cell.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    return cell.text.split('\n').map(
      (line) => new Paragraph({ alignment, spacing: { before: 0, after: 0 }, children: [run(line, cell.small ? cellPoints - 1.5 : cellPoints, (cell.bold ?? false) && !cell.muted)] }),
    );
  };
  const rows = (specRows: SpecCell[][], header: boolean): TableRow[] => {
    const covered: number[][] = [];
    return specRows.map((cells, r) => {
      let col = 0;
      const children = cells.map((cell) => {
        while (covered[r]?.includes(col)) col += 1;
        const colSpan = cell.colSpan ?? 1;
        const rowSpan = cell.rowSpan ?? 1;
        for (let dr = 1; dr < rowSpan; dr += 1) for (let dc = 0; dc < colSpan; dc += 1) (covered[r + dr] ??= []).push(col + dc);
        const docxCell = new TableCell({
          children: paragraphs(cell, header ? points - 0.5 : points, header),
          width: { size: spanWidth(col, colSpan), type: WidthType.DXA },
          ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
          ...(rowSpan > 1 ? { rowSpan } : {}),
          verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
          margins: { top: CELL_MARGIN_Y, bottom: CELL_MARGIN_Y, left: CELL_MARGIN_X, right: CELL_MARGIN_X },
          ...(header && !cell.muted ? { shading: { fill: 'ECECEC' } } : {}),
        });
        col += colSpan;
        return docxCell;
      });
      return new TableRow({ children, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
    });
  };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [...rows(table.head, true), ...rows(table.body, false)],
  });
}

async function docxXml(table: TableSpec, fontName: string): Promise<string> {
  const doc = new Document({ sections: [{ children: [docxObjectTable(table, textWidth(ANNEX_PAGE), fontName)] }] });
  const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))['word/document.xml']!);
  return xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
}

const samples = sampleDocuments();
const edgeCases: TableSpec = {
  columns: [{ key: 'a', width: 3 }, { key: 'b', width: 5 }, { key: 'c', width: 2 }, { key: 'd', width: 4 }],
  head: [
    [{ text: 'ক', rowSpan: 2 }, { text: 'খ & গ', colSpan: 2 }, { text: 'ঘ', rowSpan: 2, muted: true }],
    [{ text: '<x> "y" \'z\'', bold: true }, { text: '', small: true }],
  ],
  body: [
    [{ text: 'one\ttwo\t', rowSpan: 3, colSpan: 2, bold: true }, { text: 'a\nb\n\nc', align: 'right' }, { text: '\tlead', align: 'center', rowSpan: 2 }],
    [{ text: 'ctrl\u0001\u000b\r end', small: true, bold: true, muted: true }],
    [{ text: '১২৩', align: 'right', nowrap: true }, { text: 'last' }],
    [{ text: 'wide', colSpan: 4, rowSpan: 2 }],
  ],
};

describe('the table XML', () => {
  const cases: Array<[string, TableSpec]> = [
    ['self-assessment', selfAssessmentTable(samples.selfAssessment)],
    ['self-assessment with scores', selfAssessmentTable(sampleSelfAssessment(true))],
    ['a long plan', selfAssessmentTable(sampleSelfAssessment(true, sampleLongPlan(60)))],
    ['review', reviewTable(sampleReviewReport(40))],
    ['review summary', reviewSummaryTable(samples.reviewReport)],
    ['evidence index', evidenceTable(samples.evidenceIndex)],
    ['merges, tabs, escapes and control characters', edgeCases],
  ];
  for (const [name, table] of cases) {
    it(`is docx's own XML for the ${name} table`, async () => {
      expect(tableXml(table, textWidth(ANNEX_PAGE), 'Noto Sans Bengali')).toBe(await docxXml(table, 'Noto Sans Bengali'));
    });
  }

  it('escapes the font name as docx does', async () => {
    const table = evidenceTable(samples.evidenceIndex);
    expect(tableXml(table, textWidth(ANNEX_PAGE), 'A&B "Sans"')).toBe(await docxXml(table, 'A&B "Sans"'));
  });

  it('stands in the annex DOCX where the table belongs, the rest of the document as docx writes it', async () => {
    for (const doc of samples.documents) {
      const files = unzipSync(new Uint8Array(await writeDocumentDocx(doc)));
      const xml = strFromU8(files['word/document.xml']!);
      expect(xml).not.toContain('APA-RAW-BLOCK');
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document')).toBe(true);
      expect(xml.endsWith('</w:body></w:document>')).toBe(true);
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/styles.xml', 'word/footer1.xml', '_rels/.rels']));
      if (doc.kind === 'self-assessment') expect(xml).toContain(tableXml(selfAssessmentTable(doc.model), textWidth(ANNEX_PAGE), 'Noto Sans Bengali'));
    }
  });
});

describe('the column widths', () => {
  const width = textWidth(ANNEX_PAGE);
  /** ১৬/০৫/২০২৪ in Noto Sans Bengali is 5.634 em wide (its hmtx): 845 twips at 7.5 pt. */
  const DATE_TWIPS = Math.ceil(5.634 * 7.5 * 20);

  it('fit a date on one line in every target column, the table still the width of the page', () => {
    for (const table of [selfAssessmentTable(sampleSelfAssessment(true)), selfAssessmentTable(samples.selfAssessment)]) {
      const widths = docxColumnWidths(table, width);
      expect(widths.reduce((s, w) => s + w, 0)).toBe(width);
      const scaled = scaleWidths(table.columns, width);
      table.columns.forEach((column, c) => {
        if (column.key.startsWith('target:')) expect(widths[c]! - 2 * CELL_MARGIN_X, column.key).toBeGreaterThanOrEqual(DATE_TWIPS);
        // the twips come from the columns of wrapping text, which lose no more than half
        else if (widths[c]! < scaled[c]!) expect(widths[c]!).toBeGreaterThanOrEqual(scaled[c]! / 2);
      });
    }
    // before: 909 twips less 2 × 50 of margins, 809 for a date of 845
    const scaled = scaleWidths(selfAssessmentTable(sampleSelfAssessment(true)).columns, width);
    expect(scaled[7]! - 100).toBeLessThan(DATE_TWIPS);
  });

  it('leave a table without such cells, or with room for them, as scaled', () => {
    expect(docxColumnWidths(evidenceTable(samples.evidenceIndex), width)).toEqual(scaleWidths(evidenceTable(samples.evidenceIndex).columns, width));
    expect(docxColumnWidths(reviewTable(sampleReviewReport(40)), width)).toEqual(scaleWidths(reviewTable(sampleReviewReport(40)).columns, width));
  });

  it('take at most half of the other columns when a cell cannot fit', () => {
    const table: TableSpec = {
      columns: [{ key: 'a', width: 1 }, { key: 'b', width: 1 }],
      head: [],
      body: [[{ text: '১'.repeat(200), nowrap: true }, { text: 'text' }]],
    };
    expect(docxColumnWidths(table, 10000)).toEqual([7500, 2500]);
  });
});

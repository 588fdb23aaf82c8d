// The XLSX files re-read with exceljs: the plan's columns, merged header, area and activity cells,
// numbers and dates as typed values that match what the PDF prints.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bnDate, bnNumber } from '../../../../common/documents/format.js';
import { createChromiumPrinter } from '../../../../electron/backend/documents/pdf/chromium-printer.js';
import type { PdfPrinter } from '../../../../electron/backend/documents/pdf/printer.js';
import { renderDocumentHtml } from '../../../../electron/backend/documents/render-html.js';
import { sampleDocuments } from '../../../support/sample-documents/sample-documents.js';
import {
  EVIDENCE_SHEET,
  REVIEW_SHEET,
  REVIEW_SUMMARY_SHEET,
  SELF_ASSESSMENT_SHEET,
  writeAnnexXlsx,
  writeEvidenceIndexXlsx,
  writeReviewXlsx,
} from '../../../../electron/backend/documents/xlsx/xlsx-writer.js';
import { pdfText } from '../pdf-tools.js';

const samples = sampleDocuments();

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as the Buffer of older @types/node
  await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** The row of the table's first header row (its first cell holds `label`). */
function headerRowOf(sheet: ExcelJS.Worksheet, label = 'ক্রম'): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, 1).value === label) return r;
  throw new Error(`no header row "${label}"`);
}

/**
 * The tests name cells as they stood with the header at row 5; the heading above it (the memo's
 * enclosure number, the APA annex number, the title lines) moves them down by the same rows.
 */
function shifted(sheet: ExcelJS.Worksheet): { cell: (address: string) => ExcelJS.Cell; address: (range: string) => string; offset: number } {
  const offset = headerRowOf(sheet) - 5;
  const address = (range: string): string => range.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => `${col}${Number(row) + offset}`);
  return { cell: (a) => sheet.getCell(address(a)), address, offset };
}

/** A typed cell value as the PDF prints it. */
function printed(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v instanceof Date) return bnDate(v.toISOString().slice(0, 10));
  if (typeof v !== 'number') return null;
  return cell.numFmt?.includes('%') ? `${bnNumber(v * 100)}%` : bnNumber(v);
}

let printer: PdfPrinter;
let annexPdf = '';
let reviewPdf = '';

beforeAll(async () => {
  printer = await createChromiumPrinter();
  annexPdf = pdfText(await printer.print(renderDocumentHtml({ kind: 'self-assessment', model: samples.selfAssessment }), { landscape: true }));
  reviewPdf = pdfText(await printer.print(renderDocumentHtml({ kind: 'review-report', model: samples.reviewReport }), { landscape: true }));
}, 180_000);

afterAll(async () => {
  await printer?.close();
});

describe('writeAnnexXlsx', () => {
  it('keeps the plan columns, the header rows and the merged area and activity cells', async () => {
    const sheet = (await load(await writeAnnexXlsx(samples.selfAssessment))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    const at = shifted(sheet);
    // the heading, then 4 header rows (labels, level names, level percentages, column numbers), then 11 indicators
    expect(sheet.getCell(1, 1).value).toBe('সংযুক্তি-১');
    expect(sheet.getCell(3, 1).value).toBe('সংযোজনী-৫');
    expect(at.cell('A5').value).toBe('ক্রম');
    expect(['B5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5', 'M5', 'N5', 'O5'].map((a) => at.cell(a).value)).toEqual([
      'কর্মসম্পাদন ক্ষেত্র', 'মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা ২০২৩-২৪',
      'অর্জন\nঅর্ধবার্ষিক (জুলাই-ডিসেম্বর, ২০২৩)', 'মন্তব্য', 'প্রমাণক',
    ]);
    expect(at.cell('H6').value).toBe('অসাধারণ');
    expect(at.cell('L7').value).toBe('৬০%');
    const merges = sheet.model.merges;
    for (const range of ['H5:L5', 'A5:A7', 'G5:G7', 'A9:A14', 'B9:B14', 'C9:C14', 'D13:D14', 'A15:A19', 'B15:B19', 'C15:C19', 'D15:D16', 'D17:D19']) {
      expect(merges).toContain(at.address(range));
    }
    const bodyMerges = merges.filter((m) => { const row = Number(/^[A-O](\d+)/.exec(m)?.[1]); return row >= 9 + at.offset && row <= 19 + at.offset; });
    expect(bodyMerges).toHaveLength(9);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe(at.address('5:8').replace(/^(\d+):(\d+)$/, (_, a: string, b: string) => `${Number(a) + at.offset}:${Number(b) + at.offset}`));
    expect(sheet.getColumn(5).width).toBeGreaterThan(sheet.getColumn(1).width!);
    expect(at.cell('E9').font.name).toBe('Noto Sans Bengali');
  });

  it('writes numbers and dates as typed values, the same the PDF prints', async () => {
    const sheet = (await load(await writeAnnexXlsx(samples.selfAssessment))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    const at = shifted(sheet);
    expect(at.cell('C9').value).toBe(33);
    expect(at.cell('G9').value).toBe(10);
    expect(at.cell('H9').value).toEqual(new Date(Date.UTC(2024, 4, 16)));
    expect(at.cell('H9').numFmt).toBe('[$-05000845]dd/mm/yyyy');
    expect(at.cell('H12').value).toBe(0.85);
    expect(at.cell('H12').numFmt).toBe('[$-05000845]0%');
    expect(at.cell('M12').value).toBe(0.72);
    expect(at.cell('E12').value).toBe('[১.৪.১] ই-ফাইলে নোট নিষ্পত্তিকৃত');
    let typed = 0;
    for (let r = 9 + at.offset; r <= 19 + at.offset; r += 1) {
      for (let c = 1; c <= 15; c += 1) {
        const text = printed(sheet.getCell(r, c));
        if (text === null) continue;
        typed += 1;
        expect(annexPdf, `${sheet.getCell(r, c).address}`).toContain(text);
      }
    }
    expect(typed).toBeGreaterThan(60);
    const weights = samples.selfAssessment.plan.indicators.map((i) => i.weight);
    expect(Array.from({ length: 11 }, (_, i) => sheet.getCell(9 + at.offset + i, 7).value)).toEqual(weights);
  });

  it('adds the level and score columns when scores are shown', async () => {
    const annex = { ...samples.selfAssessment, showScores: true };
    const sheet = (await load(await writeAnnexXlsx(annex))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    const at = shifted(sheet);
    expect(at.cell('N5').value).toBe('অর্জিত মান (%)');
    expect(at.cell('N12').value).toBeCloseTo(0.74, 10);
    expect(at.cell('O12').value).toBeCloseTo(4.44, 10);
    expect(at.cell('A20').value).toBe('মোট');
    expect(at.cell('G20').value).toBe(50);
  });
});

describe('writeReviewXlsx', () => {
  it('writes one row per office with numbers and dates typed, and a summary sheet', async () => {
    const workbook = await load(await writeReviewXlsx(samples.reviewReport));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([REVIEW_SHEET, REVIEW_SUMMARY_SHEET]);
    const sheet = workbook.getWorksheet(REVIEW_SHEET)!;
    const at = shifted(sheet);
    // the heading, 2 header rows, 3 offices
    expect(at.cell('B7').value).toBe('প্রাথমিক শিক্ষা অধিদপ্তর');
    expect(at.cell('C7').value).toEqual(new Date(Date.UTC(2024, 0, 7)));
    expect(at.cell('G7').value).toBe(21.75);
    expect(at.cell('F8').value).toBe(27);
    expect(at.cell('C9').value).toBe('প্রাপ্ত হয়নি');
    expect(at.cell('J7').value).toMatch(/^১। \[১\.৪\.১\]/u);
    for (let r = 7 + at.offset; r <= 9 + at.offset; r += 1) {
      for (let c = 1; c <= 11; c += 1) {
        const text = printed(sheet.getCell(r, c));
        if (text !== null) expect(reviewPdf).toContain(text);
      }
    }
    const summary = workbook.getWorksheet(REVIEW_SUMMARY_SHEET)!;
    const values = summary.getRow(headerRowOf(summary, 'মোট দপ্তর/সংস্থা') + 1).values as unknown[];
    expect(values.slice(1, 6)).toEqual([3, 2, 1, 1, 1]);
  });

  it('handles 500 offices', async () => {
    const { sampleReviewReport } = await import('../../../support/sample-documents/sample-documents.js');
    const sheet = (await load(await writeReviewXlsx(sampleReviewReport(500)))).getWorksheet(REVIEW_SHEET)!;
    const first = headerRowOf(sheet) + 2;
    expect(sheet.getCell(first + 499, 1).value).toBe(500);
    expect(sheet.getCell(first + 499, 2).value).toBe('উপানুষ্ঠানিক শিক্ষা ব্যুরো (১৬৭)');
  });
});

describe('writeEvidenceIndexXlsx', () => {
  it('lists every file with its place in the package, numbered as a number', async () => {
    const sheet = (await load(await writeEvidenceIndexXlsx(samples.evidenceIndex))).getWorksheet(EVIDENCE_SHEET)!;
    const first = headerRowOf(sheet, 'ক্রম') + 2;
    const paths = Array.from({ length: samples.evidenceIndex.entries.length }, (_, i) => sheet.getCell(first + i, 5).value);
    expect(paths).toEqual(samples.evidenceIndex.entries.map((e) => e.path));
    expect(sheet.getCell(first, 1).value).toBe(1);
  });
});

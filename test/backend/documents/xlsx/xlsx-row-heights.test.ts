// The XLSX rows re-read with exceljs: each as high as its wrapped text needs (neither Excel, for rows
// with merged cells, nor LibreOffice sizes them), a merged cell's lines spread over its rows.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleDocuments, sampleReviewReport, sampleSelfAssessment } from '../../../support/sample-documents/sample-documents.js';
import {
  REVIEW_SHEET,
  REVIEW_SUMMARY_SHEET,
  SELF_ASSESSMENT_SHEET,
  estimateLines,
  writeAnnexXlsx,
  writeReviewXlsx,
} from '../../../../electron/backend/documents/xlsx/xlsx-writer.js';

const samples = sampleDocuments();
/** exceljs's (and Excel's) default row height, points: one line of 11 pt Calibri. */
const DEFAULT_HEIGHT = 15;
/** One line of the body's 10 pt text. */
const LINE = 15.5;

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** The fewest lines a text can take in a column: 0.45 em a character (Noto Sans Bengali's text averages 0.49). */
function fewestLines(text: string, columnChars: number, points: number): number {
  return Math.ceil((text.length * 0.45 * points) / (columnChars * 5.25));
}

describe('estimateLines', () => {
  it('counts explicit breaks, wraps at spaces and breaks a word wider than the column', () => {
    expect(estimateLines('', 10, 10)).toBe(1);
    expect(estimateLines('ক', 10, 10)).toBe(1);
    expect(estimateLines('ক\nখ\nগ', 10, 10)).toBe(3);
    // Bengali letters of 5 pt in 10 × 5.25 - 3.75 = 48.75 pt: 9 a line
    expect(estimateLines('কখগঘঙচছজঝ', 10, 10)).toBe(1);
    expect(estimateLines('কখগঘঙচছজঝঞ', 10, 10)).toBe(2);
    expect(estimateLines('কখগঘ ঙচছজ ঝঞ', 10, 10)).toBe(2);
    // Latin letters and digits, Bengali digits too, are wider: 6 pt
    expect(estimateLines('abcdefghi', 10, 10)).toBe(2);
    expect(estimateLines('১২৩৪৫৬৭৮৯', 10, 10)).toBe(2);
    expect(estimateLines('abcdefgh', 10, 10)).toBe(1);
    expect(estimateLines('ক'.repeat(40), 10, 10)).toBe(5);
    // bold and larger text take more lines
    expect(estimateLines('ক'.repeat(95), 10, 12)).toBeGreaterThan(estimateLines('ক'.repeat(95), 10, 10));
    expect(estimateLines('ক'.repeat(95), 10, 10, true)).toBeGreaterThan(estimateLines('ক'.repeat(95), 10, 10));
  });
});

describe('the row heights', () => {
  it('grow with the wrapped text of the self-assessment rows, never below one line', async () => {
    const sheet = (await load(await writeAnnexXlsx(samples.selfAssessment))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    // rows 1-4 titles, 5-8 header, 9-19 indicators
    for (let r = 1; r <= 19; r += 1) expect(sheet.getRow(r).height, `row ${r}`).toBeGreaterThanOrEqual(r >= 5 && r <= 8 ? 14 : LINE);
    const plan = samples.selfAssessment.plan;
    const indicatorWidth = sheet.getColumn(5).width!;
    let wrapped = 0;
    plan.indicators.forEach((indicator, i) => {
      const row = sheet.getRow(9 + i);
      const text = String(row.getCell(5).value);
      const lines = fewestLines(text, indicatorWidth, 10);
      expect(row.height, `row ${row.number}: ${text}`).toBeGreaterThanOrEqual(lines * LINE);
      if (lines > 1) {
        wrapped += 1;
        expect(row.height).toBeGreaterThan(DEFAULT_HEIGHT);
      }
    });
    expect(wrapped).toBeGreaterThan(3);
    // the header's merged cells (rows 5-7) get their lines: অর্জন and the period on four lines or more
    const head = [5, 6, 7].reduce((s, r) => s + sheet.getRow(r).height, 0);
    expect(head).toBeGreaterThanOrEqual(4 * 14);
  });

  it("spread a merged cell's lines over the rows it covers", async () => {
    const plan = structuredClone(samples.selfAssessment.plan);
    const area = plan.areas.find((a) => a.code === plan.indicators[0]!.areaCode)!;
    area.title = 'ই-গভর্ন্যান্স ও উদ্ভাবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ '.repeat(12).trim();
    const before = (await load(await writeAnnexXlsx(samples.selfAssessment))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    const sheet = (await load(await writeAnnexXlsx(sampleSelfAssessment(false, plan)))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    expect(sheet.model.merges).toContain('B9:B14');
    const rows = [9, 10, 11, 12, 13, 14];
    const total = rows.reduce((s, r) => s + sheet.getRow(r).height, 0);
    const text = String(sheet.getCell('B9').value);
    expect(total).toBeGreaterThanOrEqual(fewestLines(text, sheet.getColumn(2).width!, 10) * LINE);
    expect(total).toBeGreaterThanOrEqual(estimateLines(text, sheet.getColumn(2).width!, 10) * LINE);
    // every row of the merge takes a share: each is higher than it was for its own cells
    for (const r of rows) expect(sheet.getRow(r).height, `row ${r}`).toBeGreaterThan(before.getRow(r).height);
    // the rows after the merge are as they were
    for (let r = 15; r <= 19; r += 1) expect(sheet.getRow(r).height).toBe(before.getRow(r).height);
  });

  it('fit the review rows, the narrative and 500 offices', async () => {
    const workbook = await load(await writeReviewXlsx(samples.reviewReport));
    const sheet = workbook.getWorksheet(REVIEW_SHEET)!;
    // rows 5-6 header, 7-9 offices: the main issues (column J) run to several lines
    for (let r = 7; r <= 9; r += 1) {
      const text = String(sheet.getCell(r, 10).value);
      expect(sheet.getRow(r).height).toBeGreaterThanOrEqual(Math.max(text.split('\n').length, fewestLines(text, sheet.getColumn(10).width!, 10)) * LINE);
    }
    const summary = workbook.getWorksheet(REVIEW_SUMMARY_SHEET)!;
    const narrative = samples.reviewReport.narrative;
    const rows = Array.from({ length: summary.rowCount }, (_, i) => summary.getRow(i + 1)).filter((row) => narrative.includes(String(row.getCell(1).value)));
    expect(rows).toHaveLength(narrative.length);
    const width = Array.from({ length: 5 }, (_, c) => summary.getColumn(c + 1).width!).reduce((s, w) => s + w, 0);
    for (const row of rows) expect(row.height).toBeGreaterThanOrEqual(fewestLines(String(row.getCell(1).value), width, 10) * LINE);

    const long = (await load(await writeReviewXlsx(sampleReviewReport(500)))).getWorksheet(REVIEW_SHEET)!;
    for (let r = 7; r <= 506; r += 1) expect(long.getRow(r).height).toBeGreaterThanOrEqual(LINE);
  });
});

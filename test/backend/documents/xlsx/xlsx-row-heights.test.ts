// The XLSX rows re-read with exceljs: each as high as its wrapped text needs and no higher (neither
// Excel, for rows with merged cells, nor LibreOffice sizes them), a merged cell's lines spread over its rows.
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
/** One line of the body's 10 pt text (Noto Sans Bengali's line is 1.33 em as LibreOffice sets it, 1.40 as Excel does). */
const LINE = 14.5;

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** The fewest lines a text can take in a column: 0.42 em a character (Noto Sans Bengali's shaped text averages 0.43). */
function fewestLines(text: string, columnChars: number, points: number): number {
  return Math.ceil((text.length * 0.42 * points) / (columnChars * 5.25));
}

/** The most lines a text can take: every word wider than the room left on its line starts a new one. */
function mostLines(text: string, columnChars: number, points: number): number {
  return text.split('\n').reduce((n, line) => n + Math.ceil((line.length * 0.5 * points) / (columnChars * 5.25 - 3.75)) + 1, 0);
}

function headerRowOf(sheet: ExcelJS.Worksheet, label = 'ক্রম'): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, 1).value === label) return r;
  throw new Error(`no header row "${label}"`);
}

describe('estimateLines', () => {
  it('counts explicit breaks, wraps at spaces and breaks a word wider than the column', () => {
    expect(estimateLines('', 10, 10)).toBe(1);
    expect(estimateLines('ক', 10, 10)).toBe(1);
    expect(estimateLines('ক\nখ\nগ', 10, 10)).toBe(3);
    // Bengali letters of 4.5 pt (shaped) in 10 × 5.25 - 3.75 = 48.75 pt: 10 a line
    expect(estimateLines('কখগঘঙচছজঝঞ', 10, 10)).toBe(1);
    expect(estimateLines('কখগঘঙচছজঝঞট', 10, 10)).toBe(2);
    expect(estimateLines('কখগঘ ঙচছজ ঝঞটঠ', 10, 10)).toBe(2);
    // Latin letters and digits, Bengali digits too, are wider: 5.6 pt
    expect(estimateLines('abcdefghi', 10, 10)).toBe(2);
    expect(estimateLines('১২৩৪৫৬৭৮৯', 10, 10)).toBe(2);
    expect(estimateLines('abcdefgh', 10, 10)).toBe(1);
    expect(estimateLines('ক'.repeat(40), 10, 10)).toBe(4);
    // bold and larger text take more lines
    expect(estimateLines('ক'.repeat(95), 10, 12)).toBeGreaterThan(estimateLines('ক'.repeat(95), 10, 10));
    expect(estimateLines('ক'.repeat(95), 10, 10, true)).toBeGreaterThan(estimateLines('ক'.repeat(95), 10, 10));
  });
});

describe('the row heights', () => {
  it('grow with the wrapped text of the self-assessment rows, never below one line', async () => {
    const sheet = (await load(await writeAnnexXlsx(samples.selfAssessment))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    const head = headerRowOf(sheet);
    // the heading, 4 header rows, 11 indicators
    for (let r = 1; r <= head + 14; r += 1) expect(sheet.getRow(r).height, `row ${r}`).toBeGreaterThanOrEqual(r >= head && r < head + 4 ? 13 : 11);
    const plan = samples.selfAssessment.plan;
    const indicatorWidth = sheet.getColumn(5).width!;
    let wrapped = 0;
    plan.indicators.forEach((indicator, i) => {
      const row = sheet.getRow(head + 4 + i);
      const text = String(row.getCell(5).value);
      const lines = fewestLines(text, indicatorWidth, 10);
      expect(row.height, `row ${row.number}: ${text}`).toBeGreaterThanOrEqual(lines * LINE);
      // and no taller than the row's longest text at its most lines (issue 14: rows far taller than their text)
      let most = 1;
      row.eachCell((cell, c) => {
        if (cell.isMerged || cell.value === null || typeof cell.value !== 'string') return;
        most = Math.max(most, mostLines(cell.value, sheet.getColumn(c).width!, 10));
      });
      expect(row.height, `row ${row.number}`).toBeLessThanOrEqual(most * LINE);
      if (lines > 1) {
        wrapped += 1;
        expect(row.height).toBeGreaterThan(DEFAULT_HEIGHT);
      }
    });
    expect(wrapped).toBeGreaterThan(3);
    // the header's merged cells get their lines: অর্জন and the period on four lines or more
    const headHeight = [0, 1, 2].reduce((s, r) => s + sheet.getRow(head + r).height, 0);
    expect(headHeight).toBeGreaterThanOrEqual(4 * 13);
  });

  it("spread a merged cell's lines over the rows it covers", async () => {
    const plan = structuredClone(samples.selfAssessment.plan);
    const area = plan.areas.find((a) => a.code === plan.indicators[0]!.areaCode)!;
    area.title = 'ই-গভর্ন্যান্স ও উদ্ভাবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ '.repeat(12).trim();
    const before = (await load(await writeAnnexXlsx(samples.selfAssessment))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    const sheet = (await load(await writeAnnexXlsx(sampleSelfAssessment(false, plan)))).getWorksheet(SELF_ASSESSMENT_SHEET)!;
    const first = headerRowOf(sheet) + 4;
    expect(sheet.model.merges).toContain(`B${first}:B${first + 5}`);
    const rows = [0, 1, 2, 3, 4, 5].map((i) => first + i);
    const total = rows.reduce((s, r) => s + sheet.getRow(r).height, 0);
    const text = String(sheet.getCell(first, 2).value);
    expect(total).toBeGreaterThanOrEqual(fewestLines(text, sheet.getColumn(2).width!, 10) * LINE);
    expect(total).toBeGreaterThanOrEqual(estimateLines(text, sheet.getColumn(2).width!, 10) * LINE);
    // every row of the merge takes a share: each is higher than it was for its own cells
    for (const r of rows) expect(sheet.getRow(r).height, `row ${r}`).toBeGreaterThan(before.getRow(r).height);
    // the rows after the merge are as they were
    for (let r = first + 6; r <= first + 10; r += 1) expect(sheet.getRow(r).height).toBe(before.getRow(r).height);
  });

  it('fit the review rows, the narrative and 500 offices', async () => {
    const workbook = await load(await writeReviewXlsx(samples.reviewReport));
    const sheet = workbook.getWorksheet(REVIEW_SHEET)!;
    const first = headerRowOf(sheet) + 2;
    // the offices: the main issues (column J) run to several lines
    for (let r = first; r <= first + 2; r += 1) {
      const text = String(sheet.getCell(r, 10).value);
      expect(sheet.getRow(r).height).toBeGreaterThanOrEqual(Math.max(text.split('\n').length, fewestLines(text, sheet.getColumn(10).width!, 10)) * LINE);
    }
    const summary = workbook.getWorksheet(REVIEW_SUMMARY_SHEET)!;
    const narrative = samples.reviewReport.narrative;
    const rows = Array.from({ length: summary.rowCount }, (_, i) => summary.getRow(i + 1)).filter((row) => narrative.includes(String(row.getCell(1).value)));
    expect(rows).toHaveLength(narrative.length);
    const width = Array.from({ length: 7 }, (_, c) => summary.getColumn(c + 1).width!).reduce((s, w) => s + w, 0);
    for (const row of rows) expect(row.height).toBeGreaterThanOrEqual(fewestLines(String(row.getCell(1).value), width, 10) * LINE);

    const long = (await load(await writeReviewXlsx(sampleReviewReport(500)))).getWorksheet(REVIEW_SHEET)!;
    const longFirst = headerRowOf(long) + 2;
    for (let r = longFirst; r < longFirst + 500; r += 1) expect(long.getRow(r).height).toBeGreaterThanOrEqual(LINE);
  });
});

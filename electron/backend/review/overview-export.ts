// The overview's figures as an XLSX workbook for the receiving branch: one sheet of offices with
// their totals, one heat-map sheet of verified levels. Numbers stay numbers (only formatted), so the
// file can be summed and sorted.
import ExcelJS from 'exceljs';
import type { ReviewOverview } from '../api/contract/review.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { periodBn } from '../review-checks/indicator-values.js';

export const SUMMARY_SHEET = 'সারসংক্ষেপ';
export const HEATMAP_SHEET = 'হিটম্যাপ';

export const SUMMARY_HEADERS = [
  'দপ্তর/সংস্থা', 'প্রতিবেদন প্রাপ্তির তারিখ', 'সংস্করণ', 'মোট মান', 'দাবিকৃত নম্বর', 'যাচাইকৃত নম্বর', 'যাচাইকৃত মানের ভিত্তি',
  'লক্ষ্যমাত্রা অনুযায়ী সূচক', 'মোট সূচক', 'লক্ষ্যমাত্রা অনুযায়ী (%)', 'ত্রুটি', 'সতর্কতা', 'তথ্য', 'দেরিতে দাখিল',
] as const;

function levelFill(level: number | null): string | null {
  if (level === null) return null;
  if (level >= 100) return 'FF2E7D32';
  if (level >= 80) return 'FF9CCC65';
  if (level >= 60) return 'FFFFEE58';
  if (level > 0) return 'FFFFA726';
  return 'FFE57373';
}

export async function overviewWorkbook(overview: ReviewOverview): Promise<{ fileName: string; bytes: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'APA Desk';
  const title = `ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ${toBengaliDigits(overview.fiscalYear)}: ${periodBn(overview.period)} পর্যালোচনা`;

  const summary = workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  summary.addRow([title]).font = { bold: true };
  const header = summary.addRow([...SUMMARY_HEADERS]);
  header.font = { bold: true };
  for (const o of overview.offices) {
    summary.addRow([
      o.officeName,
      o.report ? (o.report.receivedOn ? new Date(`${o.report.receivedOn}T00:00:00Z`) : 'তারিখ নেই') : 'পাওয়া যায়নি',
      o.report?.version ?? null,
      o.weight,
      o.claimed,
      o.verified,
      o.scoredWeight,
      o.report ? o.onTrack : null,
      o.report ? o.indicatorCount : null,
      o.onTrackShare === null ? null : o.onTrackShare * 100,
      o.findings.error,
      o.findings.warning,
      o.findings.info,
      o.report ? (o.late ? 'হ্যাঁ' : 'না') : null,
    ]);
  }
  summary.getColumn(1).width = 45;
  summary.getColumn(2).width = 16;
  summary.getColumn(2).numFmt = 'dd/mm/yyyy';
  for (const c of [4, 5, 6, 7, 10]) summary.getColumn(c).numFmt = '0.00';
  for (let c = 3; c <= SUMMARY_HEADERS.length; c++) summary.getColumn(c).width = Math.max(summary.getColumn(c).width ?? 0, 12);

  const heat = workbook.addWorksheet(HEATMAP_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  heat.addRow(['দপ্তর/সংস্থা', ...overview.codes.map((c) => `[${toBengaliDigits(c)}]`)]).font = { bold: true };
  for (const o of overview.offices) {
    const row = heat.addRow([o.officeName, ...o.levels]);
    o.levels.forEach((level, i) => {
      const argb = levelFill(level);
      if (argb) row.getCell(i + 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    });
  }
  heat.getColumn(1).width = 45;
  for (let c = 2; c <= overview.codes.length + 1; c++) heat.getColumn(c).numFmt = '0.0';

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `review-${overview.fiscalYear}-${overview.period}.xlsx`, bytes };
}

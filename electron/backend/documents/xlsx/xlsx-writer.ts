// The annex tables as XLSX for the receiving branch to edit: the same TableSpec as the PDF, with the
// plan's columns, merged header and area/activity cells, widths that hold every word, the Bengali font,
// and numbers and dates as typed values (formatted with Bengali digits, never text), so the sheet can be
// summed and sorted; empty cells are left empty; the heading and the signature as in the PDF.
import ExcelJS from 'exceljs';
import { enclosureLabel } from '../../../../common/documents/components/AnnexHeading.js';
import { signatureLines } from '../../../../common/documents/components/LetterParts.js';
import { fitColumnWidths, textEm } from '../../../../common/documents/column-widths.js';
import { bnDate } from '../../../../common/documents/format.js';
import type { AnnexSignature, Enclosure, EvidenceIndexModel, ReviewReportAnnex, SelfAssessmentAnnex } from '../../../../common/documents/model.js';
import { BUNDLED_FONT_FAMILY } from '../../../../common/documents/styles.js';
import { placeCells, type PlacedCell, type TableCell, type TableSpec } from '../../../../common/documents/table.js';
import { evidenceMeta, evidenceTable, evidenceTitle } from '../../../../common/documents/tables/evidence-table.js';
import { REVIEW_SECTIONS, reviewMeta, reviewSummaryTable, reviewTable } from '../../../../common/documents/tables/review-table.js';
import { selfAssessmentMeta, selfAssessmentTable } from '../../../../common/documents/tables/self-assessment-table.js';

export interface XlsxOptions {
  /** The font family of every cell (default Noto Sans Bengali). */
  fontName?: string;
}

export const SELF_ASSESSMENT_SHEET = 'স্ব-মূল্যায়ন';
export const REVIEW_SHEET = 'পর্যালোচনা';
export const REVIEW_SUMMARY_SHEET = 'সারসংক্ষেপ';
export const EVIDENCE_SHEET = 'প্রমাণক';

/**
 * Total sheet width in Excel character units that the table's relative widths are scaled to: printed
 * fitted to the landscape page's width, the 10 pt text comes out at about the PDF's 7.5 pt, so the
 * sheet prints to about the PDF's pages.
 */
const SHEET_WIDTH = 190;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function cellValue(cell: TableCell): ExcelJS.CellValue {
  const v = cell.value;
  // an empty cell is left empty, not written as an empty string
  if (!v) return cell.text === '' ? null : cell.text;
  switch (v.kind) {
    case 'number':
      return v.n;
    case 'percent':
      return v.n / 100;
    case 'date': {
      const [y, m, d] = v.iso.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
  }
}

/**
 * Excel's locale prefix [$-XXYYZZZZ]: numeral shape XX = 05 (Bengali digits), calendar YY = 00
 * (Gregorian), ZZZZ = 0845 (bn-BD). Excel and LibreOffice both show the digits ০-৯ with it, so a value
 * stays a number and prints as the PDF prints it.
 */
export const BENGALI_DIGITS = '[$-05000845]';

function numberFormat(cell: TableCell): string | undefined {
  const v = cell.value;
  if (!v) return undefined;
  if (v.kind === 'date') return `${BENGALI_DIGITS}dd/mm/yyyy`;
  if (v.kind === 'percent') return `${BENGALI_DIGITS}${Number.isInteger(v.n) ? '0%' : '0.00%'}`;
  return `${BENGALI_DIGITS}${Number.isInteger(v.n) ? '0' : '0.00'}`;
}

interface SheetContext {
  sheet: ExcelJS.Worksheet;
  font: string;
  columnCount: number;
}

// Row heights. Neither Excel (for a row holding a merged cell) nor LibreOffice sizes a row to its wrapped
// text, so each row's height is written: the lines its cells need, estimated from their texts and widths.

/** Default size (points) of the table's body cells; its header cells are a point smaller. */
const BODY_POINTS = 10;
const HEAD_POINTS = 9;
/** A line's height in points per point of font size (the font's own line is 1.33 em). */
const LINE_HEIGHT = 1.45;
/** Points of one character unit of a column's width (the default font's digit, 7 px; LibreOffice's is wider), and of its padding. */
const CHAR_UNIT_POINTS = 5.25;
const COLUMN_PADDING_POINTS = 3.75;
/** Excel's default column width in character units. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Shaped Bengali is narrower than the column widths' wide estimate: lines are counted at this share of it. */
const SHAPED_SHARE = 0.9;

/** The lines a text wraps to in a width of `columnChars` character units, at `points` (words kept whole where they fit). */
export function estimateLines(text: string, columnChars: number, points: number, bold = false): number {
  const room = Math.max(1, columnChars * CHAR_UNIT_POINTS - COLUMN_PADDING_POINTS);
  const scale = points * SHAPED_SHARE;
  const space = textEm(' ') * scale;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') {
        used += space;
        continue;
      }
      const width = textEm(word, bold) * scale;
      const gap = used > 0 ? space : 0;
      if (used + gap + width <= room) {
        used += gap + width;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the column breaks where the column ends.
      const pieces = Math.ceil(width / room);
      lines += pieces - 1;
      used = width - (pieces - 1) * room;
    }
  }
  return Math.max(1, lines);
}

function columnChars(sheet: ExcelJS.Worksheet, first: number, count: number): number {
  let chars = 0;
  for (let c = first; c < first + count; c += 1) chars += sheet.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH;
  return chars;
}

/** A row's height in points for `lines` lines at `points`. */
function rowHeight(lines: number, points: number): number {
  return Math.ceil(Math.max(1, lines) * points * LINE_HEIGHT * 4) / 4;
}

function titleRow(ctx: SheetContext, text: string, style: { bold?: boolean; size?: number; align?: 'center' | 'right' | 'left' }): void {
  const row = ctx.sheet.addRow([text]);
  ctx.sheet.mergeCells(row.number, 1, row.number, ctx.columnCount);
  const cell = row.getCell(1);
  const size = style.size ?? 11;
  cell.font = { name: ctx.font, bold: style.bold ?? false, size };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
  row.height = rowHeight(estimateLines(text, columnChars(ctx.sheet, 1, ctx.columnCount), size, style.bold ?? false), size);
}

/**
 * The style of a table cell. Cells of the same look share one style object: exceljs keeps the style id of
 * an object it has seen (a WeakMap), where a fresh object per cell has each style rendered to XML again to
 * find its id, which was most of the sheet's cost. A shared style is never changed after it is made.
 */
function tableCellStyle(cache: Map<string, Partial<ExcelJS.Style>>, font: string, cell: TableCell, isHead: boolean): Partial<ExcelJS.Style> {
  const fmt = numberFormat(cell);
  const size = isHead ? HEAD_POINTS : BODY_POINTS;
  const bold = (cell.bold ?? false) && !cell.muted;
  const horizontal = isHead || cell.align === 'center' ? 'center' : cell.align === 'right' ? 'right' : 'left';
  const filled = isHead && !cell.muted;
  const key = `${fmt ?? ''}|${size}|${bold}|${horizontal}|${isHead}|${filled}`;
  let style = cache.get(key);
  if (!style) {
    style = {
      ...(fmt ? { numFmt: fmt } : {}),
      font: { name: font, size, bold },
      alignment: { horizontal, vertical: isHead ? 'middle' : 'top', wrapText: true },
      ...(filled ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFECECEC' } } as ExcelJS.Fill } : {}),
      // Borders on every cell, merged ones included (Excel draws a merge's border from its cells; a merge's
      // other cells take its first cell's style).
      border: BORDER,
    };
    cache.set(key, style);
  }
  return style;
}

/** Writes a table below the sheet's last row; returns the first and last row numbers of its header. */
function writeTable(ctx: SheetContext, table: TableSpec): { headFirst: number; headLast: number } {
  const { sheet } = ctx;
  const startRow = sheet.rowCount + 1;
  const rows = [...table.head, ...table.body];
  const placed = placeCells(rows, table.columns.length);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  placed.forEach((line, r) => {
    const isHead = r < table.head.length;
    const excelRow = sheet.getRow(startRow + r);
    for (const p of line) {
      const cell = excelRow.getCell(p.col + 1);
      cell.value = cellValue(p.cell);
      cell.style = tableCellStyle(styles, ctx.font, p.cell, isHead);
      if (p.rowSpan > 1 || p.colSpan > 1) {
        sheet.mergeCells(startRow + r, p.col + 1, startRow + r + p.rowSpan - 1, p.col + p.colSpan);
      }
    }
    excelRow.commit();
  });
  setRowHeights(ctx, placed, startRow, table.head.length);
  // A cell of the block that no table cell covers still gets its border (its style is its own).
  for (let r = startRow; r < startRow + rows.length; r += 1) {
    for (let c = 1; c <= table.columns.length; c += 1) {
      const cell = sheet.getCell(r, c);
      if (cell.style.border !== BORDER) cell.border = BORDER;
    }
  }
  return { headFirst: startRow, headLast: startRow + table.head.length - 1 };
}

/**
 * Each row of the table as high as the lines its cells need (at least one): a cell within one row sets
 * that row's lines; a cell merged over several rows, wherever those rows hold too few lines for it, has
 * the lines it lacks spread over them evenly.
 */
function setRowHeights(ctx: SheetContext, placed: PlacedCell[][], startRow: number, headRows: number): void {
  const widths = Array.from({ length: placed.reduce((n, line) => Math.max(n, ...line.map((p) => p.col + p.colSpan)), 0) }, (_, c) => columnChars(ctx.sheet, c + 1, 1));
  const spanChars = (col: number, span: number): number => widths.slice(col, col + span).reduce((s, w) => s + w, 0);
  const lines = placed.map(() => 1);
  const merged: Array<{ row: number; span: number; lines: number }> = [];
  placed.forEach((line, r) => {
    const points = r < headRows ? HEAD_POINTS : BODY_POINTS;
    for (const p of line) {
      const bold = (p.cell.bold ?? false) && !p.cell.muted;
      const needed = estimateLines(p.cell.text, spanChars(p.col, p.colSpan), points, bold);
      if (p.rowSpan === 1) lines[r] = Math.max(lines[r]!, needed);
      else merged.push({ row: r, span: Math.min(p.rowSpan, placed.length - r), lines: needed });
    }
  });
  for (const m of merged) {
    let have = 0;
    for (let r = m.row; r < m.row + m.span; r += 1) have += lines[r]!;
    let lacking = m.lines - have;
    for (let i = 0; lacking > 0; i += 1) {
      const share = Math.ceil(lacking / (m.span - i));
      lines[m.row + i]! += share;
      lacking -= share;
    }
  }
  lines.forEach((n, r) => {
    ctx.sheet.getRow(startRow + r).height = rowHeight(n, r < headRows ? HEAD_POINTS : BODY_POINTS);
  });
}

/** Column widths in character units: the table's widths scaled to the sheet, every column holding its longest word. */
function setColumns(ctx: SheetContext, table: TableSpec, sheetWidth = SHEET_WIDTH): void {
  const metrics = { headPoints: HEAD_POINTS, bodyPoints: BODY_POINTS, paddingPoints: COLUMN_PADDING_POINTS };
  fitColumnWidths(table, sheetWidth * CHAR_UNIT_POINTS, metrics).forEach((points, i) => {
    ctx.sheet.getColumn(i + 1).width = Math.max(5, Math.round((points / CHAR_UNIT_POINTS) * 10) / 10);
  });
}

function newSheet(workbook: ExcelJS.Workbook, name: string, columnCount: number, font: string): SheetContext {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.55, header: 0.3, footer: 0.3 } },
    // "পৃষ্ঠা 1 / 2": Excel's header and footer codes (&P, &N) take no number format, so the page numbers stay Latin.
    headerFooter: { oddFooter: '&Cপৃষ্ঠা &P / &N' },
  });
  return { sheet, font, columnCount };
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'APA Desk';
  return workbook;
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function repeatHeader(ctx: SheetContext, head: { headFirst: number; headLast: number }): void {
  ctx.sheet.pageSetup.printTitlesRow = `${head.headFirst}:${head.headLast}`;
  ctx.sheet.views = [{ state: 'frozen', ySplit: head.headLast }];
}

interface AnnexHeadingText {
  enclosure?: Enclosure | null;
  annexNumber?: string | null;
  title: string[];
  particulars: string;
}

function headingRows(ctx: SheetContext, heading: AnnexHeadingText): void {
  if (heading.enclosure) {
    const label = enclosureLabel(heading.enclosure);
    titleRow(ctx, label.label, { bold: true, align: 'right' });
    titleRow(ctx, label.memo, { size: 8, align: 'right' });
  }
  if (heading.annexNumber) titleRow(ctx, heading.annexNumber, { bold: true, size: 11 });
  for (const line of heading.title) titleRow(ctx, line, { bold: true, size: 12 });
  titleRow(ctx, heading.particulars, { size: 10 });
}

/** The signature under the table, as in the PDF: the date, then the signatory's lines, over the sheet's right part. */
function signatureRows(ctx: SheetContext, signed: AnnexSignature | null | undefined): void {
  if (!signed) return;
  const first = Math.max(1, Math.ceil(ctx.columnCount * 0.6));
  ctx.sheet.addRow([]);
  ctx.sheet.addRow([]).height = 24;
  for (const line of [{ text: `তারিখ: ${bnDate(signed.date)}`, small: true }, ...signatureLines(signed.signatory)]) {
    const row = ctx.sheet.addRow([]);
    ctx.sheet.mergeCells(row.number, first, row.number, ctx.columnCount);
    const cell = row.getCell(first);
    cell.value = line.text;
    cell.font = { name: ctx.font, size: line.small ? 9 : 10 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    row.height = rowHeight(1, line.small ? 9 : 10);
  }
}

/** An annex's sheet: its heading above the table, whose header repeats on every page, and the signature under it. */
function annexSheet(workbook: ExcelJS.Workbook, name: string, table: TableSpec, font: string, heading: AnnexHeadingText, signed: AnnexSignature | null | undefined): void {
  const ctx = newSheet(workbook, name, table.columns.length, font);
  setColumns(ctx, table);
  headingRows(ctx, heading);
  repeatHeader(ctx, writeTable(ctx, table));
  signatureRows(ctx, signed);
}

export async function writeAnnexXlsx(annex: SelfAssessmentAnnex, opts?: XlsxOptions): Promise<Buffer> {
  const workbook = newWorkbook();
  annexSheet(workbook, SELF_ASSESSMENT_SHEET, selfAssessmentTable(annex), opts?.fontName ?? BUNDLED_FONT_FAMILY, {
    enclosure: annex.enclosure, annexNumber: annex.annexNumber, title: annex.title, particulars: selfAssessmentMeta(annex),
  }, annex.signature);
  return toBuffer(workbook);
}

export async function writeReviewXlsx(review: ReviewReportAnnex, opts?: XlsxOptions): Promise<Buffer> {
  const font = opts?.fontName ?? BUNDLED_FONT_FAMILY;
  const workbook = newWorkbook();
  const meta = reviewMeta(review);
  annexSheet(workbook, REVIEW_SHEET, reviewTable(review), font, { enclosure: review.enclosure, annexNumber: review.annexNumber, title: review.title, particulars: meta }, review.signature);

  const summaryTable = reviewSummaryTable(review);
  const summary = newSheet(workbook, REVIEW_SUMMARY_SHEET, summaryTable.columns.length, font);
  setColumns(summary, summaryTable, 18 * summaryTable.columns.length);
  for (const line of review.title) titleRow(summary, line, { bold: true, size: 12 });
  titleRow(summary, meta, { size: 10 });
  titleRow(summary, REVIEW_SECTIONS.summary, { bold: true, align: 'left' });
  writeTable(summary, summaryTable);
  if (review.narrative.length > 0) {
    summary.sheet.addRow([]);
    titleRow(summary, REVIEW_SECTIONS.narrative, { bold: true, align: 'left' });
    for (const text of review.narrative) titleRow(summary, text, { align: 'left', size: 10 });
  }
  return toBuffer(workbook);
}

export async function writeEvidenceIndexXlsx(index: EvidenceIndexModel, opts?: XlsxOptions): Promise<Buffer> {
  const workbook = newWorkbook();
  annexSheet(workbook, EVIDENCE_SHEET, evidenceTable(index), opts?.fontName ?? BUNDLED_FONT_FAMILY, {
    enclosure: index.enclosure, annexNumber: index.annexNumber, title: evidenceTitle(index), particulars: evidenceMeta(index),
  }, index.signature);
  return toBuffer(workbook);
}

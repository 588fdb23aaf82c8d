// The annex tables as XLSX for the receiving branch to edit: the same TableSpec as the PDF, with the
// plan's columns, merged header and area/activity cells, widths, the Bengali font, and numbers and
// dates as typed values (formatted, never text), so the sheet can be summed and sorted.
import ExcelJS from 'exceljs';
import { bnFiscalYear, periodLabel, toBengaliDigits } from '../../../../common/documents/format.js';
import type { EvidenceIndexModel, ReviewReportAnnex, SelfAssessmentAnnex } from '../../../../common/documents/model.js';
import { BUNDLED_FONT_FAMILY } from '../../../../common/documents/styles.js';
import { placeCells, type PlacedCell, type TableCell, type TableSpec } from '../../../../common/documents/table.js';
import { DEFAULT_EVIDENCE_TITLE, evidenceTable } from '../../../../common/documents/tables/evidence-table.js';
import { reviewSummaryTable, reviewTable } from '../../../../common/documents/tables/review-table.js';
import { selfAssessmentTable } from '../../../../common/documents/tables/self-assessment-table.js';

export interface XlsxOptions {
  /** The font family of every cell (default Noto Sans Bengali). */
  fontName?: string;
}

export const SELF_ASSESSMENT_SHEET = 'স্ব-মূল্যায়ন';
export const REVIEW_SHEET = 'পর্যালোচনা';
export const REVIEW_SUMMARY_SHEET = 'সারসংক্ষেপ';
export const EVIDENCE_SHEET = 'প্রমাণক';

/** Total sheet width in Excel character units that the table's relative widths are scaled to. */
const SHEET_WIDTH = 230;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function cellValue(cell: TableCell): ExcelJS.CellValue {
  const v = cell.value;
  if (!v) return cell.text;
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

function numberFormat(cell: TableCell): string | undefined {
  const v = cell.value;
  if (!v) return undefined;
  if (v.kind === 'date') return 'dd/mm/yyyy';
  if (v.kind === 'percent') return Number.isInteger(v.n) ? '0%' : '0.00%';
  return Number.isInteger(v.n) ? '0' : '0.00';
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
/**
 * The advance of a character in em, erring wide. Noto Sans Bengali's Bengali text comes to about 0.43 em a
 * character as LibreOffice shapes it (0.49 em summing the glyphs unshaped, vowel signs and hasanta
 * included); its Latin letters and digits, and its Bengali digits, about 0.55-0.59 em; its space 0.26 em.
 */
const BENGALI_EM = 0.5;
const OTHER_EM = 0.6;
const SPACE_EM = 0.3;
/** Bold is about 6% wider. */
const BOLD_FACTOR = 1.07;
/** A line's height in points per point of font size (the font's own line is 1.33 em). */
const LINE_HEIGHT = 1.55;
/** Points of one character unit of a column's width (the default font's digit, 7 px; LibreOffice's is wider), and of its padding. */
const CHAR_UNIT_POINTS = 5.25;
const COLUMN_PADDING_POINTS = 3.75;
/** Excel's default column width in character units. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** A word's width in em. */
function wordEm(word: string): number {
  let em = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    // the Bengali block, bar its digits (U+09E6-09EF), which are as wide as Latin ones
    em += code >= 0x0980 && code <= 0x09ff && (code < 0x09e6 || code > 0x09ef) ? BENGALI_EM : OTHER_EM;
  }
  return em;
}

/** The lines a text wraps to in a width of `columnChars` character units, at `points` (words kept whole where they fit). */
export function estimateLines(text: string, columnChars: number, points: number, bold = false): number {
  const room = Math.max(1, columnChars * CHAR_UNIT_POINTS - COLUMN_PADDING_POINTS);
  const scale = points * (bold ? BOLD_FACTOR : 1);
  const space = SPACE_EM * scale;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') {
        used += space;
        continue;
      }
      const width = wordEm(word) * scale;
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

function setColumns(ctx: SheetContext, table: TableSpec): void {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  table.columns.forEach((column, i) => {
    ctx.sheet.getColumn(i + 1).width = Math.max(5, Math.round((column.width / total) * SHEET_WIDTH));
  });
}

function newSheet(workbook: ExcelJS.Workbook, name: string, columnCount: number, font: string): SheetContext {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.55, header: 0.3, footer: 0.3 } },
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

/** An annex's sheet: its number, title lines and a line of particulars above the table, whose header repeats on every page. */
function annexSheet(
  workbook: ExcelJS.Workbook, name: string, table: TableSpec, font: string,
  heading: { annexNumber?: string | null; title: string[]; particulars: string },
): void {
  const ctx = newSheet(workbook, name, table.columns.length, font);
  setColumns(ctx, table);
  if (heading.annexNumber) titleRow(ctx, heading.annexNumber, { bold: true, align: 'right' });
  for (const line of heading.title) titleRow(ctx, line, { bold: true, size: 12 });
  titleRow(ctx, heading.particulars, { size: 10 });
  repeatHeader(ctx, writeTable(ctx, table));
}

export async function writeAnnexXlsx(annex: SelfAssessmentAnnex, opts?: XlsxOptions): Promise<Buffer> {
  const workbook = newWorkbook();
  annexSheet(workbook, SELF_ASSESSMENT_SHEET, selfAssessmentTable(annex), opts?.fontName ?? BUNDLED_FONT_FAMILY, {
    annexNumber: annex.annexNumber, title: annex.title,
    particulars: `${annex.officeName} — অর্থবছর ${bnFiscalYear(annex.fiscalYear)}, ${periodLabel(annex.period, annex.fiscalYear)}`,
  });
  return toBuffer(workbook);
}

export async function writeReviewXlsx(review: ReviewReportAnnex, opts?: XlsxOptions): Promise<Buffer> {
  const font = opts?.fontName ?? BUNDLED_FONT_FAMILY;
  const table = reviewTable(review);
  const workbook = newWorkbook();
  const meta = `অর্থবছর ${bnFiscalYear(review.fiscalYear)}, ${periodLabel(review.period, review.fiscalYear)}`;

  annexSheet(workbook, REVIEW_SHEET, table, font, { annexNumber: review.annexNumber, title: review.title, particulars: meta });

  const summaryTable = reviewSummaryTable(review);
  const summary = newSheet(workbook, REVIEW_SUMMARY_SHEET, summaryTable.columns.length, font);
  summaryTable.columns.forEach((_, i) => (summary.sheet.getColumn(i + 1).width = 18));
  for (const line of review.title) titleRow(summary, line, { bold: true, size: 12 });
  titleRow(summary, meta, { size: 10 });
  writeTable(summary, summaryTable);
  if (review.narrative.length > 0) {
    summary.sheet.addRow([]);
    titleRow(summary, 'সার্বিক পর্যবেক্ষণ', { bold: true, align: 'left' });
    for (const text of review.narrative) titleRow(summary, text, { align: 'left', size: 10 });
  }
  return toBuffer(workbook);
}

export async function writeEvidenceIndexXlsx(index: EvidenceIndexModel, opts?: XlsxOptions): Promise<Buffer> {
  const workbook = newWorkbook();
  annexSheet(workbook, EVIDENCE_SHEET, evidenceTable(index), opts?.fontName ?? BUNDLED_FONT_FAMILY, {
    annexNumber: index.annexNumber, title: index.title ?? DEFAULT_EVIDENCE_TITLE, particulars: `মোট ফাইল: ${toBengaliDigits(index.entries.length)}`,
  });
  return toBuffer(workbook);
}

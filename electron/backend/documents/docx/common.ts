// What every DOCX of the package shares: Nikosh (the government PCs' font) in all four font slots with
// the complex-script hint, declared in the font table with Noto Sans Bengali (the font the app bundles)
// as its alternative name and declared itself; sizes and bold for complex script; the bn-BD
// complex-script language (Word picks the font for Bengali from the cs slot; without it Bengali falls
// back to another font and loses bold); A4 pages with page numbers; and tables drawn from a TableSpec
// with docx's own Table, columns wide enough for their longest words.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { BUNDLED_FONT_FAMILY } from '../../../../common/documents/styles.js';
import { fitColumnWidths } from '../../../../common/documents/column-widths.js';
import { placeCells, type TableCell as SpecCell, type TableSpec } from '../../../../common/documents/table.js';

/** The font the government's PCs have (domain §7): named first in every DOCX. */
export const DOCX_FONT = 'Nikosh';

export interface DocxOptions {
  /** The font family written into the document (default Nikosh, with Noto Sans Bengali as its fallback). */
  fontName?: string;
}

/** Latin text in English, complex-script text (w:bidi, which Word uses for Bengali) in bn-BD. */
export const DOCX_LANGUAGE = { value: 'en-US', bidirectional: 'bn-BD' } as const;

/** twips per millimetre */
const MM = 56.7;

export interface PageSetup {
  landscape: boolean;
  /** Margins in mm: top, right, bottom, left. */
  margins: [number, number, number, number];
}

export const LETTER_PAGE: PageSetup = { landscape: false, margins: [18, 18, 16, 25] };
export const ANNEX_PAGE: PageSetup = { landscape: true, margins: [12, 10, 14, 10] };

const A4_SHORT = 11906;
const A4_LONG = 16838;

/** The width of the text area in twips. */
export function textWidth(page: PageSetup): number {
  const width = page.landscape ? A4_LONG : A4_SHORT;
  return Math.round(width - (page.margins[1] + page.margins[3]) * MM);
}

export function fontSlots(fontName: string) {
  return { ascii: fontName, hAnsi: fontName, cs: fontName, eastAsia: fontName, hint: 'cs' };
}

/**
 * Exactly the line height the PDF's CSS gives (font size × line-height): Word's and LibreOffice's
 * "single" line follows the font's own metrics (1.33 em for Noto Sans Bengali in LibreOffice, 1.40 in
 * Word), so a letter one page long in the PDF ran to two in the DOCX.
 */
export function exactLine(points: number, factor: number): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: Math.round(points * factor * 20), lineRule: LineRuleType.EXACT };
}

/** The CSS line-heights (styles.ts): letters, annex tables, annex titles, letterheads. */
export const LINE_FACTOR = { letter: 1.55, annex: 1.4, title: 1.5, letterhead: 1.45 } as const;

export interface RunStyle {
  bold?: boolean;
  /** Points. */
  size?: number;
  underline?: boolean;
}

/** A text run's options: the font, size and bold set for Latin and complex script alike. */
export function runOptions(text: string, fontName: string, style: RunStyle = {}): IRunOptions {
  // A tab in the text is Word's tab element, not a character.
  const parts = text.split('\t');
  const children = parts.flatMap((part, i) => (i === 0 ? (part ? [part] : []) : [new Tab(), ...(part ? [part] : [])]));
  return {
    children,
    font: fontSlots(fontName),
    language: DOCX_LANGUAGE,
    ...(style.size !== undefined ? { size: style.size * 2, sizeComplexScript: style.size * 2 } : {}),
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  };
}

export function run(text: string, fontName: string, style: RunStyle = {}): TextRun {
  return new TextRun(runOptions(text, fontName, style));
}

function footer(fontName: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run('পৃষ্ঠা ', fontName, { size: 8 }),
          // "পৃষ্ঠা 1 / 2" where the PDF prints "পৃষ্ঠা ১ / ২": the PAGE and NUMPAGES fields. Their digits stay
          // Latin: ECMA-376's number formats (ST_NumberFormat, the \* switches) have no Bengali digits, and
          // LibreOffice reads no nested field (SYMBOL of PAGE) a footer could compute them with.
          new TextRun({
            children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
            font: fontSlots(fontName),
            size: 16,
            sizeComplexScript: 16,
            language: DOCX_LANGUAGE,
          }),
        ],
      }),
    ],
  });
}

export function section(page: PageSetup, fontName: string, children: readonly FileChild[]): ISectionOptions {
  const [top, right, bottom, left] = page.margins.map((m) => Math.round(m * MM)) as [number, number, number, number];
  return {
    properties: {
      page: {
        size: { width: A4_SHORT, height: A4_LONG, orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top, right, bottom, left, footer: Math.round(6 * MM) },
      },
    },
    footers: { default: footer(fontName) },
    children,
  };
}

/**
 * The font table: the document's font, with the bundled Noto Sans Bengali as its alternative name (Word
 * looks a missing font up by it), its Bengali code range (usb0 bit 15) so a substitute has Bengali,
 * and Noto Sans Bengali declared too. docx declares no fonts it does not embed, so the part is given
 * to Packer whole.
 */
export function fontTableXml(fontName: string): string {
  const attr = (text: string): string => text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);
  const font = (name: string, altName: string | null): string =>
    `<w:font w:name="${attr(name)}">${altName ? `<w:altName w:val="${attr(altName)}"/>` : ''}<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>` +
    '<w:sig w:usb0="00008003" w:usb1="00000000" w:usb2="00000000" w:usb3="00000000" w:csb0="00000001" w:csb1="00000000"/></w:font>';
  const fonts = fontName === BUNDLED_FONT_FAMILY ? [font(fontName, null)] : [font(fontName, BUNDLED_FONT_FAMILY), font(BUNDLED_FONT_FAMILY, null)];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`
  );
}

/**
 * The paragraph styles of the annex tables' cells: size and exact line height once, not on each of a
 * 500-row table's thousands of paragraphs (the runs take the font and languages from the defaults).
 */
export const CELL_STYLE = { body: 'AnnexCell', head: 'AnnexHeadCell', small: 'AnnexSmallCell' } as const;

function cellStyles(points: number) {
  const style = (id: string, size: number) => ({
    id, name: id, basedOn: 'Normal', quickFormat: false,
    run: { size: Math.round(size * 2), sizeComplexScript: Math.round(size * 2) },
    paragraph: { spacing: { before: 0, after: 0, ...exactLine(size, LINE_FACTOR.annex) } },
  });
  return [style(CELL_STYLE.body, points), style(CELL_STYLE.head, points - 0.5), style(CELL_STYLE.small, points - 1.5)];
}

/** A document whose defaults (and every run) carry the Bengali font settings. */
export async function packDocument(title: string, sections: ISectionOptions[], fontName: string, basePoints: number, lineFactor: number): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'APA Desk',
    styles: {
      default: {
        document: {
          run: {
            font: fontSlots(fontName),
            size: basePoints * 2,
            sizeComplexScript: basePoints * 2,
            language: DOCX_LANGUAGE,
          },
          paragraph: { spacing: exactLine(basePoints, lineFactor) },
        },
      },
      paragraphStyles: cellStyles(TABLE_POINTS),
    },
    sections,
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml(fontName) }]);
}

export function resolveFont(opts: DocxOptions | undefined): string {
  return opts?.fontName ?? DOCX_FONT;
}

/** Twips of a cell's left/right and top/bottom margins: the PDF's 0.8 mm padding. */
export const CELL_MARGIN_X = 45;
export const CELL_MARGIN_Y = 45;
const HEADER_FILL = 'ECECEC';
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** The table's column widths in twips: the spec's widths, every column holding its longest word. */
export function docxColumnWidths(table: TableSpec, width: number, points = 7.5): number[] {
  const metrics = { headPoints: points - 0.5, bodyPoints: points, paddingPoints: (2 * CELL_MARGIN_X) / 20 };
  const widths = fitColumnWidths(table, width / 20, metrics).map((w) => Math.floor(w * 20));
  widths[widths.length - 1]! += width - widths.reduce((s, w) => s + w, 0);
  return widths;
}

/** The annex tables' text size (points): the PDF's 7.5 pt. */
export const TABLE_POINTS = 7.5;

function cellParagraphs(cell: SpecCell, header: boolean, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], keepNext: boolean): Paragraph[] {
  const style = header ? CELL_STYLE.head : cell.small ? CELL_STYLE.small : CELL_STYLE.body;
  const bold = (cell.bold ?? false) && !cell.muted;
  // what Word takes by default (left, not kept) is left out: a 500-row table has thousands of these
  return cell.text.split('\n').map(
    (line) =>
      new Paragraph({
        style,
        ...(alignment !== AlignmentType.LEFT ? { alignment } : {}),
        ...(keepNext ? { keepNext } : {}),
        children: line ? [new TextRun(bold ? { text: line, bold: true, boldComplexScript: true } : line)] : [],
      }),
  );
}

/**
 * A TableSpec as a Word table: fixed layout, the fitted column widths, header rows repeated on every
 * page, rows never split, merged cells as Word merges them (a cell merged down continues on the next
 * page), and the last row kept with what follows (the signature).
 */
export function docxTable(table: TableSpec, width: number): Table {
  const widths = docxColumnWidths(table, width, TABLE_POINTS);
  const toRows = (specRows: SpecCell[][], header: boolean): TableRow[] =>
    placeCells(specRows, table.columns.length).map((cells, r) => {
      const last = !header && r === specRows.length - 1;
      return new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: cells.map(({ cell, col, colSpan, rowSpan }) => {
          const alignment = cell.align === 'center' || header ? AlignmentType.CENTER : cell.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
          return new TableCell({
            children: cellParagraphs(cell, header, alignment, last),
            width: { size: widths.slice(col, col + colSpan).reduce((s, w) => s + w, 0), type: WidthType.DXA },
            ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
            ...(rowSpan > 1 ? { rowSpan } : {}),
            ...(header && !cell.muted ? { shading: { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } } : {}),
            // body cells start at the top, Word's default
            ...(header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
          });
        }),
      });
    });
  return new Table({
    rows: [...toRows(table.head, true), ...toRows(table.body, false)],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    // the cells' margins, once for the table
    margins: { top: CELL_MARGIN_Y, bottom: CELL_MARGIN_Y, left: CELL_MARGIN_X, right: CELL_MARGIN_X },
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
  });
}

export function centredLines(lines: string[], fontName: string, style: RunStyle = {}, lineFactor: number = LINE_FACTOR.title): Paragraph[] {
  const spacing = style.size !== undefined ? exactLine(style.size, lineFactor) : undefined;
  return lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, ...(spacing ? { spacing } : {}), children: [run(line, fontName, style)] }));
}


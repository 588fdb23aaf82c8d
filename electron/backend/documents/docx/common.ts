// What every DOCX of the package shares: the Bengali font in all four font slots with the complex-
// script hint, sizes and bold for complex script, the bn-BD complex-script language (Word picks the
// font for Bengali from the cs slot; without it Bengali falls back to another font and loses bold),
// A4 pages with page numbers, and tables drawn from a TableSpec with explicit widths and merges.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Tab,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import type { TableCell as SpecCell, TableSpec } from '../table.js';
import { scaleWidths } from '../table.js';
import { BUNDLED_FONT_FAMILY } from '../styles.js';

export interface DocxOptions {
  /** The font family written into the document (default Noto Sans Bengali; "Nikosh" where the PCs have it). */
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

export interface RunStyle {
  bold?: boolean;
  /** Points. */
  size?: number;
  underline?: boolean;
}

/** A text run with the font, size and bold set for Latin and complex script alike. */
export function run(text: string, fontName: string, style: RunStyle = {}): TextRun {
  // A tab in the text is Word's tab element, not a character.
  const parts = text.split('\t');
  const children = parts.flatMap((part, i) => (i === 0 ? (part ? [part] : []) : [new Tab(), ...(part ? [part] : [])]));
  const options: IRunOptions = {
    children,
    font: fontSlots(fontName),
    language: DOCX_LANGUAGE,
    ...(style.size !== undefined ? { size: style.size * 2, sizeComplexScript: style.size * 2 } : {}),
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  };
  return new TextRun(options);
}

function footer(fontName: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run('পৃষ্ঠা ', fontName, { size: 8 }),
          new TextRun({ children: [PageNumber.CURRENT], font: fontSlots(fontName), size: 16, sizeComplexScript: 16, language: DOCX_LANGUAGE }),
        ],
      }),
    ],
  });
}

export function section(page: PageSetup, fontName: string, children: ISectionOptions['children']): ISectionOptions {
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

/** A document whose defaults (and every run) carry the Bengali font settings. */
export async function packDocument(title: string, sections: ISectionOptions[], fontName: string, basePoints: number): Promise<Buffer> {
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
        },
      },
    },
    sections,
  });
  return Packer.toBuffer(doc);
}

export function resolveFont(opts: DocxOptions | undefined): string {
  return opts?.fontName ?? BUNDLED_FONT_FAMILY;
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cellParagraphs(cell: SpecCell, fontName: string, points: number, header: boolean): Paragraph[] {
  const alignment = cell.align === 'center' || header ? AlignmentType.CENTER : cell.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return cell.text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment,
        spacing: { before: 0, after: 0 },
        children: [run(line, fontName, { size: cell.small ? points - 1.5 : points, bold: (cell.bold ?? false) && !cell.muted })],
      }),
  );
}

/** A TableSpec as a Word table: fixed layout, explicit column widths, header rows repeated on every page. */
export function docxTable(table: TableSpec, width: number, fontName: string, points = 7.5): Table {
  const widths = scaleWidths(table.columns, width);
  const spanWidth = (col: number, span: number): number => widths.slice(col, col + span).reduce((s, w) => s + w, 0);
  const rows = (specRows: SpecCell[][], header: boolean): TableRow[] => {
    // Each cell's starting column, to give it its width (docx adds the continuation cells of rowSpan itself).
    const covered: number[][] = [];
    return specRows.map((cells, r) => {
      let col = 0;
      const children = cells.map((cell) => {
        while (covered[r]?.includes(col)) col += 1;
        const colSpan = cell.colSpan ?? 1;
        const rowSpan = cell.rowSpan ?? 1;
        for (let dr = 1; dr < rowSpan; dr += 1) for (let dc = 0; dc < colSpan; dc += 1) (covered[r + dr] ??= []).push(col + dc);
        const docxCell = new TableCell({
          children: cellParagraphs(cell, fontName, header ? points - 0.5 : points, header),
          width: { size: spanWidth(col, colSpan), type: WidthType.DXA },
          ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
          ...(rowSpan > 1 ? { rowSpan } : {}),
          verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
          margins: { top: 30, bottom: 30, left: 50, right: 50 },
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

export function centredLines(lines: string[], fontName: string, style: RunStyle = {}): Paragraph[] {
  return lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, fontName, style)] }));
}

// What every DOCX of the package shares: the Bengali font in all four font slots with the complex-
// script hint, sizes and bold for complex script, the bn-BD complex-script language (Word picks the
// font for Bengali from the cs slot; without it Bengali falls back to another font and loses bold),
// A4 pages with page numbers, and tables drawn from a TableSpec with explicit widths and merges.
import crypto from 'node:crypto';
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Tab,
  Paragraph,
  TextRun,
  type FileChild,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BUNDLED_FONT_FAMILY } from '../../../../common/documents/styles.js';
import type { TableSpec } from '../../../../common/documents/table.js';
import { tableXml } from './table-xml.js';

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
          // "পৃষ্ঠা 1 / 2" as the PDF's "পৃষ্ঠা ১ / ২": the PAGE and NUMPAGES fields. Their digits stay
          // Latin: ECMA-376's ST_NumberFormat has no Bengali digits to give the fields.
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

/**
 * WordprocessingML written directly (see table-xml.ts): docx's object tree costs about a second for a
 * table of 500 rows, the same XML written as strings a few milliseconds. packDocument splices it into
 * document.xml where it stands among a section's children.
 */
export class RawBlock {
  constructor(readonly xml: string) {}
}

export type BodyChild = FileChild | RawBlock;

export interface SectionSpec extends Omit<ISectionOptions, 'children'> {
  children: readonly BodyChild[];
}

export function section(page: PageSetup, fontName: string, children: readonly BodyChild[]): SectionSpec {
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
export async function packDocument(title: string, sections: SectionSpec[], fontName: string, basePoints: number): Promise<Buffer> {
  // Each raw block stands in docx's tree as a paragraph holding a token, replaced in document.xml after.
  const token = `APA-RAW-BLOCK-${crypto.randomUUID()}-`;
  const blocks: string[] = [];
  const placeholder = (xml: string): Paragraph => {
    blocks.push(xml);
    return new Paragraph({ children: [new TextRun(`${token}${blocks.length - 1}`)] });
  };
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
    sections: sections.map((s) => ({ ...s, children: s.children.map((c) => (c instanceof RawBlock ? placeholder(c.xml) : c)) })),
  });
  const packed = await Packer.toBuffer(doc);
  return blocks.length === 0 ? packed : spliceBlocks(packed, token, blocks);
}

/** Replaces each token paragraph in word/document.xml with its block; the other parts stay as docx wrote them. */
function spliceBlocks(docx: Buffer, token: string, blocks: string[]): Buffer {
  const files = unzipSync(new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength));
  const name = 'word/document.xml';
  const pieces: string[] = [];
  let rest = strFromU8(files[name]!);
  blocks.forEach((xml, i) => {
    const marker = `<w:p><w:r><w:t xml:space="preserve">${token}${i}</w:t></w:r></w:p>`;
    const at = rest.indexOf(marker);
    if (at < 0 || rest.indexOf(marker, at + marker.length) >= 0) throw new Error(`DOCX: block ${i} has no single place in document.xml`);
    pieces.push(rest.slice(0, at), xml);
    rest = rest.slice(at + marker.length);
  });
  pieces.push(rest);
  files[name] = strToU8(pieces.join(''));
  return Buffer.from(zipSync(files));
}

export function resolveFont(opts: DocxOptions | undefined): string {
  return opts?.fontName ?? BUNDLED_FONT_FAMILY;
}

/** A TableSpec as a Word table: fixed layout, explicit column widths, header rows repeated on every page. */
export function docxTable(table: TableSpec, width: number, fontName: string, points = 7.5): RawBlock {
  return new RawBlock(tableXml(table, width, fontName, points));
}

export function centredLines(lines: string[], fontName: string, style: RunStyle = {}): Paragraph[] {
  return lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, fontName, style)] }));
}

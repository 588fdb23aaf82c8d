// The DOCX files re-read: the same texts and numbers as the PDF, the font in every slot with the
// complex-script hint, bold and size, and the bn-BD complex-script language.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAnnexDocx, writeDocumentDocx, writeReviewDocx } from '../../../../electron/backend/documents/docx/annex-docx.js';
import { writeMemoDocx } from '../../../../electron/backend/documents/docx/memo-docx.js';
import { bnCode, bnValue } from '../../../../common/documents/format.js';
import { createChromiumPrinter } from '../../../../electron/backend/documents/pdf/chromium-printer.js';
import type { PdfPrinter } from '../../../../electron/backend/documents/pdf/printer.js';
import { renderDocumentHtml } from '../../../../electron/backend/documents/render-html.js';
import { sampleDocuments } from '../../../support/sample-documents/sample-documents.js';
import { selfAssessmentTable } from '../../../../common/documents/tables/self-assessment-table.js';
import type { Level } from '../../../../common/plan-document/schema.js';
import { pdfText } from '../pdf-tools.js';

const samples = sampleDocuments();

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

interface Docx {
  document: string;
  styles: string;
  footers: string[];
  paragraphs: string[];
}

function readDocx(buf: Buffer): Docx {
  const files = unzipSync(new Uint8Array(buf));
  const document = strFromU8(files['word/document.xml']!);
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescapeXml(m[1]))).join(''),
  );
  const footers = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => strFromU8(files[f]!));
  return { document, styles: strFromU8(files['word/styles.xml']!), footers, paragraphs };
}

function runProperties(xml: string): string[] {
  return [...xml.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)].map((m) => m[1]!);
}

let printer: PdfPrinter;
let memoPdfText = '';
let annexPdfText = '';

beforeAll(async () => {
  printer = await createChromiumPrinter();
  memoPdfText = pdfText(await printer.print(renderDocumentHtml({ kind: 'memo', model: samples.memo }), { landscape: false }));
  annexPdfText = pdfText(await printer.print(renderDocumentHtml({ kind: 'self-assessment', model: samples.selfAssessment }), { landscape: true }));
}, 180_000);

afterAll(async () => {
  await printer?.close();
});

describe('the memo DOCX', () => {
  it('holds the same texts as the PDF', async () => {
    const docx = readDocx(await writeMemoDocx(samples.memo));
    const expected = [
      'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার',
      'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়',
      'স্মারক নম্বর: ৩৮.০০.০০০০.০০৭.১৬.০০২.২৩-১২\tতারিখ: ১৪ মাঘ ১৪৩০ বঙ্গাব্দ',
      '\t২৮/০১/২০২৪ খ্রিস্টাব্দ',
      `বিষয়: ${samples.memo.subject}`,
      `সূত্র: ${samples.memo.reference}`,
      samples.memo.body[0]!,
      'সংযুক্তি:',
      `১।\t${samples.memo.enclosures![0]}`,
      `৩।\t${samples.memo.enclosures![2]}`,
      '(মোঃ সিরাজুল ইসলাম)',
      'সিস্টেম এনালিস্ট (আইসিটি সেল)',
      'দৃষ্টি আকর্ষণ: উপসচিব, ই-গভর্ন্যান্স-২ অধিশাখা, মন্ত্রিপরিষদ বিভাগ।',
      'অনুলিপি: সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:',
      '৪।\tঅফিস কপি।',
    ];
    for (const text of expected) expect(docx.paragraphs).toContain(text);
    // in the order of the letter
    const at = expected.map((t) => docx.paragraphs.indexOf(t));
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    // and the PDF has the same text, wherever its lines break (its date block puts তারিখ: between the dates)
    const bare = (t: string): string => t.replace(/\s+/g, '');
    const pdf = bare(memoPdfText);
    for (const part of expected.flatMap((t) => t.split(/\t|তারিখ: /))) if (part !== '') expect(pdf).toContain(bare(part));
    expect(pdf).toContain('তারিখ:');
  });

  it('names Nikosh in every slot with the complex-script hint, size, bold and language, and Noto Sans Bengali as its fallback in the font table', async () => {
    const buf = await writeMemoDocx(samples.memo);
    const docx = readDocx(buf);
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(docx.styles)![0];
    expect(defaults).toContain('<w:rFonts w:ascii="Nikosh" w:cs="Nikosh" w:eastAsia="Nikosh" w:hAnsi="Nikosh" w:hint="cs"/>');
    const fontTable = strFromU8(unzipSync(new Uint8Array(buf))['word/fontTable.xml']!);
    const fonts = [...fontTable.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)].map((m) => ({ name: m[1], body: m[2]! }));
    expect(fonts.map((f) => f.name)).toEqual(['Nikosh', 'Noto Sans Bengali']);
    expect(fonts[0]!.body).toContain('<w:altName w:val="Noto Sans Bengali"/>');
    // the Bengali Unicode range (usb0 bit 15), so a substitute for a missing Nikosh has Bengali
    expect(Number.parseInt(/w:usb0="([0-9A-F]+)"/.exec(fonts[0]!.body)![1]!, 16) & (1 << 15)).not.toBe(0);
    expect(defaults).toMatch(/<w:sz w:val="22"\/><w:szCs w:val="22"\/>/);
    expect(defaults).toContain('<w:lang w:val="en-US" w:bidi="bn-BD"/>');
    const runs = runProperties(docx.document);
    expect(runs.length).toBeGreaterThan(30);
    for (const rPr of runs) {
      expect(rPr).toMatch(/<w:rFonts w:ascii="([^"]+)" w:cs="\1" w:eastAsia="\1" w:hAnsi="\1" w:hint="cs"\/>/);
      expect(rPr).toContain('w:bidi="bn-BD"');
      const sz = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
      if (sz) expect(rPr).toContain(`<w:szCs w:val="${sz}"/>`);
      if (rPr.includes('<w:b/>')) expect(rPr).toContain('<w:bCs/>');
    }
    // the subject is bold in both script slots
    expect(runs.some((r) => r.includes('<w:b/><w:bCs/>'))).toBe(true);
  });

  it('is a portrait A4 page with a page number in the footer', async () => {
    const docx = readDocx(await writeMemoDocx(samples.memo));
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"( w:orient="portrait")?\/>/);
    expect(docx.footers.join('')).toMatch(/PAGE/);
  });

  it('uses the font asked for', async () => {
    const docx = readDocx(await writeMemoDocx(samples.memo, { fontName: 'Noto Sans Bengali' }));
    expect(runProperties(docx.document).every((r) => r.includes('w:cs="Noto Sans Bengali"'))).toBe(true);
    expect(docx.styles).toContain('w:cs="Noto Sans Bengali"');
  });
});

describe('the annex DOCX', () => {
  it('is a landscape table with explicit widths, a repeated header and merged area and activity cells', async () => {
    const docx = readDocx(await writeAnnexDocx(samples.selfAssessment));
    expect(docx.document).toContain('w:orient="landscape"');
    expect(docx.document).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
    const grid = [...docx.document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const tableWidth = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(docx.document)![1]);
    expect(grid).toHaveLength(15);
    expect(grid.reduce((s, w) => s + w, 0)).toBe(tableWidth);
    expect(docx.document).toContain('<w:tblLayout w:type="fixed"/>');
    const rows = [...docx.document.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(4 + 11);
    expect(rows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(4);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    // body: serial, area, area weight merged over 6 and 5 rows, activity [১.৫] over 2, [২.১] over 2, [২.২] over 3
    const body = rows.slice(4);
    const restartsIn = (r: string): number => (r.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length;
    const continuesIn = (r: string): number => (r.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g) ?? []).length;
    expect(body.map(restartsIn)).toEqual([3, 0, 0, 0, 1, 0, 4, 0, 1, 0, 0]);
    expect(body.map(continuesIn)).toEqual([0, 3, 3, 3, 3, 4, 0, 4, 3, 4, 4]);
  });

  it('holds the same codes, numbers and dates as the PDF', async () => {
    const docx = readDocx(await writeAnnexDocx(samples.selfAssessment));
    const text = docx.paragraphs.join('\n');
    const plan = samples.selfAssessment.plan;
    const tokens = plan.indicators.flatMap((i) => [
      bnCode(i.code),
      ...plan.levels.map((l) => bnValue(i.targets[String(l) as `${Level}`], i.unit)).filter((v) => v !== ''),
      bnValue(i.achievements.H1, i.unit),
    ]).filter((t) => t !== '');
    expect(tokens.length).toBeGreaterThan(50);
    for (const token of tokens) {
      expect(text).toContain(token);
      expect(annexPdfText).toContain(token);
    }
    // every cell text of the table, line by line, is a paragraph of the DOCX
    const cells = selfAssessmentTable(samples.selfAssessment);
    for (const cell of [...cells.head, ...cells.body].flat()) {
      for (const line of cell.text.split('\n')) if (line !== '') expect(docx.paragraphs).toContain(line);
    }
  });

  it('writes the other documents', async () => {
    const review = readDocx(await writeReviewDocx(samples.reviewReport));
    expect(review.paragraphs).toContain('জাতীয় প্রাথমিক শিক্ষা একাডেমি (নেপ)');
    expect(review.paragraphs).toContain('২১.৭৫');
    for (const doc of samples.documents) {
      const docx = readDocx(await writeDocumentDocx(doc));
      expect(docx.paragraphs.length).toBeGreaterThan(5);
    }
  });
});

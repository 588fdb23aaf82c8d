// The DOCX layout as Word and LibreOffice lay it out (the PDF is laid out by Chromium): the signature
// block kept on one page with the last lines above it, the footer's "পৃষ্ঠা N / M" fields, the annex
// tables' cell margins and widths.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeAnnexDocx, writeDocumentDocx, writeEvidenceIndexDocx, writeReviewDocx } from '../../../../electron/backend/documents/docx/annex-docx.js';
import { ANNEX_PAGE, textWidth } from '../../../../electron/backend/documents/docx/common.js';
import { writeFeedbackLetterDocx, writeMemoDocx } from '../../../../electron/backend/documents/docx/memo-docx.js';
import { signatureLines as linesOf } from '../../../../common/documents/components/LetterParts.js';
import type { Signatory } from '../../../../common/documents/model.js';
import { sampleDocuments, sampleSelfAssessment } from '../../../support/sample-documents/sample-documents.js';

const samples = sampleDocuments();

function files(buf: Buffer): Record<string, string> {
  const unzipped = unzipSync(new Uint8Array(buf));
  return Object.fromEntries(Object.entries(unzipped).filter(([name]) => name.endsWith('.xml')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

interface Para {
  xml: string;
  text: string;
}

function paragraphs(document: string): Para[] {
  return [...document.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

const keeps = (p: Para): boolean => p.xml.includes('<w:keepNext/>') && p.xml.includes('<w:keepLines/>');

function signatureLines(s: Signatory): string[] {
  return linesOf(s).map((l) => l.text);
}

/** Every signature block of the letter: the paragraphs before it and its lines. */
function signatureBlocks(document: string, signatory: Signatory): Array<{ before: Para[]; lines: Para[]; after: Para | undefined }> {
  const all = paragraphs(document);
  const expected = signatureLines(signatory);
  const blocks: Array<{ before: Para[]; lines: Para[]; after: Para | undefined }> = [];
  all.forEach((p, i) => {
    if (p.text !== expected[0]) return;
    const lines = all.slice(i, i + expected.length);
    expect(lines.map((l) => l.text)).toEqual(expected);
    blocks.push({ before: all.slice(0, i).reverse(), lines, after: all[i + expected.length] });
  });
  return blocks;
}

describe('the signature block', () => {
  const cases: Array<[string, () => Promise<Buffer>, number]> = [
    // the letter's signature and the copy list's
    ['feedback letter', () => writeFeedbackLetterDocx(samples.feedbackLetter), 2],
    ['memo', () => writeMemoDocx(samples.memo), samples.memo.copyList ? 2 : 1],
  ];
  for (const [name, write, count] of cases) {
    it(`of the ${name} is kept on one page, with the last lines of the text above it`, async () => {
      const document = files(await write())['word/document.xml']!;
      const blocks = signatureBlocks(document, samples.memo.signatory);
      expect(blocks).toHaveLength(count);
      for (const { before, lines } of blocks) {
        // the space above it goes with it, so the block never starts a page alone after a break in it
        expect(before[0]!.text).toBe('');
        expect(keeps(before[0]!)).toBe(true);
        for (const line of lines.slice(0, -1)) expect(keeps(line), line.text).toBe(true);
        // the last text above the signature (the body's last paragraph, an enclosure, a copy-list entry) goes with it
        const lastText = before.find((p) => p.text !== '')!;
        expect(lastText.xml, lastText.text).toContain('<w:keepNext/>');
      }
      // the copy list's last two entries stay on its signature's page
      const copyBlock = blocks.at(-1)!;
      const entries = copyBlock.before.filter((p) => /^[০-৯]+।\t/.test(p.text)).slice(0, 2);
      for (const entry of entries) expect(entry.xml).toContain('<w:keepNext/>');
      // the copy list's signature ends the letter: nothing is chained to it
      expect(copyBlock.lines.at(-1)!.xml).not.toContain('<w:keepNext/>');
    });
  }

  it("of the memo (seed 001: the addressee after it) takes the addressee with it", async () => {
    const document = files(await writeMemoDocx(samples.memo))['word/document.xml']!;
    const [main] = signatureBlocks(document, samples.memo.signatory);
    expect(main!.lines.at(-1)!.xml).toContain('<w:keepNext/>');
  });
});

describe('the footer', () => {
  it('numbers the pages "পৃষ্ঠা N / M" with the PAGE and NUMPAGES fields in every document', async () => {
    for (const doc of samples.documents) {
      const parts = files(await writeDocumentDocx(doc));
      const footers = Object.keys(parts).filter((name) => /^word\/footer\d*\.xml$/.test(name));
      expect(footers.length, doc.kind).toBeGreaterThan(0);
      for (const name of footers) {
        const xml = parts[name]!;
        const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:instrText(?: [^>]*)?>([^<]*)<\/w:instrText>/g)].map((m) =>
          m[1] !== undefined ? m[1] : `{${m[2]!.trim()}}`,
        );
        expect(texts.join('')).toBe('পৃষ্ঠা {PAGE} / {NUMPAGES}');
        expect(xml.match(/<w:fldChar w:fldCharType="begin"\/>/g)).toHaveLength(2);
        expect(xml.match(/<w:fldChar w:fldCharType="end"\/>/g)).toHaveLength(2);
      }
    }
  });
});

describe('the annex tables', () => {
  const docs: Array<[string, () => Promise<Buffer>]> = [
    ['self-assessment with scores', () => writeAnnexDocx(sampleSelfAssessment(true))],
    ['self-assessment', () => writeAnnexDocx(samples.selfAssessment)],
    ['review report', () => writeReviewDocx(samples.reviewReport)],
    ['evidence index', () => writeEvidenceIndexDocx(samples.evidenceIndex)],
  ];
  for (const [name, write] of docs) {
    it(`of the ${name} stand within the landscape page with the PDF's cell margins`, async () => {
      const document = files(await write())['word/document.xml']!;
      expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
      const pgMar = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
      const margin = (side: string): number => Number(new RegExp(`w:${side}="(\\d+)"`).exec(pgMar)![1]);
      const pageText = 16838 - margin('left') - margin('right');
      expect(pageText).toBe(textWidth(ANNEX_PAGE));
      const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(grid.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(pageText);
        expect(Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(table)![1])).toBeLessThanOrEqual(pageText);
        // the cells' margins, set once for the table
        const margins = [...table.matchAll(/<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/g)].map((m) => m[1]!);
        expect(margins.length).toBe(1);
        for (const m of margins) {
          // the PDF's 0.8 mm
          expect(m).toContain('<w:left w:type="dxa" w:w="45"/>');
          expect(m).toContain('<w:right w:type="dxa" w:w="45"/>');
        }
      }
    });
  }

  it('give a date its line: the cells of ১৬/০৫/২০২৪ hold its 845 twips (5.634 em at 7.5 pt) within their margins', async () => {
    const margin = 45;
    const document = files(await writeAnnexDocx(sampleSelfAssessment(true)))['word/document.xml']!;
    const cells = [...document.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]!).filter((c) => c.includes('>১৬/০৫/২০২৪<'));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell)![1]);
      expect(width - 2 * margin).toBeGreaterThanOrEqual(845);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { alignContent, alignTextClusters, type FontInfo } from '../../../../electron/backend/documents/pdf/align-text.js';
import { parsePdf, writePdf } from '../../../../electron/backend/documents/pdf/pdf-file.js';

// A font where glyph 1 is a base (advance 500), glyph 2 a zero-width mark, glyph 0 .notdef (600).
const font: FontInfo = {
  width: (cid) => ({ 0: 600, 1: 500, 2: 0 })[cid] ?? 1000,
  toUnicode: new Map([
    [1, 'ক'],
    [2, 'ু'],
  ]),
};
const fonts = new Map([['F1', font]]);
const SENTINEL = /3 Tr <0000> Tj 0 Tr/g;

/** The stream without what the rewrite added, to check nothing of the original moved or changed. */
function withoutInsertions(text: string): string {
  return text
    .replace(/\n(\/F1 [\d.]+ Tf )?-?[\d.]+ -?[\d.]+ Td 3 Tr <0000> Tj 0 Tr -?[\d.]+ -?[\d.]+ Td( \/F1 [\d.]+ Tf)?\n/g, '')
    .replace(/\n\/Span <<\/ActualText <[0-9A-F]+>>> BDC/g, '')
    .replace(/EMC\n/g, (m, offset, all: string) => (all.slice(0, offset).endsWith('Tj') ? '' : m));
}

describe('alignContent', () => {
  it('puts glyph-0 sentinels at the start and end of a span whose glyphs leave the baseline', () => {
    const stream = 'BT\n/F1 10 Tf\n1 0 0 -1 100 200 Tm\n<0001> Tj\n/Span<</ActualText <FEFF0995098109C1> >> BDC\n5 0 Td <0001> Tj\n1 2 Td <0002> Tj\nEMC\n5 -2 Td <0001> Tj\nET';
    const out = alignContent(stream, fonts)!;
    expect(out.match(SENTINEL)).toHaveLength(2);
    // start: the span begins at the pen (x 105) on the baseline (y 200): from the line at (105, 200) no move
    expect(out).toContain('\n0 0 Td 3 Tr <0000> Tj 0 Tr 0 0 Td\n <0001> Tj');
    // end: the cluster ends where the next one starts (x 111); glyph 0 (6 wide) goes at 105 on the
    // baseline, from the line at (106, 198): Td (-1, -2), y flipped by the text matrix
    expect(out).toContain('\n-1 -2 Td 3 Tr <0000> Tj 0 Tr 1 2 Td\n\nEMC');
    expect(withoutInsertions(out)).toBe(stream);
  });

  it('gives a lone mark drawn off the baseline a span of its own, sharing its base\u2019s width', () => {
    const stream = 'BT\n/F1 10 Tf\n1 0 0 -1 100 200 Tm\n<0001> Tj\n1 2 Td <0002> Tj\n4 -2 Td <0001> Tj\nET';
    const out = alignContent(stream, fonts)!;
    expect(out).toContain('/Span <</ActualText <FEFF09C1>>> BDC');
    expect(out.match(SENTINEL)).toHaveLength(4); // the base now ends half way, the mark takes the rest
    expect(withoutInsertions(out)).toBe(stream);
  });

  it('leaves tidy text alone and refuses operators it does not model', () => {
    expect(alignContent('BT\n/F1 10 Tf\n1 0 0 -1 100 200 Tm\n<0001> Tj\n5 0 Td <0001> Tj\nET', fonts)).toBeNull();
    expect(alignContent('BT\n/F1 10 Tf\n[<0001> 5 <0002>] TJ\nET', fonts)).toBeNull();
    expect(alignContent('BT\n/F1 10 Tf\n2 Tr\n<0001> Tj\nET', fonts)).toBeNull();
  });

  it('does not add a sentinel where the next glyph is drawn at the running text position', () => {
    // after the span a glyph follows without a Td: moving the text matrix would move that glyph
    const stream = 'BT\n/F1 10 Tf\n1 0 0 -1 100 200 Tm\n/Span<</ActualText <FEFF09950981> >> BDC\n<0001> Tj\n1 2 Td <0002> Tj\nEMC\n<0001> Tj\nET';
    expect(alignContent(stream, fonts)).toBeNull();
  });
});

describe('alignTextClusters', () => {
  it('returns anything that is not a PDF it understands unchanged', () => {
    const junk = Buffer.from('not a pdf');
    expect(alignTextClusters(junk)).toBe(junk);
    const xrefStream = Buffer.from('%PDF-1.7\n1 0 obj\n<</Type /Catalog>>\nendobj\nstartxref\n0\n%%EOF\n');
    expect(alignTextClusters(xrefStream)).toBe(xrefStream);
  });

  it('round-trips a PDF file through the parser and writer', () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages /Count 0 /Kids []>>\nendobj\n3 0 obj\n<</Length 5>> stream\nhello\nendstream\nendobj\nxref\n0 4\n0000000000 65535 f \ntrailer\n<</Size 4 /Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
      'latin1',
    );
    const parsed = parsePdf(pdf)!;
    expect([...parsed.objects.keys()]).toEqual([1, 2, 3]);
    expect(parsed.objects.get(3)!.stream!.toString()).toBe('hello');
    const written = writePdf(parsed);
    const again = parsePdf(written)!;
    expect(again.objects.get(3)!.stream!.toString()).toBe('hello');
    // the xref offsets point at the objects
    const text = written.toString('latin1');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((o) => text.slice(o, o + 7))).toEqual(['1 0 obj', '2 0 obj', '3 0 obj']);
    expect(Number(/startxref\n(\d+)/.exec(text)![1])).toBe(text.indexOf('xref\n0 4'));
  });
});

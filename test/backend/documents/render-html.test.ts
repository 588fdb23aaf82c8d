import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { bundledFontDir, USER_FONT_FAMILY } from '../../../electron/backend/documents/fonts.js';
import { renderDocumentHtml } from '../../../electron/backend/documents/render-html.js';
import { sampleDocuments, sampleMemo } from '../../support/sample-documents/sample-documents.js';

const samples = sampleDocuments();

describe('renderDocumentHtml', () => {
  const memoHtml = renderDocumentHtml({ kind: 'memo', model: samples.memo });
  const bodyOf = (html: string): string => html.slice(html.indexOf('<body>'));

  it('is a complete page that embeds the bundled font and loads nothing', () => {
    expect(memoHtml.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(memoHtml).toContain('<html lang="bn">');
    const faces = [...memoHtml.matchAll(/@font-face \{ font-family: 'Noto Sans Bengali'; font-style: normal; font-weight: (\d+);/g)].map((m) => m[1]);
    expect(faces.sort()).toEqual(['400', '400', '700', '700']);
    expect(memoHtml.match(/url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/g)).toHaveLength(4);
    // every url() is a data: URL, and nothing refers to the network
    expect([...memoHtml.matchAll(/url\((?!data:)/g)]).toHaveLength(0);
    expect(memoHtml).not.toMatch(/https?:\/\//);
  });

  it('carries the print rules: named A4 pages, repeated table headers, Bengali page numbers', () => {
    expect(memoHtml).toMatch(/@page letter \{\s*size: A4 portrait;/);
    expect(memoHtml).toMatch(/@page annex \{\s*size: A4 landscape;/);
    expect(memoHtml).toContain('thead { display: table-header-group; }');
    expect(memoHtml).toMatch(/@bottom-center \{\s*content: "পৃষ্ঠা " counter\(page, bengali\)/);
  });

  it('lays the memo out as seed 001: addressee after the signature', () => {
    const order = [
      'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'স্মারক নম্বর: ৩৮.০০.০০০০.০০৭.১৬.০০২.২৩-১২', '১৪ মাঘ ১৪৩০ বঙ্গাব্দ', '২৮/০১/২০২৪ খ্রিস্টাব্দ', 'বিষয়:', 'সূত্র:',
      'উপর্যুক্ত বিষয়', 'সংযুক্তি:', '<span class="n">১।</span><span>প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়ের অর্ধবার্ষিক', '(মোঃ সিরাজুল ইসলাম)',
      'সিস্টেম এনালিস্ট (আইসিটি সেল)', 'সচিব, সমন্বয় ও সংস্কার', 'দৃষ্টি আকর্ষণ: উপসচিব', 'অনুলিপি: সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:',
      '<span class="n">৪।</span><span>অফিস কপি।',
    ];
    const body = bodyOf(memoHtml);
    const positions = order.map((s) => body.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(memoHtml).not.toContain('প্রতি,');
  });

  it('puts the addressee before the subject with প্রতি, as seed 003', () => {
    const html = renderDocumentHtml({ kind: 'memo', model: sampleMemo('before-subject') });
    expect(html.indexOf('প্রতি,')).toBeGreaterThan(0);
    expect(html.indexOf('সচিব, সমন্বয় ও সংস্কার')).toBeLessThan(html.indexOf('বিষয়:'));
    expect(html).toContain('(দৃষ্টি আকর্ষণ: উপসচিব');
  });

  it('prints a Gregorian-only date when asked', () => {
    const html = renderDocumentHtml({ kind: 'memo', model: { ...samples.memo, showBengaliDate: false } });
    expect(html).not.toContain('বঙ্গাব্দ');
    expect(html).toContain('২৮/০১/২০২৪ খ্রিস্টাব্দ');
  });

  it('escapes text', () => {
    const html = renderDocumentHtml({ kind: 'memo', model: { ...samples.memo, subject: '<script>alert(1)</script>' } });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('draws the annex with merged cells (a visual merge: the text in the first row, no lines below it) and a landscape page', () => {
    const html = bodyOf(renderDocumentHtml({ kind: 'self-assessment', model: samples.selfAssessment }));
    expect(html).toContain('class="doc doc-annex self-assessment"');
    // no rowspan in the body: Chromium cannot break a cell merged over rows at a page end
    expect(html.slice(html.indexOf('<tbody'))).not.toContain('rowspan');
    expect(html).toMatch(/<td class="merge-top">\[১\] ই-গভর্ন্যান্স/i);
    expect(html).toMatch(/<td class="merge-top">\[১\.৫\] স্মার্ট বাংলাদেশ/i);
    // area [১] spans six rows: its top part, four middle parts and its end
    expect(html.match(/<td class="merge-mid"><\/td>/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toMatch(/<thead>.*লক্ষ্যমাত্রা ২০২৩-২৪.*<\/thead>/s);
    // every page's part of the table ends with a line; the signature is the last row, kept with the last rows
    expect(html).toContain('<tfoot><tr class="table-end">');
    expect(html).toMatch(/<caption class="table-tail"><div class="annex-signature">.*\(মোঃ সিরাজুল ইসলাম\)/s);
    expect(html).toContain('<tbody class="tail">');
  });

  it('renders several documents into one page, each starting a page', () => {
    const html = renderDocumentHtml(samples.documents);
    expect(html.match(/class="doc doc-/g)).toHaveLength(5);
    expect(html).toContain('.doc + .doc { break-before: page; }');
  });

  it("embeds a user's font file first, the bundled font as fallback", () => {
    const fontFile = path.join(bundledFontDir(), 'noto-sans-bengali-bengali-400-normal.woff2');
    const html = renderDocumentHtml({ kind: 'memo', model: samples.memo }, { fontFile });
    expect(html).toContain(`@font-face { font-family: '${USER_FONT_FAMILY}'`);
    expect(html).toContain(`font-family: '${USER_FONT_FAMILY}', 'Noto Sans Bengali', sans-serif;`);
    expect(() => renderDocumentHtml({ kind: 'memo', model: samples.memo }, { fontFile: '/etc/hostname' })).toThrow(/not a font file/);
  });
});

// Every document printed to PDF by Debian's Chromium, checked with poppler as a reader would see it.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFontDir } from '../../../../electron/backend/documents/fonts.js';
import { bnCode, toBengaliDigits } from '../../../../common/documents/format.js';
import { isLandscape, type DocumentModel } from '../../../../common/documents/model.js';
import { createChromiumPrinter } from '../../../../electron/backend/documents/pdf/chromium-printer.js';
import type { PdfPrinter } from '../../../../electron/backend/documents/pdf/printer.js';
import { renderDocumentHtml } from '../../../../electron/backend/documents/render-html.js';
import { sampleDocuments, sampleLongPlan, sampleSelfAssessment } from '../../../support/sample-documents/sample-documents.js';
import { differingPixels, pdfFonts, pdfPages, pdfText, pdfTitle, renderPage, squash } from '../pdf-tools.js';

const samples = sampleDocuments();

/** This process's children (the browsers Playwright launched). */
function childProcesses(): number[] {
  const out = spawnSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).map(Number);
}
const longAnnex = sampleSelfAssessment(true, sampleLongPlan(60));

let printer: PdfPrinter;
const pdfs = new Map<string, Buffer>();

async function print(doc: DocumentModel, opts: { fontFile?: string } = {}): Promise<Buffer> {
  return printer.print(renderDocumentHtml(doc, opts), { landscape: isLandscape(doc) });
}

beforeAll(async () => {
  printer = await createChromiumPrinter();
  const jobs: Array<[string, DocumentModel]> = [
    ['memo', { kind: 'memo', model: samples.memo }],
    ['annex', { kind: 'self-assessment', model: samples.selfAssessment }],
    ['review', { kind: 'review-report', model: samples.reviewReport }],
    ['feedback', { kind: 'feedback-letter', model: samples.feedbackLetter }],
    ['evidence', { kind: 'evidence-index', model: samples.evidenceIndex }],
    ['long', { kind: 'self-assessment', model: longAnnex }],
  ];
  // in parallel: the printer queues them on its pages
  const printed = await Promise.all(jobs.map(async ([name, doc]) => [name, await print(doc)] as const));
  for (const [name, pdf] of printed) pdfs.set(name, pdf);
}, 300_000);

afterAll(async () => {
  await printer?.close();
});

const pdf = (name: string): Buffer => pdfs.get(name)!;

describe('the memo PDF', () => {
  it('gives back its key strings as the same Unicode (pdftotext -layout)', () => {
    const text = pdfText(pdf('memo'));
    for (const s of ['স্মারক নম্বর', 'বিষয়', 'অনুলিপি', 'সূত্র', 'সংযুক্তি', 'দৃষ্টি আকর্ষণ', 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়', 'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('৩৮.০০.০০০০.০০৭.১৬.০০২.২৩-১২');
    expect(text).toContain('১৪ মাঘ ১৪৩০ বঙ্গাব্দ');
    expect(text).toContain('২৮/০১/২০২৪ খ্রিস্টাব্দ');
    expect(text).toMatch(/৪।\s+অফিস কপি।/u);
  });

  it('extracts words with pre-base vowels, reph and conjuncts in logical order', () => {
    // a word split by the extractor would come back with a space or line break inside
    const text = ` ${squash(pdfText(pdf('memo')))} `;
    for (const w of ['বিভাগ', 'কর্মপরিকল্পনা', 'মন্ত্রিপরিষদ', 'মন্ত্রণালয়ের', 'প্রেরণ', 'নির্দেশিকা', 'স্ব-মূল্যায়ন', 'সংক্রান্ত', 'দপ্তর/সংস্থার', 'প্রতিবেদন', 'উপর্যুক্ত', 'খ্রিস্টাব্দ', 'সিস্টেম']) {
      expect(text).toMatch(new RegExp(`[ (]${w}[ ,।:)]`, 'u'));
    }
    // the visual order a pdfkit PDF would give
    expect(text).not.toContain('িবভাগ');
  });

  it('is portrait A4 with the Bengali font embedded and its subject as title', () => {
    const pages = pdfPages(pdf('memo'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) {
      expect(page.height).toBeGreaterThan(page.width);
      expect(Math.round(page.width)).toBe(595);
    }
    const fonts = pdfFonts(pdf('memo'));
    expect(fonts.some((f) => /NotoSansBengali-Regular$/.test(f.name))).toBe(true);
    expect(fonts.some((f) => /NotoSansBengali-Bold$/.test(f.name))).toBe(true);
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true);
    expect(pdfTitle(pdf('memo'))).toBe('স্মারক ৩৮.০০.০০০০.০০৭.১৬.০০২.২৩-১২');
  });

  it('numbers its pages in Bengali digits', () => {
    const count = pdfPages(pdf('memo')).length;
    for (let page = 1; page <= count; page += 1) {
      expect(pdfText(pdf('memo'), { first: page, last: page })).toContain(`পৃষ্ঠা ${toBengaliDigits(page)} / ${toBengaliDigits(count)}`);
    }
  });
});

describe('the self-assessment annex PDF', () => {
  it('holds every indicator code, the office and the values', () => {
    const text = pdfText(pdf('annex'));
    const codes = samples.selfAssessment.plan.indicators.map((i) => bnCode(i.code));
    expect(codes).toHaveLength(11);
    for (const code of codes) expect(text).toContain(code);
    for (const s of ['প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়', 'লক্ষ্যমাত্রা ২০২৩-২৪', 'কর্মসম্পাদন সূচক', 'অসাধারণ', '১৬/০৫/২০২৪', '৮৫%', '৭২%', 'সংযোজনী-৫', 'সংযুক্তি-১']) {
      expect(text).toContain(s);
    }
  });

  it('is landscape A4 with the font embedded', () => {
    for (const page of pdfPages(pdf('annex'))) {
      expect(page.width).toBeGreaterThan(page.height);
      expect(Math.round(page.height)).toBe(595);
    }
    expect(pdfFonts(pdf('annex')).every((f) => f.embedded)).toBe(true);
  });

  it('carries the table header and a Bengali page number on every page of a long annex, and its signature with the last rows', () => {
    const pages = pdfPages(pdf('long'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const codes = longAnnex.plan.indicators.map((i) => bnCode(i.code));
    const seen: string[] = [];
    const last = squash(pdfText(pdf('long'), { first: pages.length, last: pages.length }));
    expect(last).toContain(codes.at(-1)!);
    expect(last).toContain('(মোঃ সিরাজুল ইসলাম)');
    pages.forEach((_, i) => {
      const text = pdfText(pdf('long'), { first: i + 1, last: i + 1 });
      for (const s of ['ক্রম', 'কর্মসম্পাদন ক্ষেত্র', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'লক্ষ্যমাত্রা ২০২৩-২৪', 'অসাধারণ', 'চলতি মানের', 'প্রাপ্ত']) {
        expect(text, `page ${i + 1}`).toContain(s);
      }
      expect(text).toContain(`পৃষ্ঠা ${toBengaliDigits(i + 1)} / ${toBengaliDigits(pages.length)}`);
      seen.push(...codes.filter((code) => text.includes(code)));
    });
    // every indicator printed, on one page only: rows are never split
    expect([...seen].sort()).toEqual([...codes].sort());
  });
});

describe('the other documents', () => {
  it('prints the review of the offices', () => {
    const text = pdfText(pdf('review'));
    for (const s of ['প্রাথমিক শিক্ষা অধিদপ্তর', 'উপানুষ্ঠানিক শিক্ষা ব্যুরো', 'জাতীয় প্রাথমিক শিক্ষা', '২১.৭৫', '০৭/০১/২০২৪', 'প্রাপ্ত হয়নি', 'সমন্বিত চিত্র', 'সার্বিক পর্যবেক্ষণ', '৩৮.০০.০০০০.০০৭.১৬.০০২.২৩-০৯']) {
      expect(text).toContain(s);
    }
    expect(pdfPages(pdf('review'))[0]!.width).toBeGreaterThan(pdfPages(pdf('review'))[0]!.height);
  });

  it('prints the feedback letter with its findings numbered', () => {
    const text = squash(pdfText(pdf('feedback')));
    expect(text).not.toMatch(/(^| )[০-৯]+\. /u); // numbered ১। as every list of the package
    expect(text).toContain('প্রতি, মহাপরিচালক প্রাথমিক শিক্ষা অধিদপ্তর');
    expect(text).toContain('পর্যালোচনায় নিম্নোক্ত বিষয়সমূহ পরিলক্ষিত হয়েছে:');
    expect(text).toMatch(/১। \[১\.৪\.১\] ই-নথিতে/u);
    expect(text).toContain('১৫/০১/২০২৪ খ্রিস্টাব্দ');
    expect(pdfPages(pdf('feedback'))[0]!.height).toBeGreaterThan(pdfPages(pdf('feedback'))[0]!.width);
  });

  it('prints the evidence index with each file\'s description and place in the package, and no hash', () => {
    const text = squash(pdfText(pdf('evidence'))).replace(/ /g, '');
    for (const entry of samples.evidenceIndex.entries) {
      expect(text).toContain(entry.path.replace(/ /g, ''));
      expect(text).toContain(entry.description.replace(/ /g, ''));
    }
    expect(text).toContain('[১.৪.১]');
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });
});

describe('the Chromium printer', () => {
  it('blocks every request the page makes', async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head><body><p>সংযুক্তি</p><img src="http://127.0.0.1:${port}/logo.png"><iframe src="http://127.0.0.1:${port}/frame"></iframe></body></html>`;
      const out = await printer.print(html, { landscape: false });
      expect(out.subarray(0, 5).toString()).toBe('%PDF-');
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });

  it("prints with a user's font file", async () => {
    const fontFile = path.join(bundledFontDir(), 'noto-sans-bengali-bengali-700-normal.woff2');
    const out = await print({ kind: 'memo', model: samples.memo }, { fontFile });
    expect(pdfText(out)).toContain('স্মারক নম্বর');
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
  });

  it('aligns the text layer without changing a pixel', async () => {
    const raw = await createChromiumPrinter({ alignText: false, concurrency: 1 });
    try {
      const html = renderDocumentHtml({ kind: 'memo', model: samples.memo });
      const before = await raw.print(html, { landscape: false });
      const after = await printer.print(html, { landscape: false });
      expect(differingPixels(renderPage(before, 1, 100), renderPage(after, 1, 100))).toBe(0);
      // the words poppler would otherwise split where the font's marks leave the baseline
      const rawText = squash(pdfText(before));
      const text = squash(pdfText(after));
      const probe = ['মন্ত্রণালয়', 'নম্বর', 'কর্মপরিকল্পনা', 'সংক্রান্ত'];
      expect(probe.filter((w) => !text.includes(w))).toEqual([]);
      expect(probe.filter((w) => rawText.includes(w)).length).toBeLessThan(probe.length);
    } finally {
      await raw.close();
    }
  });

  it('refuses to print once closed', async () => {
    const other = await createChromiumPrinter({ concurrency: 1 });
    await other.close();
    await expect(other.print('<p>x</p>', { landscape: false })).rejects.toThrow(/closed/);
  });

  it('settles every waiting print when the browser goes away: none is left hanging', async () => {
    const other = await createChromiumPrinter({ concurrency: 1 });
    const html = renderDocumentHtml({ kind: 'memo', model: samples.memo });
    // One page: the first print takes it, the other two wait for it.
    const settled = Promise.allSettled([0, 1, 2].map(() => other.print(html, { landscape: false })));
    await other.close();
    expect((await settled).map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
  });

  it('a print waiting for a page that cannot be replaced fails with the reason', async () => {
    const before = childProcesses();
    const other = await createChromiumPrinter({ concurrency: 1 });
    const [browserProcess] = childProcesses().filter((pid) => !before.includes(pid));
    try {
      const html = renderDocumentHtml({ kind: 'memo', model: samples.memo });
      const settled = Promise.allSettled([other.print(html, { landscape: false }), other.print(html, { landscape: false })]);
      // The browser dies under the first print (not closed through the printer): its page breaks, and
      // the replacement page the second print waits for cannot be opened.
      expect(browserProcess).toBeGreaterThan(0);
      process.kill(browserProcess!, 'SIGKILL');
      expect((await settled).map((s) => s.status)).toEqual(['rejected', 'rejected']);
    } finally {
      await other.close().catch(() => undefined);
    }
  });
});

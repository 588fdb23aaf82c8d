// How whole the Bengali words of our PDFs come out of the text layer, with and without the text-layer
// alignment (documents/pdf/align-text.ts), in poppler (pdftotext: Evince, Okular, most Linux tools)
// and in pdf.js (Firefox's viewer, and our own PDF reader). Each sample document is printed both ways;
// a word counts when it comes out as a whole token (what a search or a copy finds), and, more
// leniently, when the text holds it once whitespace is ignored.
//   npx tsx scripts/measure-pdf-text.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createChromiumPrinter } from '../electron/backend/documents/pdf/chromium-printer.js';
import { renderDocumentHtml } from '../electron/backend/documents/render-html.js';
import type { DocumentModel } from '../common/documents/model.js';
import { openPdf } from '../electron/backend/pdf-tables/pdfjs.js';
import { sampleDocuments } from '../test/support/sample-documents/sample-documents.js';

const BENGALI_WORD = /[\u0980-\u09ff\u200c\u200d]+/gu;

/** The Bengali words a document shows (from its HTML, tags and styles removed), each once. */
function wordsOf(html: string): string[] {
  const text = html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  return [...new Set(text.match(BENGALI_WORD) ?? [])].filter((w) => w.length > 1);
}

const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, '');

function popplerText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'measure-')), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

async function pdfjsText(pdf: Buffer): Promise<string> {
  const doc = await openPdf(pdf);
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
  }
  await doc.destroy();
  return text;
}

/** [as whole tokens, with whitespace ignored] */
function share(words: string[], text: string): [number, number] {
  const tokens = new Set(text.normalize('NFC').match(BENGALI_WORD) ?? []);
  const flat = squash(text);
  const found = (test: (w: string) => boolean) => words.filter((w) => test(w.normalize('NFC'))).length / words.length;
  return [found((w) => tokens.has(w)), found((w) => flat.includes(w))];
}

async function main(): Promise<void> {
  const samples = sampleDocuments();
  const inputs: DocumentModel[] = [
    { kind: 'memo', model: samples.memo },
    { kind: 'self-assessment', model: samples.selfAssessment },
    { kind: 'review-report', model: samples.reviewReport },
    { kind: 'feedback-letter', model: samples.feedbackLetter },
  ];
  const aligned = await createChromiumPrinter({ concurrency: 1 });
  const raw = await createChromiumPrinter({ alignText: false, concurrency: 1 });
  const keys = ['popplerRaw', 'popplerAligned', 'pdfjsRaw', 'pdfjsAligned'] as const;
  const totals = Object.fromEntries(keys.map((k) => [k, [0, 0]])) as Record<(typeof keys)[number], [number, number]>;
  let allWords = 0;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (name: string, n: number, row: Record<(typeof keys)[number], [number, number]>) =>
    console.log(`${name.padEnd(16)} ${String(n).padStart(4)} words  whole tokens: poppler ${pct(row.popplerRaw[0])} → ${pct(row.popplerAligned[0])}, ` +
      `pdf.js ${pct(row.pdfjsRaw[0])} → ${pct(row.pdfjsAligned[0])}  |  whitespace ignored: poppler ${pct(row.popplerRaw[1])} → ${pct(row.popplerAligned[1])}, ` +
      `pdf.js ${pct(row.pdfjsRaw[1])} → ${pct(row.pdfjsAligned[1])}`);
  try {
    for (const input of inputs) {
      const html = renderDocumentHtml(input);
      const words = wordsOf(html);
      const landscape = input.kind !== 'memo' && input.kind !== 'feedback-letter';
      const [before, after] = [await raw.print(html, { landscape }), await aligned.print(html, { landscape })];
      const row = {
        popplerRaw: share(words, popplerText(before)), popplerAligned: share(words, popplerText(after)),
        pdfjsRaw: share(words, await pdfjsText(before)), pdfjsAligned: share(words, await pdfjsText(after)),
      };
      allWords += words.length;
      for (const key of keys) for (const i of [0, 1] as const) totals[key][i] += row[key][i] * words.length;
      line(input.kind, words.length, row);
    }
  } finally {
    await Promise.all([aligned.close(), raw.close()]);
  }
  for (const key of keys) for (const i of [0, 1] as const) totals[key][i] /= allWords;
  line('all', allWords, totals);
}

await main();

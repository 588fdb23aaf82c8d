// Times the printing of a review annex covering many offices (default 500): our path (React to HTML,
// Chromium print through the PdfPrinter, text-layer alignment) against Chromium printing the same
// HTML bare (setContent + page.pdf on a fresh page), plus the DOCX and XLSX of the same annex.
//   npx tsx scripts/bench-package-print.ts [offices] [rounds]
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeReviewDocx } from '../electron/backend/documents/docx/annex-docx.js';
import { CHROMIUM_ARGS, createChromiumPrinter, findChromium, pdfOptions } from '../electron/backend/documents/pdf/chromium-printer.js';
import { renderDocumentHtml } from '../electron/backend/documents/render-html.js';
import { sampleReviewReport } from '../test/support/sample-documents/sample-documents.js';
import { writeReviewXlsx } from '../electron/backend/documents/xlsx/xlsx-writer.js';

export interface PrintBench {
  offices: number;
  pages: number;
  htmlBytes: number;
  /** Medians over the rounds, in ms. */
  renderHtmlMs: number;
  printMs: number;
  /** Chromium alone on a page already open: setContent + page.pdf. */
  barePrintMs: number;
  /** The same on a new page each time, as a caller that opens one per document would. */
  bareFreshPageMs: number;
  docxMs: number;
  xlsxMs: number;
  /** (render + print) / bare print */
  ratio: number;
  pdf: Buffer;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

export async function benchPrint(offices = 500, rounds = 3): Promise<PrintBench> {
  const review = sampleReviewReport(offices);
  const doc = { kind: 'review-report' as const, model: review };
  const printer = await createChromiumPrinter({ concurrency: 1 });
  const bare = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const renderTimes: number[] = [];
  const printTimes: number[] = [];
  const bareTimes: number[] = [];
  const freshTimes: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  let html = '';
  try {
    // warm both browsers up (first page, font decoding) so the rounds compare steady states
    html = renderDocumentHtml(doc);
    await printer.print(html, { landscape: true });
    const warm = await bare.newPage();
    await warm.emulateMedia({ media: 'print' });
    await warm.setContent(html, { waitUntil: 'load' });
    await warm.pdf(pdfOptions(true));
    for (let round = 0; round < rounds; round += 1) {
      const [rendered, renderMs] = await time(() => renderDocumentHtml(doc));
      html = rendered;
      const [printed, printMs] = await time(() => printer.print(html, { landscape: true }));
      pdf = printed;
      const [, bareMs] = await time(async () => {
        await warm.setContent(html, { waitUntil: 'load' });
        await warm.pdf(pdfOptions(true));
      });
      const [, freshMs] = await time(async () => {
        const page = await bare.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.pdf(pdfOptions(true));
        await page.close();
      });
      renderTimes.push(renderMs);
      printTimes.push(printMs);
      bareTimes.push(bareMs);
      freshTimes.push(freshMs);
    }
  } finally {
    await printer.close();
    await bare.close();
  }
  const [, docxMs] = await time(() => writeReviewDocx(review));
  const [, xlsxMs] = await time(() => writeReviewXlsx(review));
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  const renderHtmlMs = median(renderTimes);
  const printMs = median(printTimes);
  const barePrintMs = median(bareTimes);
  const bareFreshPageMs = median(freshTimes);
  return { offices, pages, htmlBytes: html.length, renderHtmlMs, printMs, barePrintMs, bareFreshPageMs, docxMs, xlsxMs, ratio: (renderHtmlMs + printMs) / barePrintMs, pdf };
}

export function formatBench(b: PrintBench): string {
  const ms = (n: number): string => `${Math.round(n)} ms`;
  return [
    `review annex of ${b.offices} offices: ${b.pages} pages, HTML ${(b.htmlBytes / 1024).toFixed(0)} KiB`,
    `  render HTML      ${ms(b.renderHtmlMs)}`,
    `  print (ours)     ${ms(b.printMs)}   (page reuse, fonts.ready, text-layer alignment)`,
    `  print (bare)     ${ms(b.barePrintMs)}   (setContent + page.pdf on an open page)`,
    `  print (bare, new page) ${ms(b.bareFreshPageMs)}`,
    `  ratio            ${b.ratio.toFixed(2)}× (render + print) / bare`,
    `  DOCX             ${ms(b.docxMs)}`,
    `  XLSX             ${ms(b.xlsxMs)}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const offices = Number(process.argv[2] ?? 500);
  const rounds = Number(process.argv[3] ?? 3);
  benchPrint(offices, rounds).then(
    (b) => console.log(formatBench(b)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

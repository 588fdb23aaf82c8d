// The review annex of 500 offices printed through the PdfPrinter and bare (the same HTML, setContent
// and page.pdf): the figures are printed for the report; the test fails only on a wrong document.
import { describe, expect, it } from 'vitest';
import { benchPrint, formatBench } from '../../../scripts/bench-package-print.js';
import { toBengaliDigits } from '../../../common/documents/format.js';
import { pdfPages, pdfText } from './pdf-tools.js';

describe('printing a 500-office review annex', () => {
  it('prints every office on landscape pages with the header repeated, and reports the time', async () => {
    const bench = await benchPrint(500, 1);
    console.log(formatBench(bench));
    const pages = pdfPages(bench.pdf);
    expect(pages.length).toBe(bench.pages);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.every((p) => p.width > p.height)).toBe(true);
    const last = pdfText(bench.pdf, { first: pages.length, last: pages.length });
    expect(last).toContain(`পৃষ্ঠা ${toBengaliDigits(pages.length)} / ${toBengaliDigits(pages.length)}`);
    // the narrative's last paragraph and the signature close the annex
    expect(last).toContain('(মোঃ সিরাজুল ইসলাম)');
    // the page of the last office carries the table's header
    const lastRow = Array.from({ length: pages.length }, (_, i) => pdfText(bench.pdf, { first: i + 1, last: i + 1 })).find((t) => /\n\s*৫০০\s/u.test(t))!;
    expect(lastRow).toContain('দপ্তর/সংস্থা');
    expect(lastRow).toContain('প্রধান পর্যবেক্ষণ');
    // the 500th office (the sample cycles through three) closes the table
    expect(/\n\s*৫০০\s+উপানুষ্ঠানিক শিক্ষা ব্যুরো \(১৬৭\)/u.test(pdfText(bench.pdf))).toBe(true);
    expect(bench.printMs).toBeGreaterThan(0);
    expect(bench.barePrintMs).toBeGreaterThan(0);
  }, 600_000);
});

// How the HTML reaches the printer: served under its own URL with a Content-Security-Policy, to a
// page with JavaScript off, and large enough for a 2,000-office review annex (a data: URL stops at
// 2 MiB, about 780 offices).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBengaliDigits } from '../../../../common/documents/format.js';
import { createChromiumPrinter } from '../../../../electron/backend/documents/pdf/chromium-printer.js';
import { PRINT_CSP, PrintPages, withPrintPolicy } from '../../../../electron/backend/documents/pdf/print-pages.js';
import type { PdfPrinter } from '../../../../electron/backend/documents/pdf/printer.js';
import { renderDocumentHtml } from '../../../../electron/backend/documents/render-html.js';
import { sampleReviewReport } from '../../../support/sample-documents/sample-documents.js';
import { pdfPages, pdfText } from '../pdf-tools.js';

/** Chromium's limit on a URL's length (url/url_constants.h kMaxURLChars). */
const CHROMIUM_MAX_URL = 2 * 1024 * 1024;

let printer: PdfPrinter;
beforeAll(async () => {
  printer = await createChromiumPrinter({ concurrency: 1 });
}, 60_000);
afterAll(async () => {
  await printer?.close();
});

describe('the print page', () => {
  it('carries the policy as the first element of its head', () => {
    const html = '<!DOCTYPE html>\n<html lang="bn">\n<head>\n<meta charset="utf-8">\n<title>x</title></head><body>y</body></html>';
    const page = withPrintPolicy(html);
    expect(page).toContain(`<head>\n<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">\n<meta charset="utf-8">`);
    expect(PRINT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:");
    expect(withPrintPolicy('<p>no head</p>').startsWith('<meta http-equiv="Content-Security-Policy"')).toBe(true);
  });

  it('is served only while it prints, under a URL nobody can guess, and nothing else is', () => {
    const pages = new PrintPages('apa-print://document');
    const served = pages.open('<html><head></head><body>x</body></html>');
    expect(served.url).toMatch(/^apa-print:\/\/document\/[0-9a-f-]{36}\.html$/);
    const response = pages.respond(served.url)!;
    expect(response.body).toContain(PRINT_CSP);
    expect(response.headers['content-security-policy']).toBe(PRINT_CSP);
    expect(pages.allows(served.url)).toBe(true);
    expect(pages.allows('data:font/woff2;base64,AAAA')).toBe(true);
    expect(pages.respond('apa-print://document/other.html')).toBeNull();
    expect(pages.allows('https://example.com/x.css')).toBe(false);
    served.close();
    expect(pages.respond(served.url)).toBeNull();
    expect(pages.allows(served.url)).toBe(false);
  });
});

describe('printing', () => {
  it('runs no script of the document and applies its policy', async () => {
    // The script would replace the text; the data: stylesheet (not allowed by style-src) would hide it.
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="data:text/css,p%7Bdisplay:none%7D"></head>
      <body><p>সংযুক্তি রয়ে গেছে</p><script>document.body.textContent = 'SCRIPT RAN';</script></body></html>`;
    const text = pdfText(await printer.print(html, { landscape: false }));
    expect(text).toContain('সংযুক্তি রয়ে গেছে');
    expect(text).not.toContain('SCRIPT RAN');
  });

  it('prints a review annex of 2,000 offices, far past what a data: URL could carry', async () => {
    const html = renderDocumentHtml({ kind: 'review-report', model: sampleReviewReport(2000) });
    expect(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`.length).toBeGreaterThan(CHROMIUM_MAX_URL);
    const pdf = await printer.print(html, { landscape: true });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(80);
    const text = pdfText(pdf, { first: pages.length - 1, last: pages.length });
    // the sample cycles through three offices: the last row is the second one's 667th copy
    // (the serial column is narrower than "২০০০", which wraps there: a matter of the annex's layout)
    expect(text).toContain(`উপানুষ্ঠানিক শিক্ষা ব্যুরো (${toBengaliDigits(667)})`);
    expect(text).toContain(`পৃষ্ঠা ${toBengaliDigits(pages.length)} / ${toBengaliDigits(pages.length)}`);
  }, 600_000);
});

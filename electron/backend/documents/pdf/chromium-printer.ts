// A PdfPrinter on Debian's Chromium driven by playwright-core (never a downloaded browser). One browser
// serves every print; pages are reused (opening one costs more than printing a letter), at most
// `concurrency` at a time. JavaScript is off; each document is served to its page by a route of the
// context (print-pages.ts), and the page may load nothing else but data: URLs.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { alignTextClusters } from './align-text.js';
import { PrintPages } from './print-pages.js';
import type { PdfPrinter, PrintOptions } from './printer.js';

/** Where the documents are served in the browser context: answered by the route, never by a network. */
const PRINT_ORIGIN = 'http://apa-print.invalid';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error("Chromium not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH");
  return found;
}

export interface ChromiumPrinterOptions {
  executablePath?: string;
  /** Per print: loading the HTML, its fonts and printing (ms). */
  timeoutMs?: number;
  /** Pages printing at the same time (default 2). */
  concurrency?: number;
  /** Rewrite the PDF so poppler-based tools extract whole Bengali words (default true; see align-text.ts). */
  alignText?: boolean;
}

/** The PDF options every print uses: A4, backgrounds, the CSS @page size and margins win. */
export function pdfOptions(landscape: boolean): Parameters<Page['pdf']>[0] {
  return { format: 'A4', landscape, printBackground: true, preferCSSPageSize: true };
}

export async function createChromiumPrinter(options: ChromiumPrinterOptions = {}): Promise<PdfPrinter> {
  const browser: Browser = await chromium.launch({ executablePath: options.executablePath ?? findChromium(), args: CHROMIUM_ARGS });
  let context: BrowserContext;
  const pages = new PrintPages(PRINT_ORIGIN);
  try {
    // No script runs in a printed document; Playwright's own evaluation (the font wait) goes through the DevTools protocol.
    context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    // The documents are self-contained: anything else they try to fetch is a mistake or an attack.
    await context.route('**', (route) => {
      const url = route.request().url();
      const page = pages.respond(url);
      if (page) return route.fulfill({ status: 200, headers: page.headers, body: page.body });
      return url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
  const timeout = options.timeoutMs ?? 120_000;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const alignText = options.alignText ?? true;
  const idle: Page[] = [];
  const waiting: Array<(page: Page) => void> = [];
  let open = 0;
  let closed = false;

  const openPage = async (): Promise<Page> => {
    const fresh = await context.newPage();
    fresh.setDefaultTimeout(timeout);
    await fresh.emulateMedia({ media: 'print' });
    return fresh;
  };
  const acquire = async (): Promise<Page> => {
    const page = idle.pop();
    if (page) return page;
    if (open < concurrency) {
      open += 1;
      try {
        return await openPage();
      } catch (error) {
        open -= 1;
        throw error;
      }
    }
    return new Promise<Page>((resolve) => waiting.push(resolve));
  };
  // The first page is opened at once (its renderer takes most of a second to start): every printer prints,
  // and a caller that creates the printer early has it ready by the first print.
  try {
    idle.push(await openPage());
    open = 1;
  } catch (error) {
    await browser.close();
    throw error;
  }
  const release = (page: Page, broken: boolean): void => {
    if (broken) {
      open -= 1;
      void page.close().catch(() => undefined);
      const next = waiting.shift();
      if (next) void acquire().then(next);
      return;
    }
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };

  return {
    async print(html: string, opts: PrintOptions): Promise<Buffer> {
      if (closed) throw new Error('the PDF printer is closed');
      const page = await acquire();
      const served = pages.open(html);
      let broken = true;
      try {
        await page.goto(served.url, { waitUntil: 'load', timeout });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf(pdfOptions(opts.landscape));
        broken = false;
        return alignText ? alignTextClusters(pdf) : pdf;
      } finally {
        served.close();
        release(page, broken);
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await browser.close();
    },
  };
}

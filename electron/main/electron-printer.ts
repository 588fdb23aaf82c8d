// The PdfPrinter of the desktop app: Chromium's own printer (webContents.printToPDF) in a hidden,
// sandboxed window of a separate in-memory session, with JavaScript off. Each document is served by
// the session's own protocol handler under a random URL (never a data: URL, which Chromium caps at
// 2 MiB), with its Content-Security-Policy (print-pages.ts); the window may load that page and the
// data: fonts inside it, nothing else.
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter, PrintOptions } from '../backend/documents/pdf/printer.js';
import { alignTextClusters } from '../backend/documents/pdf/align-text.js';
import { PrintPages } from '../backend/documents/pdf/print-pages.js';
import { PRINT_ORIGIN, PRINT_SCHEME } from './app-url.js';

const PRINT_PARTITION = 'apa-desk-print';

/** Resolves once the page's fonts are loaded: asked through the DevTools protocol, as page scripts are off. */
async function fontsReady(window: BrowserWindow): Promise<void> {
  const cdp = window.webContents.debugger;
  if (!cdp.isAttached()) cdp.attach('1.3');
  await cdp.sendCommand('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true, returnByValue: true });
}

export async function createElectronPrinter(): Promise<PdfPrinter> {
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  const pages = new PrintPages(PRINT_ORIGIN);
  if (!printSession.protocol.isProtocolHandled(PRINT_SCHEME)) {
    printSession.protocol.handle(PRINT_SCHEME, (request) => {
      const page = pages.respond(request.url);
      return page ? new Response(page.body, { status: 200, headers: page.headers }) : new Response('not found', { status: 404 });
    });
  }
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !pages.allows(details.url) }));
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true,
      devTools: false, spellcheck: false, disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());

  let queue: Promise<unknown> = Promise.resolve();
  return {
    print(html: string, opts: PrintOptions): Promise<Buffer> {
      // One window prints one document at a time.
      const job = queue.then(async () => {
        const served = pages.open(html);
        try {
          await window.loadURL(served.url);
          await fontsReady(window);
          const pdf = await window.webContents.printToPDF({ pageSize: 'A4', landscape: opts.landscape, printBackground: true, preferCSSPageSize: true });
          // Same Skia PDF writer as headless Chromium: whole Bengali words for search and copy (see align-text.ts).
          return alignTextClusters(pdf);
        } finally {
          served.close();
        }
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close(): Promise<void> {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

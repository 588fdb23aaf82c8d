// The PdfPrinter of the desktop app: Chromium's own printer (webContents.printToPDF) in a hidden,
// sandboxed window of a separate in-memory session that may load only the document itself (data:).
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter, PrintOptions } from '../backend/documents/pdf/printer.js';
import { alignTextClusters } from '../backend/documents/pdf/align-text.js';

const PRINT_PARTITION = 'apa-desk-print';

export async function createElectronPrinter(): Promise<PdfPrinter> {
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true, devTools: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());

  let queue: Promise<unknown> = Promise.resolve();
  return {
    print(html: string, opts: PrintOptions): Promise<Buffer> {
      // One window prints one document at a time.
      const job = queue.then(async () => {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
        const pdf = await window.webContents.printToPDF({ pageSize: 'A4', landscape: opts.landscape, printBackground: true, preferCSSPageSize: true });
        // Same Skia PDF writer as headless Chromium: whole Bengali words for search and copy (see align-text.ts).
        return alignTextClusters(pdf);
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close(): Promise<void> {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

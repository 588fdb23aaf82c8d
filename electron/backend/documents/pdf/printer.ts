// What prints a document's HTML to PDF: Chromium through Playwright here (CLI, tests), Electron's
// webContents.printToPDF in the app. Both honour the CSS @page size, margins and margin boxes.
export interface PrintOptions {
  /** The page orientation when the CSS names none (the documents' CSS always does). */
  landscape: boolean;
}

export interface PdfPrinter {
  print(html: string, opts: PrintOptions): Promise<Buffer>;
  close(): Promise<void>;
}

// pdfjs-dist (the legacy build, for Node) set up to read untrusted files offline: its worker code runs
// in this thread from the installed package (no worker script is fetched from anywhere), the
// standard-font data and CMaps are read from the package's own folders, nothing is evaluated
// (isEvalSupported: false), no scripting, no XFA, no font is rendered.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Before pdfjs: see dom-stubs.ts and builtins-guard.ts.
import './dom-stubs.js';
import { restoreBuiltins } from './builtins-guard.js';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/** The engine's own built-ins that pdfjs's polyfills had replaced (put back). */
export const BUILTINS_RESTORED = restoreBuiltins();

export { OPS, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdfjs looks for an already loaded worker here before it would load one itself.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

let dataDirs: { standardFonts: string; cMaps: string } | null = null;

/** Where a packaged app ships pdfjs-dist's standard_fonts/ and cmaps/ (by default the installed package's). */
export function setPdfDataDir(dir: string | null): void {
  dataDirs = dir === null ? null : { standardFonts: path.join(dir, 'standard_fonts'), cMaps: path.join(dir, 'cmaps') };
}

function packageDirs(): { standardFonts: string; cMaps: string } {
  if (dataDirs) return dataDirs;
  // From the TypeScript sources this is an ES module; in the app's bundle (CommonJS) import.meta is empty.
  const here = import.meta.url ? fileURLToPath(import.meta.url) : __filename;
  const root = path.dirname(createRequire(here).resolve('pdfjs-dist/package.json'));
  dataDirs = { standardFonts: path.join(root, 'standard_fonts'), cMaps: path.join(root, 'cmaps') };
  return dataDirs;
}

/** Opens a PDF from its bytes (copied: pdfjs takes ownership of the buffer it is given). */
export function openPdf(bytes: Uint8Array): Promise<pdfjs.PDFDocumentProxy> {
  const dirs = packageDirs();
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    // Fonts are never drawn: with font faces "on" pdfjs skips compiling every glyph's outline, which it
    // does for drawing without them (Node has no FontFace, so nothing is registered either way).
    disableFontFace: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    // Images are not needed to read a table: a huge one is not decoded at all.
    maxImageSize: 4_000_000,
    verbosity: 0,
    standardFontDataUrl: `${dirs.standardFonts}${path.sep}`,
    cMapUrl: `${dirs.cMaps}${path.sep}`,
    cMapPacked: true,
  }).promise;
}

// Poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and pixelmatch around PDFs printed by the tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { compareWithReference, differingPixels, type ScreenshotResult } from '../../support/screenshots.js';

export { differingPixels };

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOT_DIR = path.join(here, '__screenshots__');

let tmpDir: string | null = null;

export function tmpFile(name: string): string {
  tmpDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'apa-documents-'));
  return path.join(tmpDir, name);
}

function withFile<T>(pdf: Buffer, fn: (file: string) => T): T {
  const file = tmpFile(`doc-${process.hrtime.bigint()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export function pdfText(pdf: Buffer, opts: { layout?: boolean; raw?: boolean; first?: number; last?: number } = {}): string {
  return withFile(pdf, (file) => {
    const args = [...(opts.layout === false ? [] : opts.raw ? ['-raw'] : ['-layout'])];
    if (opts.first !== undefined) args.push('-f', String(opts.first));
    if (opts.last !== undefined) args.push('-l', String(opts.last));
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  });
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

export function pdfFonts(pdf: Buffer): PdfFontRow[] {
  return withFile(pdf, (file) => {
    const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
    return lines.map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, ID
      const parts = line.trim().split(/\s+/);
      const n = parts.length;
      return { name: parts[0]!, type: parts.slice(1, n - 6).join(' '), embedded: parts[n - 5] === 'yes', unicode: parts[n - 3] === 'yes' };
    });
  });
}

export interface PdfPage {
  width: number;
  height: number;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  return withFile(pdf, (file) => {
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), file], { encoding: 'utf8' });
    return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  });
}

export function pdfTitle(pdf: Buffer): string {
  return withFile(pdf, (file) => /Title:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]?.trim() ?? '');
}

/** One page rendered to PNG by pdftoppm. */
export function renderPage(pdf: Buffer, page: number, dpi = 60): PNG {
  return withFile(pdf, (file) => {
    const out = tmpFile(`page-${process.hrtime.bigint()}`);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
    const png = PNG.sync.read(fs.readFileSync(`${out}.png`));
    fs.rmSync(`${out}.png`, { force: true });
    return png;
  });
}

/** The share of differing pixels between a page and its committed reference (null when there is none). */
export function referenceDifference(name: string, actual: PNG): number | null {
  const reference = path.join(SCREENSHOT_DIR, `${name}.png`);
  if (!fs.existsSync(reference)) return null;
  return differingPixels(PNG.sync.read(fs.readFileSync(reference)), actual) / (actual.width * actual.height);
}

/** Compares a page with its committed reference in __screenshots__ (see test/support/screenshots.ts). */
export function compareScreenshot(name: string, actual: PNG): ScreenshotResult {
  return compareWithReference(SCREENSHOT_DIR, name, actual);
}

/** Whitespace of any kind and length as one space: extraction may break lines anywhere. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

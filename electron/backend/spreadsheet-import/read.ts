// Bytes → Workbook: recognise the container, enforce the caps, let SheetJS parse (never evaluating
// formulas: the cached values are what the office saw), and turn every sheet into a Grid once.
import { createHash } from 'node:crypto';
import * as XLSX from '@e965/xlsx';
import { readerDiagnostic, type ReaderDiagnostic } from './diagnostics.js';
import { PlanReadError } from './errors.js';
import { buildGrid, CellCapExceeded, type CellBudget, type Grid } from './sheet-grid.js';
import { guardZip, isZip, type ZipEntry } from './zip-guard.js';
import { isWordPackage, readDocxGrid } from '../word-tables/read-docx.js';

/** docx and pdf: documents whose tables are rebuilt as grids (word-tables/, pdf-tables/). */
export type WorkbookFormat = 'xlsx' | 'ods' | 'xls' | 'csv' | 'html' | 'docx' | 'pdf';

export interface Workbook {
  fileName: string;
  format: WorkbookFormat;
  sha256: string;
  byteLength: number;
  /** Excel's 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  date1904: boolean;
  sheets: Grid[];
  /** Things worth telling about the file as a whole (e.g. cells dropped past the column cap). */
  warnings: ReaderDiagnostic[];
}

export interface ReadLimits {
  maxBytes: number;
  maxSheets: number;
  /** Rows per sheet. */
  maxRows: number;
  maxCols: number;
  /** Cells in the whole workbook, merge-filled positions included. */
  maxCells: number;
  /** What a ZIP container's parts may inflate to, all together (zip-guard.ts checks each part). */
  maxUncompressedBytes: number;
  maxZipEntries: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxSheets: 64,
  maxRows: 20_000,
  maxCols: 256,
  maxCells: 1_000_000,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxZipEntries: 10_000,
};

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = 1024 * 1024;

/** "%PDF-", anywhere in the first KB as the PDF specification allows (some writers put bytes before it). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-', 0, 'latin1');
}

/**
 * Any file the import takes: spreadsheets and Word documents (read at once), and PDF files, whose
 * reader (pdfjs) works asynchronously and is loaded only when a PDF comes.
 */
export async function readAnyWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_LIMITS, sha256?: string): Promise<Workbook> {
  if (bytes.length > 0 && bytes.length <= limits.maxBytes && isPdf(bytes)) {
    const { readPdfWorkbook } = await import('../pdf-tables/read-pdf.js');
    return readPdfWorkbook(bytes, fileName, limits, sha256 ?? createHash('sha256').update(bytes).digest('hex'));
  }
  return readWorkbook(bytes, fileName, limits, sha256);
}

/** `sha256`: the bytes' hash when the caller has it already (the import hashes every file it stages). */
export function readWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_LIMITS, sha256?: string): Workbook {
  if (bytes.length === 0) {
    throw new PlanReadError('empty-file', `${fileName}: the file is empty`, `${fileName}: ফাইলটি খালি`);
  }
  if (bytes.length > limits.maxBytes) {
    throw new PlanReadError(
      'file-too-large',
      `${fileName}: the file is ${(bytes.length / MB).toFixed(1)} MB, over the ${limits.maxBytes / MB} MB limit`,
      `${fileName}: ফাইলটি ${limits.maxBytes / MB} MB-এর চেয়ে বড়`,
    );
  }

  if (isPdf(bytes)) {
    throw new PlanReadError('not-spreadsheet', `${fileName}: a PDF is read by readAnyWorkbook`, `${fileName}: PDF ফাইল এভাবে পড়া যায় না`);
  }
  const { input, format, ignored } = prepareInput(bytes, fileName, limits);
  if (format === 'docx') return wordWorkbook(bytes, fileName, limits, ignored, sha256);
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(input.data, {
      type: input.type,
      cellDates: false,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      sheetStubs: false,
      dense: true,
      // CSV: keep every value as text; Bengali digits, dates and "85%" are read by our own rules.
      raw: format === 'csv',
      sheetRows: limits.maxRows + 1,
    });
  } catch (error) {
    throw libraryError(fileName, error);
  }

  const names = Array.isArray(book.SheetNames) ? book.SheetNames : [];
  if (names.length > limits.maxSheets) throw tooManySheets(fileName, names.length, limits);

  const budget: CellBudget = { used: 0, droppedColumns: 0 };
  const sheetProps = book.Workbook?.Sheets ?? [];
  const sheets: Grid[] = [];
  try {
    names.forEach((name, i) => {
      const ws = book.Sheets[name];
      if (!ws) return;
      const grid = buildGrid(name, ws, limits, budget, (sheetProps[i]?.Hidden ?? 0) !== 0);
      if (grid.rowCount > limits.maxRows) {
        throw new PlanReadError(
          'too-many-rows',
          `${fileName}: sheet "${name}" has more than ${limits.maxRows} rows`,
          `${fileName}: "${name}" শিটে ${limits.maxRows}-এর বেশি সারি`,
          { sheet: name },
        );
      }
      sheets.push(grid);
    });
  } catch (error) {
    if (error instanceof CellCapExceeded) throw tooManyCells(fileName, limits);
    throw error;
  }

  const warnings: ReaderDiagnostic[] = [...ignoredPartWarnings(ignored), ...droppedColumnsWarning(budget, limits)];

  return {
    fileName,
    format,
    sha256: sha256 ?? createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
    date1904: Boolean(book.Workbook?.WBProps?.date1904),
    sheets,
    warnings,
  };
}

function wordWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits, ignored: IgnoredParts, sha256: string | undefined): Workbook {
  const budget: CellBudget = { used: 0, droppedColumns: 0 };
  let grid: Grid;
  try {
    grid = readDocxGrid(bytes, fileName, limits, budget);
  } catch (error) {
    if (error instanceof CellCapExceeded) throw tooManyCells(fileName, limits);
    throw error;
  }
  return {
    fileName,
    format: 'docx',
    sha256: sha256 ?? createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
    date1904: false,
    sheets: [grid],
    warnings: [...ignoredPartWarnings(ignored), ...droppedColumnsWarning(budget, limits)],
  };
}

function tooManyCells(fileName: string, limits: ReadLimits): PlanReadError {
  return new PlanReadError(
    'too-many-cells',
    `${fileName}: the workbook has more than ${limits.maxCells} cells`,
    `${fileName}: ওয়ার্কবুকে ${limits.maxCells}-এর বেশি ঘর`,
  );
}

export function droppedColumnsWarning(budget: CellBudget, limits: ReadLimits): ReaderDiagnostic[] {
  if (budget.droppedColumns === 0) return [];
  return [readerDiagnostic('warning', 'cells-ignored', { column: limits.maxCols, count: budget.droppedColumns })];
}

type PreparedInput = {
  input: { type: 'buffer'; data: Uint8Array } | { type: 'string'; data: string };
  format: WorkbookFormat;
  /** Parts of the file that are never run or followed (macros, links to other workbooks), to report. */
  ignored: IgnoredParts;
};

interface IgnoredParts {
  externalLinks: number;
  macros: boolean;
}

const NOTHING_IGNORED: IgnoredParts = { externalLinks: 0, macros: false };
/** Office Open XML keeps links to other workbooks as xl/externalLinks/externalLinkN.xml. */
const EXTERNAL_LINK_PART = /^xl\/externalLinks\/[^/]+\.xml$/i;
/** Macros: vbaProject.bin in .xlsm/.xlsb packages, Basic/ or Scripts/ in an OpenDocument file. */
const MACRO_PART = /(^|\/)vbaProject\.bin$|^(Basic|Scripts)\//i;
/** In a Word 97-2003 .doc (compound file), the main stream's directory entry name, as UTF-16LE. */
const WORD_97_STREAM = Buffer.from('WordDocument', 'utf16le');
/** In an .xls (compound file), the VBA storage's directory entry name, as UTF-16LE. */
const XLS_VBA_STORAGE = Buffer.from('_VBA_PROJECT_CUR', 'utf16le');

function ignoredInZip(entries: ZipEntry[]): IgnoredParts {
  return {
    externalLinks: entries.filter((e) => EXTERNAL_LINK_PART.test(e.name)).length,
    macros: entries.some((e) => MACRO_PART.test(e.name)),
  };
}

/** Reported, never acted on: formulas are read as cached values, so nothing in these parts runs. */
function ignoredPartWarnings(ignored: IgnoredParts): ReaderDiagnostic[] {
  const out: ReaderDiagnostic[] = [];
  if (ignored.externalLinks > 0) {
    out.push(readerDiagnostic('info', 'external-links-ignored', { count: ignored.externalLinks }));
  }
  if (ignored.macros) {
    out.push(readerDiagnostic('info', 'macros-ignored'));
  }
  return out;
}

function prepareInput(bytes: Uint8Array, fileName: string, limits: ReadLimits): PreparedInput {
  if (isZip(bytes)) {
    const entries = checkZip(bytes, fileName, limits);
    return { input: { type: 'buffer', data: bufferOf(bytes) }, format: zipFormat(entries), ignored: ignoredInZip(entries) };
  }
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    const data = bufferOf(bytes);
    // A compound file named .doc is Word's, whatever its streams: the office is asked for the .docx.
    if (/\.doc$/i.test(fileName) || Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(WORD_97_STREAM)) throw oldWordFile(fileName);
    const macros = Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(XLS_VBA_STORAGE);
    return { input: { type: 'buffer', data }, format: 'xls', ignored: { externalLinks: 0, macros } };
  }
  const text = decodeText(bytes);
  if (text === null) {
    throw new PlanReadError(
      'not-spreadsheet',
      `${fileName}: not a spreadsheet or document (expected .xlsx, .xls, .ods, .csv, .docx or .pdf)`,
      `${fileName}: এটি স্প্রেডশিট বা নথি নয় (.xlsx, .xls, .ods, .csv, .docx বা .pdf প্রয়োজন)`,
    );
  }
  // Excel saves "web page" and XML-2003 workbooks that are text starting with a tag; SheetJS reads both.
  const format: WorkbookFormat = /^\s*</.test(text.slice(0, 512)) ? 'html' : 'csv';
  return { input: { type: 'string', data: text }, format, ignored: NOTHING_IGNORED };
}

function bufferOf(bytes: Uint8Array): Uint8Array {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Word 97-2003: no well-kept JavaScript library reads its tables (word-extractor gives the text
 * only), so the office is asked for the .docx Word saves as readily.
 */
function oldWordFile(fileName: string): PlanReadError {
  return new PlanReadError(
    'old-word-format',
    `${fileName}: Word 97-2003 (.doc) files cannot be read; open it in Word, save it as a Word Document (.docx) and import that`,
    `${fileName}: পুরনো Word (.doc) ফাইল পড়া যায় না; Word-এ খুলে "Word Document (.docx)" হিসেবে সংরক্ষণ করে সেটি আনুন`,
  );
}

/** An OpenDocument package has content.xml at its root; a Word package word/document.xml; else Office Open XML (a workbook). */
function zipFormat(entries: ZipEntry[]): WorkbookFormat {
  if (isWordPackage(entries.map((e) => e.name))) return 'docx';
  return entries.some((e) => e.name === 'content.xml') && !entries.some((e) => e.name.startsWith('xl/')) ? 'ods' : 'xlsx';
}

/** The ZIP guard (sizes, local headers, a counted inflate of every part), then the worksheet count. */
function checkZip(bytes: Uint8Array, fileName: string, limits: ReadLimits): ZipEntry[] {
  const entries = guardZip(bytes, fileName, { maxEntries: limits.maxZipEntries, maxUncompressedBytes: limits.maxUncompressedBytes });
  const worksheets = entries.filter((e) => /^xl\/(work|chart)sheets\/[^/]+\.xml$/i.test(e.name)).length;
  if (worksheets > limits.maxSheets) throw tooManySheets(fileName, worksheets, limits);
  return entries;
}

/** Text files: UTF-8 (with or without BOM), UTF-16 with BOM, else a single-byte code page; null when binary. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Legacy exports (Bijoy text typed in a Latin code page) are still text.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n / 100;
}

function libraryError(fileName: string, error: unknown): PlanReadError {
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text)) {
    return new PlanReadError(
      'encrypted',
      `${fileName}: the workbook is password-protected; save it without a password and import again`,
      `${fileName}: ওয়ার্কবুকটি পাসওয়ার্ড দিয়ে সুরক্ষিত; পাসওয়ার্ড ছাড়া সংরক্ষণ করে আবার আনুন`,
      { cause: error },
    );
  }
  return corrupt(fileName, text, error);
}

function corrupt(fileName: string, detail: string, cause?: unknown): PlanReadError {
  return new PlanReadError(
    'corrupt',
    `${fileName}: the file is damaged or not a readable spreadsheet (${detail.slice(0, 120)})`,
    `${fileName}: ফাইলটি ক্ষতিগ্রস্ত বা পড়া যায় না`,
    cause === undefined ? {} : { cause },
  );
}

function tooManySheets(fileName: string, count: number, limits: ReadLimits): PlanReadError {
  return new PlanReadError(
    'too-many-sheets',
    `${fileName}: the workbook has ${count} sheets (limit ${limits.maxSheets})`,
    `${fileName}: ওয়ার্কবুকে ${limits.maxSheets}-এর বেশি শিট`,
  );
}

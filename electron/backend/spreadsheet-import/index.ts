// Spreadsheet import: an office's plan or progress report, however it is laid out, as an apa-plan/1
// document. readWorkbook → detectLayout → normalise. The import screen runs this in a reader worker
// (read-in-worker.ts), again for each edited layout from the staged bytes; the CLI's parse and score
// commands call it directly.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PlanDocument } from '../../../common/plan-document/schema.js';
import { PlanReadError } from './errors.js';
import { detectLayout, type Layout } from './header-detect.js';
import { normalise, type NormaliseOverrides } from './normalise.js';
import { DEFAULT_LIMITS, readAnyWorkbook, readWorkbook, type Workbook } from './read.js';

export { PlanReadError, isPlanReadError, type PlanReadErrorCode } from './errors.js';
export { readWorkbook, readAnyWorkbook, DEFAULT_LIMITS, type Workbook, type ReadLimits, type WorkbookFormat } from './read.js';
export { detectLayout, type Layout, type ColumnMapping } from './header-detect.js';
export { normalise, type NormaliseOverrides } from './normalise.js';
export { parseUnit } from './units.js';
export {
  COLUMN_ROLES,
  isColumnRole,
  levelOfRole,
  periodOfRole,
  targetRole,
  achievementRole,
  type ColumnRole,
  type ColumnRoleLabel,
} from './column-roles.js';
export { READER_DIAGNOSTIC_CODES, type ReaderDiagnostic } from './diagnostics.js';

export interface ParseOptions {
  /** Corrections from the preview: another sheet, re-mapped columns, other row bounds, office, year. */
  layout?: Partial<Layout>;
  overrides?: NormaliseOverrides;
}

export interface ParseResult {
  document: PlanDocument;
  layout: Layout;
  sheets: string[];
  /** The parsed workbook, to normalise again with an edited layout without reading the bytes again. */
  workbook: Workbook;
}

/** Read, detect and normalise one spreadsheet or Word file. Throws PlanReadError only, whatever the bytes are. */
export function parsePlanBytes(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): ParseResult {
  try {
    return parseWorkbook(readWorkbook(bytes, fileName), opts);
  } catch (error) {
    throw asReadError(error, fileName);
  }
}

/** parsePlanBytes for every format the import takes, PDF included (read asynchronously). */
export async function parsePlanSource(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ParseResult> {
  try {
    return parseWorkbook(await readAnyWorkbook(bytes, fileName), opts);
  } catch (error) {
    throw asReadError(error, fileName);
  }
}

function parseWorkbook(workbook: Workbook, opts: ParseOptions): ParseResult {
  const layout = resolveLayout(workbook, opts.layout);
  const document = normalise(workbook, layout, { ...opts.overrides });
  return { document, layout, sheets: workbook.sheets.map((s) => s.name), workbook };
}

/** A file that trips the reader up must still end in one clear message, not a crash of the import. */
function asReadError(error: unknown, fileName: string): PlanReadError {
  if (error instanceof PlanReadError) return error;
  return new PlanReadError(
    'corrupt',
    `${fileName}: the file could not be read (${error instanceof Error ? error.message : String(error)})`,
    `${fileName}: ফাইলটি পড়া যায়নি`,
    { cause: error },
  );
}

/** Detect, then lay the caller's corrections over it; a complete layout for a sheet with no table is used as given. */
function resolveLayout(wb: Workbook, given: Partial<Layout> | undefined): Layout {
  const sheet = given?.sheet;
  let detected: Layout;
  try {
    detected = detectLayout(wb, sheet !== undefined ? { sheet } : {});
  } catch (error) {
    if (given && isCompleteLayout(given)) return given;
    throw error;
  }
  return { ...detected, ...stripUndefined(given ?? {}) };
}

function isCompleteLayout(layout: Partial<Layout>): layout is Layout {
  return (
    typeof layout.sheet === 'string' &&
    Array.isArray(layout.columns) &&
    [layout.headerRowStart, layout.headerRowEnd, layout.dataRowStart, layout.dataRowEnd].every((n) => Number.isInteger(n)) &&
    layout.planType !== undefined &&
    layout.fiscalYear !== undefined &&
    layout.officeName !== undefined &&
    layout.periodHint !== undefined
  );
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Read a plan file from disk (the score command and the CLI). Throws PlanReadError. */
export async function parsePlanFile(filePath: string): Promise<PlanDocument> {
  const name = basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) {
      throw new PlanReadError('not-spreadsheet', `${name}: not a file`, `${name}: এটি কোনো ফাইল নয়`);
    }
    size = info.size;
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    throw new PlanReadError('file-missing', `${name}: no such file`, `${name}: ফাইলটি পাওয়া যায়নি`, { cause: error });
  }
  // Refuse an oversized file before reading it into memory.
  if (size > DEFAULT_LIMITS.maxBytes) {
    throw new PlanReadError(
      'file-too-large',
      `${name}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB limit`,
      `${name}: ফাইলটি ${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB-এর চেয়ে বড়`,
    );
  }
  const bytes = await readFile(filePath);
  return (await parsePlanSource(bytes, name)).document;
}

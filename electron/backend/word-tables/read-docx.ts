// A .docx file as the reader's grid: only word/document.xml is inflated (after the ZIP guard has
// looked at the sizes the container declares), its body read as blocks and laid out as one grid.
import { unzipSync } from 'fflate';
import { PlanReadError } from '../spreadsheet-import/errors.js';
import type { CellBudget, Grid, GridLimits } from '../spreadsheet-import/sheet-grid.js';
import { textGrid } from '../spreadsheet-import/text-grid.js';
import { BodyTooLarge, parseBodyBlocks } from './body-blocks.js';
import { layOutBlocks, wordPlace } from './word-grid.js';

/** The name of the one grid a Word document gives (the layout's "sheet"). */
export const WORD_SHEET = 'Word';
const DOCUMENT_PART = 'word/document.xml';
/** A plan document is a few hundred KB of XML; anything near this is not one. */
const MAX_DOCUMENT_XML = 64 * 1024 * 1024;

export function isWordPackage(entryNames: string[]): boolean {
  return entryNames.includes(DOCUMENT_PART);
}

export function readDocxGrid(bytes: Uint8Array, fileName: string, limits: GridLimits & { maxRows: number }, budget: CellBudget): Grid {
  const xml = documentXml(bytes, fileName);
  let layout;
  try {
    layout = layOutBlocks(parseBodyBlocks(xml, { maxTables: 2_000, maxItems: limits.maxCells }));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      throw new PlanReadError('too-many-cells', `${fileName}: the document has ${error.message}`, `${fileName}: নথিতে অস্বাভাবিক বেশি সারণি বা ঘর`);
    }
    throw new PlanReadError('corrupt', `${fileName}: the document's XML is damaged (${errorText(error)})`, `${fileName}: নথিটি ক্ষতিগ্রস্ত; পড়া যায়নি`, { cause: error });
  }
  if (layout.rowSources.length > limits.maxRows) {
    throw new PlanReadError('too-many-rows', `${fileName}: the document has more than ${limits.maxRows} rows of text and tables`, `${fileName}: নথিতে ${limits.maxRows}-এর বেশি সারি`);
  }
  const { rowSources } = layout;
  return textGrid(WORD_SHEET, layout.cells, limits, budget, (row, col) => {
    const source = rowSources[row];
    return source ? wordPlace(source, col) : null;
  });
}

function documentXml(bytes: Uint8Array, fileName: string): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT_PART && file.originalSize <= MAX_DOCUMENT_XML });
  } catch (error) {
    throw new PlanReadError('corrupt', `${fileName}: the .docx container is damaged (${errorText(error)})`, `${fileName}: ফাইলটি ক্ষতিগ্রস্ত; পড়া যায়নি`, { cause: error });
  }
  const part = files[DOCUMENT_PART];
  if (!part) {
    throw new PlanReadError('corrupt', `${fileName}: the .docx has no readable ${DOCUMENT_PART}`, `${fileName}: ফাইলটিতে Word নথির মূল অংশ নেই`);
  }
  if (part.length > MAX_DOCUMENT_XML) throw new PlanReadError('zip-bomb', `${fileName}: ${DOCUMENT_PART} inflates past its declared size; refused`, `${fileName}: ফাইলটির ভেতরের আকারের তথ্য সঠিক নয়; পড়া হয়নি`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(part);
  } catch (error) {
    throw new PlanReadError('corrupt', `${fileName}: ${DOCUMENT_PART} is not UTF-8 text`, `${fileName}: নথিটি ক্ষতিগ্রস্ত; পড়া যায়নি`, { cause: error });
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 120);
}

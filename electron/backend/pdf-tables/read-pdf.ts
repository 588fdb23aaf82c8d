// A PDF as the reader's Workbook: pdfjs gives each page's text with positions and its drawn lines, the
// tables are rebuilt from them (pdf-grid.ts), and the result is one grid for the same detection and
// normalising as a spreadsheet. A PDF with no text at all is a scan: refused with one clear message
// (no OCR is done). Scripts and attached files are never run or opened, only reported.
import { PlanReadError } from '../spreadsheet-import/errors.js';
import { droppedColumnsWarning, type ReadLimits, type Workbook } from '../spreadsheet-import/read.js';
import { readerDiagnostic, type ReaderDiagnostic } from '../spreadsheet-import/diagnostics.js';
import { CellCapExceeded, type CellBudget } from '../spreadsheet-import/sheet-grid.js';
import { textGrid } from '../spreadsheet-import/text-grid.js';
import { PdfObjects, StreamTooLarge, pageActualTexts } from './actual-text.js';
import { pageContent } from './page-content.js';
import { layOutPages, pdfPlace, type PdfPage } from './pdf-grid.js';
import { openPdf, type PDFDocumentProxy } from './pdfjs.js';

/** The name of the one grid a PDF gives (the layout's "sheet"). */
export const PDF_SHEET = 'PDF';
/** A plan or report is a few pages; a file of hundreds is not one, and reading it would take long. */
export const MAX_PDF_PAGES = 100;

export async function readPdfWorkbook(bytes: Uint8Array, fileName: string, limits: ReadLimits, sha256: string): Promise<Workbook> {
  let pdf: PDFDocumentProxy;
  try {
    pdf = await openPdf(bytes);
  } catch (error) {
    throw openError(fileName, error);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new PlanReadError(
        'too-many-pages',
        `${fileName}: the PDF has ${pdf.numPages} pages (limit ${MAX_PDF_PAGES}); a plan or report is a few pages`,
        `${fileName}: পিডিএফটিতে ${pdf.numPages}টি পৃষ্ঠা (সীমা ${MAX_PDF_PAGES}); কর্মপরিকল্পনা বা প্রতিবেদন কয়েক পৃষ্ঠার হয়`,
      );
    }
    const pages = await readPages(pdf, bytes);
    if (!pages.some((page) => page.runs.some((run) => run.text.trim() !== ''))) throw scanned(fileName);

    const layout = layOutPages(pages);
    if (layout.rowSources.length > limits.maxRows) {
      throw new PlanReadError('too-many-rows', `${fileName}: the PDF has more than ${limits.maxRows} rows of text and tables`, `${fileName}: পিডিএফে ${limits.maxRows}-এর বেশি সারি`);
    }
    const budget: CellBudget = { used: 0, droppedColumns: 0 };
    const { rowSources } = layout;
    let grid;
    try {
      grid = textGrid(PDF_SHEET, layout.cells, limits, budget, (row, col) => {
        const source = rowSources[row];
        return source ? pdfPlace(source, col) : null;
      });
    } catch (error) {
      if (error instanceof CellCapExceeded) {
        throw new PlanReadError('too-many-cells', `${fileName}: the PDF has more than ${limits.maxCells} cells`, `${fileName}: পিডিএফে ${limits.maxCells}-এর বেশি ঘর`);
      }
      throw error;
    }
    return {
      fileName,
      format: 'pdf',
      sha256,
      byteLength: bytes.length,
      date1904: false,
      sheets: [grid],
      warnings: [...(await ignoredParts(pdf)), ...droppedColumnsWarning(budget, limits)],
    };
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    if (error instanceof StreamTooLarge) {
      throw new PlanReadError('zip-bomb', `${fileName}: a page's content ${error.message}; refused`, `${fileName}: পিডিএফের একটি পৃষ্ঠার বিষয়বস্তু খুললে অস্বাভাবিক বড় হয়; পড়া হয়নি`);
    }
    throw new PlanReadError('corrupt', `${fileName}: the PDF is damaged (${errorText(error)})`, `${fileName}: পিডিএফটি ক্ষতিগ্রস্ত; পড়া যায়নি`, { cause: error });
  } finally {
    await pdf.destroy();
  }
}

async function readPages(pdf: PDFDocumentProxy, bytes: Uint8Array): Promise<PdfPage[]> {
  let objects: PdfObjects | null = null;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    objects ??= new PdfObjects(bytes);
    const actual = page.ref ? pageActualTexts(objects, page.ref.num) : null;
    const content = await pageContent(page, actual);
    pages.push({ number: n, ...content });
    page.cleanup();
  }
  return pages;
}

function scanned(fileName: string): PlanReadError {
  return new PlanReadError(
    'scanned-pdf',
    `${fileName}: the PDF is a scanned image with no text in it; APA Desk does not read text from images (no OCR). Ask the office for the Word or Excel file, or a PDF saved from it`,
    `${fileName}: পিডিএফটি স্ক্যান করা ছবি, এতে কোনো লেখা নেই; এপিএ ডেস্ক ছবি থেকে লেখা পড়ে না (OCR করা হয় না)। অফিসের কাছে Word বা Excel ফাইল, অথবা সেখান থেকে সংরক্ষিত পিডিএফ চেয়ে নিন`,
  );
}

function openError(fileName: string, error: unknown): PlanReadError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new PlanReadError(
      'encrypted',
      `${fileName}: the PDF is password-protected; save it without a password and import again`,
      `${fileName}: পিডিএফটি পাসওয়ার্ড দিয়ে সুরক্ষিত; পাসওয়ার্ড ছাড়া সংরক্ষণ করে আবার আনুন`,
      { cause: error },
    );
  }
  return new PlanReadError('corrupt', `${fileName}: the PDF is damaged or not a PDF (${errorText(error)})`, `${fileName}: পিডিএফটি ক্ষতিগ্রস্ত; পড়া যায়নি`, { cause: error });
}

/** Scripts and attached files are never run or opened; the office is told they were there. */
async function ignoredParts(pdf: PDFDocumentProxy): Promise<ReaderDiagnostic[]> {
  const out: ReaderDiagnostic[] = [];
  const [scripts, attachments] = await Promise.all([pdf.getJSActions().catch(() => null), pdf.getAttachments().catch(() => null)]);
  if (scripts && Object.keys(scripts).length > 0) {
    out.push(readerDiagnostic('info', 'scripts-ignored'));
  }
  if (attachments && Object.keys(attachments).length > 0) {
    const n = Object.keys(attachments).length;
    out.push(readerDiagnostic('info', 'attachments-ignored', { count: n }));
  }
  return out;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 120);
}

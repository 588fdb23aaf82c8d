// The files one document becomes in the package: always a PDF (printed by Chromium from the same
// HTML the preview shows, with the office's own document information) and an editable DOCX; the
// tables (annexes) also as XLSX.
import { writeDocumentDocx } from '../documents/docx/annex-docx.js';
import { isLandscape, type DocumentModel } from '../../../common/documents/model.js';
import { setPdfMetadata } from '../documents/pdf/pdf-metadata.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import { documentSubject, documentTitle, renderDocumentHtml } from '../documents/render-html.js';
import { writeAnnexXlsx, writeEvidenceIndexXlsx, writeReviewXlsx } from '../documents/xlsx/xlsx-writer.js';

export interface DocumentFile {
  extension: 'pdf' | 'docx' | 'xlsx';
  bytes: Buffer;
}

export interface DocumentFileOptions {
  /** The user's Bengali font file for the PDF, if set. */
  fontFile: string | null;
  /** The office the document comes from (the PDF's Author). */
  author: string;
}

/** What every PDF of the package says made it. */
export const CREATOR = 'APA Desk';

function xlsxOf(doc: DocumentModel): Promise<Buffer> | null {
  switch (doc.kind) {
    case 'self-assessment':
      return writeAnnexXlsx(doc.model);
    case 'review-report':
      return writeReviewXlsx(doc.model);
    case 'evidence-index':
      return writeEvidenceIndexXlsx(doc.model);
    default:
      return null;
  }
}

export async function documentFiles(doc: DocumentModel, printer: PdfPrinter, options: DocumentFileOptions): Promise<DocumentFile[]> {
  const printed = await printer.print(renderDocumentHtml(doc, { fontFile: options.fontFile }), { landscape: isLandscape(doc) });
  const pdf = setPdfMetadata(printed, { title: documentTitle(doc), author: options.author, subject: documentSubject(doc), creator: CREATOR });
  const files: DocumentFile[] = [
    { extension: 'pdf', bytes: pdf },
    { extension: 'docx', bytes: await writeDocumentDocx(doc) },
  ];
  const xlsx = xlsxOf(doc);
  if (xlsx) files.push({ extension: 'xlsx', bytes: await xlsx });
  return files;
}

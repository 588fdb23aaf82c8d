// The files one document becomes in the package: always a PDF (printed by Chromium from the same
// HTML the preview shows) and an editable DOCX; the tables (annexes) also as XLSX.
import { writeDocumentDocx } from '../documents/docx/annex-docx.js';
import { isLandscape, type DocumentModel } from '../../../common/documents/model.js';
import type { PdfPrinter } from '../documents/pdf/printer.js';
import { renderDocumentHtml } from '../documents/render-html.js';
import { writeAnnexXlsx, writeEvidenceIndexXlsx, writeReviewXlsx } from '../documents/xlsx/xlsx-writer.js';

export interface DocumentFile {
  extension: 'pdf' | 'docx' | 'xlsx';
  bytes: Buffer;
}

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

export async function documentFiles(doc: DocumentModel, printer: PdfPrinter, fontFile: string | null): Promise<DocumentFile[]> {
  const files: DocumentFile[] = [
    { extension: 'pdf', bytes: await printer.print(renderDocumentHtml(doc, { fontFile }), { landscape: isLandscape(doc) }) },
    { extension: 'docx', bytes: await writeDocumentDocx(doc) },
  ];
  const xlsx = xlsxOf(doc);
  if (xlsx) files.push({ extension: 'xlsx', bytes: await xlsx });
  return files;
}

// The documents of the submission package (issue 5): models, the React components that draw them
// (preview and PDF alike), the HTML page, the PDF printer, and the DOCX and XLSX writers.
// The renderer may import model.ts, styles.ts, format.ts, table.ts, tables/* and components/* directly:
// those modules use no Node API. Everything else here runs in Node only.
export * from '../../../common/documents/model.js';
export { documentCss, documentStyles, BUNDLED_FONT_FAMILY, DEFAULT_FONT_STACK } from '../../../common/documents/styles.js';
export { renderDocumentHtml, documentTitle, type RenderHtmlOptions } from './render-html.js';
export { bundledFontDir, bundledFontFaceCss, setBundledFontDir, userFontFaceCss, USER_FONT_FAMILY } from './fonts.js';
export * from '../../../common/documents/format.js';
export { placeCells, scaleWidths, type CellValue, type PlacedCell, type TableCell, type TableColumn, type TableSpec } from '../../../common/documents/table.js';
export { selfAssessmentTable, selfAssessmentColumns } from '../../../common/documents/tables/self-assessment-table.js';
export { reviewTable, reviewSummary, reviewSummaryTable, type ReviewSummary } from '../../../common/documents/tables/review-table.js';
export { evidenceTable, DEFAULT_EVIDENCE_TITLE } from '../../../common/documents/tables/evidence-table.js';

export { DocumentView } from '../../../common/documents/components/DocumentView.js';
export { Memo } from '../../../common/documents/components/Memo.js';
export { FeedbackLetter } from '../../../common/documents/components/FeedbackLetter.js';
export { SelfAssessmentAnnexTable } from '../../../common/documents/components/SelfAssessmentAnnexTable.js';
export { ReviewReportAnnexTable } from '../../../common/documents/components/ReviewReportAnnexTable.js';
export { EvidenceIndex } from '../../../common/documents/components/EvidenceIndex.js';
export { GridTable } from '../../../common/documents/components/GridTable.js';

export type { PdfPrinter, PrintOptions } from './pdf/printer.js';
export { createChromiumPrinter, findChromium, pdfOptions, CHROMIUM_ARGS, type ChromiumPrinterOptions } from './pdf/chromium-printer.js';
export { alignTextClusters } from './pdf/align-text.js';

export { writeMemoDocx, writeFeedbackLetterDocx } from './docx/memo-docx.js';
export { writeAnnexDocx, writeReviewDocx, writeEvidenceIndexDocx, writeDocumentDocx } from './docx/annex-docx.js';
export type { DocxOptions } from './docx/common.js';
export { writeAnnexXlsx, writeReviewXlsx, writeEvidenceIndexXlsx, type XlsxOptions } from './xlsx/xlsx-writer.js';

// The annex tables as editable DOCX on landscape A4: the same TableSpec the PDF is drawn from, so the
// cells, merges and texts are the same; header rows repeat on every page, rows never split.
import { AlignmentType, Paragraph } from 'docx';
import { bnFiscalYear, periodLabel, toBengaliDigits } from '../../../../common/documents/format.js';
import type { DocumentModel, EvidenceIndexModel, ReviewReportAnnex, SelfAssessmentAnnex } from '../../../../common/documents/model.js';
import { DEFAULT_EVIDENCE_TITLE, evidenceTable } from '../../../../common/documents/tables/evidence-table.js';
import { reviewSummaryTable, reviewTable } from '../../../../common/documents/tables/review-table.js';
import { selfAssessmentTable } from '../../../../common/documents/tables/self-assessment-table.js';
import { ANNEX_PAGE, centredLines, docxTable, packDocument, resolveFont, run, section, textWidth, type DocxOptions } from './common.js';
import { writeFeedbackLetterDocx, writeMemoDocx } from './memo-docx.js';

const POINTS = 7.5;

function heading(font: string, annexNumber: string | undefined, title: string[], meta: string | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (annexNumber) paragraphs.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(annexNumber, font, { bold: true, size: 10 })] }));
  paragraphs.push(...centredLines(title, font, { bold: true, size: 11 }));
  if (meta) paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(meta, font, { size: 9 })] }));
  return paragraphs;
}

function sectionTitle(font: string, text: string): Paragraph {
  return new Paragraph({ spacing: { before: 160, after: 80 }, children: [run(text, font, { bold: true, size: 9.5 })] });
}

export async function writeAnnexDocx(annex: SelfAssessmentAnnex, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  const meta = `${annex.officeName} — অর্থবছর ${bnFiscalYear(annex.fiscalYear)}, ${periodLabel(annex.period, annex.fiscalYear)}`;
  const children = [...heading(font, annex.annexNumber, annex.title, meta), docxTable(selfAssessmentTable(annex), textWidth(ANNEX_PAGE), font)];
  return packDocument(annex.title.join(' '), [section(ANNEX_PAGE, font, children)], font, POINTS);
}

export async function writeReviewDocx(review: ReviewReportAnnex, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  const width = textWidth(ANNEX_PAGE);
  const meta = `অর্থবছর ${bnFiscalYear(review.fiscalYear)}, ${periodLabel(review.period, review.fiscalYear)}`;
  const children = [
    ...heading(font, review.annexNumber, review.title, meta),
    sectionTitle(font, 'সমন্বিত চিত্র'),
    docxTable(reviewSummaryTable(review), width, font),
    sectionTitle(font, 'দপ্তর/সংস্থাভিত্তিক পর্যালোচনা'),
    docxTable(reviewTable(review), width, font),
    ...(review.narrative.length > 0 ? [sectionTitle(font, 'সার্বিক পর্যবেক্ষণ')] : []),
    ...review.narrative.map((text) => new Paragraph({ alignment: AlignmentType.BOTH, spacing: { after: 80 }, children: [run(text, font, { size: 9 })] })),
  ];
  return packDocument(review.title.join(' '), [section(ANNEX_PAGE, font, children)], font, POINTS);
}

export async function writeEvidenceIndexDocx(index: EvidenceIndexModel, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  const title = index.title ?? DEFAULT_EVIDENCE_TITLE;
  const children = [
    ...heading(font, index.annexNumber, title, `মোট ফাইল: ${toBengaliDigits(index.entries.length)}`),
    docxTable(evidenceTable(index), textWidth(ANNEX_PAGE), font),
  ];
  return packDocument(title.join(' '), [section(ANNEX_PAGE, font, children)], font, POINTS);
}

/** Any document of the package as DOCX. */
export function writeDocumentDocx(doc: DocumentModel, opts?: DocxOptions): Promise<Buffer> {
  switch (doc.kind) {
    case 'memo':
      return writeMemoDocx(doc.model, opts);
    case 'feedback-letter':
      return writeFeedbackLetterDocx(doc.model, opts);
    case 'self-assessment':
      return writeAnnexDocx(doc.model, opts);
    case 'review-report':
      return writeReviewDocx(doc.model, opts);
    case 'evidence-index':
      return writeEvidenceIndexDocx(doc.model, opts);
  }
}

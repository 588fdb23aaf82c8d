// The annex tables as editable DOCX on landscape A4: the same TableSpec the PDF is drawn from, so the
// cells, merges and texts are the same; header rows repeat on every page, rows never split; the heading
// (the memo's enclosure number, the APA annex number, the title) and the signature as in the PDF.
import { AlignmentType, FrameAnchorType, FrameWrap, HorizontalPositionAlign, LineRuleType, Paragraph, TextRun, VerticalPositionAlign, type FileChild } from 'docx';
import { enclosureLabel } from '../../../../common/documents/components/AnnexHeading.js';
import { signatureLines } from '../../../../common/documents/components/LetterParts.js';
import { bnDate } from '../../../../common/documents/format.js';
import type { AnnexSignature, DocumentModel, Enclosure, EvidenceIndexModel, ReviewReportAnnex, SelfAssessmentAnnex } from '../../../../common/documents/model.js';
import { evidenceMeta, evidenceTable, evidenceTitle } from '../../../../common/documents/tables/evidence-table.js';
import { REVIEW_SECTIONS, reviewMeta, reviewSummaryTable, reviewTable } from '../../../../common/documents/tables/review-table.js';
import { selfAssessmentMeta, selfAssessmentTable } from '../../../../common/documents/tables/self-assessment-table.js';
import { ANNEX_PAGE, LINE_FACTOR, centredLines, docxTable, exactLine, packDocument, resolveFont, run, runOptions, section, textWidth, type DocxOptions } from './common.js';
import { writeFeedbackLetterDocx, writeMemoDocx } from './memo-docx.js';

const POINTS = 7.5;
/** Twips of the frame of the enclosure label (সংযুক্তি-N and the memo number under it). */
const ENCLOSURE_LABEL_WIDTH = 3000;
/** The annex's signature block stands in the right part of the page. */
const SIGNATURE_INDENT = 0.62;

interface Heading {
  enclosure?: Enclosure | null;
  annexNumber?: string | undefined;
  title: string[];
  meta: string | null;
}

function heading(font: string, h: Heading): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (h.enclosure) {
    // beside the title at the top right, as the PDF floats it (a frame: the title's lines keep their place)
    const label = enclosureLabel(h.enclosure);
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: exactLine(10, LINE_FACTOR.annex),
        frame: {
          type: 'alignment', width: ENCLOSURE_LABEL_WIDTH, wrap: FrameWrap.AROUND, space: { horizontal: 120, vertical: 0 },
          anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
          alignment: { x: HorizontalPositionAlign.RIGHT, y: VerticalPositionAlign.TOP },
        },
        children: [run(label.label, font, { bold: true, size: 10 }), new TextRun({ ...runOptions(label.memo, font, { size: 7.5 }), break: 1 })],
      }),
    );
  }
  if (h.annexNumber) paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine(10.5, LINE_FACTOR.title), children: [run(h.annexNumber, font, { bold: true, size: 10.5 })] }));
  paragraphs.push(...centredLines(h.title, font, { bold: true, size: 11 }));
  if (h.meta) paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120, ...exactLine(9, LINE_FACTOR.annex) }, children: [run(h.meta, font, { size: 9 })] }));
  return paragraphs;
}

function sectionTitle(font: string, text: string): Paragraph {
  // the PDF's 4 mm above and 1.5 mm below a section's heading
  return new Paragraph({ spacing: { before: 227, after: 85, ...exactLine(9.5, LINE_FACTOR.annex) }, keepNext: true, children: [run(text, font, { bold: true, size: 9.5 })] });
}

/**
 * The signature under an annex: the date, then the signatory's lines, as one paragraph (lines broken
 * within it, so nothing can split it: LibreOffice split a chain of kept paragraphs), kept on one page with
 * what is above it.
 */
function signature(font: string, signed: AnnexSignature | null | undefined): Paragraph[] {
  if (!signed) return [];
  const indent = { left: Math.round(textWidth(ANNEX_PAGE) * SIGNATURE_INDENT) };
  const lines = [{ text: `তারিখ: ${bnDate(signed.date)}`, small: true }, ...signatureLines(signed.signatory)];
  return [
    // the PDF's 6 mm margin and 10 mm space above the signature
    new Paragraph({ spacing: { before: 0, after: 880, line: 20, lineRule: LineRuleType.EXACT }, keepNext: true, keepLines: true, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent,
      // the annex's line height, as the PDF's signature block under an annex has it
      spacing: exactLine(9.5, LINE_FACTOR.annex),
      keepLines: true,
      children: lines.map((line, i) => new TextRun({ ...runOptions(line.text, font, { size: line.small ? 8.5 : 9.5 }), ...(i > 0 ? { break: 1 } : {}) })),
    }),
  ];
}

async function annexDocument(font: string, title: string[], children: FileChild[]): Promise<Buffer> {
  return packDocument(title.join(' '), [section(ANNEX_PAGE, font, children)], font, POINTS, LINE_FACTOR.annex);
}

export async function writeAnnexDocx(annex: SelfAssessmentAnnex, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  return annexDocument(font, annex.title, [
    ...heading(font, { enclosure: annex.enclosure, annexNumber: annex.annexNumber, title: annex.title, meta: selfAssessmentMeta(annex) }),
    docxTable(selfAssessmentTable(annex), textWidth(ANNEX_PAGE)),
    ...signature(font, annex.signature),
  ]);
}

export async function writeReviewDocx(review: ReviewReportAnnex, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  const width = textWidth(ANNEX_PAGE);
  return annexDocument(font, review.title, [
    ...heading(font, { enclosure: review.enclosure, annexNumber: review.annexNumber, title: review.title, meta: reviewMeta(review) }),
    sectionTitle(font, REVIEW_SECTIONS.summary),
    docxTable(reviewSummaryTable(review), width),
    sectionTitle(font, REVIEW_SECTIONS.offices),
    docxTable(reviewTable(review), width),
    ...(review.narrative.length > 0 ? [sectionTitle(font, REVIEW_SECTIONS.narrative)] : []),
    // the narrative's last paragraph stays on the signature's page
    ...review.narrative.map((text, i) => new Paragraph({
      alignment: AlignmentType.BOTH, spacing: { after: 113, ...exactLine(9, LINE_FACTOR.annex) }, keepNext: i === review.narrative.length - 1, children: [run(text, font, { size: 9 })],
    })),
    ...signature(font, review.signature),
  ]);
}

export async function writeEvidenceIndexDocx(index: EvidenceIndexModel, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  const title = evidenceTitle(index);
  return annexDocument(font, title, [
    ...heading(font, { enclosure: index.enclosure, annexNumber: index.annexNumber, title, meta: evidenceMeta(index) }),
    docxTable(evidenceTable(index), textWidth(ANNEX_PAGE)),
    ...signature(font, index.signature),
  ]);
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

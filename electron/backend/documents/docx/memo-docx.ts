// The forwarding letter and the feedback letters as editable DOCX, laid out as the Memo component:
// letterhead, memo number left and date right (a right tab stop), subject, reference, body,
// attachments, signature, addressee, copy list.
import { AlignmentType, Paragraph, TabStopType, type ParagraphChild } from 'docx';
import { bnBengaliCalendarDate, bnDate, bnListNumber, toBengaliDigits } from '../../../../common/documents/format.js';
import type { CopyList, FeedbackLetterModel, MemoModel, Signatory } from '../../../../common/documents/model.js';
import { LETTER_PAGE, packDocument, resolveFont, run, section, textWidth, type DocxOptions, type RunStyle } from './common.js';

const POINTS = 11;
/** The signature block stands in the right half of the page. */
const SIGNATURE_INDENT = 0.52;
/** A paragraph on the same page as the next one, and not broken over two. */
const KEEP = { keepNext: true, keepLines: true } as const;

class LetterWriter {
  readonly paragraphs: Paragraph[] = [];
  readonly width = textWidth(LETTER_PAGE);

  constructor(readonly font: string) {}

  line(children: ParagraphChild[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): void {
    this.paragraphs.push(new Paragraph({ children, spacing: { after: 0 }, ...extra }));
  }

  text(text: string, style: RunStyle = {}): ParagraphChild {
    return run(text, this.font, style);
  }

  blank(points = 6, keep = false): void {
    this.paragraphs.push(new Paragraph({ spacing: { before: 0, after: points * 20 }, children: [], ...(keep ? KEEP : {}) }));
  }

  letterhead(memo: MemoModel): void {
    const { letterhead } = memo;
    if (letterhead.slogan) this.line([this.text(`“${letterhead.slogan}”`, { size: 10 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } });
    letterhead.lines.forEach((text, i) =>
      this.line([this.text(text, { size: i === 1 ? 12.5 : 11.5, bold: i === 1 })], { alignment: AlignmentType.CENTER }),
    );
    if (letterhead.website) this.line([this.text(letterhead.website, { size: 10, underline: true })], { alignment: AlignmentType.CENTER });
    this.blank(12);
  }

  memoLine(memoNumber: string, date: string, showBengaliDate: boolean): void {
    const tab = { tabStops: [{ type: TabStopType.RIGHT, position: this.width }] };
    const first = showBengaliDate ? `তারিখ: ${bnBengaliCalendarDate(date)} বঙ্গাব্দ` : `তারিখ: ${bnDate(date)} খ্রিস্টাব্দ`;
    this.line([this.text(`স্মারক নম্বর: ${toBengaliDigits(memoNumber)}`), this.text(`\t${first}`)], tab);
    if (showBengaliDate) this.line([this.text(`\t${bnDate(date)} খ্রিস্টাব্দ`)], tab);
    this.blank(10);
  }

  labelled(label: string, value: string, bold: boolean): void {
    this.line([this.text(`${label}: `, { bold }), this.text(value, { bold })], { indent: { left: 850, hanging: 850 }, spacing: { after: 100 } });
  }

  body(paragraphs: string[]): void {
    for (const text of paragraphs) {
      this.line([this.text(text)], { alignment: AlignmentType.BOTH, indent: { firstLine: 680 }, spacing: { after: 120 } });
    }
  }

  numbered(items: string[], indent = 0): void {
    items.forEach((item, i) => this.line([this.text(`${bnListNumber(i)}\t${item}`)], { indent: { left: indent + 450, hanging: 450 }, tabStops: [{ type: TabStopType.LEFT, position: indent + 450 }] }));
  }

  signature(signatory: Signatory): void {
    const indent = { left: Math.round(this.width * SIGNATURE_INDENT) };
    const lines: Array<[string, RunStyle]> = [
      [`(${signatory.name})`, {}],
      [signatory.designation, {}],
      ...(signatory.office ? [[signatory.office, {}] as [string, RunStyle]] : []),
      ...(signatory.phone ? [[`ফোন: ${toBengaliDigits(signatory.phone)}`, { size: 10 }] as [string, RunStyle]] : []),
      ...(signatory.email ? [[`ই-মেইল: ${signatory.email}`, { size: 10 }] as [string, RunStyle]] : []),
    ];
    // One block, never split over a page (as in the PDF): the space above it and each of its lines but
    // the last kept with the next paragraph, and none broken within.
    this.blank(36, true);
    lines.forEach(([text, style], i) =>
      this.line([this.text(text, style)], { alignment: AlignmentType.CENTER, indent, ...(i < lines.length - 1 ? KEEP : {}) }),
    );
    this.blank(12);
  }

  recipient(memo: MemoModel, before: boolean): void {
    if (before) this.line([this.text('প্রতি,')]);
    for (const text of memo.recipient) this.line([this.text(text)]);
    this.blank(6);
    if (memo.attention) {
      this.line([this.text(before ? `(দৃষ্টি আকর্ষণ: ${memo.attention})` : `দৃষ্টি আকর্ষণ: ${memo.attention}`)]);
      this.blank(8);
    }
  }

  copyList(copyList: CopyList, memo: MemoModel): void {
    this.blank(12);
    this.memoLine(copyList.memoNumber, copyList.date, memo.showBengaliDate);
    this.line([this.text(`অনুলিপি: ${copyList.intro}`)], { spacing: { after: 80 } });
    this.numbered(copyList.entries);
    this.signature(memo.signatory);
  }
}

function letterParagraphs(memo: MemoModel, font: string, insert?: (w: LetterWriter) => void): Paragraph[] {
  const w = new LetterWriter(font);
  const before = memo.recipientPosition === 'before-subject';
  w.letterhead(memo);
  w.memoLine(memo.memoNumber, memo.date, memo.showBengaliDate);
  if (before) w.recipient(memo, true);
  w.labelled('বিষয়', memo.subject, true);
  if (memo.reference) w.labelled('সূত্র', memo.reference, false);
  w.blank(4);
  w.body(memo.body);
  insert?.(w);
  if (memo.attachments) w.line([w.text(`সংযুক্তি: ${memo.attachments}`)], { spacing: { before: 120 } });
  w.signature(memo.signatory);
  if (!before) w.recipient(memo, false);
  if (memo.copyList) w.copyList(memo.copyList, memo);
  return w.paragraphs;
}

export async function writeMemoDocx(memo: MemoModel, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  return packDocument(memo.subject, [section(LETTER_PAGE, font, letterParagraphs(memo, font))], font, POINTS);
}

export async function writeFeedbackLetterDocx(letter: FeedbackLetterModel, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  const paragraphs = letterParagraphs(letter, font, (w) => {
    if (letter.findingsIntro) w.line([w.text(letter.findingsIntro)], { spacing: { after: 80 } });
    w.numbered(letter.findings, 680);
    w.blank(4);
    w.body(letter.closing ?? []);
  });
  return packDocument(`ফলাবর্তক: ${letter.officeName}`, [section(LETTER_PAGE, font, paragraphs)], font, POINTS);
}

// The forwarding letter and the feedback letters as editable DOCX, laid out as the Memo component:
// letterhead, memo number left and date right (a right tab stop), subject, reference, body,
// enclosures, signature, addressee, copy list. As in the PDF, a signature is never alone on a page:
// it is kept with the last lines above it (the body's last paragraph, the copy list's last entries),
// and the addressee under it with it.
import { AlignmentType, LineRuleType, Paragraph, TabStopType, type ParagraphChild } from 'docx';
import { signatureLines } from '../../../../common/documents/components/LetterParts.js';
import { bnBengaliCalendarDate, bnDate, bnListNumber, toBengaliDigits } from '../../../../common/documents/format.js';
import type { CopyList, FeedbackLetterModel, LetterBlock, MemoModel, Signatory } from '../../../../common/documents/model.js';
import { LETTER_PAGE, LINE_FACTOR, exactLine, packDocument, resolveFont, run, section, textWidth, type DocxOptions, type RunStyle } from './common.js';

const POINTS = 11;
/** The signature block stands in the right half of the page. */
const SIGNATURE_INDENT = 0.52;
/** A paragraph on the same page as the next one, and not broken over two. */
const KEEP = { keepNext: true, keepLines: true } as const;
/** Points of a millimetre: the PDF's CSS margins, in the DOCX's spacing. */
const mm = (millimetres: number): number => Math.round(millimetres * 2.835);
/** The copy list's last entries, kept on the signature's page. */
const KEPT_WITH_SIGNATURE = 2;

type ParagraphOptions = Partial<ConstructorParameters<typeof Paragraph>[0] & object>;

export class LetterWriter {
  readonly paragraphs: Paragraph[] = [];
  readonly width = textWidth(LETTER_PAGE);

  constructor(readonly font: string) {}

  line(children: ParagraphChild[], extra: ParagraphOptions = {}): void {
    this.paragraphs.push(new Paragraph({ children, spacing: { after: 0 }, ...extra }));
  }

  text(text: string, style: RunStyle = {}): ParagraphChild {
    return run(text, this.font, style);
  }

  /** Vertical space of `points`, as the PDF's CSS margins give it (a paragraph one point high, and the rest after it). */
  blank(points = 6, keep = false): void {
    this.paragraphs.push(new Paragraph({ spacing: { before: 0, after: Math.max(0, points - 1) * 20, line: 20, lineRule: LineRuleType.EXACT }, children: [], ...(keep ? KEEP : {}) }));
  }

  letterhead(memo: MemoModel): void {
    const { letterhead } = memo;
    if (letterhead.slogan) this.line([this.text(`“${letterhead.slogan}”`, { size: 10 })], { alignment: AlignmentType.CENTER, spacing: { after: 120, ...exactLine(10, LINE_FACTOR.letter) } });
    letterhead.lines.forEach((text, i) => {
      const size = i === 1 ? 12.5 : i === 0 ? 12 : 11.5;
      this.line([this.text(text, { size, bold: i === 1 })], { alignment: AlignmentType.CENTER, spacing: { after: 0, ...exactLine(size, LINE_FACTOR.letterhead) } });
    });
    if (letterhead.website) this.line([this.text(letterhead.website, { size: 10, underline: true })], { alignment: AlignmentType.CENTER, spacing: { after: 0, ...exactLine(10, LINE_FACTOR.letterhead) } });
    this.blank(mm(6) + mm(2));
  }

  memoLine(memoNumber: string, date: string, showBengaliDate: boolean, keep = false): void {
    const tab = { tabStops: [{ type: TabStopType.RIGHT, position: this.width }], ...(keep ? KEEP : {}) };
    const first = showBengaliDate ? `তারিখ: ${bnBengaliCalendarDate(date)} বঙ্গাব্দ` : `তারিখ: ${bnDate(date)} খ্রিস্টাব্দ`;
    this.line([this.text(`স্মারক নম্বর: ${toBengaliDigits(memoNumber)}`), this.text(`\t${first}`)], tab);
    if (showBengaliDate) this.line([this.text(`\t${bnDate(date)} খ্রিস্টাব্দ`)], tab);
    this.blank(mm(6), keep);
  }

  labelled(label: string, value: string, bold: boolean): void {
    this.line([this.text(`${label}: `, { bold }), this.text(value, { bold })], { indent: { left: 850, hanging: 850 }, spacing: { after: mm(label === 'সূত্র' ? 4 : 3) * 20 } });
  }

  paragraph(text: string, keep = false): void {
    this.line([this.text(text)], { alignment: AlignmentType.BOTH, indent: { firstLine: 680 }, spacing: { after: mm(3) * 20 }, widowControl: true, ...(keep ? { keepNext: true } : {}) });
  }

  /** `keepLast`: the last entry stays on the next paragraph's page; `keep`: every entry does. */
  numbered(items: string[], options: { indent?: number; start?: number; keep?: boolean; keepLast?: boolean } = {}): void {
    const indent = options.indent ?? 0;
    items.forEach((item, i) =>
      this.line([this.text(`${bnListNumber((options.start ?? 0) + i)}\t${item}`)], {
        indent: { left: indent + 450, hanging: 450 },
        tabStops: [{ type: TabStopType.LEFT, position: indent + 450 }],
        ...(options.keep || (options.keepLast && i === items.length - 1) ? KEEP : {}),
      }),
    );
  }

  /** A letter's text; its last paragraph (or list entry) kept on the signature's page. */
  blocks(blocks: LetterBlock[]): void {
    blocks.forEach((block, b) => {
      const last = b === blocks.length - 1;
      if (block.kind === 'paragraph') {
        this.paragraph(block.text, last);
        return;
      }
      if (block.intro) this.line([this.text(block.intro)], { indent: { firstLine: 680 }, spacing: { after: mm(1.5) * 20 }, keepNext: true });
      this.numbered(block.items, { indent: 680, keepLast: last });
      if (!last) this.blank(mm(3));
    });
  }

  /** The signature, kept on one page, with the space above it; `keepAfter` keeps its last line with what follows. */
  signature(signatory: Signatory, keepAfter = false): void {
    const indent = { left: Math.round(this.width * SIGNATURE_INDENT) };
    const lines = signatureLines(signatory);
    this.blank(mm(4) + mm(14), true);
    lines.forEach((line, i) =>
      this.line([this.text(line.text, line.small ? { size: 10 } : {})], {
        alignment: AlignmentType.CENTER, indent, spacing: { after: 0, ...exactLine(line.small ? 10 : POINTS, LINE_FACTOR.letter) }, ...(i < lines.length - 1 || keepAfter ? KEEP : {}),
      }),
    );
    this.blank(mm(6));
  }

  recipient(memo: MemoModel, before: boolean): void {
    if (before) this.line([this.text('প্রতি,')]);
    for (const text of memo.recipient) this.line([this.text(text)]);
    this.blank(mm(5));
    if (memo.attention) {
      this.line([this.text(before ? `(দৃষ্টি আকর্ষণ: ${memo.attention})` : `দৃষ্টি আকর্ষণ: ${memo.attention}`)]);
      this.blank(mm(5));
    }
  }

  attachments(memo: MemoModel): void {
    const enclosures = memo.enclosures ?? [];
    if (enclosures.length > 0) {
      this.line([this.text('সংযুক্তি:')], { spacing: { before: mm(3) * 20 }, ...KEEP });
      this.numbered(enclosures, { indent: 680, keep: true });
    } else if (memo.attachments) {
      this.line([this.text(`সংযুক্তি: ${memo.attachments}`)], { spacing: { before: mm(3) * 20 }, ...KEEP });
    }
  }

  copyList(copyList: CopyList, memo: MemoModel): void {
    this.blank(mm(8));
    this.memoLine(copyList.memoNumber, copyList.date, memo.showBengaliDate, true);
    this.line([this.text(`অনুলিপি: ${copyList.intro}`)], { spacing: { after: mm(2) * 20 }, ...KEEP });
    const split = Math.max(0, copyList.entries.length - KEPT_WITH_SIGNATURE);
    this.numbered(copyList.entries.slice(0, split));
    this.numbered(copyList.entries.slice(split), { start: split, keep: true });
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
  // the text's last paragraph stays on the signature's page
  memo.body.forEach((text, i) => w.paragraph(text, !insert && i === memo.body.length - 1));
  insert?.(w);
  w.attachments(memo);
  w.signature(memo.signatory, !before);
  if (!before) w.recipient(memo, false);
  if (memo.copyList) w.copyList(memo.copyList, memo);
  return w.paragraphs;
}

export async function writeMemoDocx(memo: MemoModel, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  return packDocument(memo.subject, [section(LETTER_PAGE, font, letterParagraphs(memo, font))], font, POINTS, LINE_FACTOR.letter);
}

export async function writeFeedbackLetterDocx(letter: FeedbackLetterModel, opts?: DocxOptions): Promise<Buffer> {
  const font = resolveFont(opts);
  const paragraphs = letterParagraphs(letter, font, (w) => w.blocks(letter.blocks));
  return packDocument(`ফলাবর্তক পত্র: ${letter.officeName}`, [section(LETTER_PAGE, font, paragraphs)], font, POINTS, LINE_FACTOR.letter);
}

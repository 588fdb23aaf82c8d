// The parts every letter shares (domain §6): letterhead, memo number and date, signature, copy list.
import { bnBengaliCalendarDate, bnDate, bnListNumber, toBengaliDigits } from '../format.js';
import type { CopyList, Letterhead as LetterheadModel, LetterBlock, Signatory } from '../model.js';

/** The entries of a list kept on one page with the signature under it (never a signature alone on a page). */
const KEPT_WITH_SIGNATURE = 2;

export function LetterheadBlock({ letterhead }: { letterhead: LetterheadModel }) {
  return (
    <>
      {letterhead.slogan ? <div className="slogan">“{letterhead.slogan}”</div> : null}
      <div className="letterhead">
        {letterhead.lines.map((line, i) => (
          <div className={`line line-${i}`} key={i}>
            {line}
          </div>
        ))}
        {letterhead.website ? <div className="website">{letterhead.website}</div> : null}
      </div>
    </>
  );
}

/** স্মারক নম্বর on the left, the date on the right (বঙ্গাব্দ above খ্রিস্টাব্দ when asked). */
export function MemoNumberLine({ memoNumber, date, showBengaliDate }: { memoNumber: string; date: string; showBengaliDate: boolean }) {
  return (
    <div className="memo-line">
      <div className="memo-number">স্মারক নম্বর: {toBengaliDigits(memoNumber)}</div>
      <div className="memo-date">
        <span>তারিখ:</span>
        {showBengaliDate ? (
          <span className="dates">
            <span className="bengali-date">{bnBengaliCalendarDate(date)} বঙ্গাব্দ</span>
            <span>{bnDate(date)} খ্রিস্টাব্দ</span>
          </span>
        ) : (
          <span>{bnDate(date)} খ্রিস্টাব্দ</span>
        )}
      </div>
    </div>
  );
}

/** "সহকারী সচিব (কর্মসম্পাদন ব্যবস্থাপনা শাখা)", as seed 001 signs. */
export function designationLine(signatory: Signatory): string {
  const { designation, branch } = signatory;
  return branch && !designation.includes(branch) ? `${designation} (${branch})` : designation;
}

/** The lines of a signature block, name in parentheses first: the same lines in PDF, DOCX and XLSX. */
export function signatureLines(signatory: Signatory): Array<{ text: string; small?: boolean }> {
  return [
    { text: `(${signatory.name})` },
    { text: designationLine(signatory) },
    ...(signatory.office ? [{ text: signatory.office }] : []),
    ...(signatory.phone ? [{ text: `ফোন: ${toBengaliDigits(signatory.phone)}`, small: true }] : []),
    ...(signatory.email ? [{ text: `ই-মেইল: ${signatory.email}`, small: true }] : []),
  ];
}

export function SignatureBlock({ signatory, date, space = true }: { signatory: Signatory; date?: string | null; space?: boolean }) {
  return (
    <div className="signature">
      {space ? <div className="space" /> : null}
      {date ? <div className="small">তারিখ: {bnDate(date)}</div> : null}
      {signatureLines(signatory).map((line, i) => (
        <div key={i} className={line.small ? 'small' : undefined}>
          {line.text}
        </div>
      ))}
    </div>
  );
}

export function NumberedList({ items, className, start = 0 }: { items: string[]; className?: string; start?: number }) {
  return (
    <ol className={className}>
      {items.map((item, i) => (
        <li key={i}>
          <span className="n">{bnListNumber(start + i)}</span>
          <span>{item}</span>
        </li>
      ))}
    </ol>
  );
}

/** Paragraphs and numbered lists of a letter's text, in order. */
export function LetterBlocks({ blocks }: { blocks: LetterBlock[] }) {
  return (
    <div className="body">
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <div key={i} className="letter-list">
            {block.intro ? <p className="list-intro">{block.intro}</p> : null}
            <NumberedList items={block.items} className="findings" />
          </div>
        ),
      )}
    </div>
  );
}

export function CopyListBlock({ copyList, signatory, showBengaliDate }: { copyList: CopyList; signatory: Signatory; showBengaliDate: boolean }) {
  const split = Math.max(0, copyList.entries.length - KEPT_WITH_SIGNATURE);
  return (
    <div className="copy-list">
      <div className="keep-with-next">
        <MemoNumberLine memoNumber={copyList.memoNumber} date={copyList.date} showBengaliDate={showBengaliDate} />
        <p className="intro">{`অনুলিপি: ${copyList.intro}`}</p>
      </div>
      {split > 0 ? <NumberedList items={copyList.entries.slice(0, split)} /> : null}
      <div className="keep-together">
        <NumberedList items={copyList.entries.slice(split)} start={split} />
        <SignatureBlock signatory={signatory} />
      </div>
    </div>
  );
}

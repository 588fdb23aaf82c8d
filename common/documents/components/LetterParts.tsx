// The parts every letter shares (domain §6): letterhead, memo number and date, signature, copy list.
import { bnBengaliCalendarDate, bnDate, bnListNumber, toBengaliDigits } from '../format.js';
import type { CopyList, Letterhead as LetterheadModel, Signatory } from '../model.js';

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

export function SignatureBlock({ signatory, space = true }: { signatory: Signatory; space?: boolean }) {
  return (
    <div className="signature">
      {space ? <div className="space" /> : null}
      <div>({signatory.name})</div>
      <div>{signatory.designation}</div>
      {signatory.office ? <div>{signatory.office}</div> : null}
      {signatory.phone ? <div className="small">ফোন: {toBengaliDigits(signatory.phone)}</div> : null}
      {signatory.email ? <div className="small">ই-মেইল: {signatory.email}</div> : null}
    </div>
  );
}

export function NumberedList({ items, className }: { items: string[]; className?: string }) {
  return (
    <ol className={className}>
      {items.map((item, i) => (
        <li key={i}>
          <span className="n">{bnListNumber(i)}</span>
          <span>{item}</span>
        </li>
      ))}
    </ol>
  );
}

export function CopyListBlock({ copyList, signatory, showBengaliDate }: { copyList: CopyList; signatory: Signatory; showBengaliDate: boolean }) {
  return (
    <div className="copy-list">
      <MemoNumberLine memoNumber={copyList.memoNumber} date={copyList.date} showBengaliDate={showBengaliDate} />
      <p className="intro">{`অনুলিপি: ${copyList.intro}`}</p>
      <NumberedList items={copyList.entries} />
      <SignatureBlock signatory={signatory} />
    </div>
  );
}

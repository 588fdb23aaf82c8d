// The forwarding letter (domain §6, seeds 001/003/004), top to bottom as the seeds print it.
import type { ReactNode } from 'react';
import type { MemoModel } from '../model.js';
import { CopyListBlock, LetterheadBlock, MemoNumberLine, NumberedList, SignatureBlock } from './LetterParts.js';

function Recipient({ memo, before }: { memo: MemoModel; before: boolean }) {
  return (
    <>
      <div className="recipient">
        {before ? <div>প্রতি,</div> : null}
        {memo.recipient.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      {memo.attention ? (
        <div className="attention">{before ? `(দৃষ্টি আকর্ষণ: ${memo.attention})` : `দৃষ্টি আকর্ষণ: ${memo.attention}`}</div>
      ) : null}
    </>
  );
}

function Attachments({ memo }: { memo: MemoModel }) {
  const enclosures = memo.enclosures ?? [];
  if (enclosures.length > 0) {
    return (
      <div className="attachments">
        <div>সংযুক্তি:</div>
        <NumberedList items={enclosures} className="enclosures" />
      </div>
    );
  }
  return memo.attachments ? <div className="attachments">সংযুক্তি: {memo.attachments}</div> : null;
}

/** A memo; `children` go between the body and the attachments line (a feedback letter's text). */
export function Memo({ memo, children }: { memo: MemoModel; children?: ReactNode }) {
  const before = memo.recipientPosition === 'before-subject';
  return (
    <div className="doc doc-letter memo">
      <LetterheadBlock letterhead={memo.letterhead} />
      <MemoNumberLine memoNumber={memo.memoNumber} date={memo.date} showBengaliDate={memo.showBengaliDate} />
      {before ? <Recipient memo={memo} before /> : null}
      <div className="subject">{`বিষয়: ${memo.subject}`}</div>
      {memo.reference ? <div className="reference">{`সূত্র: ${memo.reference}`}</div> : null}
      {memo.body.length > 0 ? (
        <div className="body">
          {memo.body.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      {children}
      {/* The signature stays with the last lines of the text above it, and the addressee under it with it. */}
      <div className="closing">
        <Attachments memo={memo} />
        <SignatureBlock signatory={memo.signatory} />
        {before ? null : <Recipient memo={memo} before={false} />}
      </div>
      {memo.copyList ? <CopyListBlock copyList={memo.copyList} signatory={memo.signatory} showBengaliDate={memo.showBengaliDate} /> : null}
    </div>
  );
}

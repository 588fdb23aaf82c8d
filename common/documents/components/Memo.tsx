// The forwarding letter (domain §6, seeds 001/003/004), top to bottom as the seeds print it.
import type { LetterBlock, MemoModel } from '../model.js';
import { CopyListBlock, LetterBlocks, LetterheadBlock, MemoNumberLine, NumberedList, SignatureBlock } from './LetterParts.js';

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

/** A memo; `blocks` (a feedback letter's text) stand for its body's paragraphs. */
export function Memo({ memo, blocks }: { memo: MemoModel; blocks?: LetterBlock[] }) {
  const before = memo.recipientPosition === 'before-subject';
  const text: LetterBlock[] = blocks ?? memo.body.map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
  return (
    <div className="doc doc-letter memo">
      <LetterheadBlock letterhead={memo.letterhead} />
      <MemoNumberLine memoNumber={memo.memoNumber} date={memo.date} showBengaliDate={memo.showBengaliDate} />
      {before ? <Recipient memo={memo} before /> : null}
      <div className="subject">{`বিষয়: ${memo.subject}`}</div>
      {memo.reference ? <div className="reference">{`সূত্র: ${memo.reference}`}</div> : null}
      {text.length > 1 ? <LetterBlocks blocks={text.slice(0, -1)} /> : null}
      {/* The signature stays on one page with the text's last paragraph (or list) and what follows it, and the addressee under it. */}
      <div className="closing">
        {text.length > 0 ? <LetterBlocks blocks={text.slice(-1)} /> : null}
        <Attachments memo={memo} />
        <SignatureBlock signatory={memo.signatory} />
        {before ? null : <Recipient memo={memo} before={false} />}
      </div>
      {memo.copyList ? <CopyListBlock copyList={memo.copyList} signatory={memo.signatory} showBengaliDate={memo.showBengaliDate} /> : null}
    </div>
  );
}

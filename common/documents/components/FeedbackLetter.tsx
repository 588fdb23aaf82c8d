// The feedback (ফলাবর্তক) letter to one office: a memo with the review's findings as a numbered list.
import type { FeedbackLetterModel } from '../model.js';
import { NumberedList } from './LetterParts.js';
import { Memo } from './Memo.js';

export function FeedbackLetter({ letter }: { letter: FeedbackLetterModel }) {
  return (
    <Memo memo={letter}>
      {letter.findingsIntro ? <p className="findings-intro">{letter.findingsIntro}</p> : null}
      <NumberedList items={letter.findings} className="findings" />
      {(letter.closing ?? []).length > 0 ? (
        <div className="body">
          {(letter.closing ?? []).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      ) : null}
    </Memo>
  );
}

// The feedback (ফলাবর্তক) letter to one office: a memo whose text is the reviewer's paragraphs and lists.
import type { FeedbackLetterModel } from '../model.js';
import { Memo } from './Memo.js';

export function FeedbackLetter({ letter }: { letter: FeedbackLetterModel }) {
  return <Memo memo={letter} blocks={letter.blocks} />;
}

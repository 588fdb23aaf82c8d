// The memo numbers of a package. Feedback letters go out before the package (domain §3: by about the
// 15th, the package by the 31st), so they are numbered first, in the order of their dates, each dated
// the day its text was saved; the package's memo comes last. A letter an earlier package already
// numbered keeps that number and date, unless the user asks for new ones. A preview plans the same
// numbers without issuing any.
import { isoDateInDhaka } from '../../../common/dates/iso-date.js';
import type { Period } from '../../../common/plan-document/schema.js';
import type { FeedbackNumbering, IssuedNumber } from '../api/contract/package.js';
import { conflict } from '../api/errors.js';
import type { Db } from '../database/open-database.js';
import { formatMemoNumber, parseFileNumber } from '../memo-register/memo-number.js';
import { issuedFor, issueMemoNumber, memoPurpose, nextSerial, type IssuedMemo } from '../memo-register/memo-register.js';

/** A feedback letter as numbering needs it. */
export interface LetterToNumber {
  officeId: number;
  officeName: string;
  /** When the reviewer saved the letter (an instant), or null for a draft never saved. */
  savedAt: string | null;
  /** When the office's report arrived. */
  receivedOn: string | null;
}

export interface AssignedNumber {
  memoNumber: string;
  /** ISO date the letter carries. */
  date: string;
  /** An earlier package issued it. */
  reused: boolean;
  /** Its row in the memo register (none while only planned). */
  registerId?: number;
}

export interface MemoNumbers {
  memo: AssignedNumber;
  feedback: Map<number, AssignedNumber>;
}

export interface NumberingInput {
  db: Db;
  ownOfficeId: number;
  fiscalYear: string;
  period: Period;
  fileNumber: string;
  startAt?: number | undefined;
  /** The memo's date. */
  date: string;
  subject: string;
  feedbackNumbers?: FeedbackNumbering | undefined;
}

/**
 * The day a letter went out: the day (in Dhaka) its text was saved, never before the report arrived
 * nor after the memo; a letter never saved goes out with the package, on the memo's date.
 */
export function letterDate(letter: LetterToNumber, memoDate: string): string {
  if (!letter.savedAt) return memoDate;
  const saved = isoDateInDhaka(new Date(letter.savedAt));
  const earliest = letter.receivedOn && saved < letter.receivedOn ? letter.receivedOn : saved;
  return earliest > memoDate ? memoDate : earliest;
}

/** Numbers earlier generations issued for this year and period. */
export function previousNumbers(db: Db, fiscalYear: string, period: Period, officeIds: Iterable<number>, names: (id: number) => string): { memo: IssuedNumber[]; feedback: Map<number, IssuedMemo & { officeName: string }> } {
  const memo = issuedFor(db, memoPurpose.package(fiscalYear, period)).map((m) => ({ memoNumber: m.memoNumber, issuedOn: m.issuedOn, officeName: null }));
  const feedback = new Map<number, IssuedMemo & { officeName: string }>();
  for (const id of officeIds) {
    const latest = issuedFor(db, memoPurpose.feedback(id, fiscalYear, period))[0];
    if (latest) feedback.set(id, { ...latest, officeName: names(id) });
  }
  return { memo, feedback };
}

/** The letters needing a new number, in the order of their dates (then as listed). */
function lettersToNumber(letters: LetterToNumber[], memoDate: string, reuse: Map<number, IssuedMemo>): Array<LetterToNumber & { date: string }> {
  return letters
    .filter((l) => !reuse.has(l.officeId))
    .map((l, i) => ({ ...l, date: letterDate(l, memoDate), order: i }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
}

function reusedNumbers(input: NumberingInput, letters: LetterToNumber[]): Map<number, IssuedMemo> {
  const previous = previousNumbers(input.db, input.fiscalYear, input.period, letters.map((l) => l.officeId), () => '').feedback;
  if (previous.size > 0 && input.feedbackNumbers === undefined) {
    throw conflict(
      'feedback-numbers-choice-required',
      `${previous.size} feedback letter(s) already have memo numbers from an earlier package: choose to keep them (reuse) or issue new ones (new)`,
    );
  }
  return input.feedbackNumbers === 'new' ? new Map() : previous;
}

/** What a generation would issue, without issuing anything (unknown serials print as "…"). */
export function planNumbers(input: NumberingInput, letters: LetterToNumber[]): MemoNumbers {
  const file = parseFileNumber(input.fileNumber);
  const reuse = reusedNumbers({ ...input, feedbackNumbers: input.feedbackNumbers ?? 'reuse' }, letters);
  let serial = file ? nextSerial(input.db, input.fileNumber, input.startAt) : null;
  const take = (): string => (file && serial !== null ? formatMemoNumber(file, serial++) : '…');
  const feedback = new Map<number, AssignedNumber>();
  for (const [officeId, issued] of reuse) feedback.set(officeId, { memoNumber: issued.memoNumber, date: issued.issuedOn, reused: true });
  for (const letter of lettersToNumber(letters, input.date, reuse)) feedback.set(letter.officeId, { memoNumber: take(), date: letter.date, reused: false });
  return { memo: { memoNumber: take(), date: input.date, reused: false }, feedback };
}

/** Issues the numbers (each committed at once): the letters' first, then the memo's. */
export function issueNumbers(input: NumberingInput, actor: string, letters: LetterToNumber[]): MemoNumbers {
  const reuse = reusedNumbers(input, letters);
  let startAt = input.startAt;
  const issue = (issuedOn: string, subject: string, purpose: string): AssignedNumber => {
    const issued = issueMemoNumber(input.db, actor, {
      officeId: input.ownOfficeId, fileNumber: input.fileNumber, issuedOn, subject, purpose, ...(startAt !== undefined ? { startAt } : {}),
    });
    startAt = undefined; // the serial asked for is the first one issued
    return { memoNumber: issued.memoNumber, date: issuedOn, reused: false, registerId: issued.id };
  };
  const feedback = new Map<number, AssignedNumber>();
  for (const [officeId, issued] of reuse) feedback.set(officeId, { memoNumber: issued.memoNumber, date: issued.issuedOn, reused: true, registerId: issued.id });
  for (const letter of lettersToNumber(letters, input.date, reuse)) {
    feedback.set(letter.officeId, issue(letter.date, `ফলাবর্তক: ${letter.officeName}`, memoPurpose.feedback(letter.officeId, input.fiscalYear, input.period)));
  }
  return { memo: issue(input.date, input.subject, memoPurpose.package(input.fiscalYear, input.period)), feedback };
}

// What a remark (মন্তব্য) says, read from the seeds' own wording:
//   later:  "৪র্থ কোয়ার্টারে সম্পন্ন করা হবে" (001, OCR'd as "৪ৰ্থ"), "৩য় কোয়ার্টারে সম্পন্ন করা হবে" (001),
//           "১৬.০৩.২০২৫ তারিখে (৩য় কোয়ার্টারে) বাস্তবায়িত হবে।", "৪র্থ কোয়ার্টারে বাস্তবায়িত হবে।" (002),
//           "সভা আয়োজন করা হবে।", "নির্ধারিত সময়ের মধ্যে করা হবে।", "শতভাগ বয় করা হবে।" (004)
//   done:   "সম্পন্ন করা হয়েছে", "১ বার সম্পন্ন হয়েছে" (001), "১ম কোয়ার্টারে অর্জন করা হয়েছে",
//           "২য় কোয়ার্টারে অধিদপ্তর কতৃক বাস্তবায়িত হয়েছে।" (002), "পত্র জারী করা হয়েছে" (004)
//   not applicable: "আওতাধীন দপ্তর/সংস্থা নেই" (001), "প্রযোজ্য নয়"
// Seed 003's general remark "… নিশ্চিত করা হলো।" (hereby confirmed) is deliberately neither.

const BENGALI = '\\u0980-\\u09FF';

/** NFC (য় ড় ঢ় compose the same way whichever way they were typed) and OCR's Assamese ৰ/ৱ as র/ব. */
export function normaliseBengali(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u09F0/g, '\u09B0')
    .replace(/\u09F1/g, '\u09AC')
    .replace(/[\u200c\u200d]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Bengali word on its own (JavaScript's \b does not know Bengali letters). */
function word(alternatives: string): RegExp {
  return new RegExp(`(?<![${BENGALI}])(?:${normaliseBengali(alternatives)})(?![${BENGALI}])`, 'u');
}

const WILL_BE = word('হবে');
const HAS_BEEN = word('হয়েছে|হইয়াছে|অর্জিত');
/** "has started" or "is going on" is not "done". */
const ONLY_STARTED = word('শুরু হয়েছে|চলমান|প্রক্রিয়াধীন');
const NOT_APPLICABLE = new RegExp(
  normaliseBengali('প্রযোজ্য নয়|প্রযোজ্য নহে|প্রযোজ্য নাই|প্রযোজ্য নেই|অপ্রযোজ্য|আওতাধীন[^।]{0,60}?(নেই|নাই)') + '|\\bN/?A\\b',
  'iu',
);

export type RemarkSays = 'later' | 'done' | 'mixed' | null;

/** Whether the remark says the work is still to come, already done, both (a partial report), or neither. */
export function remarkSays(remarks: string | null | undefined): RemarkSays {
  if (!remarks) return null;
  const text = normaliseBengali(remarks);
  const later = WILL_BE.test(text);
  const done = HAS_BEEN.test(text) && !ONLY_STARTED.test(text);
  if (later && done) return 'mixed';
  if (later) return 'later';
  if (done) return 'done';
  return null;
}

export function saysNotApplicable(remarks: string | null | undefined): boolean {
  return !!remarks && NOT_APPLICABLE.test(normaliseBengali(remarks));
}

/** An evidence reference written in the row itself (seed 004: "প্রযানক পরিশিষ্ট-১", "সংযুক্তি-১", a web address). */
const EVIDENCE_REFERENCE = new RegExp(
  normaliseBengali('প্রমাণক|প্রমানক|প্রযানক|পরিশিষ্ট|সংযুক্তি|সংযোজনী') + '|https?://|www\\.',
  'iu',
);

export function refersToEvidence(text: string | null | undefined): boolean {
  return !!text && EVIDENCE_REFERENCE.test(normaliseBengali(text));
}

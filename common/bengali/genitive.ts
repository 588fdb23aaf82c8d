// The Bengali genitive (ষষ্ঠী বিভক্তি) as letters write it: "মন্ত্রণালয়ের", "সংস্থার", "অধিদপ্তরের",
// never "মন্ত্রণালয়-এর". After a vowel sound the ending is "র" (joined), after a consonant "এর" joined as
// the vowel sign "ের"; a number, an abbreviation, Latin text or a closing bracket takes "-এর" with a
// hyphen ("২০২৪-এর", "APA-এর", "(নেপ)-এর"), as the Bangla Academy's spelling rules have it.

/** Dependent vowel signs (া ি ী ু ূ ৃ ৄ ে ৈ ো ৌ) and independent vowels (অ … ঔ): a vowel sound at the end. */
const VOWEL_END = /[\u09BE-\u09C4\u09C7\u09C8\u09CB\u09CC\u0985-\u0994\u09E0\u09E1][\u0981]?$/;
/** A Bengali consonant, with its nukta (য় written as য + ়) when it has one. */
const CONSONANT_END = /[\u0995-\u09B9\u09DC\u09DD\u09DF]\u09BC?$/;
const KHANDA_TA = '\u09CE'; // ৎ: the genitive restores the full ত ("জগৎ" → "জগতের")
const ANUSVARA = '\u0982'; // ং: read as ঙ ("রং" → "রঙের")

/** The genitive of a name or number: "প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়" → "প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়ের". */
export function genitive(name: string): string {
  const text = name.trim();
  if (text === '') return text;
  // A word written with a hasanta at its end (rare in names) is a consonant without its vowel.
  const last = text.at(-1)!;
  if (last === KHANDA_TA) return `${text.slice(0, -1)}তের`;
  if (last === ANUSVARA) return `${text.slice(0, -1)}ঙের`;
  if (VOWEL_END.test(text)) return `${text}র`;
  if (CONSONANT_END.test(text)) return `${text}ের`;
  return `${text}-এর`;
}

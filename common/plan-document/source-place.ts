// A place in a Word or PDF source as the reader writes it in Bengali ("সারণি ২, সারি ৫, কলাম ৩",
// "পৃষ্ঠা ১, সারি ৪, কলাম ২"), in English for the English UI. A spreadsheet's A1 cell is left as it is.
import { toLatinDigits } from '../bengali/digits.js';

const WORDS: Array<[RegExp, string]> = [
  [/সারণি/gu, 'table'],
  [/পৃষ্ঠা/gu, 'page'],
  [/সারি/gu, 'row'],
  [/কলাম/gu, 'column'],
];

export function placeInEnglish(place: string): string {
  let out = place;
  for (const [word, en] of WORDS) out = out.replace(word, en);
  return toLatinDigits(out);
}

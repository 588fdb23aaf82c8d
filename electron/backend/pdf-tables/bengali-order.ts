// Bengali text taken from a PDF's glyphs (where no /ActualText gives it) comes in the order it is drawn:
// the vowel signs ি ে ৈ stand before the consonant (cluster) they follow in writing, ো ৌ come apart
// around it, a conjunct may come with a stray space or joiner after its hasanta, and glyphs with no
// Unicode mapping come as U+0000. Put right here; text in logical order passes unchanged.
import { HASANTA, isBengaliConsonant, NUKTA } from '../bengali/script.js';

const PRE_BASE = new Set(['\u09bf', '\u09c7', '\u09c8']); // ি ে ৈ
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g;

/**
 * A text drawn in visual order can be told by a pre-base vowel sign that follows no consonant (at
 * the start of a word): logical text never has one there.
 */
export function isVisualOrder(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (PRE_BASE.has(text[i]!) && !followsConsonant(text, i)) return true;
  }
  return false;
}

function followsConsonant(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === NUKTA || text[j] === '\u200d' || text[j] === '\u200c')) j--;
  return j >= 0 && isBengaliConsonant(text[j]);
}

/** Glyph text in visual order → logical order (and its mapping debris removed). */
export function toLogicalOrder(text: string): string {
  const chars = [...tidyGlyphText(text)];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!PRE_BASE.has(ch) || !isBengaliConsonant(chars[i + 1])) {
      out.push(ch);
      continue;
    }
    // The consonant cluster the sign belongs after: consonant (nukta) (hasanta consonant (nukta))*.
    let j = i + 1;
    const cluster: string[] = [];
    for (;;) {
      cluster.push(chars[j]!);
      j++;
      if (chars[j] === NUKTA) cluster.push(chars[j++]!);
      if (chars[j] === HASANTA && isBengaliConsonant(chars[j + 1])) {
        cluster.push(chars[j++]!);
        continue;
      }
      break;
    }
    out.push(...cluster);
    // ে … া is ো, ে … ৗ is ৌ.
    if (ch === '\u09c7' && chars[j] === '\u09be') {
      out.push('\u09cb');
      j++;
    } else if (ch === '\u09c7' && chars[j] === '\u09d7') {
      out.push('\u09cc');
      j++;
    } else out.push(ch);
    i = j - 1;
  }
  return out.join('').normalize('NFC');
}

/** U+0000 and other unmapped glyphs out; a space or joiner between a hasanta and its consonant out. */
export function tidyGlyphText(text: string): string {
  return text.replace(CONTROL, '').replace(/\u09cd[\s\u200c\u200d]+(?=[\u0995-\u09b9\u09dc-\u09df])/gu, HASANTA);
}

// Legacy Bijoy/SutonnyMJ text: detection and conversion to and from Unicode Bengali.
// Bijoy stores glyphs in visual order: ি ে ৈ are typed before their consonant cluster, the
// reph (র্) after it, and ো ৌ as ে…া / ে…ৗ around it. Unicode stores logical order.
import {
  BIJOY_NEUTRAL_CHARS,
  BIJOY_TO_UNICODE,
  CONTEXTUAL_GLYPHS,
  MARK,
  UNICODE_TO_BIJOY,
} from './bijoy-map.js';
import { HASANTA, NUKTA, ZWJ, hasBengaliScript, isBengaliConsonant } from './script.js';

// ---------------------------------------------------------------------------------------------
// Detection

// Code points SutonnyMJ uses for Bengali glyphs that English text does not carry inside a
// word: Latin-1 symbols and letters, and the Windows-1252 extras. Dashes and curly quotes
// (also Bijoy glyphs) are left out: English uses them too (2023–24, Citizen’s).
const BIJOY_GLYPH_CHARS = /[\u00A1-\u00FF\u0152\u0153\u0160\u0161\u0178\u0192\u02C6\u02DC\u201A\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u2122]/;
// …nor the symbols English puts after a word or number (Excel®, Word™, 25°C, ©2024) or alone.
const ENGLISH_SYMBOL_USES = /[®™]$|(?<=\d)°|©(?=\d)|^.$/g;
// ASCII keys that stand for Bengali glyphs inside a word: ` দ, ~ ূ, ^ ্ব, & ্, | ।, _ থ
const BIJOY_ASCII_IN_WORD = /[A-Za-z0-9][`~^&|_]|[`~^&|_][A-Za-z]/;
// Curly quotes are Bijoy glyphs too (“ ু, ” চ্, ‘ ্তু); English never puts them between letters.
const QUOTE_IN_WORD = /[A-Za-z][“”‘][A-Za-z]/;
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const URL_LIKE = /^(https?:\/\/|www\.)|^[\w-]+(\.[\w-]+)*\.(com|org|net|gov|edu|info|bd|io|int)(\.[a-z]{2})?(\/\S*)?$/i;
const EDGE_PUNCTUATION = /^[\s"'“”‘’()[\]{}.,;:!?\-–—]+|[\s"'“”‘’()[\]{}.,;:!?\-–—…]+$/g;
// English abbreviations that happen to match the Bijoy letter patterns below.
const ENGLISH_ABBREVIATIONS = new Set(['pvt', 'ltd', 'govt', 'advt', 'mr', 'mrs', 'dr', 'st', 'jr', 'sr', 'md', 'mst', 'hrs', 'kg', 'km']);
// Letter patterns English words do not make but Bijoy words make all the time: v (া) and
// w (ি) against a consonant capital (Kv, vM, wK — English has Av/Ev/Ov: Average, Event),
// v before a consonant (Kvh) or after one at either end (bvix, Lyjbv), w between consonants (jwc).
const CAPITAL_PATTERNS = [/[B-DF-HJ-NP-TV-Z]v|v[A-Z]/, /w[A-Z]|[a-z][A-Z]w/];
const SMALL_LETTER_PATTERNS = [
  /v[bcdfghjklmnpqrswxz]|^[bcdfghjklmnpqrstwxz]v|[bcdfghjklmnpqrstwxz]v$/,
  /[bcdfghjklmnpqrstvxz]w[bcdfgjklmnpqstvxz]/, // not wh, wr: worthwhile, overwrite
];

/** CamelCase as English writes it (PowerPoint, WhatsApp, iPhone, McLaughlin): every capital
 * opens a segment of two or more letters with a vowel. */
function isCamelCase(letters: string): boolean {
  const segments = letters.replace(/^(Mc|Mac)(?=[A-Z])/, '').split(/(?=[A-Z])/);
  const head = /^[a-z]/.test(letters) ? segments.shift() ?? '' : '';
  if (head.length > 1 && !/[aeiouy]/.test(head)) return false; // iPhone, eFile, myEnv; not mwPe
  return segments.every((seg) => seg.length >= 2 && /[aeiouyAEIOUY]/.test(seg));
}

function isBijoyishToken(token: string): boolean {
  if (BIJOY_GLYPH_CHARS.test(token.replace(ENGLISH_SYMBOL_USES, ''))) return true;
  if (BIJOY_ASCII_IN_WORD.test(token) || QUOTE_IN_WORD.test(token)) return true;
  const letters = token.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2 || ENGLISH_ABBREVIATIONS.has(letters.toLowerCase())) return false;
  if (SMALL_LETTER_PATTERNS.some((p) => p.test(letters))) return true;
  const mixedCase = /[a-z][A-Z]/.test(letters);
  if (mixedCase && isCamelCase(letters)) return false; // DevTools, StackOverflow, e-Nothi
  if (CAPITAL_PATTERNS.some((p) => p.test(letters))) return true;
  // Capitals after small letters that are not CamelCase (ZvwiL তারিখ, AmvaviY অসাধারণ).
  if (mixedCase) return true;
  // No English vowel at all (mfv সভা); acronyms are all capitals and are not counted.
  if (letters.length >= 3 && /[a-z]/.test(letters) && !/[aeiouyAEIOUY]/.test(letters)) return true;
  return false;
}

/** Heuristic: does this cell look like Bijoy-encoded Bengali rather than English? */
export function looksLikeBijoy(text: string): boolean {
  if (hasBengaliScript(text)) return false;
  const tokens = text
    .split(/[\s/,;]+/)
    .map((t) => t.replace(EDGE_PUNCTUATION, ''))
    .filter((t) => t !== '' && !EMAIL.test(t) && !URL_LIKE.test(t))
    // A token without letters counts only with two glyphs (Ë¡); ±5% and 25° are not words.
    .filter((t) => /[A-Za-z]/.test(t) || [...t].filter((c) => BIJOY_GLYPH_CHARS.test(c)).length >= 2);
  if (tokens.length === 0) return false;
  const bijoyish = tokens.filter(isBijoyishToken).length;
  // A Bijoy sentence also holds words that look plain (Ges এবং, Kiv করা); half is enough.
  return bijoyish > 0 && bijoyish * 2 >= tokens.length;
}

// ---------------------------------------------------------------------------------------------
// Bijoy → Unicode

const DECODE = new Map(BIJOY_TO_UNICODE);
const DECODE_KEY_LENGTHS = [...new Set(BIJOY_TO_UNICODE.map(([k]) => k.length))].sort((a, b) => b - a);
const PRE_MARKS = new Map<string, string>([
  [MARK.preI, '\u09BF'],
  [MARK.preE, '\u09C7'],
  [MARK.preAi, '\u09C8'],
]);
const POST_KARS_AND_SIGNS = new Set(['া', 'ী', 'ু', 'ূ', 'ৃ', 'ৗ', 'ঁ']);

function mapGlyphs(bijoy: string): string[] {
  const out: string[] = [];
  const endsWithHasanta = (): boolean => out.length > 0 && out[out.length - 1]!.endsWith(HASANTA);
  let i = 0;
  while (i < bijoy.length) {
    const ch = bijoy[i]!;
    if (ch === CONTEXTUAL_GLYPHS.tOrTM) {
      out.push(endsWithHasanta() ? 'ত' : 'ত্ম');
      i += 1;
      continue;
    }
    if (ch === CONTEXTUAL_GLYPHS.laOrSna) {
      const prev = out.at(-1)?.at(-1);
      out.push(isBengaliConsonant(prev) || prev === NUKTA ? '্ল' : 'স্ন');
      i += 1;
      continue;
    }
    if (ch === CONTEXTUAL_GLYPHS.apostrophe && endsWithHasanta()) {
      out.push('থ');
      i += 1;
      continue;
    }
    let matched = false;
    for (const len of DECODE_KEY_LENGTHS) {
      const value = DECODE.get(bijoy.slice(i, i + len));
      if (value !== undefined) {
        out.push(value);
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push(ch);
      i += 1;
    }
  }
  // A first-half form followed by a second-half form doubles the hasanta (¯ + — = স্্ত).
  return [...out.join('').replace(/\u09CD\u09CD/g, HASANTA)];
}

/** Length of the consonant (with nukta) starting at i, or 0. */
function consonantAt(s: readonly string[], i: number): number {
  if (!isBengaliConsonant(s[i])) return 0;
  return s[i + 1] === NUKTA ? 2 : 1;
}

/** End (exclusive) of the conjunct cluster starting at i: C(়)? ((ZWJ)? ্ C(়)?)* */
function clusterEnd(s: readonly string[], i: number): number {
  let j = i + consonantAt(s, i);
  for (;;) {
    const joiner = s[j] === ZWJ ? 1 : 0;
    if (s[j + joiner] !== HASANTA) return j;
    const next = consonantAt(s, j + joiner + 1);
    if (next === 0) return j;
    j += joiner + 1 + next;
  }
}

/** Start of the conjunct cluster that ends (exclusive) at end, or end if none. */
function clusterStart(s: readonly string[], end: number): number {
  const lastConsonant = (e: number): number => {
    if (s[e - 1] === NUKTA && isBengaliConsonant(s[e - 2])) return e - 2;
    return isBengaliConsonant(s[e - 1]) ? e - 1 : -1;
  };
  let k = lastConsonant(end);
  if (k < 0) return end;
  for (;;) {
    if (s[k - 1] !== HASANTA) return k;
    const joiner = s[k - 2] === ZWJ ? 1 : 0;
    const prev = lastConsonant(k - 1 - joiner);
    if (prev < 0) return k;
    k = prev;
  }
}

/** The reph is typed after its cluster (and after any vowel sign): move র্ before the cluster. */
function placeReph(s: string[]): string[] {
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== MARK.reph) continue;
    let end = i;
    while (end > 0 && POST_KARS_AND_SIGNS.has(s[end - 1]!)) end--;
    const start = clusterStart(s, end);
    s.splice(i, 1);
    if (start === end) {
      s.splice(i, 0, 'র', HASANTA); // nothing to sit on: keep it where it was
    } else {
      s.splice(start, 0, 'র', HASANTA);
    }
    i += 1;
  }
  return s;
}

/** ি ে ৈ are typed before their cluster; ো ৌ as ে + cluster + া/ৗ. Move them after it. */
function placePreBaseKars(s: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const kar = PRE_MARKS.get(s[i]!);
    if (kar === undefined) {
      out.push(s[i]!);
      i += 1;
      continue;
    }
    const start = i + 1;
    const end = consonantAt(s, start) > 0 ? clusterEnd(s, start) : start;
    if (end === start) {
      out.push(kar); // a stray sign: keep it as typed
      i += 1;
      continue;
    }
    out.push(...s.slice(start, end));
    // A chandrabindu may be typed between the cluster and the া/ৗ of ো/ৌ (‡LvuR, ‡LuvR খোঁজ).
    const skip = s[end] === 'ঁ' ? 1 : 0;
    const second = s[end + skip];
    if (kar === '\u09C7' && (second === 'া' || second === 'ৗ')) {
      out.push(second === 'া' ? 'ো' : 'ৌ');
      if (skip === 1) out.push('ঁ');
      i = end + skip + 1;
    } else {
      out.push(kar);
      i = end;
    }
  }
  return out;
}

/** Unicode wants the chandrabindu after the vowel sign (তাঁ); Bijoy typists put it either side. */
function placeCandrabindu(text: string): string {
  return text.replace(/\u0981([\u09BE\u09C0\u09C1\u09C2\u09C3])/g, '$1\u0981');
}

const KEEP_AS_IS = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|www\.\S+)/;

function convertBijoyRun(bijoy: string): string {
  const glyphs = mapGlyphs(bijoy);
  const logical = placePreBaseKars(placeReph(glyphs)).join('');
  return placeCandrabindu(logical).normalize('NFC');
}

/** Convert Bijoy/SutonnyMJ text to Unicode Bengali. E-mail addresses and URLs are kept. */
export function bijoyToUnicode(text: string): string {
  return text
    .split(KEEP_AS_IS)
    .map((part, index) => (index % 2 === 1 ? part : convertBijoyRun(part)))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Unicode → Bijoy

const ENCODE = new Map(UNICODE_TO_BIJOY);
const ENCODE_KEY_LENGTHS = [...new Set(UNICODE_TO_BIJOY.map(([k]) => k.length))].sort((a, b) => b - a);
const PRE_MARK_OF = new Map<string, string>([
  ['\u09BF', MARK.preI],
  ['\u09C7', MARK.preE],
  ['\u09C8', MARK.preAi],
]);

/** Rewrite logical Unicode into Bijoy's visual order, with MARKs for pre-base signs and reph. */
function toVisualOrder(text: string): string[] {
  const s = [...text.normalize('NFC').replace(/\u09CB/g, '\u09C7\u09BE').replace(/\u09CC/g, '\u09C7\u09D7')];
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (consonantAt(s, i) === 0) {
      out.push(s[i]!);
      i += 1;
      continue;
    }
    // র্ + consonant at the start of a cluster is a reph (র‍্ with ZWJ is not).
    const reph = s[i] === 'র' && s[i + 1] === HASANTA && consonantAt(s, i + 2) > 0;
    const start = reph ? i + 2 : i;
    const end = clusterEnd(s, start);
    const cluster = s.slice(start, end);
    let next = end;
    let pre: string | undefined;
    let post: string[] = [];
    const sign = s[next];
    if (sign !== undefined && PRE_MARK_OF.has(sign)) {
      pre = PRE_MARK_OF.get(sign);
      next += 1;
      if (sign === '\u09C7' && (s[next] === 'া' || s[next] === 'ৗ')) {
        post = [s[next]!];
        next += 1;
      }
    }
    if (reph) {
      // Bijoy types the reph before a ya-phala (Mfb©¨vÝ গভর্ন্যান্স), else after the cluster.
      const yaPhala = cluster.length > 2 && cluster.at(-2) === HASANTA && cluster.at(-1) === 'য';
      if (yaPhala) cluster.splice(cluster.length - 2, 0, MARK.reph);
      else cluster.push(MARK.reph);
    }
    if (pre !== undefined) out.push(pre);
    out.push(...cluster, ...post);
    i = next;
  }
  return out;
}

/** Convert Unicode Bengali to Bijoy/SutonnyMJ (for fixtures and for offices that want it). */
export function unicodeToBijoy(text: string): string {
  const s = toVisualOrder(text).join('');
  let out = '';
  let i = 0;
  while (i < s.length) {
    let matched = false;
    for (const len of ENCODE_KEY_LENGTHS) {
      const value = ENCODE.get(s.slice(i, i + len));
      if (value !== undefined) {
        out += value;
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += s[i];
      i += 1;
    }
  }
  return out;
}

const MARKS = new Set<string>(Object.values(MARK));
const ENCODABLE_SINGLE = new Set(UNICODE_TO_BIJOY.flatMap(([k]) => (k.length === 1 && !MARKS.has(k) ? [k] : [])));
const ENCODABLE_SIGNS = new Set([NUKTA, ZWJ, '\u09BF', '\u09C7', '\u09C8', '\u09CB', '\u09CC']);

/** True when every character has a Bijoy form, so `unicodeToBijoy` loses nothing: Bengali
 * letters and signs, Bengali digits, whitespace and ASCII punctuation Bijoy leaves alone.
 * Latin letters and digits, ৰ ৱ and symbols such as | $ & have no distinct Bijoy form. */
export function isBijoyEncodable(text: string): boolean {
  for (const ch of text.normalize('NFC')) {
    if (ENCODABLE_SINGLE.has(ch) || BIJOY_NEUTRAL_CHARS.has(ch)) continue;
    if (ENCODABLE_SIGNS.has(ch)) continue;
    return false;
  }
  return true;
}

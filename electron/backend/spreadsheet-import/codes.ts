// Indicator, activity and area codes as the documents write them: "[১.১.১]" or "(১.১.১)" before the
// text, or alone in a code column. Stored with Latin digits, dotted: "1.1.1".
import { toLatinDigits } from '../../../common/bengali/digits.js';

export interface LeadingCode {
  /** The code, normalised; null when there is none or it is malformed. */
  code: string | null;
  /** The text after the code (the whole text when there is no code). */
  rest: string;
  /** Text that looks like a code but is not one ("[১.১.ক]", "[১..১]", "(১.১.১" without its bracket). */
  malformed: string | null;
}

const DIGIT = '[0-9০-৯]';
const BRACKETED = new RegExp(`^\\s*[\\[({]\\s*(${DIGIT}+(?:\\s*[.।,]\\s*${DIGIT}+)*)\\s*[\\])}]\\s*[-–:.]?\\s*`, 'u');
const BARE = new RegExp(`^\\s*(${DIGIT}+(?:\\s*\\.\\s*${DIGIT}+)+)\\.?(?:\\s+|$)`, 'u');
/** An opening bracket with a digit soon after, that the patterns above did not take. */
const LOOKS_LIKE_CODE = new RegExp(`^\\s*([\\[({]\\s*${DIGIT}[^\\])}\\s]{0,12}[\\])}]?)\\s*`, 'u');

/** Whether a text starts with a code, without reading it (the row classifier asks on every row). */
export function hasLeadingCode(text: string): boolean {
  return BRACKETED.test(text) || BARE.test(text);
}

export function parseLeadingCode(text: string): LeadingCode {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return { code: normaliseCode(bracketed[1]!), rest: text.slice(bracketed[0].length).trim(), malformed: null };
  const bare = BARE.exec(text);
  if (bare) return { code: normaliseCode(bare[1]!), rest: text.slice(bare[0].length).trim(), malformed: null };
  const odd = LOOKS_LIKE_CODE.exec(text);
  if (odd) return { code: null, rest: text.slice(odd[0].length).trim(), malformed: odd[1]!.trim() };
  return { code: null, rest: text.trim(), malformed: null };
}

/** A code column's cell: the code alone, with or without brackets. */
export function parseCodeCell(text: string): { code: string | null; malformed: string | null } {
  const trimmed = text.trim();
  if (trimmed === '') return { code: null, malformed: null };
  const parsed = parseLeadingCode(trimmed);
  if (parsed.code !== null && parsed.rest === '') return { code: parsed.code, malformed: null };
  const plain = new RegExp(`^${DIGIT}+(?:\\s*[.।]\\s*${DIGIT}+)*$`, 'u');
  if (plain.test(trimmed)) return { code: normaliseCode(trimmed), malformed: null };
  return { code: null, malformed: trimmed };
}

/** "১ . ০১ । ১" → "1.1.1": Latin digits, dots, no leading zeros. */
export function normaliseCode(raw: string): string {
  return toLatinDigits(raw)
    .replace(/\s+/g, '')
    .split(/[.।,]/)
    .map((part) => String(Number(part)))
    .join('.');
}

export function codeDepth(code: string): number {
  return code.split('.').length;
}

/** The first `parts` parts of a code: areaOf("1.2.3") = "1", activityOf = "1.2". */
export function codePrefix(code: string, parts: number): string | null {
  const split = code.split('.');
  return split.length >= parts ? split.slice(0, parts).join('.') : null;
}

// File numbers and memo numbers (Secretariat Instructions 2014; domain.md §6).
// A file number is dot-separated digit groups — seven parts (18 digits), or from 2024 eight parts
// (22 digits) — optionally with a part marker "(অংশ-১)". A memo number is the file number and the
// letter's serial within that file: ৩২.০২.০০০০.০০৬.১৬.০১৮.১৯-৫৮২.
import { toBengaliDigits, toLatinDigits } from '../../../common/bengali/digits.js';

export interface FileNumber {
  /** Digit groups in Latin digits, e.g. ["32","02","0000","006","16","018","19"]. */
  groups: string[];
  /** The part marker's number ("অংশ-১" → 1), or null. */
  part: number | null;
}

const PART = /\(\s*অংশ\s*[-–]\s*([0-9০-৯]+)\s*\)/;

/** Parses a file number typed with Bengali or Latin digits; null when it is not one. */
export function parseFileNumber(text: string): FileNumber | null {
  const latin = toLatinDigits(text.trim());
  const part = PART.exec(latin);
  const body = latin.replace(PART, '').trim();
  if (!/^\d+(\.\d+)+$/.test(body)) return null;
  const groups = body.split('.');
  if (groups.length < 3 || groups.length > 9) return null;
  return { groups, part: part?.[1] ? Number(toLatinDigits(part[1])) : null };
}

/** The canonical key of a file number (Latin digits): the same file whatever digits it was typed in. */
export function fileNumberKey(file: FileNumber): string {
  return file.groups.join('.') + (file.part !== null ? `(part-${file.part})` : '');
}

/** Does the file number have one of the official shapes (7 parts of 18 digits, or 8 parts of 22)? */
export function isOfficialShape(file: FileNumber): boolean {
  const digits = file.groups.join('').length;
  return (file.groups.length === 7 && digits === 18) || (file.groups.length === 8 && digits === 22);
}

export function formatFileNumber(file: FileNumber): string {
  return toBengaliDigits(file.groups.join('.')) + (file.part !== null ? `(অংশ-${toBengaliDigits(file.part)})` : '');
}

/** ৩২.০২.০০০০.০০৬.১৬.০১৮.১৯-৫৮২ (a file with a part marker: …১৯(অংশ-১)/৫৮২, as seed 004 writes it). */
export function formatMemoNumber(file: FileNumber, serial: number): string {
  return `${formatFileNumber(file)}${file.part !== null ? '/' : '-'}${toBengaliDigits(serial)}`;
}

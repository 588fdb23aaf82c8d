// Office names compared as an officer reads them: two spellings that differ only in spacing, in the
// digit set (২ / 2), in Unicode composition (য় as one code point or two), in invisible joiners or in
// letter case name the same office. The registry holds one office per such name.
import { toLatinDigits } from '../../../common/bengali/digits.js';
import type { Office } from '../api/contract.js';

/** The comparison key of a name: NFKC, joiners dropped, Latin digits, spaces collapsed, lower case. */
export function officeNameKey(name: string): string {
  return toLatinDigits(name.normalize('NFKC'))
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([,.;:।()\-–/]) ?/g, '$1')
    .trim()
    .toLowerCase();
}

/** The names an office is known by (Bengali and English), as comparison keys. */
function officeNameKeys(office: Pick<Office, 'nameBn' | 'nameEn'>): string[] {
  return [office.nameBn, office.nameEn].filter((n): n is string => Boolean(n && n.trim())).map(officeNameKey);
}

/** The office (other than `exceptId`) already known by one of these names, if any. */
export function officeWithName<O extends Pick<Office, 'id' | 'nameBn' | 'nameEn'>>(
  offices: readonly O[],
  names: (string | null | undefined)[],
  exceptId: number | null = null,
): O | null {
  const wanted = new Set(names.filter((n): n is string => Boolean(n && n.trim())).map(officeNameKey));
  if (wanted.size === 0) return null;
  return offices.find((o) => o.id !== exceptId && officeNameKeys(o).some((k) => wanted.has(k))) ?? null;
}

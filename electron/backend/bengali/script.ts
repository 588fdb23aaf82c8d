// Character classes of the Bengali script used by the Bijoy converter.

export const HASANTA = '\u09CD'; // ্ (virama)
export const NUKTA = '\u09BC'; // ় (in NFC, ড় ঢ় য় are consonant + nukta)
export const ZWJ = '\u200D';

/** Consonant letters ক–হ, plus the precomposed ড় ঢ় য় that non-NFC text may carry. */
export function isBengaliConsonant(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x0995 && c <= 0x09b9) || c === 0x09dc || c === 0x09dd || c === 0x09df;
}

export function hasBengaliScript(text: string): boolean {
  return /[\u0980-\u09FF]/.test(text);
}

// Bengali digits ০–৯ (U+09E6–U+09EF) are plain text to every library: normalise them here.
const BENGALI_ZERO = 0x09e6;

const BENGALI_DIGIT = /[০-৯]/;

export function toLatinDigits(text: string): string {
  // Called on every code, number and date the reader sees; most have no Bengali digit to change.
  if (!BENGALI_DIGIT.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= BENGALI_ZERO && code <= BENGALI_ZERO + 9 ? String.fromCharCode(48 + code - BENGALI_ZERO) : text[i];
  }
  return out;
}

export function toBengaliDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(BENGALI_ZERO + Number(d)));
}

export function hasBengaliDigits(text: string): boolean {
  return BENGALI_DIGIT.test(text);
}

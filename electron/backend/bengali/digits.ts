// Bengali digits ০–৯ (U+09E6–U+09EF) are plain text to every library: normalise them here.
const BENGALI_ZERO = 0x09e6;

export function toLatinDigits(text: string): string {
  return text.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - BENGALI_ZERO));
}

export function toBengaliDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(BENGALI_ZERO + Number(d)));
}

export function hasBengaliDigits(text: string): boolean {
  return /[০-৯]/.test(text);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBengaliDigits, toBengaliDigits, toLatinDigits } from '../../../common/bengali/digits.js';

describe('Bengali digits', () => {
  it('turns ০–৯ into 0–9 and leaves everything else as it is', () => {
    expect(toLatinDigits('[১.২.৩] ৮৫% ৩১/১২/২০২৩')).toBe('[1.2.3] 85% 31/12/2023');
    expect(toLatinDigits('১০০ and 90, ৯')).toBe('100 and 90, 9');
    expect(toLatinDigits('ই-নথি')).toBe('ই-নথি');
    expect(toLatinDigits('')).toBe('');
  });

  it('writes 0–9 as ০–৯', () => {
    expect(toBengaliDigits(2024)).toBe('২০২৪');
    expect(toBengaliDigits('৩ of 10')).toBe('৩ of ১০');
  });

  it('round-trips any text, and says whether a Bengali digit is in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('০', '৯', '৫', '0', '7', 'a', 'ক', ' ', '.', '%') }), (text) => {
        const latin = toLatinDigits(text);
        expect(hasBengaliDigits(latin)).toBe(false);
        expect(toLatinDigits(toBengaliDigits(latin))).toBe(latin);
        expect(hasBengaliDigits(text)).toBe(latin !== text);
      }),
    );
  });
});

// The genitive as Bengali letters write it (issue 14, point 6): joined after a vowel or a consonant,
// with a hyphen after numbers, abbreviations and Latin text.
import { describe, expect, it } from 'vitest';
import { genitive } from '../../../common/bengali/genitive.js';

describe('genitive', () => {
  it.each([
    // after a consonant: -এর joined as the vowel sign ে + র
    ['প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়', 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়ের'],
    ['প্রাথমিক শিক্ষা অধিদপ্তর', 'প্রাথমিক শিক্ষা অধিদপ্তরের'],
    ['লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগের'],
    ['বাংলাদেশ শিশু কল্যাণ ট্রাস্ট', 'বাংলাদেশ শিশু কল্যাণ ট্রাস্টের'],
    // য় written as য + nukta is the same letter
    ['মন্ত্রণাল\u09AF\u09BC', 'মন্ত্রণাল\u09AF\u09BCের'],
    // after a vowel sound: র
    ['আওতাধীন দপ্তর/সংস্থা', 'আওতাধীন দপ্তর/সংস্থার'],
    ['উপানুষ্ঠানিক শিক্ষা ব্যুরো', 'উপানুষ্ঠানিক শিক্ষা ব্যুরোর'],
    ['জাতীয় প্রাথমিক শিক্ষা একাডেমি', 'জাতীয় প্রাথমিক শিক্ষা একাডেমির'],
    ['বিআরটিএ', 'বিআরটিএর'],
    // ৎ and ং at the end
    ['জগৎ', 'জগতের'],
    ['রং', 'রঙের'],
    // numbers, abbreviations, Latin text and brackets: with a hyphen
    ['২০২৪', '২০২৪-এর'],
    ['APA', 'APA-এর'],
    ['জাতীয় প্রাথমিক শিক্ষা একাডেমি (নেপ)', 'জাতীয় প্রাথমিক শিক্ষা একাডেমি (নেপ)-এর'],
  ])('%s → %s', (name, expected) => {
    expect(genitive(name)).toBe(expected);
  });

  it('never writes "-এর" after a Bengali word', () => {
    for (const name of ['মন্ত্রণালয়', 'সংস্থা', 'বিভাগ', 'দপ্তর', 'ব্যুরো']) expect(genitive(name)).not.toContain('-এর');
  });

  it('trims, and leaves an empty name empty', () => {
    expect(genitive('  বিভাগ ')).toBe('বিভাগের');
    expect(genitive('')).toBe('');
  });
});

// Bengali text taken from glyphs drawn in visual order (a PDF with no /ActualText): the pre-base vowel
// signs go back after their consonant cluster, ো and ৌ are made whole, unmapped glyphs and a space or
// joiner after a hasanta are removed; logical text is left alone.
import { expect, test } from 'vitest';
import { isVisualOrder, tidyGlyphText, toLogicalOrder } from '../../../electron/backend/pdf-tables/bengali-order.js';

test.each([
  ['িকছু', 'কিছু'],
  ['েসবা', 'সেবা'],
  ['ৈনিতক', 'নৈতিক'],
  ['েকাড', 'কোড'],
  ['েমৗ', 'মৌ'],
  ['িক্রয়', 'ক্রিয়'],
  ['ই-গভন্যান্স ও উদ্ভাবন কমপিরকল্পনা', 'ই-গভন্যান্স ও উদ্ভাবন কমপরিকল্পনা'],
  ['মিন্ত্রপিরষদ িবভাগ', 'মন্ত্রিপরিষদ বিভাগ'],
])('%s → %s', (visual, logical) => {
  expect(toLogicalOrder(visual)).toBe(logical);
});

test('a pre-base sign at the start of a word marks text drawn in visual order; logical text has none', () => {
  expect(isVisualOrder('মন্ত্রণালয় িবভাগ')).toBe(true);
  expect(isVisualOrder('প্রাথমিক ও গণশিক্ষা মন্ত্রণালয় বিভাগ সেবা নৈতিক')).toBe(false);
});

test('unmapped glyphs and a space or joiner after a hasanta go', () => {
  expect(tidyGlyphText('ক\u0000ম\u0005')).toBe('কম');
  expect(tidyGlyphText('কল্ পনা')).toBe('কল্পনা');
  expect(tidyGlyphText('সম্\u200cপাদন')).toBe('সম্পাদন');
});

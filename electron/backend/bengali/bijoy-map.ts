// The SutonnyMJ (Bijoy) glyph table. A Bijoy document stores Windows-1252 code points whose
// glyphs in the SutonnyMJ font look like Bengali letters, half forms and ligatures, in visual
// order. The table is written from the published facts of the layout (OmicronLab Avro's
// Bijoy 2000 font map and the common open-source Bijoy converters agree on it); where they
// differ the choice is noted.

/** Placeholders used between mapping and reordering: they keep the visual position of the
 * reph and of the pre-base vowel signs distinct from real text. Private-use code points. */
export const MARK = {
  reph: '\uE000',
  preI: '\uE001', // ি
  preE: '\uE002', // ে
  preAi: '\uE003', // ৈ
} as const;

/** Bijoy code point(s) → Unicode (or a MARK). Multi-character keys are matched first. */
export const BIJOY_TO_UNICODE: ReadonlyArray<readonly [string, string]> = [
  // Two-glyph sequences that are not the sum of their parts.
  ['Av', 'আ'],
  ['i\u00A8', 'র\u200D্য'], // i¨: র with ya-phala (র‍্য), not reph over য

  // Independent vowels
  ['A', 'অ'], ['B', 'ই'], ['C', 'ঈ'], ['D', 'উ'], ['E', 'ঊ'], ['F', 'ঋ'],
  ['G', 'এ'], ['H', 'ঐ'], ['I', 'ও'], ['J', 'ঔ'],

  // Consonants and signs
  ['K', 'ক'], ['L', 'খ'], ['M', 'গ'], ['N', 'ঘ'], ['O', 'ঙ'],
  ['P', 'চ'], ['Q', 'ছ'], ['R', 'জ'], ['S', 'ঝ'], ['T', 'ঞ'],
  ['U', 'ট'], ['V', 'ঠ'], ['W', 'ড'], ['X', 'ঢ'], ['Y', 'ণ'],
  ['Z', 'ত'], ['_', 'থ'], ['`', 'দ'], ['a', 'ধ'], ['b', 'ন'],
  ['c', 'প'], ['d', 'ফ'], ['e', 'ব'], ['f', 'ভ'], ['g', 'ম'],
  ['h', 'য'], ['i', 'র'], ['j', 'ল'], ['k', 'শ'], ['l', 'ষ'],
  ['m', 'স'], ['n', 'হ'], ['o', 'ড়'], ['p', 'ঢ়'], ['q', 'য়'],
  ['r', 'ৎ'], ['s', 'ং'], ['t', 'ঃ'], ['u', 'ঁ'],

  // Digits: Bijoy types Bengali digits on the Latin digit keys.
  ['0', '০'], ['1', '১'], ['2', '২'], ['3', '৩'], ['4', '৪'],
  ['5', '৫'], ['6', '৬'], ['7', '৭'], ['8', '৮'], ['9', '৯'],

  // Vowel signs (several glyph variants each)
  ['v', 'া'],
  ['w', MARK.preI],
  ['x', 'ী'],
  ['y', 'ু'], ['z', 'ু'], ['\u201C', 'ু'], ['\u2013', 'ু'], // y z “ –
  ['~', 'ূ'], ['\u0192', 'ূ'], ['\u201A', 'ূ'], // ~ ƒ ‚
  ['\u201E', 'ৃ'], ['\u2026', 'ৃ'], // „ …
  ['\u2020', MARK.preE], ['\u2021', MARK.preE], // † ‡
  ['\u02C6', MARK.preAi], ['\u2030', MARK.preAi], // ˆ ‰
  ['\u0160', 'ৗ'], // Š (second half of ৌ)

  // Punctuation and symbols
  ['|', '।'], ['\\', '॥'], ['$', '৳'], ['&', '্'],
  ['\u00D2', '“'], ['\u00D3', '”'], ['\u00D4', '‘'], ['\u00D5', '’'], // Ò Ó Ô Õ
  ['\u00D0', '–'], ['\u00D1', '—'], // Ð Ñ

  // Reph
  ['\u00A9', MARK.reph], // ©

  // First-half forms (a consonant with hasanta, drawn to join the next glyph)
  ['\u201D', 'চ্'], // ”
  ['\u2022', 'ঙ্'], // •
  ['\u02DC', 'দ্'], ['\u2122', 'দ্'], // ˜ ™
  ['\u0161', 'ন্'], ['\u203A', 'ন্'], // š ›
  ['\u00A4', 'ম্'], // ¤
  ['\u00AE', 'ষ্'], // ®
  ['\u00AF', 'স্'], // ¯

  // Second-half forms (hasanta + consonant, drawn under or after the previous glyph)
  ['^', '্ব'], ['\u00A1', '্ব'], ['\u00A6', '্ব'], ['\u0178', '্ব'], // ^ ¡ ¦ Ÿ
  ['\u2018', '্তু'], // ‘
  ['\u2019', '্থ'], // ’
  ['\u2039', '্ক'], // ‹
  ['\u0152', '্ক্র'], // Œ
  ['\u2014', '্ত'], // —
  ['\u0153', '্ন'], // œ
  ['\u00E8', '্ণ'], // è
  ['\u00A2', '্ভ'], // ¢
  ['\u00A3', '্ভ্র'], // £
  ['\u00A5', '্ম'], ['\u00A7', '্ম'], // ¥ §
  ['\u00A8', '্য'], // ¨
  ['\u00AA', '্র'], ['\u00AB', '্র'], ['\u00D6', '্র'], // ª « Ö
  ['\u00AC', '্ল'], ['\u00AD', '্ল'], ['\u2212', '্ল'], // ¬ soft-hyphen −
  ['\u00BF', '্ত্র'], // ¿
  ['\u00FA', '্প'], // ú

  // Full ligatures
  ['\u00B0', 'ক্ক'], ['\u00B1', 'ক্ট'], ['\u00B2', 'ক্ষ্ম'], ['\u00B3', 'ক্ত'], ['\u00B4', 'ক্ম'],
  ['\u00B5', 'ক্র'], ['\u00B6', 'ক্ষ'], ['\u00B7', 'ক্স'], ['\u00B8', 'গু'],
  ['\u00B9', 'গ্গ'], // ¹ (Avro's map; some converters read জ্ঞ)
  ['\u00BA', 'গ্দ'], ['\u00BB', 'গ্ধ'], ['\u00BC', 'ঙ্ক'], ['\u00BD', 'ঙ্গ'], ['\u00BE', 'জ্জ'],
  ['\u00C0', 'জ্ঝ'], ['\u00C1', 'জ্ঞ'], ['\u00C2', 'ঞ্চ'], ['\u00C3', 'ঞ্ছ'], ['\u00C4', 'ঞ্জ'],
  ['\u00C5', 'ঞ্ঝ'], ['\u00C6', 'ট্ট'], ['\u00C7', 'ড্ড'], ['\u00C8', 'ণ্ট'], ['\u00C9', 'ণ্ঠ'],
  ['\u00CA', 'ণ্ড'], ['\u00CB', 'ত্ত'], ['\u00CC', 'ত্থ'], ['\u00CE', 'ত্র'], ['\u00CF', 'দ্দ'],
  ['\u00D7', 'দ্ধ'], ['\u00D8', 'দ্ব'], ['\u00D9', 'দ্ম'], ['\u00DA', 'ন্ঠ'], ['\u00DB', 'ন্ড'],
  ['\u00DC', 'ন্ধ'], ['\u00DD', 'ন্স'], ['\u00DE', 'প্ট'], ['\u00DF', 'প্ত'], ['\u00E0', 'প্প'],
  ['\u00E1', 'প্স'], ['\u00E2', 'ব্জ'], ['\u00E3', 'ব্দ'], ['\u00E4', 'ব্ধ'], ['\u00E5', 'ভ্র'],
  ['\u00E6', 'ম্ন'], ['\u00E7', 'ম্ফ'], ['\u00E9', 'ল্ক'], ['\u00EA', 'ল্গ'], ['\u00EB', 'ল্ট'],
  ['\u00EC', 'ল্ড'], ['\u00ED', 'ল্প'], ['\u00EE', 'ল্ফ'], ['\u00EF', 'শু'], ['\u00F0', 'শ্চ'],
  ['\u00F1', 'শ্ছ'], ['\u00F2', 'ষ্ণ'], ['\u00F3', 'ষ্ট'], ['\u00F4', 'ষ্ঠ'], ['\u00F5', 'ষ্ফ'],
  ['\u00F6', 'স্খ'], ['\u00F7', 'স্ট'], ['\u00F9', 'স্ফ'], ['\u00FB', 'হু'], ['\u00FC', 'হৃ'],
  ['\u00FD', 'হ্ন'], ['\u00FE', 'হ্ম'],
  ['\u00FF', 'ক্ষ'], // ÿ (converters disagree; ক্ষ is the common reading)
];

// Glyphs whose reading depends on what precedes them are decoded in bijoy.ts:
//   Í (U+00CD)  after a first-half form it is the lower ত (¯Í স্ত, šÍ ন্ত); alone it is ত্ম.
//   ø (U+00F8)  after a consonant it is ল-phala (cø প্ল, kø শ্ল); alone it is স্ন.
//   '  (U+0027) after a first-half form it is থ (¯' স্থ); otherwise an apostrophe.
export const CONTEXTUAL_GLYPHS = {
  tOrTM: '\u00CD',
  laOrSna: '\u00F8',
  apostrophe: "'",
} as const;

/** Unicode → Bijoy for the encoder, longest keys first when used. Each output must decode
 * back through BIJOY_TO_UNICODE (the round-trip tests hold us to it). */
export const UNICODE_TO_BIJOY: ReadonlyArray<readonly [string, string]> = [
  // Marks placed by the visual reordering
  [MARK.reph, '\u00A9'],
  [MARK.preI, 'w'],
  [MARK.preE, '\u2021'],
  [MARK.preAi, '\u2030'],

  // Ligatures with a vowel sign fused in
  ['গু', '\u00B8'], ['শু', '\u00EF'], ['হু', '\u00FB'], ['হৃ', '\u00FC'],
  ['রু', 'i\u201C'], ['রূ', 'i\u0192'], ['্রু', '\u00AA\u201C'],
  ['ন্তু', '\u0161\u2018'], ['স্তু', '\u00AF\u2018'],

  // Three-consonant forms
  ['ক্ষ্ম', '\u00B2'], ['ন্ত্র', '\u0161\u00BF'], ['স্ত্র', '\u00AF\u00BF'], ['ম্ভ্র', '\u00A4\u00A3'],
  ['ষ্ক্র', '\u00AE\u0152'], ['স্ক্র', '\u00AF\u0152'], ['ঙ্ক্ষ', '\u2022\u00B6'], ['ন্দ্ব', '\u203A\u00D8'],
  ['ম্প্র', '\u00A4c\u00D6'], ['র\u200D্য', 'i\u00A8'],

  // Two-consonant ligatures
  ['ক্ক', '\u00B0'], ['ক্ট', '\u00B1'], ['ক্ত', '\u00B3'], ['ক্ম', '\u00B4'], ['ক্র', '\u00B5'],
  ['ক্ষ', '\u00B6'], ['ক্স', '\u00B7'], ['গ্ধ', '\u00BB'], ['ঙ্ক', '\u00BC'], ['ঙ্গ', '\u00BD'],
  ['জ্জ', '\u00BE'], ['জ্ঝ', '\u00C0'], ['জ্ঞ', '\u00C1'], ['ঞ্চ', '\u00C2'], ['ঞ্ছ', '\u00C3'],
  ['ঞ্জ', '\u00C4'], ['ঞ্ঝ', '\u00C5'], ['ট্ট', '\u00C6'], ['ড্ড', '\u00C7'], ['ণ্ট', '\u00C8'],
  ['ণ্ঠ', '\u00C9'], ['ণ্ড', '\u00CA'], ['ত্ত', '\u00CB'], ['ত্থ', '\u00CC'], ['ত্র', '\u00CE'],
  ['দ্দ', '\u00CF'], ['দ্ধ', '\u00D7'], ['দ্ব', '\u00D8'], ['দ্ম', '\u00D9'], ['ন্ঠ', '\u00DA'],
  ['ন্ড', '\u00DB'], ['ন্ধ', '\u00DC'], ['ন্স', '\u00DD'], ['প্ট', '\u00DE'], ['প্ত', '\u00DF'],
  ['প্প', '\u00E0'], ['প্স', '\u00E1'], ['ব্জ', '\u00E2'], ['ব্দ', '\u00E3'], ['ব্ধ', '\u00E4'],
  ['ভ্র', '\u00E5'], ['ম্ন', '\u00E6'], ['ম্ফ', '\u00E7'], ['ল্ক', '\u00E9'], ['ল্গ', '\u00EA'],
  ['ল্ট', '\u00EB'], ['ল্ড', '\u00EC'], ['ল্প', '\u00ED'], ['ল্ফ', '\u00EE'], ['শ্চ', '\u00F0'],
  ['শ্ছ', '\u00F1'], ['ষ্ণ', '\u00F2'], ['ষ্ট', '\u00F3'], ['ষ্ঠ', '\u00F4'], ['ষ্ফ', '\u00F5'],
  ['স্খ', '\u00F6'], ['স্ট', '\u00F7'], ['স্ফ', '\u00F9'], ['হ্ন', '\u00FD'], ['হ্ম', '\u00FE'],

  // Two-glyph conjuncts: first-half form + consonant or second-half form
  ['ন্ত', '\u0161\u00CD'], ['ন্থ', '\u0161\u2019'], ['ন্ব', '\u0161^'], ['ন্ট', '\u203AU'], ['ন্দ', '\u203A`'],
  ['স্ত', '\u00AF\u00CD'], ['স্থ', '\u00AF\u2019'], ['স্ক', '\u00AF\u2039'], ['স্প', '\u00AF\u00FA'],
  ['স্ব', '\u00AF^'], ['স্ম', '\u00AF\u00A7'], ['স্ল', '\u00AF\u00AC'],
  ['ম্প', '\u00A4\u00FA'], ['ম্ব', '\u00A4^'], ['ম্ভ', '\u00A4\u00A2'], ['ম্ম', '\u00A4\u00A7'], ['ম্ল', '\u00A4\u00AC'],
  ['ষ্ক', '\u00AE\u2039'], ['ষ্প', '\u00AE\u00FA'], ['ষ্ম', '\u00AE\u00A7'],
  ['দ্গ', '\u02DCM'], ['দ্ঘ', '\u02DCN'], ['দ্ভ', '\u2122\u00A2'],
  ['চ্চ', '\u201DP'], ['চ্ছ', '\u201DQ'], ['চ্ঞ', '\u201DT'],
  ['ঙ্খ', '\u2022L'], ['ঙ্ঘ', '\u2022N'],

  // Consonant + phala where the phala glyph depends on the consonant
  ['প্র', 'c\u00D6'], ['গ্র', 'M\u00D6'], ['ফ্র', 'd\u00AB'],
  ['ধ্ব', 'a\u0178'], ['ব্ব', 'e\u0178'], ['হ্ব', 'n\u0178'],
  ['শ্ব', 'k\u00A6'], ['গ্ব', 'M\u00A6'], ['প্ব', 'c\u00A6'],

  // Generic second halves (phala forms)
  ['্র', '\u00AA'], ['্য', '\u00A8'], ['্ব', '\u00A1'], ['্ম', '\u00A5'], ['্ন', '\u0153'],
  ['্ণ', '\u00E8'], ['্ল', '\u00AC'], ['্ত', '\u2014'], ['্থ', '\u2019'], ['্ক', '\u2039'],
  ['্ভ', '\u00A2'], ['্প', '\u00FA'],
  ['্', '&'], // any other conjunct: explicit hasanta

  // Independent vowels
  ['আ', 'Av'], ['অ', 'A'], ['ই', 'B'], ['ঈ', 'C'], ['উ', 'D'], ['ঊ', 'E'], ['ঋ', 'F'],
  ['এ', 'G'], ['ঐ', 'H'], ['ও', 'I'], ['ঔ', 'J'],

  // Consonants (ড় ঢ় য় are consonant + nukta in NFC)
  ['ড়', 'o'], ['ঢ়', 'p'], ['য়', 'q'],
  ['ক', 'K'], ['খ', 'L'], ['গ', 'M'], ['ঘ', 'N'], ['ঙ', 'O'], ['চ', 'P'], ['ছ', 'Q'],
  ['জ', 'R'], ['ঝ', 'S'], ['ঞ', 'T'], ['ট', 'U'], ['ঠ', 'V'], ['ড', 'W'], ['ঢ', 'X'],
  ['ণ', 'Y'], ['ত', 'Z'], ['থ', '_'], ['দ', '`'], ['ধ', 'a'], ['ন', 'b'], ['প', 'c'],
  ['ফ', 'd'], ['ব', 'e'], ['ভ', 'f'], ['ম', 'g'], ['য', 'h'], ['র', 'i'], ['ল', 'j'],
  ['শ', 'k'], ['ষ', 'l'], ['স', 'm'], ['হ', 'n'], ['ৎ', 'r'],
  ['ং', 's'], ['ঃ', 't'], ['ঁ', 'u'],

  // Post-base vowel signs
  ['া', 'v'], ['ী', 'x'], ['ু', 'y'], ['ূ', '~'], ['ৃ', '\u2026'], ['ৗ', '\u0160'],

  // Digits
  ['০', '0'], ['১', '1'], ['২', '2'], ['৩', '3'], ['৪', '4'],
  ['৫', '5'], ['৬', '6'], ['৭', '7'], ['৮', '8'], ['৯', '9'],

  // Punctuation
  ['।', '|'], ['॥', '\\'], ['৳', '$'],
  ['“', '\u00D2'], ['”', '\u00D3'], ['‘', '\u00D4'], ['’', '\u00D5'],
  ['–', '\u00D0'], ['—', '\u00D1'],
];

/** Characters that pass through Bijoy unchanged in both directions. */
export const BIJOY_NEUTRAL_CHARS = new Set([...' \t\n\r!"#%()*+,-./:;<=>?@[]{}']);

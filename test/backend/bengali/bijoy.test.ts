import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bijoyToUnicode, isBijoyEncodable, looksLikeBijoy, unicodeToBijoy } from '../../../electron/backend/bengali/bijoy.js';
import { seedBengaliLines, seedText } from './seed-lines.js';

const nfc = (s: string): string => s.normalize('NFC');

// Real SutonnyMJ text and its reading, typed by people rather than produced by our encoder,
// so the decoder is checked against the layout itself.
const KNOWN_BIJOY: ReadonlyArray<readonly [string, string]> = [
  ['Kg©m¤úv`b m~PK', 'কর্মসম্পাদন সূচক'],
  ['ZvwiL', 'তারিখ'],
  ['msL¨v', 'সংখ্যা'],
  ['AmvaviY', 'অসাধারণ'],
  ['GKv e‡m Zywg', 'একা বসে তুমি'],
  ['‡`L‡Qv wK GKB AvKvk?', 'দেখছো কি একই আকাশ?'],
  ['w`b ‡k‡l Zvi Zviv¸‡jv w`‡e ‡`Lv|', 'দিন শেষে তার তারাগুলো দিবে দেখা।'],
  ['Avš—R©vwZK', 'আন্তর্জাতিক'], // — as the lower ত
  ['AvšÍR©vwZK', 'আন্তর্জাতিক'], // Í as the lower ত
  ['mZx_©iv', 'সতীর্থরা'], // reph typed after ী
  ['b¤^i', 'নম্বর'],
  ['`ª“ZB', 'দ্রুতই'],
  ['wµ‡÷vdvi', 'ক্রিস্টোফার'], // ি before a ligature, ো around one
  ['‰Zwi', 'তৈরি'],
  ['Bw½Z', 'ইঙ্গিত'],
  ['‡W«wmsi“‡gi', 'ড্রেসিংরুমের'], // ে before consonant + র-phala
  ['A‡÷«wjqvi', 'অস্ট্রেলিয়ার'],
  ['wec‡¶', 'বিপক্ষে'],
  ['I‡q÷ BwÛ‡Ri', 'ওয়েস্ট ইন্ডিজের'],
  ['R¡jR¡j', 'জ্বলজ্বল'],
  ['AvbyôvwbK', 'আনুষ্ঠানিক'],
  ['‡NvlYv', 'ঘোষণা'],
  ['†LvuR', 'খোঁজ'], // † variant of ে, chandrabindu inside ো
  ['`‚ieZ©x', 'দূরবর্তী'],
  ['c`©v', 'পর্দা'],
  ['w¯Œ‡b', 'স্ক্রিনে'],
  ['†W‡¯‹i', 'ডেস্কের'],
  ['†KvgjMvÜvi', 'কোমলগান্ধার'],
  ['we¯ÍvwiZ', 'বিস্তারিত'],
  ["¯'vbxq miKvi", 'স্থানীয় সরকার'], // ' as the lower থ
  ['¯’vbxq', 'স্থানীয়'],
  ['evwl©K', 'বার্ষিক'], // ি before the consonant, reph after it
  ['Kvh©µg', 'কার্যক্রম'],
  ['B-Mfb©¨vÝ I D™¢veb', 'ই-গভর্ন্যান্স ও উদ্ভাবন'], // reph typed before the য-phala
  ['B-Mfb¨©vÝ', 'ই-গভর্ন্যান্স'], // … or after it
  ['‡gŠwjK', 'মৌলিক'], // ৌ as ‡ … Š
  ['cÖwZ‡e`b', 'প্রতিবেদন'],
  ['‡cÖvMÖvg', 'প্রোগ্রাম'],
  ['Akøxj', 'অশ্লীল'], // ø after a consonant is ল-phala
  ['cø¨vb', 'প্ল্যান'],
  ['Zvu‡K', 'তাঁকে'],
  ['Zuv‡K', 'তাঁকে'], // chandrabindu typed before the া
  ['i¨ve', 'র‍্যাব'], // র + ZWJ + য-phala, not reph
  ['1 ‰ekvL 1430', '১ বৈশাখ ১৪৩০'],
];

// Phrases from the seeds (and the brief) that fixtures need in Bijoy.
const SEED_PHRASES = [
  'কর্মসম্পাদন সূচক',
  'কর্মসম্পাদন ক্ষেত্র',
  'কর্মসম্পাদন সূচকের মান',
  'লক্ষ্যমাত্রা',
  'লক্ষ্যমাত্রা/ অর্জন',
  'তারিখ',
  'সংখ্যা',
  'একক',
  'অসাধারণ',
  'অতি উত্তম',
  'উত্তম',
  'চলতি মান',
  'চলতি মানের নিম্নে',
  'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা',
  'কার্যক্রম',
  'মন্তব্য',
  'প্রমাণক',
  'ত্রৈমাসিক',
  'অর্ধবার্ষিক',
  'প্রক্রিয়াধীন',
  'চলমান',
  'ইত্যাদি',
  'স্ব-মূল্যায়ন প্রতিবেদন',
  'প্রত্যয়ন পত্র',
  'মন্ত্রিপরিষদ বিভাগে/ উর্ধ্বতন কর্তৃপক্ষের নিকট প্রেরিত',
  'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার',
  'স্মারক নম্বর',
  'দৃষ্টি আকর্ষণ',
  'সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:',
  'প্রাতিষ্ঠানিক দক্ষতা বৃদ্ধি',
  'ই-নথির ব্যবহার বৃদ্ধি',
  'ই-ফাইলে নোট নিষ্পত্তিকৃত',
  'তথ্য বাতায়ন হালনাগাদকৃত',
  '৪র্থ শিল্প বিপ্লবের চ্যালেঞ্জ মোকাবেলায় করণীয় বিষয়ে অবহিতকরণ সভা/কর্মশালা আয়োজন',
  'অনলাইন রিপোর্ট ম্যানেজমেন্ট সফটওয়্যার বাস্তবায়িত',
  'মাইগড প্ল্যাটফর্মের মাধ্যমে ডিজিটাইজেশনযোগ্য সরকারি সেবা চিহ্নিত',
  'উপর্যুক্ত বিষয় ও সূত্রস্থ পত্রের পরিপ্রেক্ষিতে',
  '২য় কোয়ার্টারে অর্জন (অক্টোবর/২৪-ডিসেম্বর/২৪)',
  'তারিখঃ ২৬/০৯/১৪২৮ বঙ্গাব্দ।',
  '৪র্থ কোয়ার্টারে সম্পন্ন করা হবে',
  'আওতাধীন দপ্তর/সংস্থা নেই',
  'শেখ হাসিনার মূলনীতি',
].map(nfc);

describe('bijoyToUnicode', () => {
  it.each(KNOWN_BIJOY)('reads %s', (bijoy, unicode) => {
    expect(bijoyToUnicode(bijoy)).toBe(nfc(unicode));
  });

  it('keeps e-mail addresses and URLs as they are', () => {
    expect(bijoyToUnicode('B-‡gBjt ce@lged.gov.bd')).toBe(nfc('ই-মেইলঃ ce@lged.gov.bd'));
    expect(bijoyToUnicode('I‡qemvBU: www.jms.gov.bd')).toBe(nfc('ওয়েবসাইট: www.jms.gov.bd'));
  });

  it('returns NFC text (ড় ঢ় য় as consonant + nukta, ো composed)', () => {
    const out = bijoyToUnicode('eq‡mi ‡jvK');
    expect(out).toBe(out.normalize('NFC'));
    expect(out).toBe(nfc('বয়সের লোক'));
  });

  it('leaves a stray pre-base sign where it was typed', () => {
    expect(bijoyToUnicode('w 1')).toBe('ি ১');
  });
});

describe('unicodeToBijoy', () => {
  it('writes the standard Bijoy forms', () => {
    expect(unicodeToBijoy('কর্মসম্পাদন সূচক')).toBe('Kg©m¤úv`b m~PK');
    expect(unicodeToBijoy('তারিখ')).toBe('ZvwiL');
    expect(unicodeToBijoy('সংখ্যা')).toBe('msL¨v');
    expect(unicodeToBijoy('অসাধারণ')).toBe('AmvaviY');
    expect(unicodeToBijoy('বার্ষিক')).toBe('evwl©K');
    expect(unicodeToBijoy(nfc('ই-গভর্ন্যান্স'))).toBe('B-Mfb©¨vÝ');
    expect(unicodeToBijoy('ক্রিস্টোফার')).toBe('wµ‡÷vdvi');
    expect(unicodeToBijoy('মৌলিক')).toBe('‡gŠwjK');
  });

  it.each(SEED_PHRASES)('round-trips %s', (phrase) => {
    expect(isBijoyEncodable(phrase)).toBe(true);
    const bijoy = unicodeToBijoy(phrase);
    expect(bijoy).not.toMatch(/[\u0980-\u09FF]/);
    expect(bijoyToUnicode(bijoy)).toBe(phrase);
  });

  it('phrases taken from the seeds are really there', () => {
    const text = nfc(seedText());
    const fromSeeds = SEED_PHRASES.filter((p) => text.includes(p));
    expect(fromSeeds.length).toBeGreaterThanOrEqual(38);
  });

  it('round-trips at least 95% of the seed lines it can encode', () => {
    const lines = seedBengaliLines().map(nfc);
    const encodable = lines.filter(isBijoyEncodable);
    const failed = encodable.filter((line) => bijoyToUnicode(unicodeToBijoy(line)) !== line);
    const share = (encodable.length - failed.length) / encodable.length;
    console.info(
      `Bijoy round trip: ${encodable.length - failed.length}/${encodable.length} encodable seed lines ` +
        `(${(share * 100).toFixed(1)}%); ${lines.length - encodable.length} of ${lines.length} lines hold Latin text or ৰ/ৱ`,
    );
    expect(encodable.length).toBeGreaterThanOrEqual(200);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('round-trips random well-formed Bengali syllables', () => {
    const consonants = [...'কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ', 'ড়', 'য়'].map(nfc);
    const cluster = fc
      .array(fc.constantFrom(...consonants), { minLength: 1, maxLength: 3 })
      .map((cs) => cs.join('্'));
    const syllable = fc
      .record({
        reph: fc.boolean(),
        cluster,
        kar: fc.constantFrom('', 'া', 'ি', 'ী', 'ু', 'ূ', 'ৃ', 'ে', 'ৈ', 'ো', 'ৌ'),
        sign: fc.constantFrom('', '', 'ং', 'ঃ', 'ঁ'),
      })
      // ya-phala on র needs ZWJ to be a phala; otherwise র্য is a reph and reads differently. That
      // holds wherever র্য stands in the cluster (র্র্য় came up with seed 349366049), not only first.
      .filter((s) => !s.cluster.includes('র্য') && !(s.reph && s.cluster.startsWith('র')))
      .map((s) => (s.reph ? 'র্' : '') + s.cluster + s.kar + s.sign);
    const word = fc
      .tuple(fc.constantFrom('', 'অ', 'আ', 'ই', 'উ', 'এ', 'ও'), fc.array(syllable, { minLength: 1, maxLength: 4 }))
      .map(([v, ss]) => nfc(v + ss.join('')));
    fc.assert(
      fc.property(word, (w) => bijoyToUnicode(unicodeToBijoy(w)) === w),
      { numRuns: 2000 },
    );
  });
});

describe('isBijoyEncodable', () => {
  it('accepts Bengali with digits and punctuation, refuses Latin letters and digits', () => {
    expect(isBijoyEncodable('[১.১.১] সেবা/অফিস ব্যবস্থাপনা সহজিকরণ, ৮৫%')).toBe(true);
    expect(isBijoyEncodable('ই-মেইলঃ ce@lged.gov.bd')).toBe(false);
    expect(isBijoyEncodable('২৫/০৫/24')).toBe(false);
    expect(isBijoyEncodable('৪ৰ্থ')).toBe(false);
  });
});

describe('looksLikeBijoy', () => {
  it.each([
    'Kg©m¤úv`b m~PK',
    'ZvwiL',
    'msL¨v',
    'AmvaviY',
    'Kvh©µg',
    'j¶¨gvÎv',
    'gšÍe¨',
    'cÖgvYK',
    'Pjgvb',
    'mwPe',
    'wefvMxq miKvwi MYMÖš’vMvi, Lyjbv',
    'B-‡gBjt ce@lged.gov.bd',
  ])('sees Bijoy in %s', (text) => {
    expect(looksLikeBijoy(text)).toBe(true);
  });

  it.each([
    'Performance Indicator',
    'Weight',
    'Excellent',
    'Very Good',
    'Evidence',
    'Average',
    'Overview',
    'Government Performance Management System',
    'Pvt. Ltd.',
    'Govt.',
    'PowerPoint',
    'WhatsApp',
    'DevTools',
    'e-Nothi',
    'e-file',
    'publiclibrarykhulna@gmail.com',
    'ce@lged.gov.bd',
    'www.legislativediv.gov.bd',
    'https://www.lged.gov.bd/site/page',
    '85',
    '61.54%',
    '1,200',
    '16/03/2022',
    '11/10/2023',
    'APA',
    'N/A',
    'Md. Sirajul Islam',
    'Khwaja Mridha',
    '',
    'কর্মসম্পাদন সূচক',
    'তারিখ: 16/03/2022',
    'FY 2023–24',
    'Citizen’s Charter',
    '“Smart Bangladesh”',
    '© 2024 LGED',
    'Microsoft Excel®',
    '• Workshop held',
    'Will be done in Q4…',
    '±5%',
    '25°C',
    '−5',
  ])('does not see Bijoy in %s', (text) => {
    expect(looksLikeBijoy(text)).toBe(false);
  });

  it('sees Bijoy in nearly every Bengali cell of the seeds once encoded', () => {
    const cells = [
      ...new Set(
        seedText()
          .split(/[\t\n]/)
          .map((c) => nfc(c.trim()))
          .filter((c) => /[\u0985-\u09B9]/.test(c) && isBijoyEncodable(c)),
      ),
    ];
    const seen = cells.filter((c) => looksLikeBijoy(unicodeToBijoy(c)));
    expect(cells.length).toBeGreaterThanOrEqual(200);
    expect(seen.length / cells.length).toBeGreaterThanOrEqual(0.97);
  });
});

import { describe, expect, it } from 'vitest';
import { formatBengaliIsoDate } from '../../../common/bengali/calendar.js';
import {
  formatBengaliNumber,
  isDash,
  normaliseSpace,
  parseDateText,
  parseNumberText,
} from '../../../electron/backend/bengali/typed-values.js';

describe('parseDateText', () => {
  it.each([
    // seeds 000, 003, 004: dd/mm/yyyy in Bengali digits
    ['১৬/০৫/২০২৪', '2024-05-16'],
    ['৩১/০১/২০২৪', '2024-01-31'],
    ['১১/০২/২০২২', '2022-02-11'],
    // seed 003: a stray space after the second slash
    ['৩০/০৫/ ২০২২', '2022-05-30'],
    // seed 002: two-digit years, one-digit day
    ['১৬/০৩/২৫', '2025-03-16'],
    ['৬/০৪/২৫', '2025-04-06'],
    ['৩১/৮/২৪', '2024-08-31'],
    ['২৫/০৫/২৪', '2024-05-25'],
    // seed 002: dd.mm.yyyy; seed 003: d.mm.yyyy
    ['১৬.০৩.২০২৫', '2025-03-16'],
    ['৫.০৭.২০২২', '2022-07-05'],
    // seed 001: d-m-yyyy with খ্রি:
    ['৪-১-২০২৪ খ্রি:', '2024-01-04'],
    ['৪-১-২০২৪ খ্রিঃ', '2024-01-04'],
    ['২২/০৯/২০২২ খ্রিস্টাব্দ।', '2022-09-22'],
    // seed 001's English signature date, and mixed digits
    ['11/10/2023', '2023-10-11'],
    ['1৬/0৩/২০22', '2022-03-16'],
    [' ০৬/১১/২০২১ ', '2021-11-06'],
    // month names (seed 004: "৪ জানুয়ারি, ২০২২")
    ['৪ জানুয়ারি, ২০২২', '2022-01-04'],
    ['৪ জানুয়ারী ২০২২', '2022-01-04'],
    ['৩০ জুন, ২০২২', '2022-06-30'],
    ['১ আগষ্ট ২০২৩', '2023-08-01'],
    ['4 January 2022', '2022-01-04'],
    ['4th Jan, 2022', '2022-01-04'],
    ['04-Jan-24', '2024-01-04'],
    ['January 4, 2022', '2022-01-04'],
    ['Sept 30, 2021', '2021-09-30'],
    // ISO as exported by other tools
    ['2024-01-04', '2024-01-04'],
    // leap day
    ['29/02/2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ iso });
  });

  it('reads Bengali-era dates into their Gregorian day', () => {
    expect(parseDateText('২০ পৌষ ১৪৩০')).toEqual({ iso: '2024-01-04' });
    expect(parseDateText('৭ আশ্বিন ১৪২৯ বঙ্গাব্দ')).toEqual({ iso: '2022-09-22' });
    // seed 003: the printed বঙ্গাব্দ date is 10 January 2022, not the 22/09/2022 beside it.
    expect(parseDateText('২৬/০৯/১৪২৮ বঙ্গাব্দ।')).toEqual({ iso: '2022-01-10' });
    expect(parseDateText('৩০ ফাল্গুন ১৪২৯')).toEqual({ invalid: '৩০ ফাল্গুন ১৪২৯' });
  });

  it.each([
    '০০/১২/২০২১', // seed 004
    '31/02/2022',
    '29/02/2023',
    '৩২/০১/২০২৪',
    '১৫/১৩/২০২৪',
    '31 April 2024',
    '২৬/০৯/১৪২৮', // a Bengali-era year without বঙ্গাব্দ is no Gregorian date
  ])('calls %s an invalid date', (text) => {
    expect(parseDateText(text)).toEqual({ invalid: text });
  });

  it.each([
    'জানুয়ারি ২০২২',
    'January 2022',
    'অক্টোবর/২৪-ডিসেম্বর/২৪',
    'চলমান',
    'প্রক্রিয়াধীন',
    '৮৫%',
    '৬১.৫৪',
    '১.১.১',
    '[১.১.১]',
    '২০২৩-২৪',
    '১',
    '-',
    '',
    '০৬/১১/২০২১ এ আলোচ্য বিষয়ে সভা আয়োজন করা হয়েছে।',
    '৪ টি ২০২২',
  ])('does not read %s as a date', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('parseNumberText', () => {
  it.each([
    ['৮৫%', 85, true],
    ['85', 85, false],
    ['61.54%', 61.54, true],
    ['৬১.৫৪%', 61.54, true], // seed 002
    ['৬১.৫৪', 61.54, false],
    ['১,২০০', 1200, false],
    ['১,২০,০০০', 120000, false],
    ['1,200,000', 1200000, false],
    ['৮০ %', 80, true],
    ['১০০%', 100, true],
    ['০', 0, false], // seed 002: a zero achievement
    ['০১', 1, false],
    ['৪', 4, false],
    ['0.5', 0.5, false],
    ['৮০ শতাংশ', 80, true],
    [' ৭২ ', 72, false],
  ])('reads %s', (text, value, percent) => {
    expect(parseNumberText(text)).toEqual({ value, percent });
  });

  it.each([
    'চলমান',
    'শতভাগ বয় করা হবে।',
    '১৬/০৩/২০২২',
    '১৬.০৩.২০২৫',
    '১,২',
    '১২,৩৪',
    '৬১.৫৪.২',
    '৪র্থ',
    '১ বার সম্পন্ন হয়েছে',
    '-',
    '%',
    '',
  ])('does not read %s as a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('isDash', () => {
  it.each(['-', '--', '–', '—', 'N/A', 'n/a', ' - '])('%s is a dash', (text) => {
    expect(isDash(text)).toBe(true);
  });
  it.each(['', '০', 'e-file', '-৫', 'NAME', 'চলমান', '----'])('%s is not', (text) => {
    expect(isDash(text)).toBe(false);
  });
});

describe('normaliseSpace', () => {
  it('trims and collapses spaces, tabs, newlines and NBSP', () => {
    expect(normaliseSpace('  প্রতিবেদন\u00A0\u00A0মন্ত্রিপরিষদ\tবিভাগে\n প্রেরিত  ')).toBe('প্রতিবেদন মন্ত্রিপরিষদ বিভাগে প্রেরিত');
    expect(normaliseSpace('“শেখ হাসিনার বারতা,  \nনারী পুরুষ সমতা”')).toBe('“শেখ হাসিনার বারতা, নারী পুরুষ সমতা”');
  });

  it('drops zero-width characters, keeping ZWJ/ZWNJ inside Bengali', () => {
    expect(normaliseSpace('\uFEFFতারিখ\u200B')).toBe('তারিখ');
    expect(normaliseSpace('র\u200D্যাব')).toBe('র\u200D্যাব');
    expect(normaliseSpace('ক্\u200Cষ')).toBe('ক্\u200Cষ');
    expect(normaliseSpace('\u200Dতারিখ')).toBe('তারিখ');
    expect(normaliseSpace('e\u200C-file')).toBe('e-file');
  });
});

describe('formatBengaliNumber', () => {
  it('writes Bengali digits with lakh grouping', () => {
    expect(formatBengaliNumber(85)).toBe('৮৫');
    expect(formatBengaliNumber(1234567)).toBe('১২,৩৪,৫৬৭');
    expect(formatBengaliNumber(4.3078, { maximumFractionDigits: 2 })).toBe('৪.৩১');
    expect(formatBengaliNumber(0.6154, { style: 'percent', maximumFractionDigits: 2 })).toMatch(/^৬১\.৫৪\s?%$/);
  });
});

describe('formatBengaliIsoDate', () => {
  it('writes dd/mm/yyyy in Bengali digits', () => {
    expect(formatBengaliIsoDate('2024-01-04')).toBe('০৪/০১/২০২৪');
    expect(formatBengaliIsoDate('2022-02-11')).toBe('১১/০২/২০২২');
  });

  it('uses the date as written, whatever the time zone', () => {
    expect(formatBengaliIsoDate('2024-01-04T23:30:00Z')).toBe('০৪/০১/২০২৪');
    expect(formatBengaliIsoDate('2023-12-31T18:00:00.000Z')).toBe('৩১/১২/২০২৩');
  });

  it('round-trips with parseDateText', () => {
    for (const iso of ['2021-07-01', '2022-06-30', '2024-02-29', '2025-01-12']) {
      expect(parseDateText(formatBengaliIsoDate(iso))).toEqual({ iso });
    }
  });

  it('rejects impossible dates', () => {
    expect(() => formatBengaliIsoDate('2023-02-29')).toThrow();
    expect(() => formatBengaliIsoDate('04/01/2024')).toThrow();
  });
});

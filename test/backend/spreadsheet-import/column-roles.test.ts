import { describe, expect, it } from 'vitest';
import {
  classifyHeader,
  COLUMN_ROLES,
  headerKey,
  isColumnRole,
  levelOfRole,
  periodFromText,
  periodOfRole,
} from '../../../electron/backend/spreadsheet-import/column-roles.js';

const kind = (text: string) => classifyHeader(headerKey(text));

describe('classifyHeader', () => {
  it.each([
    ['ক্রম', 'serial'],
    ['ক্রঃ নং', 'serial'],
    ['ক্র.সং', 'serial'],
    ['ক্র.নং', 'serial'],
    ['কর্মসম্পাদন ক্ষেত্র', 'area'],
    ['কর্মসম্পাদন কেন্দ্র', 'area'],
    ['Performance Area', 'area'],
    ['মান', 'bareWeight'],
    ['Weight', 'bareWeight'],
    ['Area Weight', 'areaWeight'],
    ['কার্যক্রম', 'activity'],
    ['Activity', 'activity'],
    ['কর্মসম্পাদন সূচক', 'indicator'],
    ['Performance Indicator', 'indicator'],
    ['একক', 'unit'],
    ['Unit', 'unit'],
    ['কর্মসম্পাদন সূচকের মান', 'weight'],
    ['Indicator Weight', 'weight'],
    ['Code', 'code'],
    ['মন্তব্য', 'remarks'],
    ['Remarks', 'remarks'],
    ['প্রমাণক', 'evidence'],
    ['Evidence', 'evidence'],
  ])('%s → %s', (text, expected) => {
    expect(kind(text)?.kind).toBe(expected);
  });

  it.each([
    ['অসাধারণ', 100],
    ['অতি উত্তম', 90],
    ['উত্তম', 80],
    ['চলতি মান', 70],
    ['চলতিমান', 70],
    ['চলতি মানের নিম্নে', 60],
    ['Excellent', 100],
    ['Very Good', 90],
    ['Good', 80],
    ['Fair', 70],
    ['Poor', 60],
    ['১০০%', 100],
    ['৬০ %', 60],
    ['অসাধারণ ১০০%', 100],
  ])('%s is the %i%% target', (text, level) => {
    expect(kind(text)).toMatchObject({ kind: 'target', level });
  });

  it('reads a level percentage as deciding, a level word as a guess', () => {
    expect(kind('৯০%')).toMatchObject({ byPercent: true });
    expect(kind('উত্তম')).toMatchObject({ byPercent: false });
  });

  it('reads a plain target column and achievement columns with their periods', () => {
    expect(kind('লক্ষ্যমাত্রা ২০২৩-২০২৪')).toMatchObject({ kind: 'target', level: null });
    expect(kind('Target')).toMatchObject({ kind: 'target', level: null });
    expect(kind('১ম ত্রৈমাসিক অগ্রগতি (জুলাই-সেপ্টেম্বর, ২০২১)')).toEqual({ kind: 'achievement', period: 'Q1' });
    expect(kind('২য় কোয়ার্টারে অর্জন (অক্টোবর/২৪-ডিসেম্বর/২৪)')).toEqual({ kind: 'achievement', period: 'Q2' });
    expect(kind('৩য় ত্রৈমাসিক')).toEqual({ kind: 'achievement', period: 'Q3' });
    expect(kind('৪ৰ্থ কোয়ার্টার অর্জন')).toEqual({ kind: 'achievement', period: 'Q4' }); // OCR's Assamese ra
    expect(kind('অর্ধবার্ষিক অর্জন')).toEqual({ kind: 'achievement', period: 'H1' });
    expect(kind('বার্ষিক অর্জন')).toEqual({ kind: 'achievement', period: 'annual' });
    expect(kind('অর্জন (জুলাই, ২০২১ হতে জুন, ২০২২ পর্যন্ত)')).toEqual({ kind: 'achievement', period: 'annual' });
    expect(kind('অর্জন')).toEqual({ kind: 'achievement', period: null });
    expect(kind('Q1 Achievement')).toEqual({ kind: 'achievement', period: 'Q1' });
    expect(kind('Achievement')).toEqual({ kind: 'achievement', period: null });
  });

  it('matches য় typed precomposed or as য + nukta alike', () => {
    const precomposed = 'কোয়ার্টার'.normalize('NFC').replace('য\u09bc', '\u09df');
    expect(precomposed).not.toBe('কোয়ার্টার'.normalize('NFC'));
    expect(kind(`২য় ${precomposed} অর্জন`)).toEqual({ kind: 'achievement', period: 'Q2' });
  });

  it('leaves text that is no header alone', () => {
    expect(kind('')).toBeNull();
    expect(kind('১৬/০৫/২০২৪')).toBeNull();
    expect(kind('[১.১.১] মন্ত্রণালয়/বিভাগ কর্তৃক সেবা সহজিকরণ')).toBeNull();
    expect(kind('x'.repeat(200) + ' কর্মসম্পাদন সূচক')).toBeNull();
  });
});

describe('periodFromText', () => {
  it.each([
    ['২য় ত্রৈমাসিক অগ্রগতির প্রতিবেদন', 'Q2'],
    ['অক্টোবর হতে ডিসেম্বর, ২০২১', 'Q2'],
    ['জুলাই হতে ডিসেম্বর, ২০২১', 'H1'],
    ['জানুয়ারি-মার্চ', 'Q3'],
    ['এপ্রিল হতে জুন', 'Q4'],
    ['অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন', 'H1'],
    ['বার্ষিক কর্মসম্পাদন চুক্তি', null],
    ['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪', null],
  ])('%s → %s', (text, period) => {
    expect(periodFromText(headerKey(text))).toBe(period);
  });
});

describe('COLUMN_ROLES', () => {
  it('lists every role once with a Bengali and an English label', () => {
    const roles = COLUMN_ROLES.map((r) => r.role);
    expect(new Set(roles).size).toBe(roles.length);
    expect(roles).toEqual(expect.arrayContaining(['serial', 'indicator', 'target:100', 'target:60', 'achievement:Q1', 'achievement:annual', 'ignore']));
    expect(roles).toHaveLength(13 + 5 + 6 - 2);
    for (const r of COLUMN_ROLES) {
      expect(r.bn).toMatch(/[\u0980-\u09ff]/);
      expect(r.en).toMatch(/[A-Za-z]/);
      expect(isColumnRole(r.role)).toBe(true);
    }
    expect(isColumnRole('target:50')).toBe(false);
    expect(levelOfRole('target:90')).toBe(90);
    expect(periodOfRole('achievement:H1')).toBe('H1');
    expect(levelOfRole('weight')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  fiscalYearFromText,
  officeFromLines,
  officeFromTitle,
  periodFromLines,
  planTypeFromLines,
} from '../../../electron/backend/spreadsheet-import/title-info.js';

describe('fiscalYearFromText', () => {
  it.each([
    ['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪', '2023-24'],
    ['লক্ষ্যমাত্রা ২০২৩-২০২৪', '2023-24'],
    ['Plan 2021-22', '2021-22'],
    ['FY 2024/2025', '2024-25'],
    ['২০২১-৪৭', null],
    ['১৬/০৫/২০২৪', null],
    ['নথি নং-৪৬.০২.০০০০.৬০২.২২.০০৯(অংশ-৫)২০২১-৪৭', null],
    ['no year here', null],
  ])('%s → %s', (text, fy) => {
    expect(fiscalYearFromText(text)).toBe(fy);
  });
});

describe('officeFromTitle', () => {
  it.each([
    ['জাতীয় মহিলা সংস্থার ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২১-২২', 'জাতীয় মহিলা সংস্থা'],
    ['জাতীয় মহিলা সংস্থার ২য় ত্রৈমাসিক অগ্রগতি (অক্টোবর হতে ডিসেম্বর, ২০২১)', 'জাতীয় মহিলা সংস্থা'],
    ['লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগের ই-গভর্নান্স ও উত্তীবন কর্মপরিকল্পনা ২০২৩-২৪ এর ২য় ত্রৈমাসিক স্ব-মূল্যায়ন প্রতিবেদন', 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ'],
    ['বিষয়: লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগের ২০২৩-২৪ অর্থ বছরের ই-গভর্ন্যান্স ও উন্নাবন কর্মপরিকল্পনার ২য় ত্রৈমাসিক প্রতিবেদন প্রেরণ প্রসঙ্গে।', 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ'],
    ['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ২য় ত্রৈমাসিক অগ্রগতির প্রতিবেদন', null],
    ['“ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২১-২২” এর অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন', null],
    ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', null],
  ])('%s → %s', (line, office) => {
    expect(officeFromTitle(line)).toBe(office);
  });
});

describe('officeFromLines (letterhead)', () => {
  it('takes the most specific office and skips a branch line', () => {
    expect(
      officeFromLines(['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'আইন, বিচার ও সংসদ বিষয়ক মন্ত্রণালয়', 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', 'কর্মসম্পাদন ব্যবস্থাপনা শাখা', 'www.legislativediv.gov.bd']),
    ).toBe('লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ');
  });

  it('prefers a field office over its directorate, and an agency over its ministry', () => {
    expect(officeFromLines(['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'সংস্কৃতি বিষয়ক মন্ত্রণালয়', 'গণগ্রন্থাগার অধিদপ্তর', 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা'])).toBe(
      'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা',
    );
    expect(officeFromLines(['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'জাতীয় মহিলা সংস্থা', 'মহিলা ও শিশু বিষয়ক মন্ত্রণালয়', '১৪৫, নিউ বেইলী রোড, ঢাকা।'])).toBe('জাতীয় মহিলা সংস্থা');
  });

  it('does not take the addressee below the letterhead', () => {
    expect(
      officeFromLines(['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'স্থানীয় সরকার প্রকৌশল অধিদপ্তর', 'আগারগাঁও, শেরেবাংলা নগর', 'ঢাকা-১২০৭।', 'প্রতি,', 'সিনিয়র সচিব', 'স্থানীয় সরকার বিভাগ।']),
    ).toBe('স্থানীয় সরকার প্রকৌশল অধিদপ্তর');
  });

  it('reads a plain title line naming the office, and gives null when none is named', () => {
    expect(officeFromLines(['প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪'])).toBe('প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়');
    expect(officeFromLines(['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪'])).toBeNull();
    expect(officeFromLines([])).toBeNull();
  });
});

describe('planTypeFromLines and periodFromLines', () => {
  it('names the annex', () => {
    expect(planTypeFromLines(['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪'])).toBe('egov');
    expect(planTypeFromLines(['জাতীয় মহিলা সংস্থার ই-গর্ভন্যাস ও উদ্ভাবন কর্মপরিকল্পনা'])).toBe('egov');
    expect(planTypeFromLines(['e-Governance and Innovation Action Plan 2023-24'])).toBe('egov');
    expect(planTypeFromLines(['জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা ২০২৩-২৪'])).toBe('nis');
    expect(planTypeFromLines(['অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা'])).toBe('grs');
    expect(planTypeFromLines(['সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা'])).toBe('citizen-charter');
    expect(planTypeFromLines(['তথ্য অধিকার বিষয়ে কর্মপরিকল্পনা'])).toBe('rti');
    expect(planTypeFromLines(['বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪'])).toBe('apa');
    expect(planTypeFromLines(['প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়'])).toBeNull();
  });

  it('takes the first line that names a period', () => {
    expect(periodFromLines(['সংযোজনী-৬ ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২১-২২', 'জাতীয় মহিলা সংস্থার ২য় ত্রৈমাসিক অগ্রগতি (অক্টোবর হতে ডিসেম্বর, ২০২১)'])).toBe('Q2');
    expect(periodFromLines(['প্রতিবেদন (জুলাই, ২০২১ হতে জুন, ২০২২ পর্যন্ত)'])).toBe('annual');
    expect(periodFromLines(['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪'])).toBeNull();
  });
});

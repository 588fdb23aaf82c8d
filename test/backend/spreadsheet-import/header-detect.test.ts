import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../electron/backend/spreadsheet-import/header-detect.js';
import { PlanReadError } from '../../../electron/backend/spreadsheet-import/errors.js';
import { readWorkbook } from '../../../electron/backend/spreadsheet-import/read.js';
import { unicodeToBijoy } from '../../../electron/backend/bengali/bijoy.js';
import { csvBytes, workbookBytes, type CellSpec, type SheetSpec } from './helpers.js';
import { coverLetter004, seed000, seed004 } from './seed-workbooks.js';

const layoutOf = (sheets: SheetSpec[]) => detectLayout(readWorkbook(workbookBytes(sheets), 'plan.xlsx'));
const roles = (layout: ReturnType<typeof layoutOf>) => Object.fromEntries(layout.columns.map((c) => [c.letter, c.role]));

describe('detectLayout', () => {
  it('finds seed 000’s three-row header, its columns, year, office and type', () => {
    const layout = layoutOf([seed000()]);
    expect(layout).toMatchObject({
      sheet: 'কর্মপরিকল্পনা',
      headerRowStart: 4,
      headerRowEnd: 7, // the column-number row ১ ২ ৩ … is header, not data
      dataRowStart: 8,
      dataRowEnd: 18, // the signature lines below are not data
      fiscalYear: '2023-24',
      officeName: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়',
      planType: 'egov',
      periodHint: null,
    });
    expect(roles(layout)).toEqual({
      A: 'serial',
      B: 'area',
      C: 'areaWeight',
      D: 'activity',
      E: 'indicator',
      F: 'unit',
      G: 'weight',
      H: 'target:100',
      I: 'target:90',
      J: 'target:80',
      K: 'target:70',
      L: 'target:60',
    });
    expect(layout.columns[7]!.header).toBe('লক্ষ্যমাত্রা ২০২৩-২০২৪ / অসাধারণ / ১০০%');
  });

  it('skips a cover letter on the first sheet and reads the office from the title, the period from the header', () => {
    const layout = layoutOf([coverLetter004(), seed004()]);
    expect(layout.sheet).toBe('অগ্রগতি');
    expect(layout).toMatchObject({ fiscalYear: '2021-22', officeName: 'জাতীয় মহিলা সংস্থা', periodHint: 'Q2', planType: 'egov' });
    expect(roles(layout)).toMatchObject({ H: 'target:100', I: 'target:80', J: 'target:60', K: 'achievement:Q1', L: 'achievement:Q2' });
    // The table goes on past the page break and the repeated header.
    expect(layout.dataRowEnd).toBe(15);
  });

  it('reads English headers in another order, with spacer columns and no unit column', () => {
    const rows: CellSpec[][] = [
      ['e-Governance and Innovation Action Plan 2023-24'],
      ['Code', 'Performance Indicator', null, 'Weight', 'Excellent', 'Very Good', 'Good', 'Fair', 'Poor', 'Performance Area', 'Activity', 'Q1 Achievement', 'Remarks'],
      ['1.1.1', 'Idea implemented', null, 10, 1, 2, 3, 4, 5, 'Area', 'Act', null, null],
    ];
    const layout = layoutOf([{ name: 'Plan', rows }]);
    expect(roles(layout)).toEqual({
      A: 'code',
      B: 'indicator',
      C: 'ignore',
      D: 'weight',
      E: 'target:100',
      F: 'target:90',
      G: 'target:80',
      H: 'target:70',
      I: 'target:60',
      J: 'area',
      K: 'activity',
      L: 'achievement:Q1',
      M: 'remarks',
    });
    expect(layout.fiscalYear).toBe('2023-24');
  });

  it('takes a plain "অর্জন" column’s period from the title, and one target column as 100%', () => {
    const rows: CellSpec[][] = [
      ['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২১-২২ এর অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন'],
      ['ক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা/ অর্জন', null, 'মন্তব্য'],
      [null, null, null, null, 'লক্ষ্যমাত্রা', 'অর্জন', null],
      ['১', '[১.১.১] সূচক', 'তারিখ', '৫', '১৬/০৩/২০২২', 'চলমান', null],
    ];
    const layout = layoutOf([{ name: 'S', rows, merges: ['E2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'G2:G3'] }]);
    expect(layout.periodHint).toBe('H1');
    expect(layout).toMatchObject({ headerRowStart: 1, headerRowEnd: 2, dataRowStart: 3 });
    expect(roles(layout)).toMatchObject({ A: 'serial', B: 'indicator', E: 'target:100', F: 'achievement:H1', G: 'remarks' });
  });

  it('reads headers typed in Bijoy', () => {
    const bijoy = (t: string) => unicodeToBijoy(t);
    const rows: CellSpec[][] = [
      [bijoy('ক্রম'), bijoy('কার্যক্রম'), bijoy('কর্মসম্পাদন সূচক'), bijoy('একক'), bijoy('কর্মসম্পাদন সূচকের মান'), bijoy('লক্ষ্যমাত্রা')],
      ['01', bijoy('[১.১] সেবা'), bijoy('[১.১.১] সূচক'), bijoy('তারিখ'), '10', '16/03/25'],
    ];
    expect(roles(layoutOf([{ name: 'S', rows }]))).toEqual({ A: 'serial', B: 'activity', C: 'indicator', D: 'unit', E: 'weight', F: 'target:100' });
  });

  it('reads a CSV table', () => {
    const wb = readWorkbook(
      csvBytes([['কর্মসম্পাদন সূচক', 'একক', 'মান', 'লক্ষ্যমাত্রা'], ['[১.১.১] সূচক', 'সংখ্যা', '৪', '২']], true),
      'plan.csv',
    );
    expect(detectLayout(wb)).toMatchObject({ headerRowStart: 0, dataRowStart: 1, dataRowEnd: 1 });
  });

  it('says there is no table when no sheet has an indicator column over data', () => {
    const wb = readWorkbook(workbookBytes([coverLetter004()]), 'letter.xlsx');
    expect(() => detectLayout(wb)).toThrow(PlanReadError);
    const headerOnly = readWorkbook(workbookBytes([{ name: 'S', rows: [['কর্মসম্পাদন সূচক', 'একক', 'লক্ষ্যমাত্রা']] }]), 'empty.xlsx');
    expect(() => detectLayout(headerOnly)).toThrow(/no plan table/);
  });

  it('looks at one named sheet when asked', () => {
    const wb = readWorkbook(workbookBytes([seed000(), { ...seed004(), name: 'দ্বিতীয়' }]), 'two.xlsx');
    expect(detectLayout(wb).sheet).toBe('দ্বিতীয়'); // more header words
    expect(detectLayout(wb, { sheet: 'কর্মপরিকল্পনা' }).sheet).toBe('কর্মপরিকল্পনা');
  });
});

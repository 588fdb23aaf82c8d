import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../electron/backend/bengali/typed-values.js';
import { isDateFormat, isoShaped, numericDate, readText, readValue, serialToIso, textValue } from '../../../electron/backend/spreadsheet-import/cell-values.js';
import type { GridCell } from '../../../electron/backend/spreadsheet-import/sheet-grid.js';
import { unicodeToBijoy } from '../../../electron/backend/bengali/bijoy.js';
import { serial } from './helpers.js';

function cell(t: GridCell['t'], v: GridCell['v'], z?: string): GridCell {
  return { row: 0, col: 0, t, v, z, memoText: undefined, memoHeader: undefined, memoValue: undefined, memoValueAsDate: undefined };
}
const opts = { date1904: false, expectDate: false };

describe('serialToIso', () => {
  it('turns Excel serials into calendar days, whatever the time zone', () => {
    expect(serialToIso(serial('2024-05-16'))).toBe('2024-05-16');
    expect(serialToIso(serial('2022-01-13') + 0.99)).toBe('2022-01-13');
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull(); // Excel's 29 February 1900
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(0, true)).toBeNull();
    expect(serialToIso(serial('2024-05-16') - 1462, true)).toBe('2024-05-16');
    expect(serialToIso(-5)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
  });
});

describe('isDateFormat', () => {
  it.each([
    ['m/d/yy', true],
    ['dd/mm/yyyy', true],
    ['[$-445]d mmmm yyyy', true],
    ['yyyy-mm-dd', true],
    ['mmm-yy', true],
    ['0%', false],
    ['0.00', false],
    ['h:mm', false],
    ['"day" 0', false],
    ['General', false],
  ])('%s → %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('readValue', () => {
  it('reads real Excel date and percent cells', () => {
    expect(readValue(cell('n', serial('2024-01-31'), 'dd/mm/yyyy'), opts)).toMatchObject({ kind: 'date', iso: '2024-01-31' });
    expect(readValue(cell('n', 0.85, '0%'), opts)).toMatchObject({ kind: 'number', value: 85, percent: true });
    expect(readValue(cell('n', 0.6154, '0.00%'), opts)).toMatchObject({ kind: 'number', value: 61.54 });
    expect(readValue(cell('n', 4), opts)).toMatchObject({ kind: 'number', value: 4, percent: false });
  });

  it('takes a bare serial as a date only where a date is expected', () => {
    const bare = cell('n', serial('2024-05-16'));
    expect(readValue(bare, opts)).toMatchObject({ kind: 'number' });
    expect(readValue(bare, { date1904: false, expectDate: true })).toMatchObject({ kind: 'date', iso: '2024-05-16' });
    expect(readValue(cell('n', 4), { date1904: false, expectDate: true })).toMatchObject({ kind: 'number', value: 4 });
  });

  it('reads typed values in Bengali and Latin digits', () => {
    expect(textValue('৮৫%')).toEqual({ kind: 'number', value: 85, percent: true });
    expect(textValue('85')).toEqual({ kind: 'number', value: 85, percent: false });
    expect(textValue('৬১.৫৪%')).toEqual({ kind: 'number', value: 61.54, percent: true });
    expect(textValue('১,২০০')).toEqual({ kind: 'number', value: 1200, percent: false });
    expect(textValue('১৬/০৫/২০২৪')).toMatchObject({ kind: 'date', iso: '2024-05-16' });
    expect(textValue('৩০/০৫/ ২০২২')).toMatchObject({ kind: 'date', iso: '2022-05-30' });
    expect(textValue('31/8/24')).toMatchObject({ kind: 'date', iso: '2024-08-31' });
    expect(textValue('১৬.০৩.২০২৫')).toMatchObject({ kind: 'date', iso: '2025-03-16' });
    expect(textValue('-')).toEqual({ kind: 'empty' });
    expect(textValue('--')).toEqual({ kind: 'empty' });
    expect(textValue('')).toEqual({ kind: 'empty' });
    expect(textValue('চলমান')).toEqual({ kind: 'words', text: 'চলমান' });
    expect(textValue('৪র্থ কোয়ার্টারে সম্পন্ন করা হবে')).toMatchObject({ kind: 'words' });
  });

  it('keeps an impossible date in date form for the checks and scoring', () => {
    expect(textValue('০০/১২/২০২১')).toEqual({ kind: 'invalid-date', text: '০০/১২/২০২১', shaped: '2021-12-00' });
    expect(textValue('31/06/2024')).toMatchObject({ kind: 'invalid-date', shaped: '2024-06-31' });
    expect(isoShaped('5/13/24')).toBe('2024-13-05');
    expect(isoShaped('not a date')).toBeNull();
  });

  it('converts Bijoy text and says so', () => {
    const read = readText(cell('s', unicodeToBijoy('চলমান')));
    expect(read).toEqual({ text: 'চলমান', bijoy: true });
    expect(readText(cell('s', '  চলমান   কাজ '))).toEqual({ text: 'চলমান কাজ', bijoy: false });
    expect(readText(cell('s', 'www.jms.gov.bd'))).toEqual({ text: 'www.jms.gov.bd', bijoy: false });
  });
});

describe('numericDate (the fast path for dd/mm/yyyy)', () => {
  it('agrees with parseDateText on every numeric date shape', () => {
    const digit = fc.constantFrom(...'0123456789০১২৩৪৫৬৭৮৯'.split(''));
    const part = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
    const sep = fc.constantFrom('/', '.', '-', ' / ', '/ ');
    fc.assert(
      fc.property(part(1, 2), sep, part(1, 2), sep, fc.oneof(part(2, 2), part(4, 4)), (d, s1, m, s2, y) => {
        const text = `${d}${s1}${m}${s2}${y}`;
        const fast = numericDate(text);
        const slow = parseDateText(text);
        if (fast === null) return; // left to parseDateText
        if (fast.kind === 'date') expect(slow).toEqual({ iso: fast.iso });
        else expect(slow && 'invalid' in slow).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

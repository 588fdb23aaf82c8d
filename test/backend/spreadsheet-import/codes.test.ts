import { describe, expect, it } from 'vitest';
import { codePrefix, normaliseCode, parseCodeCell, parseLeadingCode } from '../../../electron/backend/spreadsheet-import/codes.js';

describe('parseLeadingCode', () => {
  it.each([
    ['[১.১.১] একটি নতুন উদ্ভাবনী ধারণা বাস্তবায়িত', '1.1.1', 'একটি নতুন উদ্ভাবনী ধারণা বাস্তবায়িত'],
    ['(১.১.১) একটি নতুন উদ্ভাবনী ধারণা', '1.1.1', 'একটি নতুন উদ্ভাবনী ধারণা'],
    ['[1.2.3] Latin digits', '1.2.3', 'Latin digits'],
    ['[ ২ . ১ . ২ ]সূচক', '2.1.2', 'সূচক'],
    ['[১] ই-গভর্ন্যান্স', '1', 'ই-গভর্ন্যান্স'],
    ['১.১.১ বন্ধনী ছাড়া', '1.1.1', 'বন্ধনী ছাড়া'],
    ['[০১.০২.০৩] শূন্য', '1.2.3', 'শূন্য'],
    ['কোড নেই', null, 'কোড নেই'],
    ['৪র্থ শিল্প বিপ্লব', null, '৪র্থ শিল্প বিপ্লব'],
  ])('%s', (text, code, rest) => {
    const parsed = parseLeadingCode(text);
    expect(parsed.code).toBe(code);
    expect(parsed.rest).toBe(rest);
    expect(parsed.malformed).toBeNull();
  });

  it.each(['[১.১.ক] সূচক', '[১..১] সূচক', '(১.১.১ সূচক'])('reports %s as malformed', (text) => {
    const parsed = parseLeadingCode(text);
    expect(parsed.code).toBeNull();
    expect(parsed.malformed).not.toBeNull();
    expect(parsed.rest).toBe('সূচক');
  });
});

describe('code column cells and prefixes', () => {
  it('reads a code alone, with or without brackets', () => {
    expect(parseCodeCell('১.১.১')).toEqual({ code: '1.1.1', malformed: null });
    expect(parseCodeCell('[2.2.2]')).toEqual({ code: '2.2.2', malformed: null });
    expect(parseCodeCell('')).toEqual({ code: null, malformed: null });
    expect(parseCodeCell('abc')).toEqual({ code: null, malformed: 'abc' });
    expect(normaliseCode('১ । ০২ . ৩')).toBe('1.2.3');
    expect(codePrefix('1.2.3', 1)).toBe('1');
    expect(codePrefix('1.2.3', 2)).toBe('1.2');
    expect(codePrefix('1', 2)).toBeNull();
  });
});

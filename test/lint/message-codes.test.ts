// Every message code the backend can send has a Bengali and an English text in the renderer's
// dictionaries: the error codes, file-error codes and error kinds (common/messages/error-codes.ts, the
// only codes the backend's error constructors accept) and every wording of every reader diagnostic
// (common/messages/diagnostic-texts.ts, the only codes the reader's Diagnostics accept).
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_KINDS, FILE_ERROR_CODES } from '../../common/messages/error-codes.js';
import { DIAGNOSTIC_TEXTS, READER_DIAGNOSTIC_CODES } from '../../common/messages/diagnostic-texts.js';
import { bn } from '../../renderer/src/i18n/bn.js';
import { en } from '../../renderer/src/i18n/en.js';
import { i18next } from '../../renderer/src/i18n/index.js';
import { ApiCallError } from '../../renderer/src/api/client.js';
import { diagnosticText, errorBodyText, errorText } from '../../renderer/src/api/messages.js';

const BENGALI_LETTER = /[\u0985-\u09B9]/u;
const dictionaries = { bn, en } as const;

function text(language: 'bn' | 'en', path: string[]): unknown {
  let node: unknown = dictionaries[language];
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

function expectBothLanguages(path: string[]): void {
  const bnText = text('bn', path);
  const enText = text('en', path);
  expect(typeof bnText, `bn ${path.join('.')}`).toBe('string');
  expect(typeof enText, `en ${path.join('.')}`).toBe('string');
  expect(bnText as string, `bn ${path.join('.')} is Bengali`).toMatch(BENGALI_LETTER);
  expect(enText as string, `en ${path.join('.')} is English`).not.toMatch(BENGALI_LETTER);
}

/** Sample values for every parameter a template names. */
const SAMPLE: Record<string, string | number> = {
  text: '৩২/১৩/২০২৩', code: '1.2.3', under: '2.2', indicator: '1.2.3', weight: 2.5, sum: 3, total: 50, worse: 70,
  better: 80, level: 80, date: '2025-09-30', fiscalYear: '2023-24', count: 4, row: 17, column: 512, file: 'plan.xlsx',
};

describe('message codes have a Bengali and an English text', () => {
  it.each(ERROR_CODES.map((c) => [c]))('errors.%s', (code) => expectBothLanguages(['errors', code]));
  it.each(ERROR_KINDS.map((c) => [c]))('errors.%s (kind)', (kind) => expectBothLanguages(['errors', kind]));
  it.each(FILE_ERROR_CODES.map((c) => [c]))('fileErrors.%s', (code) => expectBothLanguages(['fileErrors', code]));

  const wordings = READER_DIAGNOSTIC_CODES.flatMap((code) => Object.keys(DIAGNOSTIC_TEXTS[code]).map((variant) => [code, variant]));
  it.each(wordings)('diagnostics.%s.%s', (code, variant) => expectBothLanguages(['diagnostics', code, variant]));

  it('lists every diagnostic code the reader fixtures expect (none left out of the single definition)', () => {
    expect(READER_DIAGNOSTIC_CODES).toEqual(expect.arrayContaining(['invalid-date', 'unplaced-row', 'bad-value', 'legacy-encoding', 'attachments-ignored']));
    expect(new Set(READER_DIAGNOSTIC_CODES).size).toBe(READER_DIAGNOSTIC_CODES.length);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});

describe('the renderer writes messages from code and params', () => {
  it('fills every diagnostic wording in both languages, Bengali digits in Bengali', async () => {
    for (const [code, variants] of Object.entries(DIAGNOSTIC_TEXTS)) {
      for (const variant of Object.keys(variants)) {
        const d = { code, variant, params: SAMPLE, message: 'fallback' };
        await i18next.changeLanguage('bn');
        const bnText = diagnosticText(d, i18next.t);
        await i18next.changeLanguage('en');
        const enText = diagnosticText(d, i18next.t);
        for (const out of [bnText, enText]) {
          expect(out, `${code}.${variant}`).not.toMatch(/\{\{|\}\}|fallback|diagnostics\./);
        }
        // Only the user's own text may keep its digits as typed; every number the app writes is in Bengali.
        expect(bnText.replace(/"[^"]*"/g, '').replace(/SutonnyMJ|JavaScript|\[1\.1\.1\]/g, ''), `${code}.${variant} bn`).not.toMatch(/[0-9]/);
        expect(enText, `${code}.${variant} en`).not.toMatch(BENGALI_LETTER);
      }
    }
    await i18next.changeLanguage('bn');
    expect(diagnosticText({ code: 'zero-target', params: { indicator: '1.2.3', level: 80 }, message: '' }, i18next.t)).toBe('সূচক [১.২.৩]: ৮০% স্তরের লক্ষ্যমাত্রা ০');
    await i18next.changeLanguage('en');
    expect(diagnosticText({ code: 'zero-target', params: { indicator: '1.2.3', level: 80 }, message: '' }, i18next.t)).toBe('indicator [1.2.3]: the 80% target is 0');
  });

  it('writes errors in the UI language and never shows a raw code or the backend’s English', async () => {
    const file = new ApiCallError({ kind: 'file', code: 'empty-file', file: 'খালি.xlsx', message: 'x: the file is empty', messageBn: 'x' });
    const conflict = new ApiCallError({ kind: 'conflict', code: 'memo-serial-used', message: 'serial 5 cannot be issued' });
    const field = new ApiCallError({ kind: 'validation', message: 'fileNumber: …', issues: [{ path: 'fileNumber', code: 'invalid-file-number', message: '"x" is not a file number' }] });
    const inSheet = new ApiCallError({ kind: 'file', code: 'no-table', file: 'plan.xlsx', sheet: 'Sheet2', cell: 'B5', message: 'x', messageBn: 'x' });
    await i18next.changeLanguage('bn');
    expect(errorText(inSheet, i18next.t)).toBe('plan.xlsx: কর্মপরিকল্পনার কোনো সারণি পাওয়া যায়নি (শিট "Sheet2", ঘর B5)');
    expect(errorText(file, i18next.t)).toBe('খালি.xlsx: ফাইলটি খালি');
    expect(errorText(conflict, i18next.t)).toMatch(BENGALI_LETTER);
    expect(errorText(field, i18next.t)).toContain('নথি নম্বর');
    await i18next.changeLanguage('en');
    expect(errorText(inSheet, i18next.t)).toBe('plan.xlsx: no plan table was found (sheet "Sheet2", cell B5)');
    expect(errorText(file, i18next.t)).toBe('খালি.xlsx: the file is empty');
    expect(errorText(conflict, i18next.t)).not.toMatch(/serial 5|memo-serial-used/);
    expect(errorText(field, i18next.t)).not.toMatch(/invalid-file-number|is not a file number/);
    // A job's failure comes as a body, not a thrown call.
    expect(errorBodyText(field.body, i18next.t)).toBe(errorText(field, i18next.t));
    await i18next.changeLanguage('bn');
  });
});

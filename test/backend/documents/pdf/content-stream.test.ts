import { describe, expect, it } from 'vitest';
import { scanContent } from '../../../../electron/backend/documents/pdf/content-stream.js';

function ops(text: string): Array<[string, string[], string]> | null {
  const out: Array<[string, string[], string]> = [];
  const ok = scanContent(text, (op, operands, start, end) => {
    out.push([op, [...operands], text.slice(start, end)]);
  });
  return ok ? out : null;
}

describe('scanContent', () => {
  it('reads operators with their operands and source, dictionaries and strings whole', () => {
    const text = 'q 1 0 0 -1 0 841.9 cm\n/Span<</ActualText <FEFF0995> /Alt (a (nested) \\) string)>> BDC\n[<0001> -5 <0002>] TJ % a comment\n/F4 10.66 Tf EMC Q';
    expect(ops(text)).toEqual([
      ['q', [], 'q'],
      ['cm', ['1', '0', '0', '-1', '0', '841.9'], ' 1 0 0 -1 0 841.9 cm'],
      ['BDC', ['/Span', '<</ActualText <FEFF0995> /Alt (a (nested) \\) string)>>'], '\n/Span<</ActualText <FEFF0995> /Alt (a (nested) \\) string)>> BDC'],
      ['TJ', ['[<0001> -5 <0002>]'], '\n[<0001> -5 <0002>] TJ'],
      ['Tf', ['/F4', '10.66'], ' % a comment\n/F4 10.66 Tf'],
      ['EMC', [], ' EMC'],
      ['Q', [], ' Q'],
    ]);
  });

  it('gives up on inline images, stray delimiters and dangling operands', () => {
    expect(ops('BI /W 1 ID x EI')).toBeNull();
    expect(ops('1 0 ) Td')).toBeNull();
    expect(ops('1 0 Td 5')).toBeNull();
  });
});

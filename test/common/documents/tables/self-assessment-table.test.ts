import { describe, expect, it } from 'vitest';
import { sampleSelfAssessment } from '../../../support/sample-documents/sample-documents.js';
import { placeCells } from '../../../../common/documents/table.js';
import { selfAssessmentTable } from '../../../../common/documents/tables/self-assessment-table.js';

describe('selfAssessmentTable (seed 000, H1)', () => {
  const annex = sampleSelfAssessment(false);
  const table = selfAssessmentTable(annex);

  it('has the plan columns in the official order, then the achievement, remarks and evidence', () => {
    expect(table.columns.map((c) => c.key)).toEqual([
      'serial', 'area', 'areaWeight', 'activity', 'indicator', 'unit', 'weight',
      'target:100', 'target:90', 'target:80', 'target:70', 'target:60', 'achievement', 'remarks', 'evidence',
    ]);
    const labels = table.head[0]!.map((c) => c.text);
    expect(labels.slice(0, 7)).toEqual(['ক্রম', 'কর্মসম্পাদন ক্ষেত্র', 'মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান']);
    expect(labels[7]).toBe('লক্ষ্যমাত্রা ২০২৩-২৪');
    expect(table.head[1]!.map((c) => c.text)).toEqual(['অসাধারণ', 'অতি উত্তম', 'উত্তম', 'চলতি মান', 'চলতি মানের নিম্নে']);
    expect(table.head[2]!.map((c) => c.text)).toEqual(['১০০%', '৯০%', '৮০%', '৭০%', '৬০%']);
    expect(table.head[3]!.map((c) => c.text)).toEqual(['১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯', '১০', '১১', '১২', '১৩', '১৪', '১৫']);
  });

  it('merges area, area weight and activity cells down over their indicators', () => {
    const grid = placeCells(table.body, table.columns.length);
    const spans = (col: number) => grid.flat().filter((p) => p.col === col).map((p) => [p.row, p.rowSpan, p.cell.text.split(' ')[0]]);
    // area [১]: six indicators, area [২]: five
    expect(spans(1)).toEqual([[0, 6, '[১]'], [6, 5, '[২]']]);
    expect(spans(2).map(([r, s]) => [r, s])).toEqual([[0, 6], [6, 5]]);
    // activities: [১.৫] over [১.৫.১] and [১.৫.২], [২.১] over two, [২.২] over three
    expect(spans(3).map(([r, s]) => [r, s])).toEqual([[0, 1], [1, 1], [2, 1], [3, 1], [4, 2], [6, 2], [8, 3]]);
    expect(grid.flat().filter((p) => p.col === 4).map((p) => p.cell.text.split(' ')[0])).toEqual([
      '[১.১.১]', '[১.২.১]', '[১.৩.১]', '[১.৪.১]', '[১.৫.১]', '[১.৫.২]', '[২.১.১]', '[২.১.২]', '[২.২.১]', '[২.২.২]', '[২.২.৩]',
    ]);
  });

  it('prints values in Bengali digits and keeps their typed values', () => {
    const row = table.body[3]!; // [১.৪.১] e-file %: targets 85/80/75/70/60, H1 72
    const cells = row.map((c) => c.text);
    expect(cells).toContain('৮৫%');
    expect(cells).toContain('৭২%');
    const date = table.body[0]!.find((c) => c.text === '১৬/০৫/২০২৪');
    expect(date?.value).toEqual({ kind: 'date', iso: '2024-05-16' });
    const achievement = row.find((c) => c.text === '৭২%');
    expect(achievement?.value).toEqual({ kind: 'percent', n: 72 });
    // undefined levels print a dash, as the seeds do
    expect(table.body[1]!.filter((c) => c.text === '-')).toHaveLength(2);
  });

  it('adds level and score columns and a total row when scores are shown', () => {
    const scored = selfAssessmentTable(sampleSelfAssessment(true));
    expect(scored.columns.map((c) => c.key)).toContain('score');
    const total = scored.body[scored.body.length - 1]!;
    expect(total[0]!.text).toBe('মোট');
    expect(total.find((c) => c.value?.kind === 'number' && c.value.n === 50)).toBeDefined();
    // [১.৪.১]: 72 between 70 (70%) and 75 (80%) → level 74, score 6 × 0.74 = 4.44 (domain §4)
    const row = scored.body[3]!;
    expect(row.map((c) => c.text)).toEqual(expect.arrayContaining(['৭৪%', '৪.৪৪']));
    // a date target not due by the end of December is not scored
    expect(scored.body[0]!.map((c) => c.text)).toContain('সময় হয়নি');
  });
});

describe('placeCells', () => {
  it('skips columns covered by cells merged down from above', () => {
    const grid = placeCells(
      [
        [{ text: 'a', rowSpan: 2 }, { text: 'b', colSpan: 2 }],
        [{ text: 'c' }, { text: 'd' }],
      ],
      3,
    );
    expect(grid.map((r) => r.map((p) => [p.cell.text, p.col]))).toEqual([
      [['a', 0], ['b', 1]],
      [['c', 1], ['d', 2]],
    ]);
  });

  it('rejects a row wider than the table', () => {
    expect(() => placeCells([[{ text: 'a', colSpan: 3 }]], 2)).toThrow(/wider/);
  });
});

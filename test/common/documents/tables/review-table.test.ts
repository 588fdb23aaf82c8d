import { describe, expect, it } from 'vitest';
import { sampleReviewReport } from '../../../support/sample-documents/sample-documents.js';
import { reviewSummary, reviewTable } from '../../../../common/documents/tables/review-table.js';

describe('reviewTable', () => {
  const review = sampleReviewReport();

  it('has one row per office with dates, scores and issues in Bengali', () => {
    const table = reviewTable(review);
    expect(table.body).toHaveLength(3);
    const [first, late, missing] = table.body.map((row) => row.map((c) => c.text));
    expect(first).toEqual(expect.arrayContaining(['১', 'প্রাথমিক শিক্ষা অধিদপ্তর', '০৭/০১/২০২৪', 'হ্যাঁ', '২৪.৫', '২১.৭৫', '২৭']));
    expect(late).toContain('না (বিলম্বে)');
    expect(missing!.filter((t) => t === 'প্রাপ্ত হয়নি')).toHaveLength(2);
    expect(first![9]).toMatch(/^১। \[১\.৪\.১\].*\n২। \[২\.১\.২\]/u);
    expect(first![10]).toBe('৩৮.০০.০০০০.০০৭.১৬.০০২.২৩-০৯\n১৫/০১/২০২৪');
    expect(table.body[0]![6]!.value).toEqual({ kind: 'number', n: 21.75 });
  });

  it('sums up the offices', () => {
    expect(reviewSummary(review)).toEqual({ offices: 3, received: 2, onTime: 1, late: 1, missing: 1, averageVerified: (21.75 + 22.4) / 2, averageClaimed: (24.5 + 27) / 2 });
  });
});

// The feedback letter (ফলাবর্তক): drafted from the findings and the reviewer's comments, saved as the
// reviewer edits it, and handed to the package with the office, year, period and findings.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftFeedbackLetter } from '../../../electron/backend/review/feedback-letter.js';
import { reviewDeadline } from '../../../electron/backend/review/review-year.js';
import { twoOfficesWithH1Reports, type TwoOffices } from './review-helpers.js';

describe('the feedback letter of a report', () => {
  let ctx: TwoOffices;
  beforeEach(async () => {
    ctx = await twoOfficesWithH1Reports();
  });
  afterEach(() => ctx.backend.close());

  test('the draft names the office, the totals, every finding and the reviewer’s comments', async () => {
    const { backend, jms } = ctx;
    const ws = await backend.call('review.workspace', { reportId: jms.reportId });
    const row = ws.indicators.find((i: any) => i.code === '1.5');
    await backend.call('review.setComment', { reportId: jms.reportId, indicatorId: row.indicatorId, comment: 'অর্জনের পক্ষে প্রমাণক নেই' });
    await backend.call('review.setStatus', { reportId: jms.reportId, indicatorId: row.indicatorId, status: 'needs-correction' });
    await backend.call('review.setOverallComment', { reportId: jms.reportId, comment: 'পরবর্তী প্রতিবেদন সময়মতো পাঠাতে হবে' });

    const letter = await backend.call('review.feedback', { officeId: jms.id, fiscalYear: '2021-22', period: 'H1' });
    expect(letter).toMatchObject({ reportId: jms.reportId, officeId: jms.id, officeName: 'জাতীয় মহিলা সংস্থা', fiscalYear: '2021-22', period: 'H1', saved: false, savedAt: null });
    expect(letter.letterText).toBe(letter.draft);
    const text: string = letter.letterText;
    expect(text).toContain('ফলাবর্তক');
    expect(text).toContain('জাতীয় মহিলা সংস্থা-এর');
    expect(text).toContain('২০২১-২২');
    expect(text).toContain('অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন');
    expect(text).toContain('১১/০২/২০২২'); // received
    expect(text).toContain('১৫/০১/২০২২'); // after the deadline
    expect(letter.findings.length).toBe(ws.findingCounts.error + ws.findingCounts.warning + ws.findingCounts.info);
    for (const finding of letter.findings) expect(text).toContain(finding.message);
    expect(letter.findings.map((f: any) => f.code)).toEqual(expect.arrayContaining(['late-submission', 'weight-mismatch', 'invalid-date']));
    expect(text).toContain('সূচক [১.৫]: অর্জনের পক্ষে প্রমাণক নেই (সংশোধন প্রয়োজন)');
    expect(text).toContain('সার্বিক মন্তব্য: পরবর্তী প্রতিবেদন সময়মতো পাঠাতে হবে');
    expect(text).not.toMatch(/[0-9]/); // Bengali digits throughout
    // Errors before warnings.
    const firstWarning = letter.findings.findIndex((f: any) => f.severity === 'warning');
    const lastError = letter.findings.map((f: any) => f.severity).lastIndexOf('error');
    expect(text.indexOf(letter.findings[lastError].message)).toBeLessThan(text.indexOf(letter.findings[firstWarning].message));
  });

  test('the reviewer’s edited letter is saved and audited; clearing it brings the draft back', async () => {
    const { backend, lged } = ctx;
    const draft = await backend.call('review.feedback', { reportId: lged.reportId });
    const edited = `${draft.letterText}\n\nবিশেষ দ্রষ্টব্য: ওয়েব পোর্টাল হালনাগাদ করুন।`;
    const saved = await backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: edited });
    expect(saved).toMatchObject({ saved: true, letterText: edited, draft: draft.draft });
    expect(saved.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await backend.call('review.workspace', { reportId: lged.reportId })).feedbackSaved).toBe(true);
    expect((await backend.call('review.feedback', { reportId: lged.reportId })).letterText).toBe(edited);
    const audit = backend.database.sqlite.prepare(`SELECT field, new_value AS v FROM audit_log WHERE entity = 'review' AND entity_id = ?`).all(String(lged.reportId));
    expect(audit).toEqual([{ field: 'feedbackLetter', v: edited }]);

    const reset = await backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: '' });
    expect(reset).toMatchObject({ saved: false, letterText: draft.draft });
  });
});

describe('drafting', () => {
  const base = {
    officeName: 'দপ্তর', fiscalYear: '2023-24', period: 'Q2' as const, receivedOn: null, deadline: '2024-01-15',
    claimed: { weight: 50, score: 40.5, scoredWeight: 45 }, verified: { weight: 50, score: 38.25, scoredWeight: 45 },
    indicators: [], overallComment: null,
  };
  test('without findings it says so, and gives the totals in Bengali digits', () => {
    const text = draftFeedbackLetter({ ...base, findings: [] });
    expect(text).toContain('কোনো অসংগতি পরিলক্ষিত হয়নি');
    expect(text).toContain('২য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন');
    expect(text).toContain('দাবিকৃত নম্বর ৪০.৫');
    expect(text).toContain('যাচাইকৃত নম্বর ৩৮.২৫');
    expect(text).not.toContain('সূচকভিত্তিক মন্তব্য');
  });
});

describe('deadlines', () => {
  test('fifteen days after the period: 15 January for H1, 15 October for Q1, 15 July for the year', () => {
    expect(reviewDeadline('2023-24', 'H1')).toBe('2024-01-15');
    expect(reviewDeadline('2023-24', 'Q2')).toBe('2024-01-15');
    expect(reviewDeadline('2023-24', 'Q1')).toBe('2023-10-15');
    expect(reviewDeadline('2023-24', 'Q3')).toBe('2024-04-15');
    expect(reviewDeadline('2023-24', 'annual')).toBe('2024-07-15');
  });
});

// The feedback letter (ফলাবর্তক): drafted from the findings and the reviewer's comments as a reviewing
// officer writes it (issue 14, point 9), saved as the reviewer edits it, and handed to the package with
// the office, year, period, findings and what the review annex prints beside it.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Finding } from '../../../electron/backend/review-checks/index.js';
import { composeFeedbackLetter, draftFeedbackLetter, formatFeedbackLetter, parseFeedbackLetter, type FeedbackInput } from '../../../electron/backend/review/feedback-letter.js';
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
    const row = ws.indicators.find((i) => i.code === '1.5');
    if (!row) throw new Error('no indicator 1.5');
    await backend.call('review.setComment', { reportId: jms.reportId, indicatorId: row.indicatorId, comment: 'অর্জনের পক্ষে প্রমাণক নেই' });
    await backend.call('review.setStatus', { reportId: jms.reportId, indicatorId: row.indicatorId, status: 'needs-correction' });
    await backend.call('review.setOverallComment', { reportId: jms.reportId, comment: 'পরবর্তী প্রতিবেদন সময়মতো পাঠাতে হবে' });

    const letter = await backend.call('review.feedback', { officeId: jms.id, fiscalYear: '2021-22', period: 'H1' });
    expect(letter).toMatchObject({ reportId: jms.reportId, officeId: jms.id, officeName: 'জাতীয় মহিলা সংস্থা', fiscalYear: '2021-22', period: 'H1', saved: false, savedAt: null });
    expect(letter.letterText).toBe(letter.draft);
    const text: string = letter.letterText;
    expect(text).toContain('ফলাবর্তক');
    expect(text).toContain('জাতীয় মহিলা সংস্থার'); // the genitive joined, never "সংস্থা-এর"
    expect(text).not.toMatch(/[\u0980-\u09E5]-এর/u); // a Bengali word never takes a hyphenated -এর
    expect(text).toContain('২০২১-২২');
    expect(text).toContain('অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন');
    expect(text).toContain('সূত্র: জাতীয় মহিলা সংস্থা হতে ১১/০২/২০২২ তারিখে প্রাপ্ত'); // the office's own report, received
    expect(text).toContain('নির্ধারিত তারিখের (১৫/০১/২০২২) পরে'); // after the deadline
    expect(letter.findings.length).toBe(ws.findingCounts.error + ws.findingCounts.warning + ws.findingCounts.info);
    // what the office can correct is listed; lateness is said in the text, information is not a finding to correct
    for (const finding of letter.findings.filter((f: any) => f.severity !== 'info' && f.code !== 'late-submission')) expect(text).toContain(finding.message);
    expect(letter.findings.map((f: any) => f.code)).toEqual(expect.arrayContaining(['late-submission', 'weight-mismatch', 'invalid-date']));
    expect(text).toContain('সূচক [১.৫]: অর্জনের পক্ষে প্রমাণক নেই। (সংশোধন প্রয়োজন)');
    expect(text).toContain('সার্বিক মন্তব্য: পরবর্তী প্রতিবেদন সময়মতো পাঠাতে হবে।');
    expect(text).toContain('বর্ণিত বিষয়সমূহ সংশোধনপূর্বক');
    expect(text).not.toMatch(/[0-9]/); // Bengali digits throughout
    // Errors before warnings.
    const listed = letter.findings.filter((f: any) => f.code !== 'late-submission');
    const firstWarning = listed.findIndex((f: any) => f.severity === 'warning');
    const lastError = listed.map((f: any) => f.severity).lastIndexOf('error');
    if (firstWarning >= 0 && lastError >= 0) expect(text.indexOf(listed[lastError]!.message)).toBeLessThan(text.indexOf(listed[firstWarning]!.message));
    // every list numbered ১। as the package's letters are, never "১."
    expect(text).toMatch(/^১। /mu);
    expect(text).not.toMatch(/^[০-৯]+\. /mu);
  });

  test('the reviewer’s edited letter is saved and audited; clearing it brings the draft back', async () => {
    const { backend, lged } = ctx;
    const draft = await backend.call('review.feedback', { reportId: lged.reportId });
    const edited = `${draft.letterText}\n\nবিশেষ দ্রষ্টব্য: ওয়েব পোর্টাল হালনাগাদ করুন।`;
    const saved = await backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: edited, basis: draft.basis });
    expect(saved).toMatchObject({ saved: true, letterText: edited, draft: draft.draft });
    expect(saved.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await backend.call('review.workspace', { reportId: lged.reportId })).feedbackSaved).toBe(true);
    expect((await backend.call('review.feedback', { reportId: lged.reportId })).letterText).toBe(edited);
    const audit = backend.database.sqlite.prepare(`SELECT field, new_value AS v FROM audit_log WHERE entity = 'review' AND entity_id = ?`).all(String(lged.reportId));
    expect(audit).toEqual([{ field: 'feedbackLetter', v: edited }]);

    const reset = await backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: '', basis: draft.basis });
    expect(reset).toMatchObject({ saved: false, letterText: draft.draft });
  });

  test('a letter written from figures that have changed since is refused; the fresh draft has the new totals', async () => {
    const { backend, lged } = ctx;
    const before = await backend.call('review.feedback', { reportId: lged.reportId });
    const ws = await backend.call('review.workspace', { reportId: lged.reportId });
    const row = ws.indicators.find((i) => i.code === '1.5.1'); // 80% claimed, scored
    if (!row) throw new Error('no indicator 1.5.1');
    await backend.call('review.setVerified', { reportId: lged.reportId, indicatorId: row.indicatorId, value: 0 });
    const after = await backend.call('review.feedback', { reportId: lged.reportId });
    expect(after.basis).not.toBe(before.basis);
    expect(after.totals.verified.score).toBeLessThan(before.totals.verified.score);
    expect(after.draft).not.toBe(before.draft);

    // The old draft, with the old totals, is refused and nothing is saved.
    await expect(backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: before.draft, basis: before.basis })).rejects.toMatchObject({
      body: { kind: 'conflict', code: 'feedback-stale' },
    });
    const row2 = backend.database.sqlite.prepare(`SELECT feedback_letter AS text FROM reviews WHERE report_id = ?`).get(lged.reportId) as { text: string | null } | undefined;
    expect(row2?.text ?? null).toBeNull();
    // A comment changes the basis too.
    await backend.call('review.setComment', { reportId: lged.reportId, indicatorId: row.indicatorId, comment: 'প্রমাণক দেখা হয়েছে' });
    await expect(backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: after.draft, basis: after.basis })).rejects.toMatchObject({
      body: { code: 'feedback-stale' },
    });
    const fresh = await backend.call('review.feedback', { reportId: lged.reportId });
    expect(await backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: fresh.draft, basis: fresh.basis })).toMatchObject({ saved: true, letterText: fresh.draft });
    expect((await backend.call('review.feedback', { reportId: lged.reportId })).stale).toBe(false);

    // a saved letter of the reviewer's own words, then a figure changes: the letter is flagged, the next day as well
    const own = `${fresh.draft}\n\nবিশেষ দ্রষ্টব্য: সময়মতো প্রতিবেদন পাঠান।`;
    await backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: own, basis: fresh.basis });
    expect((await backend.call('review.feedback', { reportId: lged.reportId })).stale).toBe(false);
    await backend.call('review.setVerified', { reportId: lged.reportId, indicatorId: row.indicatorId, value: 50 });
    const flagged = await backend.call('review.feedback', { reportId: lged.reportId });
    expect(flagged).toMatchObject({ saved: true, stale: true, letterText: own });
    // written again from the figures as they are now and saved, it holds
    await backend.call('review.saveFeedback', { reportId: lged.reportId, letterText: flagged.draft, basis: flagged.basis });
    expect((await backend.call('review.feedback', { reportId: lged.reportId })).stale).toBe(false);
  });
});

describe('drafting', () => {
  const base: FeedbackInput = {
    officeName: 'উপানুষ্ঠানিক শিক্ষা ব্যুরো', fiscalYear: '2023-24', period: 'Q2', receivedOn: '2024-01-10', deadline: '2024-01-15',
    claimed: { weight: 50, score: 40.5, scoredWeight: 45 }, verified: { weight: 50, score: 38.25, scoredWeight: 45 },
    findings: [], indicators: [], overallComment: null,
  };
  const cell = (achievement: number, score: number) => ({ achievement, status: 'partial' as const, level: 80, score, method: 'sum' as const, rule: 'interpolate' as const });
  const indicator = { code: '1.2.1', text: 'সেবা চালু', unit: 'number' as const, claimed: cell(3, 4), verified: cell(3, 4), comment: null, status: 'accepted' as const, evidenceReference: null, evidenceFiles: 0 };
  const finding: Finding = { code: 'weight-mismatch', severity: 'error', message: 'সূচকের মানের যোগফল ক্ষেত্রের মানের সমান নয়', indicatorCode: null } as Finding;

  test('without anything to correct it says so as a reviewing officer would, and asks for nothing to be corrected', () => {
    const text = draftFeedbackLetter(base);
    expect(text).not.toContain('স্বয়ংক্রিয়'); // no program speaks in the letter
    expect(text).toContain('সংশোধনযোগ্য কোনো অসংগতি পরিলক্ষিত হয়নি');
    expect(text).not.toContain('বর্ণিত বিষয়সমূহ সংশোধন');
    expect(text).toContain('২য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন');
    expect(text).toContain('দাবিকৃত নম্বর ৪০.৫');
    expect(text).toContain('যাচাইকৃত নম্বর ৩৮.২৫');
    expect(text).not.toContain('ঝুঁকি');
  });

  test('the subject ends "…প্রসঙ্গে।" and the সূত্র cites the office\'s report', () => {
    const parts = composeFeedbackLetter(base);
    expect(parts.subject).toMatch(/ফলাবর্তক প্রেরণ প্রসঙ্গে।$/u);
    expect(parts.reference).toBe('উপানুষ্ঠানিক শিক্ষা ব্যুরো হতে ১০/০১/২০২৪ তারিখে প্রাপ্ত ২য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন।');
    expect(composeFeedbackLetter({ ...base, receivedOn: null }).reference).toBe('উপানুষ্ঠানিক শিক্ষা ব্যুরোর ২য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন।');
  });

  test('with findings it lists them and asks for the correction', () => {
    const text = draftFeedbackLetter({ ...base, findings: [finding] });
    expect(text).toContain('পর্যালোচনায় নিম্নোক্ত বিষয়সমূহ পরিলক্ষিত হয়েছে:\n১। সূচকের মানের যোগফল ক্ষেত্রের মানের সমান নয়।');
    expect(text).toContain('বর্ণিত বিষয়সমূহ সংশোধনপূর্বক');
  });

  test('every verified figure that differs from the claim is explained, with the reviewer\'s reason', () => {
    const changed = { ...indicator, verified: cell(2, 2.8), comment: 'একটি সভার হাজিরা পাওয়া যায়নি' };
    const parts = composeFeedbackLetter({ ...base, indicators: [changed] });
    const list = parts.blocks.find((b) => b.kind === 'list');
    expect(list).toEqual({ kind: 'list', intro: expect.stringContaining('পরিবর্তিত'), items: ['সূচক [১.২.১]: দাবিকৃত অর্জন ৩, যাচাইকৃত অর্জন ২ (নম্বর ৪ থেকে ২.৮)। একটি সভার হাজিরা পাওয়া যায়নি।'] });
    expect(formatFeedbackLetter(parts)).toContain('বর্ণিত বিষয়সমূহ সংশোধনপূর্বক');
  });

  test('evidence the report names but nobody received is a finding', () => {
    const named = { ...indicator, evidenceReference: 'নোটিশ, হাজিরা, ছবি' };
    expect(draftFeedbackLetter({ ...base, indicators: [named] })).toContain('সূচক [১.২.১]: প্রমাণক হিসেবে "নোটিশ, হাজিরা, ছবি" উল্লেখ করা হলেও তার কোনো কপি পাওয়া যায়নি।');
    expect(draftFeedbackLetter({ ...base, indicators: [{ ...named, evidenceFiles: 1 }] })).not.toContain('কপি পাওয়া যায়নি');
  });

  test('an office below 60% of the weight it could be scored on is told it is at risk', () => {
    const text = draftFeedbackLetter({ ...base, verified: { weight: 50, score: 12.46, scoredWeight: 25 } });
    expect(text).toContain('যাচাইকৃত অগ্রগতি মূল্যায়নযোগ্য মানের ৪৯.৮৪%, যা ৬০%-এর নিচে');
    expect(text).toContain('ঝুঁকির মধ্যে রয়েছে');
  });

  test('the text the reviewer edits reads back as the letter: subject, reference, paragraphs and numbered lists in order', () => {
    const parts = composeFeedbackLetter({ ...base, findings: [finding], indicators: [{ ...indicator, comment: 'ঠিক আছে' }], overallComment: 'ভালো' });
    expect(parseFeedbackLetter(formatFeedbackLetter(parts), 'x')).toEqual(parts);
    // an older letter numbered "১." and a list without an intro read as lists too
    const old = parseFeedbackLetter('বিষয়: ফলাবর্তক প্রেরণ।\n\nপ্রথম অনুচ্ছেদ।\n\n১. এক\n২. দুই\n\nশেষ।', 'x');
    expect(old).toEqual({ subject: 'ফলাবর্তক প্রেরণ।', reference: null, blocks: [
      { kind: 'paragraph', text: 'প্রথম অনুচ্ছেদ।' }, { kind: 'list', intro: null, items: ['এক', 'দুই'] }, { kind: 'paragraph', text: 'শেষ।' },
    ] });
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

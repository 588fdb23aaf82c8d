// The memo the Package screen starts from (issue 14, points 5, 6, 7, 16): today in Dhaka, the wing and
// branch in the letterhead and the signature, the genitive joined, seed 001's copy list without the
// signatory, words that follow the parts enclosed; and the check that hand-written text names nothing
// that is not enclosed.
import { describe, expect, test } from 'vitest';
import { composeDraft } from '../../../electron/backend/package/compose.js';
import { contentsWords, fillPlaceholders, isSignatoryEntry, memoMentionsMissingParts, toPlaceholders } from '../../../electron/backend/package/memo-wording.js';
import { freshBackend } from '../../support/backend.js';

const ALL = { selfAssessment: true, reviewReport: true, feedbackLetters: true, evidenceIndex: true };
const values = { office: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়', fiscalYear: '2023-24', period: 'H1' as const, branch: 'আইসিটি সেল' };

describe('composeDraft', () => {
  test('dates the memo today in Dhaka, not in UTC: at 02:30 in Dhaka on 25 January it is still the 24th in UTC', async () => {
    const backend = await freshBackend();
    const draft = composeDraft(backend.database.db, '2023-24', 'H1', new Date('2024-01-24T20:30:00Z'));
    expect(draft.date).toBe('2024-01-25');
    backend.close();
  });

  test('prints the wing and branch in the letterhead, the branch with the signatory, and joins the genitive', async () => {
    const backend = await freshBackend();
    await backend.call('settings.update', { ownBranch: { wing: 'সংসদ বিষয়ক অনুবিভাগ', branch: 'কর্মসম্পাদন ব্যবস্থাপনা শাখা' } });
    const draft = composeDraft(backend.database.db, '2023-24', 'H1', new Date('2024-01-25T04:00:00Z'));
    expect(draft.letterhead.lines).toEqual(['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', 'সংসদ বিষয়ক অনুবিভাগ', 'কর্মসম্পাদন ব্যবস্থাপনা শাখা']);
    expect(draft.signatory).toMatchObject({ name: 'সৌমেন পালিত বাবু', designation: 'সহকারী সচিব', branch: 'কর্মসম্পাদন ব্যবস্থাপনা শাখা', office: 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ' });
    expect(draft.subject).toMatch(/^লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগের ২০২৩-২৪ অর্থবছরের /u);
    expect(draft.subject).toMatch(/প্রেরণ প্রসঙ্গে।$/u);
    expect([draft.subject, ...draft.body].join(' ')).not.toMatch(/[\u0980-\u09E5]-এর/u);
    // seed 001's copy list, with the branch's officers
    expect(draft.copyList?.entries).toEqual([
      'সচিব মহোদয়ের একান্ত সচিব, লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ।',
      'সহকারী প্রোগ্রামার, লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ (ওয়েবসাইটে প্রকাশের অনুরোধসহ)।',
      'যুগ্মসচিব (কর্মসম্পাদন ব্যবস্থাপনা শাখা) মহোদয়ের ব্যক্তিগত কর্মকর্তা, লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ।',
      'উপসচিব (কর্মসম্পাদন ব্যবস্থাপনা শাখা) মহোদয়ের ব্যক্তিগত কর্মকর্তা, লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ।',
      'অফিস কপি।',
    ]);
    backend.close();
  });

  test('never sends a copy to the signatory, and leaves out the branch officers when no branch is set', async () => {
    const backend = await freshBackend();
    await backend.call('settings.update', { signatory: { name: 'রহিম', designation: 'সহকারী প্রোগ্রামার' } });
    const draft = composeDraft(backend.database.db, '2023-24', 'H1', new Date('2024-01-25T04:00:00Z'));
    expect(draft.copyList?.entries).toEqual(['সচিব মহোদয়ের একান্ত সচিব, লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ।', 'অফিস কপি।']);
    expect(isSignatoryEntry('সহকারী প্রোগ্রামার, অফিস (ওয়েবসাইটে প্রকাশের অনুরোধসহ)।', { designation: 'সহকারী প্রোগ্রামার' })).toBe(true);
    expect(isSignatoryEntry('সচিব মহোদয়ের একান্ত সচিব, অফিস।', { designation: 'সচিব' })).toBe(false);
    backend.close();
  });

  test('words the subject and body from the parts enclosed', async () => {
    const backend = await freshBackend();
    const only = (parts: Partial<typeof ALL>) => composeDraft(backend.database.db, '2023-24', 'H1', new Date('2024-01-25T04:00:00Z'), { ...ALL, selfAssessment: false, reviewReport: false, ...parts });
    const both = only({ selfAssessment: true, reviewReport: true });
    expect(both.subject).toContain('স্ব-মূল্যায়ন প্রতিবেদন এবং আওতাধীন দপ্তর/সংস্থার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন');
    const review = only({ reviewReport: true });
    expect(review.subject).toMatch(/^আওতাধীন দপ্তর\/সংস্থার ২০২৩-২৪ অর্থবছরের .*পর্যালোচনা সংক্রান্ত প্রতিবেদন প্রেরণ প্রসঙ্গে।$/u);
    expect(memoMentionsMissingParts(review, { ...ALL, selfAssessment: false }, 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ')).toEqual([]);
    const self = only({ selfAssessment: true });
    expect(self.subject).not.toContain('পর্যালোচনা');
    // "প্রমাণকসহ" only with the evidence enclosed
    expect(only({ selfAssessment: true, evidenceIndex: false }).body[0]).not.toContain('প্রমাণকসহ');
    backend.close();
  });
});

describe('the memo wording', () => {
  test('a template saved with one year, period, office and parts reads right with others', () => {
    const text = `উপর্যুক্ত বিষয়ে ${contentsWords(ALL, values)} প্রমাণকসহ প্রেরণ করা হলো; ${values.branch} জানাবে।`;
    const template = toPlaceholders(text, values, ALL);
    expect(template).toBe('উপর্যুক্ত বিষয়ে {contents} {withEvidence}প্রেরণ করা হলো; {branch} জানাবে।');
    const next = { office: 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', fiscalYear: '2024-25', period: 'H1' as const, branch: 'কর্মসম্পাদন ব্যবস্থাপনা শাখা' };
    expect(fillPlaceholders(template, next, { ...ALL, selfAssessment: false, evidenceIndex: false })).toBe(
      'উপর্যুক্ত বিষয়ে আওতাধীন দপ্তর/সংস্থার ২০২৪-২৫ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন প্রেরণ করা হলো; কর্মসম্পাদন ব্যবস্থাপনা শাখা জানাবে।',
    );
  });

  test('text naming a part that is not enclosed is found, whatever the user wrote', () => {
    const office = values.office;
    const none = { selfAssessment: false, reviewReport: false, feedbackLetters: false, evidenceIndex: false };
    const mentions = (subject: string, parts = none) => memoMentionsMissingParts({ subject, body: [] }, parts, office);
    expect(mentions(`${office}ের অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন প্রেরণ প্রসঙ্গে।`)).toEqual(['selfAssessment']);
    expect(mentions(`${office} এর ই-গভর্ন্যান্স কর্মপরিকল্পনার স্ব-মূল্যায়ন প্রতিবেদন`)).toEqual(['selfAssessment']);
    // the subordinate offices' reports are not the own self-assessment
    expect(mentions(`${office}ের আওতাধীন দপ্তর/সংস্থার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন`)).toEqual(['reviewReport']);
    expect(mentions('পর্যালোচনা প্রতিবেদন প্রমাণকসহ এবং ফলাবর্তক পত্রের কপি প্রেরণ')).toEqual(['reviewReport', 'evidenceIndex', 'feedbackLetters']);
    expect(mentions('পর্যালোচনা প্রতিবেদন প্রমাণকসহ এবং ফলাবর্তক পত্রের কপি প্রেরণ', ALL)).toEqual([]);
  });
});

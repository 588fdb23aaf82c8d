// Realistic models of every document, drawn from the seeds, for tests and benchmarks: the
// ministry of seed 000 (প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়) sends its H1 package for 2023-24 to the
// Cabinet Division, with the review of three of its offices.
import type { Indicator, PlanDocument } from '../../../common/plan-document/schema.js';
import { scorePlan } from '../../../electron/backend/scoring/index.js';
import { toBengaliDigits } from '../../../common/documents/format.js';
import type {
  DocumentModel,
  EvidenceIndexModel,
  FeedbackLetterModel,
  Letterhead,
  MemoModel,
  ReviewReportAnnex,
  ReviewedOffice,
  SelfAssessmentAnnex,
  Signatory,
} from '../../../common/documents/model.js';
import { SEED000_PLAN_H1 } from './seed000-plan.js';

export const SAMPLE_MINISTRY = 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়';
/** The ministry's file number (seven parts, domain §6); letters append their serial. */
const FILE_NUMBER = '৩৮.০০.০০০০.০০৭.১৬.০০২.২৩';

const LETTERHEAD: Letterhead = {
  slogan: null,
  lines: ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', SAMPLE_MINISTRY, 'আইসিটি সেল', 'বাংলাদেশ সচিবালয়, ঢাকা।'],
  website: 'www.mopme.gov.bd',
};

const SIGNATORY: Signatory = {
  name: 'মোঃ সিরাজুল ইসলাম',
  designation: 'সিস্টেম এনালিস্ট',
  branch: 'আইসিটি সেল',
  office: 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়',
  phone: '০২-৫৫১০০৪৪৪',
  email: 'ictcell@mopme.gov.bd',
};

const MEMO_NUMBER = `${FILE_NUMBER}-১২`;
const SIGNATURE = { signatory: SIGNATORY, date: '2024-01-28' };

const PACKAGE_SUBJECT =
  'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়ের ২০২৩-২৪ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন এবং আওতাধীন দপ্তর/সংস্থার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন প্রেরণ প্রসঙ্গে।';

/** The forwarding letter to the Cabinet Division; `after-signature` as seed 001, `before-subject` as seed 003. */
export function sampleMemo(recipientPosition: MemoModel['recipientPosition'] = 'after-signature'): MemoModel {
  return {
    letterhead: LETTERHEAD,
    memoNumber: MEMO_NUMBER,
    date: '2024-01-28',
    showBengaliDate: true,
    recipient: ['সচিব, সমন্বয় ও সংস্কার', 'মন্ত্রিপরিষদ বিভাগ', 'বাংলাদেশ সচিবালয়, ঢাকা।'],
    recipientPosition,
    attention: 'উপসচিব, ই-গভর্ন্যান্স-২ অধিশাখা, মন্ত্রিপরিষদ বিভাগ।',
    subject: PACKAGE_SUBJECT,
    reference: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন ও মূল্যায়ন নির্দেশিকা, ২০২৩-২৪।',
    body: [
      'উপর্যুক্ত বিষয় ও সূত্রের প্রেক্ষিতে প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়ের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর অর্ধবার্ষিক (জুলাই-ডিসেম্বর, ২০২৩) স্ব-মূল্যায়ন প্রতিবেদন এবং আওতাধীন দপ্তর/সংস্থার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন প্রমাণকসহ সদয় অবগতি ও পরবর্তী প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য এতদসঙ্গে প্রেরণ করা হলো।',
    ],
    attachments: 'বর্ণনামতে।',
    enclosures: [
      'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়ের অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন (এপিএ-র সংযোজনী-৫)।',
      'আওতাধীন দপ্তর/সংস্থার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন।',
      'প্রমাণকের তালিকা ও প্রমাণক (৬টি ফাইল)।',
    ],
    signatory: SIGNATORY,
    copyList: {
      memoNumber: `${FILE_NUMBER}-১২/১(৪)`,
      date: '2024-01-28',
      intro: 'সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:',
      entries: [
        'সচিব মহোদয়ের একান্ত সচিব, প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়।',
        'অতিরিক্ত সচিব (প্রশাসন) মহোদয়ের ব্যক্তিগত কর্মকর্তা, প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়।',
        'প্রোগ্রামার, আইসিটি সেল, প্রাথমিক ও গণশিক্ষা মন্ত্রণালয় (ওয়েবসাইটে প্রকাশের অনুরোধসহ)।',
        'অফিস কপি।',
      ],
    },
  };
}

export function sampleSelfAssessment(showScores = false, plan: PlanDocument = SEED000_PLAN_H1): SelfAssessmentAnnex {
  return {
    title: ['ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪', 'অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন'],
    annexNumber: 'সংযোজনী-৫',
    enclosure: { number: 1, memoNumber: MEMO_NUMBER },
    signature: SIGNATURE,
    officeName: plan.office?.name ?? SAMPLE_MINISTRY,
    fiscalYear: '2023-24',
    period: 'H1',
    plan,
    scores: scorePlan(plan, { period: 'H1' }),
    showScores,
  };
}

/** Seed 000's plan grown to `indicatorCount` indicators (for annexes of several pages). */
export function sampleLongPlan(indicatorCount: number): PlanDocument {
  const base = SEED000_PLAN_H1.indicators;
  const areaCount = Math.max(2, Math.ceil(indicatorCount / 12));
  const indicators: Indicator[] = Array.from({ length: indicatorCount }, (_, i) => {
    const template = base[i % base.length]!;
    const area = Math.floor((i * areaCount) / indicatorCount) + 1;
    const firstOfArea = Math.ceil(((area - 1) * indicatorCount) / areaCount);
    const inArea = i - firstOfArea;
    const activity = Math.floor(inArea / 2) + 1;
    const code = `${area}.${activity}.${(inArea % 2) + 1}`;
    return { ...template, code, areaCode: String(area), activityCode: `${area}.${activity}`, weight: template.weight };
  });
  return {
    ...SEED000_PLAN_H1,
    areas: Array.from({ length: areaCount }, (_, a) => ({
      code: String(a + 1),
      title: SEED000_PLAN_H1.areas[a % SEED000_PLAN_H1.areas.length]!.title,
      weight: indicators.filter((x) => x.areaCode === String(a + 1)).reduce((s, x) => s + (x.weight ?? 0), 0),
    })),
    indicators,
  };
}

const OFFICES: ReviewedOffice[] = [
  {
    name: 'প্রাথমিক শিক্ষা অধিদপ্তর',
    receivedOn: '2024-01-07',
    onTime: true,
    conformity: 'সামঞ্জস্যপূর্ণ',
    claimedScore: 24.5,
    verifiedScore: 21.75,
    scoredWeight: 27,
    evidenceComplete: 'আংশিক',
    mainIssues: ['[১.৪.১] ই-নথিতে নিষ্পত্তির হারের প্রমাণক সংযুক্ত করা হয়নি।', '[২.১.২] সূচকে মন্তব্যে "চলমান" লেখা থাকলেও অর্জন হিসেবে ২ দাবি করা হয়েছে।'],
    feedbackMemoNumber: `${FILE_NUMBER}-০৯`,
    feedbackDate: '2024-01-15',
  },
  {
    name: 'উপানুষ্ঠানিক শিক্ষা ব্যুরো',
    receivedOn: '2024-01-16',
    onTime: false,
    conformity: 'আংশিক সামঞ্জস্যপূর্ণ',
    claimedScore: 27,
    verifiedScore: 22.4,
    scoredWeight: 27,
    evidenceComplete: 'সম্পূর্ণ',
    mainIssues: ['নির্ধারিত তারিখের (১৩/০১/২০২৪) পরে প্রতিবেদন প্রেরণ করা হয়েছে।', '[১.২.১] সূচকের লক্ষ্যমাত্রা অনুমোদিত কর্মপরিকল্পনার সাথে মিলছে না।'],
    feedbackMemoNumber: `${FILE_NUMBER}-১০`,
    feedbackDate: '2024-01-18',
  },
  {
    name: 'জাতীয় প্রাথমিক শিক্ষা একাডেমি (নেপ)',
    receivedOn: null,
    onTime: null,
    conformity: '-',
    claimedScore: null,
    verifiedScore: null,
    scoredWeight: 0,
    evidenceComplete: '-',
    mainIssues: ['অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পাওয়া যায়নি; তাগিদপত্র প্রেরণ করা হয়েছে।'],
    feedbackMemoNumber: `${FILE_NUMBER}-১১`,
    feedbackDate: '2024-01-21',
  },
];

export function sampleReviewReport(officeCount = OFFICES.length): ReviewReportAnnex {
  const offices = Array.from({ length: officeCount }, (_, i) => {
    const office = OFFICES[i % OFFICES.length]!;
    if (i < OFFICES.length) return office;
    return { ...office, name: `${office.name} (${toBengaliDigits(Math.floor(i / OFFICES.length) + 1)})` };
  });
  return {
    title: ['আওতাধীন দপ্তর/সংস্থার ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর', 'অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন'],
    enclosure: { number: 2, memoNumber: MEMO_NUMBER },
    signature: SIGNATURE,
    fiscalYear: '2023-24',
    period: 'H1',
    offices,
    narrative: [
      'অধিকাংশ দপ্তর/সংস্থা নির্ধারিত সময়ের মধ্যে অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন প্রেরণ করেছে; তবে কয়েকটি ক্ষেত্রে দাবিকৃত অর্জনের সপক্ষে প্রমাণক অসম্পূর্ণ পাওয়া গেছে।',
      'যে সকল দপ্তর/সংস্থা প্রতিবেদন প্রেরণ করেনি অথবা যাদের যাচাইকৃত নম্বর মূল্যায়িত মানের ষাট শতাংশের নিচে, তাদের বিষয়ে ফলাবর্তক পত্রের মাধ্যমে প্রয়োজনীয় নির্দেশনা প্রদান করা হয়েছে।',
    ],
  };
}

export function sampleFeedbackLetter(): FeedbackLetterModel {
  const office = OFFICES[0]!;
  return {
    letterhead: LETTERHEAD,
    memoNumber: office.feedbackMemoNumber!,
    date: office.feedbackDate!,
    showBengaliDate: false,
    recipient: ['মহাপরিচালক', 'প্রাথমিক শিক্ষা অধিদপ্তর', 'মিরপুর-২, ঢাকা।'],
    recipientPosition: 'before-subject',
    attention: 'পরিচালক (আইএমডি), প্রাথমিক শিক্ষা অধিদপ্তর',
    subject: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনার ফলাবর্তক প্রেরণ প্রসঙ্গে।',
    reference: 'প্রাথমিক শিক্ষা অধিদপ্তরের ০৭/০১/২০২৪ তারিখের পত্র।',
    body: [
      'উপর্যুক্ত বিষয় ও সূত্রের প্রেক্ষিতে জানানো যাচ্ছে যে, প্রাথমিক শিক্ষা অধিদপ্তরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন এ মন্ত্রণালয়ের এপিএ টিম কর্তৃক পর্যালোচনা করা হয়েছে।',
    ],
    blocks: [
      { kind: 'list', intro: 'পর্যালোচনায় নিম্নোক্ত বিষয়সমূহ পরিলক্ষিত হয়েছে:', items: office.mainIssues },
      { kind: 'paragraph', text: 'বর্ণিত বিষয়সমূহ সংশোধনপূর্বক প্রমাণকসহ সংশোধিত প্রতিবেদন আগামী ৭ (সাত) কার্যদিবসের মধ্যে এ মন্ত্রণালয়ে প্রেরণের জন্য অনুরোধ করা হলো।' },
    ],
    attachments: null,
    signatory: SIGNATORY,
    copyList: {
      memoNumber: `${office.feedbackMemoNumber!}/১(২)`,
      date: office.feedbackDate!,
      intro: 'সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:',
      entries: ['পরিচালক (আইএমডি), প্রাথমিক শিক্ষা অধিদপ্তর।', 'অফিস কপি।'],
    },
    officeName: office.name,
  };
}

export function sampleEvidenceIndex(): EvidenceIndexModel {
  const files: Array<[string, string, string]> = [
    [SAMPLE_MINISTRY, '1.2.1', 'database-update-screenshot.pdf'],
    [SAMPLE_MINISTRY, '1.4.1', 'e-nothi-system-report-dec-2023.pdf'],
    [SAMPLE_MINISTRY, '1.5.1', 'ই-গভর্ন্যান্স-কর্মশালা-নোটিশ-হাজিরা.pdf'],
    ['প্রাথমিক শিক্ষা অধিদপ্তর', '', 'dpe-h1-self-assessment-2023-24.xlsx'],
    ['প্রাথমিক শিক্ষা অধিদপ্তর', '2.1.1', 'dpe-portal-update-log.pdf'],
    ['উপানুষ্ঠানিক শিক্ষা ব্যুরো', '', 'bnfe-h1-self-assessment-2023-24.pdf'],
  ];
  return {
    title: ['প্রমাণকের তালিকা', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪, অর্ধবার্ষিক'],
    enclosure: { number: 3, memoNumber: MEMO_NUMBER },
    signature: SIGNATURE,
    entries: files.map(([officeName, indicatorCode, fileName], i) => ({
      number: String(i + 1),
      officeName,
      indicatorCode,
      description: fileName.replace(/\.[^.]+$/, '').replace(/-/g, ' '),
      path: `evidence/${String(i + 1).padStart(3, '0')}-${fileName}`,
    })),
  };
}

export interface SampleDocuments {
  memo: MemoModel;
  selfAssessment: SelfAssessmentAnnex;
  reviewReport: ReviewReportAnnex;
  feedbackLetter: FeedbackLetterModel;
  evidenceIndex: EvidenceIndexModel;
  /** All of them as printable documents, in package order. */
  documents: DocumentModel[];
}

export function sampleDocuments(): SampleDocuments {
  const memo = sampleMemo();
  const selfAssessment = sampleSelfAssessment();
  const reviewReport = sampleReviewReport();
  const feedbackLetter = sampleFeedbackLetter();
  const evidenceIndex = sampleEvidenceIndex();
  return {
    memo,
    selfAssessment,
    reviewReport,
    feedbackLetter,
    evidenceIndex,
    documents: [
      { kind: 'memo', model: memo },
      { kind: 'self-assessment', model: selfAssessment },
      { kind: 'review-report', model: reviewReport },
      { kind: 'feedback-letter', model: feedbackLetter },
      { kind: 'evidence-index', model: evidenceIndex },
    ],
  };
}

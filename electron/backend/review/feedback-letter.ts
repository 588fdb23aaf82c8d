// The feedback letter (ফলাবর্তক) to an office after its report is reviewed: drafted from the
// automated findings and the reviewer's comments, edited by the reviewer, then saved for the package
// (which typesets it with letterhead, memo number and signature).
import type { Period } from '../../../common/plan-document/schema.js';
import type { Finding } from '../review-checks/index.js';
import { formatDateBn, toBn } from '../review-checks/values.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { ScoreTotal } from '../scoring/index.js';

const REPORT_NAME_BN: Record<Period, string> = {
  Q1: '১ম ত্রৈমাসিক অগ্রগতি প্রতিবেদন',
  Q2: '২য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন',
  Q3: '৩য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন',
  Q4: '৪র্থ ত্রৈমাসিক অগ্রগতি প্রতিবেদন',
  H1: 'অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন',
  annual: 'বার্ষিক স্ব-মূল্যায়ন প্রতিবেদন',
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface FeedbackInput {
  officeName: string;
  fiscalYear: string;
  period: Period;
  receivedOn: string | null;
  deadline: string;
  claimed: ScoreTotal;
  verified: ScoreTotal;
  findings: Finding[];
  /** The reviewer's notes per indicator, in table order. */
  indicators: { code: string | null; text: string; comment: string | null; status: string }[];
  overallComment: string | null;
}

function numbered(lines: string[]): string[] {
  return lines.map((line, i) => `${toBengaliDigits(i + 1)}. ${line}`);
}

function label(indicator: { code: string | null; text: string }): string {
  return indicator.code ? `সূচক [${toBengaliDigits(indicator.code)}]` : `সূচক "${indicator.text.slice(0, 40)}"`;
}

function score(n: number): string {
  return toBn(Math.round(n * 100) / 100);
}

export function draftFeedbackLetter(input: FeedbackInput): string {
  const reportName = REPORT_NAME_BN[input.period];
  const year = toBengaliDigits(input.fiscalYear);
  const received = input.receivedOn
    ? `${formatDateBn(input.receivedOn)} তারিখে পাওয়া গেছে${input.receivedOn > input.deadline ? ` (নির্ধারিত শেষ তারিখ ${formatDateBn(input.deadline)})` : ''}`
    : 'পাওয়া গেছে';
  const out: string[] = [
    `বিষয়: ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ${year} এর ${reportName}ের ফলাবর্তক প্রেরণ।`,
    '',
    `উপর্যুক্ত বিষয়ের প্রেক্ষিতে জানানো যাচ্ছে যে, ${input.officeName}-এর ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ${year} এর ${reportName} ${received} এবং তা পর্যালোচনা করা হয়েছে। ` +
      `প্রতিবেদনে দাবিকৃত নম্বর ${score(input.claimed.score)}, পর্যালোচনায় যাচাইকৃত নম্বর ${score(input.verified.score)} (মোট মান ${score(input.verified.weight)})।`,
    '',
  ];

  const findings = [...input.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  if (findings.length > 0) {
    out.push('পর্যালোচনায় নিম্নোক্ত বিষয়সমূহ পরিলক্ষিত হয়েছে:', ...numbered(findings.map((f) => f.message)), '');
  } else {
    out.push('স্বয়ংক্রিয় যাচাইয়ে কোনো অসংগতি পরিলক্ষিত হয়নি।', '');
  }

  const notes = input.indicators
    .filter((i) => i.comment || i.status === 'needs-correction')
    .map((i) => `${label(i)}: ${i.comment ?? ''}${i.status === 'needs-correction' ? `${i.comment ? ' ' : ''}(সংশোধন প্রয়োজন)` : ''}`);
  if (notes.length > 0) out.push('সূচকভিত্তিক মন্তব্য:', ...numbered(notes), '');
  if (input.overallComment) out.push(`সার্বিক মন্তব্য: ${input.overallComment}`, '');

  out.push(
    'বর্ণিত বিষয়সমূহ সংশোধনপূর্বক পরবর্তী প্রতিবেদনে যথাযথ প্রমাণকসহ তথ্য প্রেরণের জন্য নির্দেশক্রমে অনুরোধ করা হলো।',
  );
  return out.join('\n');
}

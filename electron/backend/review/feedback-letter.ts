// The feedback letter (ফলাবর্তক) to an office after its report is reviewed, written as a reviewing
// officer writes it: the subject ending "…প্রসঙ্গে।", a সূত্র line citing the office's own report, the
// totals, what the review found (findings, every verified figure that differs from the claim and why,
// evidence named but not received), whether the office is at risk, and a closing that fits: a request
// to correct when there is something to correct, encouragement when there is not. The reviewer edits
// the text; the package typesets it (parseFeedbackLetter) with letterhead, memo number and signature.
import { genitive } from '../../../common/bengali/genitive.js';
import { bnDate, bnListNumber, bnNumber, toBengaliDigits } from '../../../common/documents/format.js';
import type { LetterBlock } from '../../../common/documents/model.js';
import type { Period } from '../../../common/plan-document/schema.js';
import type { Finding } from '../review-checks/index.js';
import type { ScoreTotal } from '../scoring/index.js';
import {
  AT_RISK_SHARE, endSentence, indicatorLabel, isAtRisk, missingEvidence, missingEvidenceNote, progressPercent, scoreChangeBrief, scoreChangeNote, type IndicatorNoteInput,
  type MissingEvidence,
} from './review-notes.js';

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
  indicators: IndicatorNoteInput[];
  overallComment: string | null;
}

/** A letter's parts: the typeset letter and the text the reviewer edits hold the same. */
export interface FeedbackLetterParts {
  subject: string;
  reference: string | null;
  /** Paragraphs and numbered lists, in order. */
  blocks: LetterBlock[];
}

/** What the review has to tell the office beyond the totals (also printed in the review annex). */
export interface ReviewExplanations {
  /** Why verified figures differ from the claims, in the review annex's short form. */
  scoreChanges: string[];
  /** Evidence the report names but no file of which was received. */
  missingEvidence: MissingEvidence[];
  atRisk: boolean;
}

export function reviewExplanations(input: Pick<FeedbackInput, 'indicators' | 'verified'>): ReviewExplanations {
  return {
    scoreChanges: input.indicators.map(scoreChangeBrief).filter((n): n is string => n !== null),
    missingEvidence: input.indicators.map(missingEvidence).filter((n): n is MissingEvidence => n !== null),
    atRisk: isAtRisk(input.verified),
  };
}

const score = (n: number): string => bnNumber(Math.round(n * 100) / 100);

/** "২০২৩-২৪ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন" */
function reportTitle(fiscalYear: string, period: Period): string {
  return `${toBengaliDigits(fiscalYear)} অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ${REPORT_NAME_BN[period]}`;
}

export function composeFeedbackLetter(input: FeedbackInput): FeedbackLetterParts {
  const office = genitive(input.officeName);
  const title = reportTitle(input.fiscalYear, input.period);
  const explanations = reviewExplanations(input);
  const late = input.receivedOn !== null && input.receivedOn > input.deadline;

  const opening = [
    `উপর্যুক্ত বিষয় ও সূত্রের প্রেক্ষিতে জানানো যাচ্ছে যে, ${office} ${title} পর্যালোচনা করা হয়েছে।`,
    late ? `প্রতিবেদনটি নির্ধারিত তারিখের (${bnDate(input.deadline)}) পরে পাওয়া গেছে।` : '',
    `প্রতিবেদনে দাবিকৃত নম্বর ${score(input.claimed.score)}; পর্যালোচনায় যাচাইকৃত নম্বর ${score(input.verified.score)} (মোট মান ${score(input.verified.weight)})।`,
  ].filter(Boolean).join(' ');
  const blocks: LetterBlock[] = [{ kind: 'paragraph', text: opening }];

  // Lateness is said above; the lists hold what the office can correct.
  const findings = [...input.findings]
    .filter((f) => f.severity !== 'info' && f.code !== 'late-submission')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((f) => endSentence(f.message));
  const observed = [...findings, ...explanations.missingEvidence.map(missingEvidenceNote)];
  if (observed.length > 0) blocks.push({ kind: 'list', intro: 'পর্যালোচনায় নিম্নোক্ত বিষয়সমূহ পরিলক্ষিত হয়েছে:', items: observed });

  const changed = new Set(explanations.scoreChanges);
  const indicatorNotes = input.indicators.flatMap((indicator) => {
    const change = scoreChangeNote(indicator);
    if (change !== null) return [change + (indicator.status === 'needs-correction' ? ' (সংশোধন প্রয়োজন)' : '')];
    if (!indicator.comment?.trim() && indicator.status !== 'needs-correction') return [];
    const comment = indicator.comment?.trim() ? endSentence(indicator.comment.trim()) : '';
    return [`${indicatorLabel(indicator)}: ${comment}${indicator.status === 'needs-correction' ? `${comment ? ' ' : ''}(সংশোধন প্রয়োজন)` : ''}`];
  });
  if (indicatorNotes.length > 0) {
    const intro = changed.size > 0 ? 'যাচাইয়ে নিম্নোক্ত সূচকের অর্জন/নম্বর পরিবর্তিত হয়েছে বা মন্তব্য রয়েছে:' : 'সূচকভিত্তিক মন্তব্য:';
    blocks.push({ kind: 'list', intro, items: indicatorNotes });
  }
  if (input.overallComment?.trim()) blocks.push({ kind: 'paragraph', text: `সার্বিক মন্তব্য: ${endSentence(input.overallComment.trim())}` });

  if (explanations.atRisk) {
    const progress = progressPercent(input.verified);
    blocks.push({
      kind: 'paragraph',
      text:
        `যাচাইকৃত অগ্রগতি ${progress === null ? 'নির্ণয় করা যায়নি' : `মূল্যায়নযোগ্য মানের ${score(progress)}%`}, যা ${toBengaliDigits(AT_RISK_SHARE * 100)}%-এর নিচে; ` +
        'ফলে কর্মপরিকল্পনার লক্ষ্যমাত্রা অর্জন ঝুঁকির মধ্যে রয়েছে। অবশিষ্ট সময়ে লক্ষ্যমাত্রা অর্জনে বিশেষ উদ্যোগ গ্রহণের জন্য অনুরোধ করা হলো।',
    });
  }

  const somethingToCorrect = observed.length > 0 || explanations.scoreChanges.length > 0 || input.indicators.some((i) => i.status === 'needs-correction');
  blocks.push({
    kind: 'paragraph',
    text: somethingToCorrect
      ? 'বর্ণিত বিষয়সমূহ সংশোধনপূর্বক প্রয়োজনীয় প্রমাণকসহ পরবর্তী প্রতিবেদন যথাসময়ে প্রেরণের জন্য নির্দেশক্রমে অনুরোধ করা হলো।'
      : 'পর্যালোচনায় সংশোধনযোগ্য কোনো অসংগতি পরিলক্ষিত হয়নি। এ ধারা অব্যাহত রেখে পরবর্তী প্রতিবেদনও যথাসময়ে প্রমাণকসহ প্রেরণের জন্য অনুরোধ করা হলো।',
  });

  return {
    subject: `${title} পর্যালোচনার ফলাবর্তক প্রেরণ প্রসঙ্গে।`,
    reference: input.receivedOn
      ? `${input.officeName} হতে ${bnDate(input.receivedOn)} তারিখে প্রাপ্ত ${REPORT_NAME_BN[input.period]}।`
      : `${office} ${REPORT_NAME_BN[input.period]}।`,
    blocks,
  };
}

/** The letter as the text the reviewer edits: বিষয় and সূত্র lines, then blocks apart by a blank line. */
export function formatFeedbackLetter(parts: FeedbackLetterParts): string {
  const head = [`বিষয়: ${parts.subject}`, ...(parts.reference ? [`সূত্র: ${parts.reference}`] : [])].join('\n');
  const blocks = parts.blocks.map((block) =>
    block.kind === 'paragraph' ? block.text : [...(block.intro ? [block.intro] : []), ...block.items.map((item, i) => `${bnListNumber(i)} ${item}`)].join('\n'),
  );
  return [head, ...blocks].join('\n\n');
}

export function draftFeedbackLetter(input: FeedbackInput): string {
  return formatFeedbackLetter(composeFeedbackLetter(input));
}

/** A numbered line: "১। …", "১. …" or "1) …". */
const LIST_ITEM = /^\s*[0-9০-৯]+\s*[।.)]\s*(.*)$/;
const LABEL = (label: string): RegExp => new RegExp(`^${label}\\s*[:ঃ]\\s*`);

/**
 * The parts of a letter text, saved or drafted: the বিষয় and সূত্র lines, paragraphs (lines joined),
 * and numbered lists with the line before them as their intro. What the reviewer wrote stays in order.
 */
export function parseFeedbackLetter(text: string, fallbackSubject: string): FeedbackLetterParts {
  let subject: string | null = null;
  let reference: string | null = null;
  const blocks: LetterBlock[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    let paragraph: string[] = [];
    let list: { kind: 'list'; intro: string | null; items: string[] } | null = null;
    const flushParagraph = (): void => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    for (const line of lines) {
      if (subject === null && LABEL('বিষয়').test(line)) {
        subject = line.replace(LABEL('বিষয়'), '');
        continue;
      }
      if (reference === null && blocks.length === 0 && LABEL('সূত্র').test(line)) {
        reference = line.replace(LABEL('সূত্র'), '');
        continue;
      }
      const item = LIST_ITEM.exec(line);
      if (item) {
        if (!list) {
          // the line before a list, ending with a colon, introduces it
          const intro = paragraph.length > 0 && /[:ঃ]$/.test(paragraph.at(-1)!) ? paragraph.pop()! : null;
          flushParagraph();
          list = { kind: 'list', intro, items: [] };
          blocks.push(list);
        }
        list.items.push(item[1]!);
      } else if (list && list.items.length > 0 && paragraph.length === 0 && !/[:ঃ]$/.test(line)) {
        // a wrapped item continues on the next line
        list.items[list.items.length - 1] += ` ${line}`;
      } else {
        list = null;
        paragraph.push(line);
      }
    }
    flushParagraph();
  }
  return { subject: subject ?? fallbackSubject, reference, blocks };
}

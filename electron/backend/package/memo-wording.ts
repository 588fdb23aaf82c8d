// The words of the forwarding memo that depend on what it encloses. The standard subject and body say
// "{contents} প্রেরণ …", and {contents} is worded from the parts actually enclosed, so a package without
// the own self-assessment never claims to send it. Text the user wrote by hand is checked instead
// (memoMentionsMissingParts): naming a part that is not enclosed is refused before anything is issued.
import { genitive } from '../../../common/bengali/genitive.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { PERIOD_NAMES } from '../../../common/terms/plan-terms.js';
import type { MemoDraft, PackagePart, PackageParts } from '../api/contract/package.js';

export interface WordingValues {
  office: string;
  fiscalYear: string;
  period: Period;
  /** The own office's branch (শাখা), for copy-list entries that name it. */
  branch?: string | null;
}

/** "২০২৩-২৪ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন" */
function reportWords(values: WordingValues): string {
  return `${toBengaliDigits(values.fiscalYear)} অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ${PERIOD_NAMES.bn[values.period]} স্ব-মূল্যায়ন প্রতিবেদন`;
}

/** What one part is called in the memo's sentences. */
export function partWords(part: 'selfAssessment' | 'reviewReport', values: WordingValues): string {
  return part === 'selfAssessment'
    ? `${genitive(values.office)} ${reportWords(values)}`
    : `আওতাধীন দপ্তর/সংস্থার ${reportWords(values)} পর্যালোচনা সংক্রান্ত প্রতিবেদন`;
}

/**
 * What the memo sends, worded from the parts enclosed (the evidence is "প্রমাণকসহ" in the body): both
 * as seed 001 words a package, "X-এর … প্রতিবেদন এবং আওতাধীন দপ্তর/সংস্থার … পর্যালোচনা সংক্রান্ত প্রতিবেদন".
 */
export function contentsWords(parts: Pick<PackageParts, 'selfAssessment' | 'reviewReport' | 'feedbackLetters'>, values: WordingValues): string {
  if (parts.selfAssessment && parts.reviewReport) {
    return `${partWords('selfAssessment', values)} এবং আওতাধীন দপ্তর/সংস্থার ${PERIOD_NAMES.bn[values.period]} স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন`;
  }
  if (parts.selfAssessment) return partWords('selfAssessment', values);
  if (parts.reviewReport) return partWords('reviewReport', values);
  // neither annex: what else is enclosed, without naming a report that is not
  const year = `${toBengaliDigits(values.fiscalYear)} অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ${PERIOD_NAMES.bn[values.period]}`;
  return parts.feedbackLetters ? `আওতাধীন দপ্তর/সংস্থায় প্রেরিত ${year} ফলাবর্তক পত্রের কপি` : `${year} কার্যক্রম সংক্রান্ত কাগজপত্র`;
}

/** The placeholders of a template, filled: {office}, {ofOffice} (its genitive), {fiscalYear}, {period}, {branch}, {contents}, {withEvidence}. */
export function fillPlaceholders(text: string, values: WordingValues, parts: PackageParts): string {
  return text
    .replaceAll('{contents}', contentsWords(parts, values))
    .replaceAll('{withEvidence}', parts.evidenceIndex ? 'প্রমাণকসহ ' : '')
    .replaceAll('{ofOffice}', genitive(values.office))
    .replaceAll('{office}', values.office)
    .replaceAll('{branch}', values.branch ?? '')
    .replaceAll('{fiscalYear}', toBengaliDigits(values.fiscalYear))
    .replaceAll('{period}', PERIOD_NAMES.bn[values.period]);
}

/** The reverse of fillPlaceholders, so a template saved this year reads right next year (and with other parts). */
export function toPlaceholders(text: string, values: WordingValues, parts: PackageParts): string {
  let out = text.replaceAll(contentsWords(parts, values), '{contents}');
  if (parts.evidenceIndex) out = out.replaceAll('প্রমাণকসহ ', '{withEvidence}');
  out = out.replaceAll(genitive(values.office), '{ofOffice}').replaceAll(values.office, '{office}');
  if (values.branch) out = out.replaceAll(values.branch, '{branch}');
  return out.replaceAll(toBengaliDigits(values.fiscalYear), '{fiscalYear}').replaceAll(PERIOD_NAMES.bn[values.period], '{period}');
}

/** A copy-list entry whose {branch} is empty has no one to go to. */
export function hasEmptyBranch(entry: string, values: WordingValues): boolean {
  return entry.includes('{branch}') && !values.branch;
}

/** Does a copy-list entry send a copy to the person who signs the memo? */
export function isSignatoryEntry(entry: string, signatory: { designation: string }): boolean {
  const designation = signatory.designation.trim();
  if (!designation) return false;
  const head = entry.trim().split(/[,،(]/)[0]!.trim();
  return head === designation;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The parts the memo's subject or body names although they are not enclosed: the own office's
 * self-assessment (its name before "স্ব-মূল্যায়ন প্রতিবেদন", not of the subordinate offices), the
 * review report ("পর্যালোচনা সংক্রান্ত/প্রতিবেদন"), the evidence ("প্রমাণকসহ"), the feedback letters ("ফলাবর্তক").
 */
export function memoMentionsMissingParts(draft: Pick<MemoDraft, 'subject' | 'body'>, parts: PackageParts, office: string): PackagePart[] {
  const text = [draft.subject, ...draft.body].join('\n');
  const names = [office, genitive(office)].map(escapeRegExp).join('|');
  const mentions: Record<PackagePart, RegExp> = {
    selfAssessment: new RegExp(`(${names})(?:(?!আওতাধীন)[^।\\n]){0,160}স্ব-মূল্যায়ন প্রতিবেদন`),
    reviewReport: /পর্যালোচনা (সংক্রান্ত )?প্রতিবেদন/,
    evidenceIndex: /প্রমাণকসহ|প্রমাণকের তালিকা/,
    feedbackLetters: /ফলাবর্তক/,
  };
  return (Object.keys(mentions) as PackagePart[]).filter((part) => !parts[part] && mentions[part].test(text));
}

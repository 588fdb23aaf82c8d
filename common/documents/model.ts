// The data every document of the submission package is drawn from: plain serialisable objects, so the
// renderer can build the same previews from what the backend sends over IPC.
import type { Period, PlanDocument } from '../plan-document/schema.js';
import type { ScoreDocument } from '../score-document/schema.js';

export interface Letterhead {
  /** The slogan printed above the letterhead, without quotes; null or absent for none. */
  slogan?: string | null;
  /** গণপ্রজাতন্ত্রী বাংলাদেশ সরকার, ministry, division/wing, branch, address — one line each, centred. */
  lines: string[];
  website?: string | null;
}

export interface Signatory {
  name: string;
  designation: string;
  /** The branch (শাখা) the signatory works in, printed after the designation as seed 001 does. */
  branch?: string | null;
  office?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface CopyList {
  memoNumber: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** e.g. "সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:"; the documents print it after "অনুলিপি:". */
  intro: string;
  /** The entries as text; the documents number them ১। ২। … (the last is usually অফিস কপি). */
  entries: string[];
}

export interface MemoModel {
  letterhead: Letterhead;
  memoNumber: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Print the বঙ্গাব্দ date above the খ্রিস্টাব্দ one. */
  showBengaliDate: boolean;
  /** The addressee, one line each. */
  recipient: string[];
  /** Seed 003 puts "প্রতি, …" before the subject; seed 001 puts the addressee after the signature. */
  recipientPosition: 'before-subject' | 'after-signature';
  /** দৃষ্টি আকর্ষণ */
  attention?: string | null;
  subject: string;
  /** সূত্র */
  reference?: string | null;
  /** Paragraphs. */
  body: string[];
  /** সংযুক্তি, e.g. "বর্ণনামতে"; printed when there is no list of enclosures. */
  attachments?: string | null;
  /** What is enclosed, one entry each, numbered as the enclosures' own headings (সংযুক্তি-১, …). */
  enclosures?: string[];
  signatory: Signatory;
  copyList: CopyList | null;
}

/** A paragraph, or a numbered list with the line that introduces it. */
export type LetterBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; intro: string | null; items: string[] };

/** A letter to one office after the review: a memo whose text is paragraphs and numbered lists. */
export interface FeedbackLetterModel extends MemoModel {
  /** The office the letter goes to (also in recipient); used for titles and file names. */
  officeName: string;
  /** The letter's text after the memo's body (which is empty for a feedback letter), in order. */
  blocks: LetterBlock[];
}

/** Who signs an annex, and when (every real annex ends with a signature: seeds 000, 002, 004). */
export interface AnnexSignature {
  signatory: Signatory;
  /** ISO date YYYY-MM-DD. */
  date: string;
}

/** An annex's place among the memo's enclosures: "সংযুক্তি-২ (স্মারক নম্বর …)", apart from the APA's own annex numbers. */
export interface Enclosure {
  number: number;
  memoNumber: string;
}

export interface SelfAssessmentAnnex {
  /** Title lines above the table, centred. */
  title: string[];
  /** The APA annex number of the e-governance plan in that year, e.g. "সংযোজনী-৫". */
  annexNumber?: string;
  enclosure?: Enclosure | null;
  signature?: AnnexSignature | null;
  /** The evidence index's serials of each indicator's files, in the plan's indicator order. */
  evidenceSerials?: string[][];
  officeName: string;
  /** "2023-24" */
  fiscalYear: string;
  period: Period;
  plan: PlanDocument;
  scores?: ScoreDocument | null;
  /** Add the level and score columns (and a total row). */
  showScores: boolean;
}

export interface ReviewedOffice {
  name: string;
  /** ISO date the half-yearly report arrived; null when it has not. */
  receivedOn: string | null;
  onTime: boolean | null;
  /** Conformity to the approved plan, in words (e.g. "সামঞ্জস্যপূর্ণ"). */
  conformity: string;
  claimedScore: number | null;
  verifiedScore: number | null;
  /** The weight the verified score is out of (50 when every indicator could be scored). */
  scoredWeight: number;
  /** Evidence completeness in words (e.g. "সম্পূর্ণ", "আংশিক"). */
  evidenceComplete: string;
  /** The evidence index's serials of the office's files. */
  evidenceSerials?: string[];
  /** Findings, and every difference between the claimed and the verified figures with its reason. */
  mainIssues: string[];
  feedbackMemoNumber?: string | null;
  feedbackDate?: string | null;
}

export interface ReviewReportAnnex {
  title: string[];
  annexNumber?: string;
  enclosure?: Enclosure | null;
  signature?: AnnexSignature | null;
  fiscalYear: string;
  period: Period;
  offices: ReviewedOffice[];
  /** Paragraphs: common problems, offices at risk. */
  narrative: string[];
}

export interface EvidenceIndexEntry {
  /** The number the review table and the evidence folder use for the file, e.g. "১" or "৩.২". */
  number: string;
  officeName: string;
  /** The indicator code as in the plan ("1.1.1"), printed as [১.১.১]; '' for the whole report. */
  indicatorCode: string;
  /** What the file is, for people (its name as the reviewer gave it, without the extension). */
  description: string;
  /** Where the file is in the package, e.g. "evidence/003-notice.pdf" (its hash is in the manifest). */
  path: string;
}

export interface EvidenceIndexModel {
  /** Title lines; a default title is printed when absent. */
  title?: string[];
  annexNumber?: string;
  enclosure?: Enclosure | null;
  signature?: AnnexSignature | null;
  entries: EvidenceIndexEntry[];
}

/** One printable document of the package. */
export type DocumentModel =
  | { kind: 'memo'; model: MemoModel }
  | { kind: 'feedback-letter'; model: FeedbackLetterModel }
  | { kind: 'self-assessment'; model: SelfAssessmentAnnex }
  | { kind: 'review-report'; model: ReviewReportAnnex }
  | { kind: 'evidence-index'; model: EvidenceIndexModel };

export type DocumentKind = DocumentModel['kind'];

/** Letters print on portrait A4, annex tables on landscape A4. */
export function isLandscape(doc: DocumentModel | DocumentKind): boolean {
  const kind = typeof doc === 'string' ? doc : doc.kind;
  return kind === 'self-assessment' || kind === 'review-report' || kind === 'evidence-index';
}

// Builds the documents of a half-yearly package from the database: the memo, the own office's
// self-assessment annex, the review report of the subordinate offices, the evidence index and the
// feedback letters. Each enclosure gets its number (সংযুক্তি-১, …) once, here: the memo lists the
// enclosures by it, each annex is headed with it, and the files are named after it, so the three
// always agree with what is actually enclosed. The same models feed the in-app preview and the files.
import { conflict } from '../api/errors.js';
import type Database from 'better-sqlite3';
import { asc, eq } from 'drizzle-orm';
import { planIndicators } from '../../../drizzle/schema.js';
import type { MemoDraft, PackageParts } from '../api/contract/package.js';
import type { FeedbackLetter } from '../api/contract/review.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { genitive } from '../../../common/bengali/genitive.js';
import { isoDateInDhaka } from '../../../common/dates/iso-date.js';
import type { Db } from '../database/open-database.js';
import type {
  AnnexSignature, DocumentModel, EvidenceIndexEntry, EvidenceIndexModel, FeedbackLetterModel, MemoModel, ReviewReportAnnex, ReviewedOffice,
  SelfAssessmentAnnex,
} from '../../../common/documents/model.js';
import type { Office } from '../api/contract/offices.js';
import { findOwnOffice } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { loadPlanDocument } from '../plan-store/load-plan.js';
import { CHECK_CATALOGUE, type Finding } from '../review-checks/index.js';
import { parseFeedbackLetter } from '../review/feedback-letter.js';
import { feedbackLetters } from '../review/review-feedback.js';
import { isAtRisk, missingEvidenceSummary } from '../review/review-notes.js';
import { reviewOverview } from '../review/review-overview.js';
import { scorePlan } from '../scoring/index.js';
import { PERIOD_NAMES } from '../../../common/terms/plan-terms.js';
import type { LetterToNumber, MemoNumbers } from './memo-numbers.js';
import { partWords, type WordingValues } from './memo-wording.js';

/** An evidence file and where it goes in the package. */
export interface EvidenceItem {
  path: string;
  storedFileId: number;
}

export interface PackageDocuments {
  memo: MemoModel;
  selfAssessment: SelfAssessmentAnnex | null;
  reviewReport: ReviewReportAnnex | null;
  evidenceIndex: EvidenceIndexModel | null;
  feedbackLetters: FeedbackLetterModel[];
  evidence: EvidenceItem[];
  numbers: MemoNumbers;
  /** Indicator codes of the own report that name evidence of which no file is attached. */
  ownEvidenceMissing: string[];
  /** Offices whose saved feedback letter was written before their review last changed (its numbers may no longer hold). */
  staleLetters: string[];
  /** The enclosures, numbered as the memo lists them. */
  enclosed: Enclosed[];
}

export interface BuildInput {
  db: Db;
  sqlite: Database.Database;
  fiscalYear: string;
  period: Period;
  draft: MemoDraft;
  parts: PackageParts;
  offices: Office[];
  /** The memo's and the letters' numbers, once the letters are read: issued by a generation, planned by a preview. Called once per build. */
  numbers: (letters: LetterToNumber[]) => MemoNumbers;
  /** A generation: saved feedback letters written before their review last changed are refused before any number is issued. */
  refuseStaleLetters?: boolean;
}

export function memoModel(draft: MemoDraft, memoNumber: string): MemoModel {
  return {
    letterhead: draft.letterhead,
    memoNumber,
    date: draft.date,
    showBengaliDate: draft.showBengaliDate,
    recipient: draft.recipient,
    recipientPosition: draft.recipientPosition,
    attention: draft.attention,
    subject: draft.subject,
    reference: draft.reference,
    body: draft.body,
    attachments: draft.attachments,
    signatory: draft.signatory,
    copyList: draft.copyList ? { memoNumber, date: draft.date, intro: draft.copyList.intro, entries: draft.copyList.entries } : null,
  };
}

function latestReportOf(sqlite: Database.Database, officeId: number, fiscalYear: string, period: Period) {
  return sqlite
    .prepare(`SELECT id, plan_id AS planId FROM reports WHERE office_id = ? AND fiscal_year = ? AND period = ? ORDER BY version DESC LIMIT 1`)
    .get(officeId, fiscalYear, period) as { id: number; planId: number } | undefined;
}

/** "সংযোজনী-৫": the e-governance plan's annex number in the APA of that year (fiscal_years.egov_annex_number). */
function egovAnnexNumber(sqlite: Database.Database, fiscalYear: string): string {
  const row = sqlite.prepare(`SELECT egov_annex_number AS n FROM fiscal_years WHERE label = ?`).get(fiscalYear) as { n: number } | undefined;
  return `সংযোজনী-${toBengaliDigits(row?.n ?? 5)}`;
}

const CHECK_TITLES = new Map(CHECK_CATALOGUE.map((c) => [c.code, c.title]));

function mainIssues(findings: Finding[], limit = 3): string[] {
  return findings.filter((f) => f.severity !== 'info').slice(0, limit).map((f) => f.message);
}

function narrative(letters: FeedbackLetter[], offices: ReviewedOffice[], atRisk: string[], total: number, lettersEnclosed: boolean): string[] {
  const byCode = new Map<string, Set<number>>();
  for (const letter of letters) for (const f of letter.findings) {
    if (f.severity === 'info') continue;
    byCode.set(f.code, (byCode.get(f.code) ?? new Set()).add(letter.officeId));
  }
  const common = [...byCode.entries()].sort((a, b) => b[1].size - a[1].size).slice(0, 5)
    .map(([code, set]) => `${CHECK_TITLES.get(code) ?? code} (${toBengaliDigits(set.size)}টি দপ্তর)`);
  const received = offices.filter((o) => o.receivedOn !== null).length;
  return [
    `মোট ${toBengaliDigits(total)}টি আওতাধীন দপ্তর/সংস্থার মধ্যে ${toBengaliDigits(received)}টির অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পাওয়া গেছে ও পর্যালোচনা করা হয়েছে।`,
    common.length ? `সাধারণ সমস্যাসমূহ: ${common.join('; ')}।` : 'পর্যালোচনায় সাধারণ কোনো সমস্যা পরিলক্ষিত হয়নি।',
    atRisk.length
      ? `ঝুঁকিতে থাকা দপ্তর/সংস্থা (প্রতিবেদন পাওয়া যায়নি বা যাচাইকৃত অগ্রগতি ৬০%-এর নিচে${lettersEnclosed ? '; প্রতিবেদন পাঠানো দপ্তরকে ফলাবর্তক পত্রে তা জানানো হয়েছে' : ''}): ${atRisk.join(', ')}।`
      : 'কোনো দপ্তর/সংস্থা ঝুঁকিতে নেই।',
  ];
}

/** The reviewer's letter text as a letter to the office, on the package's letterhead, with its own number and date. */
function feedbackModel(letter: FeedbackLetter, draft: MemoDraft, number: { memoNumber: string; date: string }, office: Office | undefined): FeedbackLetterModel {
  const parts = parseFeedbackLetter(letter.letterText, 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা পর্যালোচনার ফলাবর্তক প্রেরণ প্রসঙ্গে।');
  const base = memoModel({ ...draft, date: number.date, subject: parts.subject, reference: parts.reference, body: [], attachments: null, attention: null, copyList: null }, number.memoNumber);
  return {
    ...base,
    recipient: [office?.headDesignation ?? 'প্রধান', letter.officeName],
    recipientPosition: 'before-subject',
    copyList: { memoNumber: number.memoNumber, date: number.date, intro: draft.copyList?.intro ?? 'সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:', entries: ['অফিস কপি।'] },
    officeName: letter.officeName,
    blocks: parts.blocks,
  };
}

/** Reports whose feedback letters are read in one go (a dozen queries), between two pauses. */
export const LETTERS_READ_TOGETHER = 25;

/** Moves with every write to the database: by this connection (total_changes) or by another (data_version). */
function writeMark(sqlite: Database.Database): string {
  const { n } = sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${n}|${String(sqlite.pragma('data_version', { simple: true }))}`;
}

export function buildPackageDocuments(input: BuildInput): PackageDocuments {
  const steps = buildSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same documents, built with a pause after each few offices' letters (a second or more for
 * hundreds of offices): the generation starts Chromium first and lets it come up meanwhile, and
 * checks for a cancel in the pauses.
 */
export async function buildPackageDocumentsInSteps(input: BuildInput, pause: () => Promise<void>): Promise<PackageDocuments> {
  const steps = buildSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

interface EvidenceRow {
  storedFileId: number;
  fileName: string;
  reportId: number;
  officeName: string;
  indicatorId: number | null;
  code: string | null;
}

function evidenceRows(sqlite: Database.Database, reportIds: number[]): EvidenceRow[] {
  if (reportIds.length === 0) return [];
  const rows = sqlite
    .prepare(
      `SELECT e.stored_file_id AS storedFileId, s.file_name AS fileName, e.report_id AS reportId, o.name_bn AS officeName,
              e.indicator_id AS indicatorId, i.code AS code, i.position AS position, e.id AS id
       FROM evidence_files e JOIN stored_files s ON s.id = e.stored_file_id JOIN reports r ON r.id = e.report_id
       JOIN offices o ON o.id = r.office_id LEFT JOIN plan_indicators i ON i.id = e.indicator_id
       WHERE e.report_id IN (${reportIds.map(() => '?').join(',')})`,
    )
    .all(...reportIds) as (EvidenceRow & { position: number | null; id: number })[];
  // the own report first, then the offices in the review table's order; within a report, in table order
  const order = new Map(reportIds.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.reportId)! - order.get(b.reportId)! || (a.position ?? -1) - (b.position ?? -1) || a.id - b.id);
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120);
}

/** What a file is, for people: its name as given, without the extension, dashes and underscores as spaces. */
function describe(fileName: string): string {
  return fileName.replace(/\.[^.]{1,8}$/, '').replace(/[-_]+/g, ' ').trim() || fileName;
}

function* buildSteps(input: BuildInput): Generator<void, PackageDocuments> {
  const { db, sqlite, fiscalYear, period, draft, parts } = input;
  const own = findOwnOffice(db);
  const needsReview = parts.reviewReport || parts.feedbackLetters || parts.evidenceIndex;
  const overview = own && needsReview ? reviewOverview(sqlite, fiscalYear, period) : null;
  const received = overview?.offices.filter((o) => o.report !== null) ?? [];
  const letters: FeedbackLetter[] = [];
  if (parts.reviewReport || parts.feedbackLetters) {
    const mark = writeMark(sqlite);
    for (let start = 0; start < received.length; start += LETTERS_READ_TOGETHER) {
      letters.push(...feedbackLetters({ db, sqlite }, received.slice(start, start + LETTERS_READ_TOGETHER).map((o) => o.report!.id)));
      yield;
    }
    // Reading the letters writes nothing. A write while paused (a review saved meanwhile) could leave
    // letters and overview of different moments: then build everything again, without pausing.
    if (writeMark(sqlite) !== mark) return buildPackageDocuments(input);
  }
  const stale = parts.feedbackLetters ? letters.filter((l) => l.stale).map((l) => l.officeName) : [];
  if (input.refuseStaleLetters && stale.length > 0) {
    throw conflict('feedback-letter-stale', `the saved feedback letters of ${stale.join(', ')} were written before their review last changed: write them again from the draft`);
  }
  const receivedOn = new Map(received.map((o) => [o.officeId, o.report!.receivedOn ?? isoDateInDhaka(new Date(o.report!.importedAt))]));
  const numbers = input.numbers(
    parts.feedbackLetters
      ? letters.map((l) => ({ officeId: l.officeId, officeName: l.officeName, savedAt: l.savedAt, receivedOn: receivedOn.get(l.officeId) ?? null }))
      : [],
  );
  const memo = memoModel(draft, numbers.memo.memoNumber);
  const result: PackageDocuments = { memo, selfAssessment: null, reviewReport: null, evidenceIndex: null, feedbackLetters: [], evidence: [], numbers, ownEvidenceMissing: [], enclosed: [],
    staleLetters: stale };
  if (!own) return result;
  const signature: AnnexSignature = { signatory: draft.signatory, date: draft.date };
  const officeById = new Map(input.offices.map((o) => [o.id, o]));
  const ownReport = latestReportOf(sqlite, own.id, fiscalYear, period);

  // The evidence index's serials come first: the annexes refer to them.
  const evidenceReports = [...(ownReport && parts.selfAssessment ? [ownReport.id] : []), ...received.map((o) => o.report!.id)];
  const evidence = parts.evidenceIndex ? evidenceRows(sqlite, evidenceReports) : [];
  const entries: EvidenceIndexEntry[] = evidence.map((row, i) => ({
    number: String(i + 1),
    officeName: row.officeName,
    indicatorCode: row.code ?? '',
    description: describe(row.fileName),
    path: `evidence/${String(i + 1).padStart(3, '0')}-${safeFileName(row.fileName)}`,
  }));
  result.evidence = evidence.map((row, i) => ({ path: entries[i]!.path, storedFileId: row.storedFileId }));
  const serialsOf = (reportId: number, indicatorId?: number): string[] =>
    evidence.flatMap((row, i) => (row.reportId === reportId && (indicatorId === undefined || row.indicatorId === indicatorId) ? [entries[i]!.number] : []));

  if (parts.selfAssessment && ownReport) {
    const plan = loadPlanDocument(db, ownReport.planId, ownReport.id);
    const indicatorIds = db.select({ id: planIndicators.id }).from(planIndicators)
      .where(eq(planIndicators.planId, ownReport.planId)).orderBy(asc(planIndicators.position)).all().map((r) => r.id);
    const serials = indicatorIds.map((id) => serialsOf(ownReport.id, id));
    result.ownEvidenceMissing = plan.indicators.flatMap((indicator, i) => (indicator.evidence?.trim() && serials[i]!.length === 0 ? [indicator.code ?? indicator.text.slice(0, 30)] : []));
    result.selfAssessment = {
      title: [`${genitive(own.nameBn)} ${toBengaliDigits(fiscalYear)} অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ${PERIOD_NAMES.bn[period]} স্ব-মূল্যায়ন প্রতিবেদন`],
      annexNumber: egovAnnexNumber(sqlite, fiscalYear),
      officeName: own.nameBn,
      fiscalYear,
      period,
      plan,
      scores: scorePlan(plan, { period }),
      showScores: true,
      evidenceSerials: serials,
      signature,
    };
  }

  if (parts.feedbackLetters) {
    for (const letter of letters) {
      const number = numbers.feedback.get(letter.officeId);
      if (number) result.feedbackLetters.push(feedbackModel(letter, draft, number, officeById.get(letter.officeId)));
    }
  }

  if (parts.reviewReport && overview) {
    const letterOf = new Map(letters.map((l) => [l.officeId, l]));
    const atRisk: string[] = [];
    const offices: ReviewedOffice[] = overview.offices.map((o) => {
      const letter = letterOf.get(o.officeId);
      const findings = letter?.findings ?? [];
      const explanations = letter?.explanations ?? { scoreChanges: [], missingEvidence: [], atRisk: true };
      if (o.report ? explanations.atRisk : isAtRisk(null)) atRisk.push(o.officeName);
      const drift = findings.filter((f) => f.code === 'plan-drift').length;
      const noEvidence = findings.filter((f) => f.code === 'evidence-missing').length + explanations.missingEvidence.length;
      const number = o.report && parts.feedbackLetters ? numbers.feedback.get(o.officeId) : undefined;
      return {
        name: o.officeName,
        receivedOn: o.report ? receivedOn.get(o.officeId)! : null,
        onTime: o.report ? !o.late : null,
        conformity: !o.report ? '—' : drift === 0 ? 'সামঞ্জস্যপূর্ণ' : `অসামঞ্জস্য (${toBengaliDigits(drift)}টি)`,
        claimedScore: o.claimed,
        verifiedScore: o.verified,
        scoredWeight: o.scoredWeight ?? 0,
        evidenceComplete: !o.report ? '—' : noEvidence === 0 ? 'সম্পূর্ণ' : `আংশিক (${toBengaliDigits(noEvidence)}টি সূচকে নেই)`,
        evidenceSerials: o.report ? serialsOf(o.report.id) : [],
        // every difference between the claimed and the verified figures is explained, whatever else is listed
        mainIssues: o.report
          ? [...mainIssues(findings), ...explanations.scoreChanges, ...[missingEvidenceSummary(explanations.missingEvidence)].filter((l): l is string => l !== null)]
          : ['প্রতিবেদন পাওয়া যায়নি'],
        feedbackMemoNumber: number?.memoNumber ?? null,
        feedbackDate: number?.date ?? null,
      };
    });
    result.reviewReport = {
      title: [`আওতাধীন দপ্তর/সংস্থার ${toBengaliDigits(fiscalYear)} অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ${PERIOD_NAMES.bn[period]} স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন`],
      fiscalYear,
      period,
      offices,
      narrative: narrative(letters, offices, atRisk, overview.offices.length, parts.feedbackLetters),
      signature,
    };
  }

  if (parts.evidenceIndex && entries.length > 0) {
    result.evidenceIndex = {
      title: ['প্রমাণকের তালিকা', `${toBengaliDigits(fiscalYear)} অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা, ${PERIOD_NAMES.bn[period]}`],
      entries,
      signature,
    };
  }
  numberEnclosures(result, { office: own.nameBn, fiscalYear, period });
  return result;
}

/** One enclosure: its document(s), its file name and what it is called in the memo and the progress. */
export interface Enclosed {
  number: number;
  /** The memo's list entry. */
  entry: string;
  /** File name stem (a folder for the letters). */
  file: string;
  name: { bn: string; en: string };
}

/** The enclosures in package order, numbered 1, 2, … as the memo lists them. */
export function enclosures(docs: PackageDocuments, values: WordingValues): Enclosed[] {
  const list: Omit<Enclosed, 'number'>[] = [];
  if (docs.selfAssessment) {
    list.push({
      entry: `${partWords('selfAssessment', values)} (বার্ষিক কর্মসম্পাদন চুক্তির ${docs.selfAssessment.annexNumber ?? 'সংযোজনী'})।`,
      file: 'self-assessment', name: { bn: 'নিজ দপ্তরের স্ব-মূল্যায়ন প্রতিবেদন', en: "the own office's self-assessment" },
    });
  }
  if (docs.reviewReport) list.push({ entry: `${partWords('reviewReport', values)}।`, file: 'review-report', name: { bn: 'পর্যালোচনা প্রতিবেদন', en: 'the review report' } });
  if (docs.evidenceIndex) {
    list.push({
      entry: `প্রমাণকের তালিকা ও প্রমাণক (${toBengaliDigits(docs.evidenceIndex.entries.length)}টি ফাইল)।`,
      file: 'evidence-index', name: { bn: 'প্রমাণকের তালিকা', en: 'the evidence index' },
    });
  }
  if (docs.feedbackLetters.length > 0) {
    list.push({
      entry: `আওতাধীন দপ্তর/সংস্থায় প্রেরিত ফলাবর্তক পত্রের কপি (${toBengaliDigits(docs.feedbackLetters.length)}টি)।`,
      file: 'feedback-letters', name: { bn: 'ফলাবর্তক পত্র', en: 'the feedback letters' },
    });
  }
  return list.map((e, i) => ({ ...e, number: i + 1, file: `enclosure-${i + 1}-${e.file}` }));
}

function numberEnclosures(docs: PackageDocuments, values: WordingValues): void {
  const numbered = enclosures(docs, values);
  docs.enclosed = numbered;
  docs.memo.enclosures = numbered.map((e) => e.entry);
  const memoNumber = docs.memo.memoNumber;
  let n = 0;
  if (docs.selfAssessment) docs.selfAssessment.enclosure = { number: numbered[n++]!.number, memoNumber };
  if (docs.reviewReport) docs.reviewReport.enclosure = { number: numbered[n++]!.number, memoNumber };
  if (docs.evidenceIndex) docs.evidenceIndex.enclosure = { number: numbered[n++]!.number, memoNumber };
}

/** A document of the package with its file name stem and its name in the progress line. */
export interface PackageEntry {
  doc: DocumentModel;
  file: string;
  name: { bn: string; en: string };
}

/** The documents in package order, as the preview shows them and the files are written. */
export function packageEntries(docs: PackageDocuments): PackageEntry[] {
  const numbered = docs.enclosed;
  const label = (e: Enclosed) => ({ bn: `সংযুক্তি-${toBengaliDigits(e.number)}: ${e.name.bn}`, en: `enclosure ${e.number}: ${e.name.en}` });
  const list: PackageEntry[] = [{ doc: { kind: 'memo', model: docs.memo }, file: 'memo', name: { bn: 'স্মারক (অগ্রায়ণপত্র)', en: 'the memo' } }];
  let n = 0;
  if (docs.selfAssessment) {
    const e = numbered[n++]!;
    list.push({ doc: { kind: 'self-assessment', model: docs.selfAssessment }, file: e.file, name: label(e) });
  }
  if (docs.reviewReport) {
    const e = numbered[n++]!;
    list.push({ doc: { kind: 'review-report', model: docs.reviewReport }, file: e.file, name: label(e) });
  }
  if (docs.evidenceIndex) {
    const e = numbered[n++]!;
    list.push({ doc: { kind: 'evidence-index', model: docs.evidenceIndex }, file: e.file, name: label(e) });
  }
  if (docs.feedbackLetters.length > 0) {
    const e = numbered[n++]!;
    docs.feedbackLetters.forEach((letter, i) => {
      const serial = String(i + 1).padStart(2, '0');
      list.push({
        doc: { kind: 'feedback-letter', model: letter },
        file: `${e.file}/feedback-${serial}`,
        name: { bn: `${label(e).bn} — ${letter.officeName}`, en: `${label(e).en}, ${serial}` },
      });
    });
  }
  return list;
}

/** The documents in package order. */
export function documentList(docs: PackageDocuments): DocumentModel[] {
  return packageEntries(docs).map((e) => e.doc);
}

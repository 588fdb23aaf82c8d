// Builds the documents of a half-yearly package from the database: the memo, the own office's
// self-assessment annex, the review report of the subordinate offices, the feedback letters and the
// evidence index. The same models feed the in-app preview and the generated files.
import type Database from 'better-sqlite3';
import type { MemoDraft, PackageParts } from '../api/contract/package.js';
import type { FeedbackLetter } from '../api/contract/review.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { Db } from '../database/open-database.js';
import type {
  DocumentModel, EvidenceIndexEntry, FeedbackLetterModel, MemoModel, ReviewedOffice, SelfAssessmentAnnex,
} from '../../../common/documents/model.js';
import type { Office } from '../api/contract/offices.js';
import { findOwnOffice } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { loadPlanDocument } from '../plan-store/load-plan.js';
import { CHECK_CATALOGUE, type Finding } from '../review-checks/index.js';
import { feedbackLetters } from '../review/review-feedback.js';
import { reviewOverview } from '../review/review-overview.js';
import { scorePlan } from '../scoring/index.js';
import { PERIOD_NAMES } from '../../../common/terms/plan-terms.js';

export interface EvidenceItem extends EvidenceIndexEntry {
  storedFileId: number;
}

export interface PackageDocuments {
  memo: MemoModel;
  selfAssessment: SelfAssessmentAnnex | null;
  reviewReport: { kind: 'review-report'; model: import('../../../common/documents/model.js').ReviewReportAnnex } | null;
  feedbackLetters: FeedbackLetterModel[];
  evidence: EvidenceItem[];
}

/** Memo numbers for the package: the memo's own, then one per feedback letter, in order. */
export interface MemoNumbers {
  memo: string;
  feedback: (officeId: number) => { memoNumber: string; date: string } | null;
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

function selfAssessment(db: Db, sqlite: Database.Database, own: Office, fiscalYear: string, period: Period): SelfAssessmentAnnex | null {
  const report = latestReportOf(sqlite, own.id, fiscalYear, period);
  if (!report) return null;
  const plan = loadPlanDocument(db, report.planId, report.id);
  return {
    title: [`${own.nameBn}-এর ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ${toBengaliDigits(fiscalYear)}-এর ${PERIOD_NAMES.bn[period]} স্ব-মূল্যায়ন প্রতিবেদন`],
    annexNumber: 'সংযোজনী-১',
    officeName: own.nameBn,
    fiscalYear,
    period,
    plan,
    scores: scorePlan(plan, { period }),
    showScores: true,
  };
}

const CHECK_TITLES = new Map(CHECK_CATALOGUE.map((c) => [c.code, c.title]));

function mainIssues(findings: Finding[], limit = 3): string[] {
  return findings.filter((f) => f.severity !== 'info').slice(0, limit).map((f) => f.message);
}

function narrative(letters: FeedbackLetter[], offices: ReviewedOffice[], total: number): string[] {
  const byCode = new Map<string, Set<number>>();
  for (const letter of letters) for (const f of letter.findings) {
    if (f.severity === 'info') continue;
    byCode.set(f.code, (byCode.get(f.code) ?? new Set()).add(letter.officeId));
  }
  const common = [...byCode.entries()].sort((a, b) => b[1].size - a[1].size).slice(0, 5)
    .map(([code, set]) => `${CHECK_TITLES.get(code) ?? code} (${toBengaliDigits(set.size)}টি দপ্তর)`);
  const received = offices.filter((o) => o.receivedOn !== null).length;
  const atRisk = offices.filter((o) => o.receivedOn === null || (o.verifiedScore !== null && o.scoredWeight > 0 && o.verifiedScore / o.scoredWeight < 0.6)).map((o) => o.name);
  return [
    `মোট ${toBengaliDigits(total)}টি আওতাধীন দপ্তর/সংস্থার মধ্যে ${toBengaliDigits(received)}টির অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন পাওয়া গেছে ও পর্যালোচনা করা হয়েছে।`,
    common.length ? `সাধারণ সমস্যাসমূহ: ${common.join('; ')}।` : 'পর্যালোচনায় সাধারণ কোনো সমস্যা পরিলক্ষিত হয়নি।',
    atRisk.length ? `ঝুঁকিতে থাকা দপ্তর/সংস্থা (প্রতিবেদন পাওয়া যায়নি বা যাচাইকৃত অগ্রগতি ৬০%-এর নিচে): ${atRisk.join(', ')}।` : 'কোনো দপ্তর/সংস্থা ঝুঁকিতে নেই।',
  ];
}

/** The reviewer's letter text as a letter: its "বিষয়:" line is the subject, the rest the body. */
function feedbackModel(letter: FeedbackLetter, draft: MemoDraft, number: { memoNumber: string; date: string }, office: Office | undefined): FeedbackLetterModel {
  const lines = letter.letterText.split('\n').map((l) => l.trim()).filter(Boolean);
  const subjectLine = lines[0]?.startsWith('বিষয়') ? lines.shift()!.replace(/^বিষয়\s*[:ঃ]\s*/, '') : `ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ফলাবর্তক প্রেরণ।`;
  return {
    ...memoModel({ ...draft, subject: subjectLine, body: lines, reference: null, attachments: null, attention: null, copyList: { intro: draft.copyList?.intro ?? 'সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:', entries: ['অফিস কপি।'] } }, number.memoNumber),
    date: number.date,
    recipient: [office?.headDesignation ?? 'প্রধান', letter.officeName],
    recipientPosition: 'before-subject',
    officeName: letter.officeName,
    findings: [],
  };
}

export interface BuildInput {
  db: Db;
  sqlite: Database.Database;
  fiscalYear: string;
  period: Period;
  draft: MemoDraft;
  parts: PackageParts;
  numbers: MemoNumbers;
  offices: Office[];
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

function* buildSteps(input: BuildInput): Generator<void, PackageDocuments> {
  const { db, sqlite, fiscalYear, period, draft, parts } = input;
  const own = findOwnOffice(db);
  const memo = memoModel(draft, input.numbers.memo);
  const result: PackageDocuments = { memo, selfAssessment: null, reviewReport: null, feedbackLetters: [], evidence: [] };
  if (!own) return result;
  if (parts.selfAssessment) result.selfAssessment = selfAssessment(db, sqlite, own, fiscalYear, period);

  const needsReview = parts.reviewReport || parts.feedbackLetters || parts.evidenceIndex;
  const overview = needsReview ? reviewOverview(sqlite, fiscalYear, period) : null;
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
  const officeById = new Map(input.offices.map((o) => [o.id, o]));

  if (parts.feedbackLetters) {
    for (const letter of letters) {
      const number = input.numbers.feedback(letter.officeId);
      if (number) result.feedbackLetters.push(feedbackModel(letter, draft, number, officeById.get(letter.officeId)));
    }
  }

  if (parts.reviewReport && overview) {
    const letterOf = new Map(letters.map((l) => [l.officeId, l]));
    const offices: ReviewedOffice[] = overview.offices.map((o) => {
      const letter = letterOf.get(o.officeId);
      const findings = letter?.findings ?? [];
      const drift = findings.filter((f) => f.code === 'plan-drift').length;
      const noEvidence = findings.filter((f) => f.code === 'evidence-missing').length;
      const number = o.report ? input.numbers.feedback(o.officeId) : null;
      return {
        name: o.officeName,
        receivedOn: o.report ? (o.report.receivedOn ?? o.report.importedAt.slice(0, 10)) : null,
        onTime: o.report ? !o.late : null,
        conformity: !o.report ? '—' : drift === 0 ? 'সামঞ্জস্যপূর্ণ' : `অসামঞ্জস্য (${toBengaliDigits(drift)}টি)`,
        claimedScore: o.claimed,
        verifiedScore: o.verified,
        scoredWeight: o.scoredWeight ?? 0,
        evidenceComplete: !o.report ? '—' : noEvidence === 0 ? 'সম্পূর্ণ' : `আংশিক (${toBengaliDigits(noEvidence)}টি সূচকে নেই)`,
        mainIssues: o.report ? mainIssues(findings) : ['প্রতিবেদন পাওয়া যায়নি'],
        feedbackMemoNumber: parts.feedbackLetters ? (number?.memoNumber ?? null) : null,
        feedbackDate: parts.feedbackLetters ? (number?.date ?? null) : null,
      };
    });
    result.reviewReport = {
      kind: 'review-report',
      model: {
        title: [`আওতাধীন দপ্তর/সংস্থার ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ${toBengaliDigits(fiscalYear)}-এর ${PERIOD_NAMES.bn[period]} স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন`],
        annexNumber: 'সংযোজনী-২',
        fiscalYear,
        period,
        offices,
        narrative: narrative(letters, offices, overview.offices.length),
      },
    };
  }

  if (parts.evidenceIndex) {
    const reportIds = [...received.map((o) => o.report!.id)];
    const ownReport = latestReportOf(sqlite, own.id, fiscalYear, period);
    if (ownReport) reportIds.unshift(ownReport.id);
    const rows = reportIds.length
      ? (sqlite
          .prepare(
            `SELECT e.stored_file_id AS storedFileId, s.file_name AS fileName, s.sha256, o.name_bn AS officeName, i.code AS code
             FROM evidence_files e JOIN stored_files s ON s.id = e.stored_file_id JOIN reports r ON r.id = e.report_id
             JOIN offices o ON o.id = r.office_id LEFT JOIN plan_indicators i ON i.id = e.indicator_id
             WHERE e.report_id IN (${reportIds.map(() => '?').join(',')}) ORDER BY o.name_bn, i.position, e.id`,
          )
          .all(...reportIds) as { storedFileId: number; fileName: string; sha256: string; officeName: string; code: string | null }[])
      : [];
    result.evidence = rows.map((r, i) => ({ number: toBengaliDigits(i + 1), officeName: r.officeName, indicatorCode: r.code ?? '', fileName: r.fileName, sha256: r.sha256, storedFileId: r.storedFileId }));
  }
  return result;
}

/** The documents in package order, as the preview shows them and the files are written. */
export function documentList(docs: PackageDocuments): DocumentModel[] {
  const list: DocumentModel[] = [{ kind: 'memo', model: docs.memo }];
  if (docs.selfAssessment) list.push({ kind: 'self-assessment', model: docs.selfAssessment });
  if (docs.reviewReport) list.push(docs.reviewReport);
  if (docs.evidence.length) list.push({ kind: 'evidence-index', model: { annexNumber: 'সংযোজনী-৩', entries: docs.evidence.map(({ storedFileId: _id, ...e }) => e) } });
  for (const letter of docs.feedbackLetters) list.push({ kind: 'feedback-letter', model: letter });
  return list;
}

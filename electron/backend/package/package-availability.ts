// Which parts a package can hold for a year and period, and why a part cannot be (a stable reason the
// Package screen words), and what the user should know before generating (PackageNotice).
import { and, count, eq, inArray } from 'drizzle-orm';
import { evidenceFiles as evidenceFilesTable, reports } from '../../../drizzle/schema.js';
import type { MemoDraft, PackageComposition, PackageNotice, PackagePart, PackageParts } from '../api/contract/package.js';
import { conflict } from '../api/errors.js';
import type { AppDatabase } from '../database/open-database.js';
import { startAtProblem } from '../memo-register/memo-register.js';
import { parseFileNumber } from '../memo-register/memo-number.js';
import { findOwnOffice } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { reviewOverview } from '../review/review-overview.js';
import { memoMentionsMissingParts } from './memo-wording.js';
import type { PackageDocuments } from './package-documents.js';

export interface Availability {
  available: PackageComposition['available'];
  unavailable: Partial<Record<PackagePart, string>>;
}

export function availability(database: AppDatabase, fiscalYear: string, period: Period): Availability {
  const { db, sqlite } = database;
  const own = findOwnOffice(db);
  const overview = reviewOverview(sqlite, fiscalYear, period);
  const received = overview.offices.filter((o) => o.report !== null);
  const ownIds = own
    ? db.select({ id: reports.id }).from(reports)
      .where(and(eq(reports.officeId, own.id), eq(reports.fiscalYear, fiscalYear), eq(reports.period, period))).all().map((r) => r.id)
    : [];
  const ids = [...received.map((o) => o.report!.id), ...ownIds];
  const evidenceFiles = ids.length ? db.select({ n: count() }).from(evidenceFilesTable).where(inArray(evidenceFilesTable.reportId, ids)).get()!.n : 0;
  const available = { selfAssessment: ownIds.length > 0, reviewedOffices: overview.offices.length, feedbackLetters: received.length, evidenceFiles };
  const unavailable: Partial<Record<PackagePart, string>> = {};
  if (!available.selfAssessment) unavailable.selfAssessment = 'no-own-report';
  if (available.reviewedOffices === 0) unavailable.reviewReport = 'no-subordinate-offices';
  if (available.feedbackLetters === 0) unavailable.feedbackLetters = 'no-reports-received';
  if (available.evidenceFiles === 0) unavailable.evidenceIndex = 'no-evidence-files';
  return { available, unavailable };
}

/** The parts that can be enclosed: the default choice. */
export function availableParts(a: Availability): PackageParts {
  return { selfAssessment: !a.unavailable.selfAssessment, reviewReport: !a.unavailable.reviewReport, feedbackLetters: !a.unavailable.feedbackLetters, evidenceIndex: !a.unavailable.evidenceIndex, auditLog: false };
}

const PARTS: PackagePart[] = ['selfAssessment', 'reviewReport', 'evidenceIndex', 'feedbackLetters'];

/** Notices about the parts and the memo's text (the numbers' notices come from the register). */
export function partNotices(a: Availability, parts: PackageParts, draft: Pick<MemoDraft, 'subject' | 'body'>, ownName: string): PackageNotice[] {
  const notices: PackageNotice[] = [];
  for (const part of PARTS) {
    const reason = a.unavailable[part];
    if (parts[part] && reason) notices.push({ code: 'part-unavailable', part, reason, params: {} });
  }
  for (const part of memoMentionsMissingParts(draft, parts, ownName)) notices.push({ code: 'memo-mentions-missing-part', part, params: {} });
  return notices;
}

export function serialNotice(database: AppDatabase, draft: Pick<MemoDraft, 'fileNumber' | 'startAt'>): PackageNotice[] {
  if (!parseFileNumber(draft.fileNumber)) return [];
  const problem = startAtProblem(database.db, draft.fileNumber, draft.startAt);
  return problem ? [{ code: 'serial-used', params: problem }] : [];
}

export function ownEvidenceNotice(docs: PackageDocuments): PackageNotice[] {
  return docs.ownEvidenceMissing.length ? [{ code: 'own-evidence-missing', params: { count: docs.ownEvidenceMissing.length, indicators: docs.ownEvidenceMissing.join(', ') } }] : [];
}

/** Refuses a generation whose memo would not agree with what it encloses, before a number is issued. */
/** Saved feedback letters written before their review last changed: to be written again from the current figures. */
export function staleLetterNotice(docs: PackageDocuments): PackageNotice[] {
  return docs.staleLetters.length > 0 ? [{ code: 'feedback-letter-stale', params: { count: docs.staleLetters.length, offices: docs.staleLetters.join(', ') } }] : [];
}

export function refuseInconsistent(notices: PackageNotice[]): void {
  const unavailable = notices.find((n) => n.code === 'part-unavailable');
  if (unavailable) throw conflict('part-unavailable', `the ${unavailable.part} part cannot be enclosed: ${unavailable.reason}`);
  const mentions = notices.filter((n) => n.code === 'memo-mentions-missing-part').map((n) => n.part);
  if (mentions.length) throw conflict('memo-mentions-missing-part', `the memo's subject or body names what is not enclosed: ${mentions.join(', ')}`);
}

// Feedback letters: the saved text, or a draft while none is saved; one report, or several read together.
// Every letter carries the stamp of the figures and comments its draft was written from (`basis`): a
// letter is saved only with the stamp of the figures as they are now, so a letter written on numbers
// that have since changed is refused, never saved.
import { createHash } from 'node:crypto';
import type { FeedbackLetter } from '../api/contract/review.js';
import { draftFeedbackLetter, reviewExplanations, type FeedbackInput } from './feedback-letter.js';
import { conflict, notFound } from '../api/errors.js';
import { and, eq, gt, like, max, or } from 'drizzle-orm';
import { auditLog, reviews } from '../../../drizzle/schema.js';
import { drizzleOn } from '../database/drizzle-on.js';
import type { LoadedReport } from './report-documents.js';
import { REVIEW_ENTITY, REVIEW_ITEM_ENTITY } from './review-changes.js';
import { buildWorkspace, loadReports, type ReviewStore } from './review-workspace.js';

/** The letters of several reports, read together. */
export function feedbackLetters(store: ReviewStore, reportIds: number[]): FeedbackLetter[] {
  const loaded = loadReports(store.sqlite, reportIds);
  return reportIds.map((id) => {
    const report = loaded.get(id);
    if (!report) throw notFound('report', `report ${id} does not exist`);
    return feedbackLetter(store, id, report);
  });
}

export function feedbackLetter(store: ReviewStore, reportId: number, loaded?: LoadedReport): FeedbackLetter {
  const workspace = buildWorkspace(store, reportId, loaded);
  const findings = [...workspace.reportFindings, ...workspace.indicators.flatMap((i) => i.findings)];
  const input: FeedbackInput = {
    officeName: workspace.office.nameBn,
    fiscalYear: workspace.report.fiscalYear,
    period: workspace.report.period,
    receivedOn: workspace.report.receivedOn,
    deadline: workspace.deadline,
    claimed: workspace.totals.claimed,
    verified: workspace.totals.verified,
    findings,
    indicators: workspace.indicators.map((i) => ({
      code: i.code, text: i.text, unit: i.unit, claimed: i.claimed, verified: i.verified, comment: i.comment, status: i.status,
      evidenceReference: i.evidenceReference, evidenceFiles: i.evidence.length, calculationMethod: i.calculationMethod, scoringRule: i.scoringRule,
    })),
    overallComment: workspace.comment,
  };
  const draft = draftFeedbackLetter(input);
  const basis = createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32);
  const saved = drizzleOn(store.sqlite)
    .select({ text: reviews.feedbackLetter, at: reviews.updatedAt })
    .from(reviews)
    .where(eq(reviews.reportId, reportId))
    .get();
  const text = saved?.text ?? null;
  const stale = text !== null && text !== draft && changedSinceSaved(store, reportId);
  return {
    reportId,
    officeId: workspace.office.id,
    officeName: workspace.office.nameBn,
    fiscalYear: workspace.report.fiscalYear,
    period: workspace.report.period,
    letterText: text ?? draft,
    draft,
    basis,
    saved: text !== null,
    stale,
    savedAt: text !== null ? (saved?.at ?? null) : null,
    findings,
    totals: workspace.totals,
    explanations: reviewExplanations(input),
  };
}

/**
 * Whether the review changed after the letter was saved (the audit log orders both): a verified figure,
 * a status, a comment, the scoring, evidence, or the overall comment. A saved letter that is exactly the
 * current draft still holds.
 */
function changedSinceSaved(store: ReviewStore, reportId: number): boolean {
  const db = drizzleOn(store.sqlite);
  const saved = db
    .select({ id: max(auditLog.id) })
    .from(auditLog)
    .where(and(eq(auditLog.entity, REVIEW_ENTITY), eq(auditLog.entityId, String(reportId)), eq(auditLog.field, 'feedbackLetter')))
    .get();
  if (!saved?.id) return false;
  const later = db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(
      gt(auditLog.id, saved.id),
      or(
        and(eq(auditLog.entity, REVIEW_ENTITY), eq(auditLog.entityId, String(reportId)), eq(auditLog.field, 'comment')),
        and(eq(auditLog.entity, REVIEW_ITEM_ENTITY), like(auditLog.entityId, `${reportId}:%`)),
      ),
    ))
    .limit(1)
    .get();
  return later !== undefined;
}

/** Refuses a letter written from other figures than the report's as they are now. */
export function checkFeedbackBasis(store: ReviewStore, reportId: number, basis: string): void {
  const current = feedbackLetter(store, reportId).basis;
  if (current !== basis) {
    throw conflict('feedback-stale', `report ${reportId}: the letter was written from figures that have changed since (basis ${basis}, now ${current})`);
  }
}

// The feedback letter of one report: the saved text, or a draft while none is saved.
import type { FeedbackLetter } from '../api/contract/review.js';
import { draftFeedbackLetter } from './feedback-letter.js';
import { buildWorkspace, type ReviewStore } from './review-workspace.js';

export function feedbackLetter(store: ReviewStore, reportId: number): FeedbackLetter {
  const workspace = buildWorkspace(store, reportId);
  const findings = [...workspace.reportFindings, ...workspace.indicators.flatMap((i) => i.findings)];
  const draft = draftFeedbackLetter({
    officeName: workspace.office.nameBn,
    fiscalYear: workspace.report.fiscalYear,
    period: workspace.report.period,
    receivedOn: workspace.report.receivedOn,
    deadline: workspace.deadline,
    claimed: workspace.totals.claimed,
    verified: workspace.totals.verified,
    findings,
    indicators: workspace.indicators.map((i) => ({ code: i.code, text: i.text, comment: i.comment, status: i.status })),
    overallComment: workspace.comment,
  });
  const saved = store.sqlite
    .prepare(`SELECT feedback_letter AS text, updated_at AS at FROM reviews WHERE report_id = ?`)
    .get(reportId) as { text: string | null; at: string } | undefined;
  const text = saved?.text ?? null;
  return {
    reportId,
    officeId: workspace.office.id,
    officeName: workspace.office.nameBn,
    fiscalYear: workspace.report.fiscalYear,
    period: workspace.report.period,
    letterText: text ?? draft,
    draft,
    saved: text !== null,
    savedAt: text !== null ? (saved?.at ?? null) : null,
    findings,
    totals: workspace.totals,
  };
}

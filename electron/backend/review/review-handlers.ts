// Binds the review calls to the review services. Every change returns the recomputed workspace, so
// the screen shows the new scores and totals as soon as the change is saved.
import type { HandlerContext } from '../api/handler-context.js';
import type { reviewCalls } from '../api/contract/review.js';
import type { HandlersFor } from '../api/dispatch.js';
import { overviewWorkbook } from './overview-export.js';
import {
  attachEvidence, evidenceFile, itemHistory, removeEvidence, setComment, setReviewField, setScoring, setStatus, setVerified,
} from './review-changes.js';
import { checkFeedbackBasis, feedbackLetter } from './review-feedback.js';
import { reviewOverview } from './review-overview.js';
import { buildWorkspace, resolveReportId, type ReviewStore } from './review-workspace.js';

export function reviewHandlers({ db, database, actor }: HandlerContext): HandlersFor<typeof reviewCalls> {
  const store: ReviewStore = { db, sqlite: database.sqlite };
  const workspace = (reportId: number) => buildWorkspace(store, reportId);
  return {
    'review.overview': ({ fiscalYear, period }) => reviewOverview(store.sqlite, fiscalYear, period),
    'review.exportOverview': async ({ fiscalYear, period }) => {
      const { fileName, bytes } = await overviewWorkbook(reviewOverview(store.sqlite, fiscalYear, period));
      return { fileName, contentBase64: bytes.toString('base64') };
    },
    'review.workspace': (selector) => workspace(resolveReportId(store.sqlite, selector)),
    'review.setVerified': ({ reportId, indicatorId, value, confirmImplausible }) => {
      setVerified(db, actor(), reportId, indicatorId, value, confirmImplausible ?? false);
      return workspace(reportId);
    },
    'review.setStatus': ({ reportId, indicatorId, status }) => {
      setStatus(db, actor(), reportId, indicatorId, status);
      return workspace(reportId);
    },
    'review.setComment': ({ reportId, indicatorId, comment }) => {
      setComment(db, actor(), reportId, indicatorId, comment);
      return workspace(reportId);
    },
    'review.setScoring': ({ reportId, indicatorId, calculationMethod, scoringRule }) => {
      setScoring(db, actor(), reportId, indicatorId, { calculationMethod, scoringRule });
      return workspace(reportId);
    },
    'review.setOverallComment': ({ reportId, comment }) => {
      setReviewField(db, actor(), reportId, 'comment', comment);
      return workspace(reportId);
    },
    'review.attachEvidence': ({ reportId, indicatorId, fileName, contentBase64 }) => {
      attachEvidence(store, actor(), reportId, indicatorId, fileName, Buffer.from(contentBase64, 'base64'));
      return workspace(reportId);
    },
    'review.removeEvidence': ({ reportId, evidenceId }) => {
      removeEvidence(db, actor(), reportId, evidenceId);
      return workspace(reportId);
    },
    'review.evidenceFile': ({ reportId, evidenceId }) => evidenceFile(db, reportId, evidenceId),
    'review.history': ({ reportId, indicatorId }) => itemHistory(db, reportId, indicatorId),
    'review.feedback': (selector) => feedbackLetter(store, resolveReportId(store.sqlite, selector)),
    'review.saveFeedback': ({ reportId, letterText, basis }) => {
      // Checked and saved in one synchronous step: nothing can change the figures in between.
      checkFeedbackBasis(store, reportId, basis);
      setReviewField(db, actor(), reportId, 'feedbackLetter', letterText);
      return feedbackLetter(store, reportId);
    },
  };
}

// Any document of the package, by kind: what the preview and the printer render.
import type { DocumentModel } from '../model.js';
import { EvidenceIndex } from './EvidenceIndex.js';
import { FeedbackLetter } from './FeedbackLetter.js';
import { Memo } from './Memo.js';
import { ReviewReportAnnexTable } from './ReviewReportAnnexTable.js';
import { SelfAssessmentAnnexTable } from './SelfAssessmentAnnexTable.js';

export function DocumentView({ doc }: { doc: DocumentModel }) {
  switch (doc.kind) {
    case 'memo':
      return <Memo memo={doc.model} />;
    case 'feedback-letter':
      return <FeedbackLetter letter={doc.model} />;
    case 'self-assessment':
      return <SelfAssessmentAnnexTable annex={doc.model} />;
    case 'review-report':
      return <ReviewReportAnnexTable annex={doc.model} />;
    case 'evidence-index':
      return <EvidenceIndex index={doc.model} />;
  }
}

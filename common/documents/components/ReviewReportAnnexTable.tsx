// The review of the subordinate offices' reports: consolidated counts, one row per office, narrative, signature.
import type { ReviewReportAnnex } from '../model.js';
import { REVIEW_SECTIONS, reviewMeta, reviewSummaryTable, reviewTable } from '../tables/review-table.js';
import { AnnexHeading, AnnexSignatureBlock } from './AnnexHeading.js';
import { GridTable } from './GridTable.js';

export function ReviewReportAnnexTable({ annex }: { annex: ReviewReportAnnex }) {
  return (
    <div className="doc doc-annex review-report">
      <AnnexHeading enclosure={annex.enclosure} annexNumber={annex.annexNumber} title={annex.title} meta={reviewMeta(annex)} />
      <div className="annex-section">{REVIEW_SECTIONS.summary}</div>
      <GridTable table={reviewSummaryTable(annex)} className="summary-table" />
      <div className="annex-section">{REVIEW_SECTIONS.offices}</div>
      {annex.narrative.length > 0 ? (
        <>
          <GridTable table={reviewTable(annex)} className="review-table" />
          <div className="narrative">
            <div className="annex-section">{REVIEW_SECTIONS.narrative}</div>
            {annex.narrative.slice(0, -1).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
            {/* the signature stays on the page of the narrative's last paragraph */}
            <div className="keep-with-signature">
              <p>{annex.narrative.at(-1)}</p>
              <AnnexSignatureBlock signature={annex.signature} />
            </div>
          </div>
        </>
      ) : (
        <GridTable table={reviewTable(annex)} className="review-table" tail={annex.signature ? <AnnexSignatureBlock signature={annex.signature} /> : undefined} />
      )}
    </div>
  );
}

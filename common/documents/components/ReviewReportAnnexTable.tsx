// The review of the subordinate offices' reports: consolidated counts, one row per office, narrative.
import { bnFiscalYear, periodLabel } from '../format.js';
import type { ReviewReportAnnex } from '../model.js';
import { reviewSummaryTable, reviewTable } from '../tables/review-table.js';
import { AnnexHeading } from './AnnexHeading.js';
import { GridTable } from './GridTable.js';

export function ReviewReportAnnexTable({ annex }: { annex: ReviewReportAnnex }) {
  const meta = `অর্থবছর ${bnFiscalYear(annex.fiscalYear)}, ${periodLabel(annex.period, annex.fiscalYear)}`;
  return (
    <div className="doc doc-annex review-report">
      <AnnexHeading annexNumber={annex.annexNumber} title={annex.title} meta={meta} />
      <div className="annex-section">সমন্বিত চিত্র</div>
      <GridTable table={reviewSummaryTable(annex)} className="summary-table" />
      <div className="annex-section">দপ্তর/সংস্থাভিত্তিক পর্যালোচনা</div>
      <GridTable table={reviewTable(annex)} className="review-table" />
      {annex.narrative.length > 0 ? (
        <div className="narrative">
          <div className="annex-section">সার্বিক পর্যবেক্ষণ</div>
          {annex.narrative.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

// The ministry's own self-assessment annex: the plan table with the period's achievements.
import { bnFiscalYear, periodLabel } from '../format.js';
import type { SelfAssessmentAnnex } from '../model.js';
import { selfAssessmentTable } from '../tables/self-assessment-table.js';
import { AnnexHeading } from './AnnexHeading.js';
import { GridTable } from './GridTable.js';

export function SelfAssessmentAnnexTable({ annex }: { annex: SelfAssessmentAnnex }) {
  const meta = `${annex.officeName} — অর্থবছর ${bnFiscalYear(annex.fiscalYear)}, ${periodLabel(annex.period, annex.fiscalYear)}`;
  return (
    <div className="doc doc-annex self-assessment">
      <AnnexHeading annexNumber={annex.annexNumber} title={annex.title} meta={meta} />
      <GridTable table={selfAssessmentTable(annex)} className="plan-table" />
    </div>
  );
}

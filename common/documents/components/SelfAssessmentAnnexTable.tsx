// The ministry's own self-assessment annex: the plan table with the period's achievements, signed.
import type { SelfAssessmentAnnex } from '../model.js';
import { selfAssessmentMeta, selfAssessmentTable } from '../tables/self-assessment-table.js';
import { AnnexHeading, AnnexSignatureBlock } from './AnnexHeading.js';
import { GridTable } from './GridTable.js';

export function SelfAssessmentAnnexTable({ annex }: { annex: SelfAssessmentAnnex }) {
  return (
    <div className="doc doc-annex self-assessment">
      <AnnexHeading enclosure={annex.enclosure} annexNumber={annex.annexNumber} title={annex.title} meta={selfAssessmentMeta(annex)} />
      <GridTable table={selfAssessmentTable(annex)} className="plan-table" tail={annex.signature ? <AnnexSignatureBlock signature={annex.signature} /> : undefined} />
    </div>
  );
}

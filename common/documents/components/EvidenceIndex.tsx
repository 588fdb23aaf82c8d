// The evidence index: every evidence file, numbered as the review refers to it, with its SHA-256.
import { toBengaliDigits } from '../format.js';
import type { EvidenceIndexModel } from '../model.js';
import { DEFAULT_EVIDENCE_TITLE, evidenceTable } from '../tables/evidence-table.js';
import { AnnexHeading } from './AnnexHeading.js';
import { GridTable } from './GridTable.js';

export function EvidenceIndex({ index }: { index: EvidenceIndexModel }) {
  return (
    <div className="doc doc-annex evidence-index">
      <AnnexHeading annexNumber={index.annexNumber} title={index.title ?? DEFAULT_EVIDENCE_TITLE} meta={`মোট ফাইল: ${toBengaliDigits(index.entries.length)}`} />
      <GridTable table={evidenceTable(index)} className="evidence-table" />
    </div>
  );
}

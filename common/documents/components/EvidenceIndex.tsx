// The evidence index: every evidence file, numbered as the annexes refer to it, with its place in the package.
import type { EvidenceIndexModel } from '../model.js';
import { evidenceMeta, evidenceTable, evidenceTitle } from '../tables/evidence-table.js';
import { AnnexHeading, AnnexSignatureBlock } from './AnnexHeading.js';
import { GridTable } from './GridTable.js';

export function EvidenceIndex({ index }: { index: EvidenceIndexModel }) {
  return (
    <div className="doc doc-annex evidence-index">
      <AnnexHeading enclosure={index.enclosure} annexNumber={index.annexNumber} title={evidenceTitle(index)} meta={evidenceMeta(index)} />
      <GridTable table={evidenceTable(index)} className="evidence-table" tail={index.signature ? <AnnexSignatureBlock signature={index.signature} /> : undefined} />
    </div>
  );
}

// The evidence index: every evidence file of the package, numbered as the review table refers to it.
import { bnCode, toBengaliDigits } from '../format.js';
import type { EvidenceIndexModel } from '../model.js';
import { columnNumberRow, type TableCell, type TableSpec } from '../table.js';

export const DEFAULT_EVIDENCE_TITLE = ['প্রমাণকের তালিকা'];

export function evidenceTable(index: EvidenceIndexModel): TableSpec {
  const columns = [
    { key: 'number', width: 8 },
    { key: 'office', width: 40 },
    { key: 'indicator', width: 14 },
    { key: 'fileName', width: 50 },
    { key: 'sha256', width: 62 },
  ];
  const label = (text: string): TableCell => ({ text, align: 'center', bold: true });
  return {
    columns,
    head: [
      [label('ক্রম'), label('দপ্তর/সংস্থা'), label('সূচক'), label('ফাইলের নাম'), label('SHA-256')],
      columnNumberRow(columns.length, toBengaliDigits),
    ],
    body: index.entries.map((entry) => [
      { text: toBengaliDigits(entry.number), align: 'center' },
      { text: entry.officeName },
      { text: entry.indicatorCode === '' ? '-' : bnCode(entry.indicatorCode), align: 'center' },
      { text: entry.fileName },
      { text: entry.sha256, small: true },
    ]),
  };
}

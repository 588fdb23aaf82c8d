// The evidence index: every evidence file of the package, numbered as the annexes refer to it, with what
// it is and where it is in the package. Hashes are for machines: they are in the manifest, not here.
import { bnCode, toBengaliDigits } from '../format.js';
import type { EvidenceIndexModel } from '../model.js';
import { columnNumberRow, type TableCell, type TableSpec } from '../table.js';

export const DEFAULT_EVIDENCE_TITLE = ['প্রমাণকের তালিকা'];

export function evidenceTitle(index: EvidenceIndexModel): string[] {
  return index.title ?? DEFAULT_EVIDENCE_TITLE;
}

export function evidenceMeta(index: EvidenceIndexModel): string {
  return `মোট ফাইল: ${toBengaliDigits(index.entries.length)}`;
}

/** A serial as a cell: a number where it is one (so a spreadsheet sorts it), its text otherwise. */
export function serialCell(serial: string | number): TableCell {
  const n = typeof serial === 'number' ? serial : /^\d+$/.test(serial) ? Number(serial) : null;
  return { text: toBengaliDigits(serial), ...(n !== null ? { value: { kind: 'number' as const, n } } : {}), align: 'center' };
}

export function evidenceTable(index: EvidenceIndexModel): TableSpec {
  const columns = [
    { key: 'number', width: 8 },
    { key: 'office', width: 40 },
    { key: 'indicator', width: 14 },
    { key: 'description', width: 60 },
    { key: 'path', width: 60 },
  ];
  const label = (text: string): TableCell => ({ text, align: 'center', bold: true });
  return {
    columns,
    head: [
      [label('ক্রম'), label('দপ্তর/সংস্থা'), label('সূচক'), label('প্রমাণকের বিবরণ'), label('প্যাকেজে ফাইলের অবস্থান')],
      columnNumberRow(columns.length, toBengaliDigits),
    ],
    body: index.entries.map((entry) => [
      serialCell(entry.number),
      { text: entry.officeName },
      { text: entry.indicatorCode === '' ? 'সমগ্র প্রতিবেদন' : bnCode(entry.indicatorCode), align: 'center' },
      { text: entry.description },
      { text: entry.path },
    ]),
  };
}

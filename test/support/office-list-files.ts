// Office lists as offices send them: a header row, one office per row, one bad row planted.
import * as XLSX from '@e965/xlsx';

export const OFFICE_LIST_ROWS: string[][] = [
  ['নাম', 'ইংরেজি নাম', 'ঊর্ধ্বতন অফিস', 'স্তর', 'ই-মেইল', 'ফোন', 'স্মারক নম্বর'],
  ['গণগ্রন্থাগার অধিদপ্তর', 'Department of Public Libraries', '', 'দপ্তর/সংস্থা', 'info@publiclibrary.gov.bd', '০২৯৬৬১১৪৪', '৪৩.১৯.০০০০.০০১'],
  ['বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'Divisional Public Library, Khulna', 'গণগ্রন্থাগার অধিদপ্তর', 'বিভাগীয়', 'publiclibrarykhulna@gmail.com', '০১৭১৬১৫১৫৩৫', ''],
  ['জেলা সরকারি গণগ্রন্থাগার, যশোর', '', 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'জেলা', 'jessore-library@', '', ''],
  ['উপজেলা গণগ্রন্থাগার, ডুমুরিয়া', '', 'অচেনা অফিস', 'উপজেলা', '', '', ''],
  ['', 'Nameless Office', '', 'দপ্তর', '', '', ''],
  ['জাতীয় মহিলা সংস্থা', 'Jatiyo Mohila Sangstha', '', 'department', '', '৯৩৩৩৮৩৩', '৩২.০২.০০০০.০০৬'],
];
/** Spreadsheet row numbers (header is row 1) of the rows with a problem, and what it is. */
export const BAD_ROWS = [
  { rowNumber: 4, path: 'email', code: 'invalid-email' },
  { rowNumber: 5, path: 'parent', code: 'parent-not-found' },
  { rowNumber: 6, path: 'nameBn', code: 'required' },
];
export const GOOD_NAMES = ['গণগ্রন্থাগার অধিদপ্তর', 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা', 'জাতীয় মহিলা সংস্থা'];

export function officeListCsv(): Buffer {
  const text = OFFICE_LIST_ROWS.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  return Buffer.from('\uFEFF' + text, 'utf8');
}

export function officeListXlsx(): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(OFFICE_LIST_ROWS), 'অফিস তালিকা');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

// The review of the subordinate offices' reports (domain §6): a consolidated summary and one row per
// office (received when, conformity, scores, evidence, main issues, the feedback letter).
import { bnDate, bnFiscalYear, bnListNumber, bnNumber, periodLabel, toBengaliDigits } from '../format.js';
import type { ReviewReportAnnex, ReviewedOffice } from '../model.js';
import { columnNumberRow, type TableCell, type TableSpec } from '../table.js';
import { serialCell } from './evidence-table.js';

/** The headings of the review annex's three parts. */
export const REVIEW_SECTIONS = { summary: 'সমন্বিত চিত্র', offices: 'দপ্তর/সংস্থাভিত্তিক পর্যালোচনা', narrative: 'সার্বিক পর্যবেক্ষণ' } as const;

export function reviewMeta(annex: ReviewReportAnnex): string {
  return `অর্থবছর ${bnFiscalYear(annex.fiscalYear)}, ${periodLabel(annex.period, annex.fiscalYear)}`;
}

/** "সম্পূর্ণ" and the evidence index's serials of the office's files ("প্রমাণক ক্রম: ৩, ৪"). */
function evidenceText(office: ReviewedOffice): string {
  const serials = office.evidenceSerials ?? [];
  return serials.length ? `${office.evidenceComplete}\nপ্রমাণক ক্রম: ${serials.map((n) => toBengaliDigits(n)).join(', ')}` : office.evidenceComplete;
}

function scoreCell(n: number | null): TableCell {
  if (n === null) return { text: '-', align: 'center' };
  return { text: bnNumber(n), value: { kind: 'number', n }, align: 'center', nowrap: true };
}

function onTimeText(office: ReviewedOffice): string {
  if (office.receivedOn === null) return 'প্রাপ্ত হয়নি';
  if (office.onTime === null) return '-';
  return office.onTime ? 'হ্যাঁ' : 'না (বিলম্বে)';
}

function feedbackText(office: ReviewedOffice): string {
  const parts = [office.feedbackMemoNumber ? toBengaliDigits(office.feedbackMemoNumber) : '', office.feedbackDate ? bnDate(office.feedbackDate) : ''];
  return parts.filter((p) => p !== '').join('\n');
}

export function reviewTable(annex: ReviewReportAnnex): TableSpec {
  const columns = [
    { key: 'serial', width: 7 },
    { key: 'office', width: 36 },
    { key: 'receivedOn', width: 18 },
    { key: 'onTime', width: 14 },
    { key: 'conformity', width: 24 },
    { key: 'claimedScore', width: 14 },
    { key: 'verifiedScore', width: 14 },
    { key: 'scoredWeight', width: 14 },
    { key: 'evidenceComplete', width: 18 },
    { key: 'mainIssues', width: 60 },
    { key: 'feedback', width: 48 },
  ];
  const label = (text: string): TableCell => ({ text, align: 'center', bold: true });
  const head: TableCell[][] = [
    [
      label('ক্রম'),
      label('দপ্তর/সংস্থা'),
      label('প্রতিবেদন প্রাপ্তির তারিখ'),
      label('যথাসময়ে প্রাপ্ত'),
      label('কর্মপরিকল্পনার সাথে সামঞ্জস্য'),
      label('দাবিকৃত নম্বর'),
      label('যাচাইকৃত নম্বর'),
      label('মূল্যায়িত মান'),
      label('প্রমাণকের পূর্ণতা'),
      label('প্রধান পর্যবেক্ষণ'),
      label('ফলাবর্তক পত্রের স্মারক নম্বর ও তারিখ'),
    ],
    columnNumberRow(columns.length, toBengaliDigits),
  ];
  const body: TableCell[][] = annex.offices.map((office, i) => [
    serialCell(i + 1),
    { text: office.name },
    office.receivedOn === null ? { text: 'প্রাপ্ত হয়নি', align: 'center' } : { text: bnDate(office.receivedOn), value: { kind: 'date', iso: office.receivedOn }, align: 'center', nowrap: true },
    { text: onTimeText(office), align: 'center' },
    { text: office.conformity, align: 'center' },
    scoreCell(office.claimedScore),
    scoreCell(office.verifiedScore),
    { text: bnNumber(office.scoredWeight), value: { kind: 'number', n: office.scoredWeight }, align: 'center' },
    { text: evidenceText(office), align: 'center' },
    { text: office.mainIssues.map((issue, k) => `${bnListNumber(k)} ${issue}`).join('\n') },
    // a memo number must not break across lines
    { text: feedbackText(office), align: 'center', nowrap: true },
  ]);
  return { columns, head, body };
}

export interface ReviewSummary {
  offices: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  /** Mean of the verified scores given; null when none is. */
  averageVerified: number | null;
  averageClaimed: number | null;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function reviewSummary(annex: ReviewReportAnnex): ReviewSummary {
  const offices = annex.offices;
  const received = offices.filter((o) => o.receivedOn !== null);
  return {
    offices: offices.length,
    received: received.length,
    onTime: received.filter((o) => o.onTime === true).length,
    late: received.filter((o) => o.onTime === false).length,
    missing: offices.length - received.length,
    averageVerified: mean(offices.flatMap((o) => (o.verifiedScore === null ? [] : [o.verifiedScore]))),
    averageClaimed: mean(offices.flatMap((o) => (o.claimedScore === null ? [] : [o.claimedScore]))),
  };
}

/** The consolidated table: one header row and one row of counts. */
export function reviewSummaryTable(annex: ReviewReportAnnex): TableSpec {
  const s = reviewSummary(annex);
  const items: Array<[string, number | null]> = [
    ['মোট দপ্তর/সংস্থা', s.offices],
    ['প্রতিবেদন প্রাপ্ত', s.received],
    ['যথাসময়ে প্রাপ্ত', s.onTime],
    ['বিলম্বে প্রাপ্ত', s.late],
    ['প্রাপ্ত হয়নি', s.missing],
    ['গড় দাবিকৃত নম্বর', s.averageClaimed],
    ['গড় যাচাইকৃত নম্বর', s.averageVerified],
  ];
  return {
    columns: items.map(([, _], i) => ({ key: `summary${i}`, width: 1 })),
    head: [items.map(([text]) => ({ text, align: 'center', bold: true }))],
    body: [items.map(([, n]) => scoreCell(n))],
  };
}

// The self-assessment annex as a table: the plan's columns in the official order (domain §2), the
// achievement for the period, optionally the level and score, remarks and evidence. Area, area weight
// and activity cells are merged down over their indicators.
import type { Indicator, Level, Unit, Value } from '../../plan-document/schema.js';
import type { IndicatorScoreEntry, Status } from '../../score-document/schema.js';
import { bnCode, bnFiscalYear, bnNumber, bnValue, periodLabel, toBengaliDigits } from '../format.js';
import { levelName } from '../../terms/plan-terms.js';
import type { SelfAssessmentAnnex } from '../model.js';
import { columnNumberRow, type CellValue, type TableCell, type TableColumn, type TableSpec } from '../table.js';
import { serialCell } from './evidence-table.js';

/** "প্রাথমিক ও গণশিক্ষা মন্ত্রণালয় — অর্থবছর ২০২৩-২৪, অর্ধবার্ষিক (জুলাই-ডিসেম্বর, ২০২৩)" */
export function selfAssessmentMeta(annex: SelfAssessmentAnnex): string {
  return `${annex.officeName} — অর্থবছর ${bnFiscalYear(annex.fiscalYear)}, ${periodLabel(annex.period, annex.fiscalYear)}`;
}

/** The report's own evidence text and the evidence index's serials of the indicator's files. */
function evidenceCell(indicator: Indicator, serials: string[] | undefined): TableCell {
  const refs = serials && serials.length > 0 ? `প্রমাণক ক্রম: ${serials.map((n) => toBengaliDigits(n)).join(', ')}` : '';
  return { text: [indicator.evidence ?? '', refs].filter(Boolean).join('\n') };
}

const UNIT_NAMES: Record<Unit, string> = { date: 'তারিখ', number: 'সংখ্যা', percent: '%' };

const STATUS_NAMES: Record<Status, string> = {
  achieved: 'অর্জিত',
  partial: 'আংশিক',
  missed: 'অনর্জিত',
  'not-due': 'সময় হয়নি',
  'no-data': 'তথ্য নেই',
  invalid: 'অগ্রহণযোগ্য',
};

export function valueCell(value: Value | undefined, unit: Unit | null): TableCell {
  const text = bnValue(value, unit);
  if (value === null || value === undefined) return { text: '-', align: 'center' };
  const typed: CellValue =
    typeof value === 'string' ? { kind: 'date', iso: value } : unit === 'percent' ? { kind: 'percent', n: value } : { kind: 'number', n: value };
  return { text, value: typed, align: 'center', nowrap: true };
}

function numberCell(n: number | null | undefined, decimals = 2): TableCell {
  if (n === null || n === undefined) return { text: '', align: 'center' };
  return { text: bnNumber(n, decimals), value: { kind: 'number', n }, align: 'center' };
}

/** The length of the run of rows starting at `start` that share key(row) (null keys never merge). */
function runLength<T>(items: readonly T[], start: number, key: (item: T) => string | null): number {
  const first = key(items[start]!);
  if (first === null) return 1;
  let end = start + 1;
  while (end < items.length && key(items[end]!) === first) end += 1;
  return end - start;
}

function achievementCell(indicator: Indicator, annex: SelfAssessmentAnnex, score: IndicatorScoreEntry | undefined): TableCell {
  const own = indicator.achievements[annex.period];
  if (own !== null && own !== undefined) return valueCell(own, indicator.unit);
  const words = indicator.achievementText?.[annex.period];
  if (words) return { text: words, align: 'center' };
  // No column for the period itself: the scores hold the quarters rolled up into it.
  if (score && score.achievement !== null) return valueCell(score.achievement, indicator.unit);
  return { text: '', align: 'center' };
}

function scoreLookup(annex: SelfAssessmentAnnex): (indicator: Indicator, index: number) => IndicatorScoreEntry | undefined {
  const entries = annex.scores?.indicators ?? [];
  const byCode = new Map(entries.filter((e) => e.code !== null).map((e) => [e.code, e]));
  return (indicator, index) => (indicator.code !== null ? byCode.get(indicator.code) : entries[index]);
}

export function selfAssessmentColumns(levels: readonly Level[], showScores: boolean): TableColumn[] {
  return [
    { key: 'serial', width: 8 },
    { key: 'area', width: 24 },
    { key: 'areaWeight', width: 8 },
    { key: 'activity', width: 27 },
    { key: 'indicator', width: 42 },
    { key: 'unit', width: 10 },
    { key: 'weight', width: 15 },
    ...levels.map((level) => ({ key: `target:${level}`, width: 18 })),
    { key: 'achievement', width: 20 },
    ...(showScores ? [{ key: 'level', width: 13 }, { key: 'score', width: 12 }] : []),
    { key: 'remarks', width: 22 },
    { key: 'evidence', width: 20 },
  ];
}

export function selfAssessmentTable(annex: SelfAssessmentAnnex): TableSpec {
  const { plan, showScores } = annex;
  const levels = plan.levels;
  const columns = selfAssessmentColumns(levels, showScores);
  const scoreOf = scoreLookup(annex);
  const head3 = (text: string): TableCell => ({ text, rowSpan: 3, align: 'center', bold: true });

  const head: TableCell[][] = [
    [
      head3('ক্রম'),
      head3('কর্মসম্পাদন ক্ষেত্র'),
      head3('মান'),
      head3('কার্যক্রম'),
      head3('কর্মসম্পাদন সূচক'),
      head3('একক'),
      head3('কর্মসম্পাদন সূচকের মান'),
      { text: `লক্ষ্যমাত্রা ${bnFiscalYear(annex.fiscalYear)}`, colSpan: levels.length, align: 'center', bold: true },
      head3(`অর্জন\n${periodLabel(annex.period, annex.fiscalYear)}`),
      ...(showScores ? [head3('অর্জিত মান (%)'), head3('প্রাপ্ত নম্বর')] : []),
      head3('মন্তব্য'),
      head3('প্রমাণক'),
    ],
    levels.map((level) => ({ text: levelName(level, levels), align: 'center' as const, bold: true })),
    levels.map((level) => ({ text: `${toBengaliDigits(level)}%`, align: 'center' as const, bold: true })),
    columnNumberRow(columns.length, toBengaliDigits),
  ];

  const indicators = plan.indicators;
  const areaByCode = new Map(plan.areas.map((a) => [a.code, a]));
  const body: TableCell[][] = indicators.map((indicator, i) => {
    const row: TableCell[] = [];
    const previous = indicators[i - 1];
    const areaStarts = i === 0 || indicator.areaCode === null || previous?.areaCode !== indicator.areaCode;
    if (areaStarts) {
      const span = runLength(indicators, i, (x) => x.areaCode);
      const area = indicator.areaCode !== null ? areaByCode.get(indicator.areaCode) : undefined;
      const areaText = indicator.areaCode === null ? '' : `${bnCode(indicator.areaCode)} ${area?.title ?? ''}`.trim();
      row.push(
        { ...(indicator.areaCode === null ? { text: '', align: 'center' as const } : serialCell(indicator.areaCode)), rowSpan: span },
        { text: areaText, rowSpan: span },
        { ...numberCell(area?.weight), rowSpan: span },
      );
    }
    // An activity merges only within its area (a code repeated under another area is another cell).
    const activityKey = (x: Indicator): string | null => (x.activityCode === null ? null : `${x.areaCode}|${x.activityCode}`);
    const activityStarts = i === 0 || areaStarts || activityKey(indicator) === null || activityKey(previous!) !== activityKey(indicator);
    if (activityStarts) {
      const areaSpan = runLength(indicators, i, (x) => x.areaCode);
      const span = Math.min(runLength(indicators, i, activityKey), indicator.areaCode === null ? 1 : areaSpan);
      const text = indicator.activityCode === null ? (indicator.activity ?? '') : `${bnCode(indicator.activityCode)} ${indicator.activity ?? ''}`.trim();
      row.push({ text, rowSpan: span });
    }
    const score = scoreOf(indicator, i);
    row.push(
      { text: `${bnCode(indicator.code)} ${indicator.text}`.trim() },
      { text: indicator.unitText ?? (indicator.unit ? UNIT_NAMES[indicator.unit] : ''), align: 'center' },
      numberCell(indicator.weight),
      ...levels.map((level) => valueCell(indicator.targets[String(level) as `${Level}`], indicator.unit)),
      achievementCell(indicator, annex, score),
    );
    if (showScores) {
      if (score && score.level !== null) {
        row.push({ text: `${bnNumber(score.level)}%`, value: { kind: 'percent', n: score.level }, align: 'center' }, numberCell(score.score));
      } else {
        row.push({ text: score ? STATUS_NAMES[score.status] : '', align: 'center' }, { text: '', align: 'center' });
      }
    }
    row.push({ text: indicator.remarks ?? '' }, evidenceCell(indicator, annex.evidenceSerials?.[i]));
    return row;
  });

  if (showScores && annex.scores) {
    const total = annex.scores.total;
    const progress = total.scoredWeight > 0 ? (total.score / total.scoredWeight) * 100 : null;
    body.push([
      { text: 'মোট', colSpan: 6, align: 'right', bold: true },
      { ...numberCell(total.weight), bold: true },
      { text: '', colSpan: levels.length + 1 },
      progress === null ? { text: '' } : { text: `${bnNumber(progress)}%`, value: { kind: 'percent', n: progress }, align: 'center', bold: true },
      { ...numberCell(total.score), bold: true },
      { text: `মূল্যায়িত মান ${bnNumber(total.scoredWeight)}`, colSpan: 2 },
    ]);
  }
  return { columns, head, body };
}

// Column widths that never make a word break in the middle ("কর্মসম্পাদ / ন"): the table's relative
// widths scaled to the page, then every column widened to hold its longest word (and the whole text of
// a cell that must not wrap: dates, numbers, memo numbers), the room taken from columns that have more
// than their words need. The PDF (HTML), DOCX and XLSX writers all size their columns with this.
import { placeCells, type TableCell, type TableSpec } from './table.js';

/**
 * The advance of a character in em, erring wide: Noto Sans Bengali shapes Bengali text to about 0.43 em
 * a character (0.49 unshaped, vowel signs and hasanta included); its Latin letters, digits and Bengali
 * digits take 0.55-0.59 em; its space 0.26 em. Bold is about 6% wider.
 */
const BENGALI_EM = 0.5;
const OTHER_EM = 0.62;
const SPACE_EM = 0.3;
const BOLD_FACTOR = 1.07;
/** Of its scaled width, the most a column gives up to the columns whose words need more. */
const MAX_GIVE = 0.5;

function isBengaliLetter(code: number): boolean {
  // the Bengali block bar its digits (U+09E6-09EF), which are as wide as Latin ones
  return code >= 0x0980 && code <= 0x09ff && (code < 0x09e6 || code > 0x09ef);
}

/** The width of a text in em (a line, as if it did not wrap). */
export function textEm(text: string, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x200c || code === 0x200d) continue; // zero-width (non-)joiner
    em += code === 0x20 ? SPACE_EM : isBengaliLetter(code) ? BENGALI_EM : OTHER_EM;
  }
  return em * (bold ? BOLD_FACTOR : 1);
}

/** The widest word of a text in em (a line may also break after a hyphen or a slash): the least width its column may have. */
export function longestWordEm(text: string, bold = false): number {
  let widest = 0;
  for (const word of text.split(/\s+|(?<=[-/])/)) widest = Math.max(widest, textEm(word, bold));
  return widest;
}

export interface WidthMetrics {
  /** Font size of the header and body cells, in points. */
  headPoints: number;
  bodyPoints: number;
  /** A cell's left plus right padding, in points. */
  paddingPoints: number;
}

/** The points a cell needs across: its longest word, or its longest line when it must not wrap. */
export function cellNeed(cell: TableCell, points: number, paddingPoints: number): number {
  const size = cell.small ? points - 1 : points;
  const bold = (cell.bold ?? false) && !cell.muted;
  const em = cell.nowrap ? Math.max(...cell.text.split('\n').map((line) => textEm(line, bold))) : longestWordEm(cell.text, bold);
  return em * size + paddingPoints;
}

/**
 * The table's column widths in points, summing to `total`: the spec's relative widths scaled, then each
 * column too narrow for its words widened, the points taken from the columns with room to spare in
 * proportion to that room (each giving up at most half its width).
 */
export function fitColumnWidths(table: TableSpec, total: number, metrics: WidthMetrics): number[] {
  const sum = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => (c.width / sum) * total);
  const need = widths.map(() => 0);
  const rows = [...table.head, ...table.body];
  placeCells(rows, table.columns.length).forEach((line, r) => {
    const points = r < table.head.length ? metrics.headPoints : metrics.bodyPoints;
    for (const p of line) {
      if (p.colSpan !== 1) continue;
      need[p.col] = Math.max(need[p.col]!, cellNeed(p.cell, points, metrics.paddingPoints));
    }
  });
  const deficits = widths.map((w, c) => Math.max(0, need[c]! - w));
  const deficit = deficits.reduce((s, d) => s + d, 0);
  if (deficit === 0) return widths;
  const spare = widths.map((w, c) => (deficits[c]! > 0 ? 0 : Math.min(w - need[c]!, w * MAX_GIVE)));
  const spareTotal = spare.reduce((s, w) => s + w, 0);
  if (spareTotal <= 0) return widths;
  const given = Math.min(deficit, spareTotal);
  return widths.map((w, c) => w + (deficits[c]! / deficit) * given - (spare[c]! / spareTotal) * given);
}

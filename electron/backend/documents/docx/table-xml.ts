// A TableSpec as WordprocessingML (<w:tbl>), written as strings: the same XML, byte for byte, that
// docx's Table, TableRow, TableCell, Paragraph and TextRun write for it (the DOCX test holds the two
// side by side), at a hundredth of the cost. Every run keeps its own properties (the Bengali font in
// all four slots with the cs hint, sz and szCs, b and bCs, the bn-BD complex-script language); the
// few distinct run, paragraph and cell properties are written once and reused. The column widths are
// the spec's scaled to the page, with the columns of cells that must not wrap (dates, numbers) widened
// to fit them (docxColumnWidths).
import { scaleWidths, type TableCell, type TableSpec } from '../../../../common/documents/table.js';

/** Twips of a cell's top/bottom and left/right margins. */
export const CELL_MARGIN_Y = 30;
export const CELL_MARGIN_X = 30;
/**
 * The advance of one character of a cell that must not wrap (numbers, dates, memo numbers), in em: Noto
 * Sans Bengali's Bengali digits average 0.59 em (bold 0.62), '/' and '.' less, so this errs wide.
 */
const NOWRAP_EM = 0.62;
const NOWRAP_EM_BOLD = 0.66;
/** Of its scaled width, the most a column without such cells gives up to the columns that have them. */
const MAX_GIVE = 0.5;
const HEADER_FILL = 'ECECEC';
const THIN = 'w:val="single" w:color="000000" w:sz="4"';

/** docx's escaping, of attributes and text alike: five entities, and the control characters XML cannot hold dropped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

type Alignment = 'left' | 'center' | 'right';

/** One cell of a row as docx holds it after the Table constructor: a cell of the spec or the continuation of a merge. */
interface RowCell {
  width: number;
  colSpan: number;
  rowSpan: number;
  header: boolean;
  shaded: boolean;
  /** The cell's paragraphs; null for a continuation, which holds one empty paragraph of `alignment`. */
  xml: string | null;
  alignment: Alignment;
  continuation: boolean;
}

/** Where each cell of header or body rows starts, as docx places it (the HTML rule, header and body apart). */
function placeRows<T>(specRows: TableCell[][], place: (cell: TableCell, r: number, col: number, colSpan: number, rowSpan: number) => T): T[][] {
  const covered: number[][] = [];
  return specRows.map((cells, r) => {
    let col = 0;
    return cells.map((cell) => {
      while (covered[r]?.includes(col)) col += 1;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      for (let dr = 1; dr < rowSpan; dr += 1) for (let dc = 0; dc < colSpan; dc += 1) (covered[r + dr] ??= []).push(col + dc);
      const placed = place(cell, r, col, colSpan, rowSpan);
      col += colSpan;
      return placed;
    });
  });
}

/**
 * The twips a cell that must not wrap needs: its longest line at a wide estimate of the font's advance,
 * and the cell's left and right margins.
 */
export function nowrapWidth(cell: TableCell, points: number): number {
  const size = cell.small ? points - 1.5 : points;
  const em = (cell.bold ?? false) && !cell.muted ? NOWRAP_EM_BOLD : NOWRAP_EM;
  const longest = Math.max(...cell.text.split('\n').map((line) => [...line].length));
  return Math.ceil(longest * em * size * 20) + 2 * CELL_MARGIN_X;
}

/**
 * The table's column widths in twips, summing to `width`: the spec's relative widths scaled, then each
 * column holding a cell that must not wrap (a date such as ১৬/০৫/২০২৪) widened to fit it, the twips taken
 * from the columns without such cells in proportion to their widths (each giving up at most half).
 */
export function docxColumnWidths(table: TableSpec, width: number, points = 7.5): number[] {
  const widths = scaleWidths(table.columns, width);
  const need = widths.map(() => 0);
  const measure = (rows: TableCell[][], cellPoints: number): void => {
    placeRows(rows, (cell, _r, col, colSpan) => {
      if (cell.nowrap && colSpan === 1 && col < need.length) need[col] = Math.max(need[col]!, nowrapWidth(cell, cellPoints));
    });
  };
  measure(table.head, points - 0.5);
  measure(table.body, points);
  const deficits = widths.map((w, c) => Math.max(0, need[c]! - w));
  const deficit = deficits.reduce((s, d) => s + d, 0);
  if (deficit === 0) return widths;
  const donors = widths.map((w, c) => (need[c] === 0 ? w : 0));
  const donorTotal = donors.reduce((s, w) => s + w, 0);
  const given = Math.min(deficit, Math.floor(donorTotal * MAX_GIVE));
  if (given <= 0) return widths;
  // The columns that need it get `given` (all of the deficit when the donors can spare it)...
  const result = widths.map((w, c) => w + Math.floor((deficits[c]! * given) / deficit));
  // ...which the donors give up in proportion to their widths; rounding is settled on the widest donor.
  donors.forEach((w, c) => (result[c]! -= Math.floor((w * given) / donorTotal)));
  const widest = donors.indexOf(Math.max(...donors));
  result[widest]! += width - result.reduce((s, w) => s + w, 0);
  return result;
}

export function tableXml(table: TableSpec, width: number, fontName: string, points = 7.5): string {
  const widths = docxColumnWidths(table, width, points);
  const spanWidth = (col: number, span: number): number => {
    let sum = 0;
    for (let c = col; c < col + span && c < widths.length; c += 1) sum += widths[c]!;
    return sum;
  };
  const font = escapeXml(fontName);
  const runProperties = new Map<string, string>();
  const rPr = (halfPoints: number, bold: boolean): string => {
    const key = `${halfPoints}|${bold}`;
    let xml = runProperties.get(key);
    if (xml === undefined) {
      xml =
        `<w:rPr><w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:hint="cs"/>` +
        (bold ? '<w:b/><w:bCs/>' : '') +
        `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/><w:lang w:val="en-US" w:bidi="bn-BD"/></w:rPr>`;
      runProperties.set(key, xml);
    }
    return xml;
  };
  const cellParagraphs = (cell: TableCell, cellPoints: number, alignment: Alignment): string => {
    const pPr = `<w:pPr><w:spacing w:after="0" w:before="0"/><w:jc w:val="${alignment}"/></w:pPr>`;
    const properties = rPr(Math.floor((cell.small ? cellPoints - 1.5 : cellPoints) * 2), (cell.bold ?? false) && !cell.muted);
    let xml = '';
    for (const line of cell.text.split('\n')) {
      // A tab in the text is Word's tab element, not a character.
      let children = '';
      line.split('\t').forEach((part, i) => {
        if (i > 0) children += '<w:tab/>';
        if (part) children += `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`;
      });
      xml += `<w:p>${pPr}<w:r>${properties}${children}</w:r></w:p>`;
    }
    return xml;
  };

  // The spec's rows as docx's rows: each cell's width from the grid column it starts in (HTML placement,
  // header and body placed apart), then docx's rule for merges: a cell spanning rows puts a continuation
  // cell into the next row, at the same column, which carries the rest of the span on.
  const toRows = (specRows: TableCell[][], header: boolean): RowCell[][] => {
    const cellPoints = header ? points - 0.5 : points;
    return placeRows(specRows, (cell, _r, col, colSpan, rowSpan): RowCell => {
      const alignment: Alignment = cell.align === 'center' || header ? 'center' : cell.align === 'right' ? 'right' : 'left';
      return {
        width: spanWidth(col, colSpan),
        colSpan,
        rowSpan,
        header,
        shaded: header && !cell.muted,
        xml: cellParagraphs(cell, cellPoints, alignment),
        alignment,
        continuation: false,
      };
    });
  };
  const rows = [...toRows(table.head, true), ...toRows(table.body, false)];
  const headerRows = table.head.length;
  rows.forEach((row, r) => {
    if (r === rows.length - 1) return;
    let column = 0;
    for (const cell of [...row]) {
      if (cell.rowSpan > 1) insertAtColumn(rows[r + 1]!, { ...cell, rowSpan: cell.rowSpan - 1, xml: null, continuation: true }, column);
      column += cell.colSpan;
    }
  });

  const cellXml = (cell: RowCell): string =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${Math.floor(cell.width)}"/>` +
    (cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '') +
    (cell.continuation ? '<w:vMerge w:val="continue"/>' : cell.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '') +
    (cell.shaded ? `<w:shd w:fill="${HEADER_FILL}" w:val="clear"/>` : '') +
    `<w:tcMar><w:top w:type="dxa" w:w="${CELL_MARGIN_Y}"/><w:left w:type="dxa" w:w="${CELL_MARGIN_X}"/><w:bottom w:type="dxa" w:w="${CELL_MARGIN_Y}"/><w:right w:type="dxa" w:w="${CELL_MARGIN_X}"/></w:tcMar>` +
    `<w:vAlign w:val="${cell.header ? 'center' : 'top'}"/></w:tcPr>` +
    (cell.xml ?? `<w:p><w:pPr><w:jc w:val="${cell.alignment}"/></w:pPr></w:p>`) +
    '</w:tc>';

  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${Math.floor(width)}"/>`,
    `<w:tblBorders><w:top ${THIN}/><w:left ${THIN}/><w:bottom ${THIN}/><w:right ${THIN}/><w:insideH ${THIN}/><w:insideV ${THIN}/></w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>',
    ...widths.map((w) => `<w:gridCol w:w="${Math.floor(w)}"/>`),
    '</w:tblGrid>',
  ];
  rows.forEach((row, r) => {
    // docx leaves out a row without cells.
    if (row.length === 0) return;
    parts.push(r < headerRows ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (const cell of row) parts.push(cellXml(cell));
    parts.push('</w:tr>');
  });
  parts.push('</w:tbl>');
  return parts.join('');
}

/** docx's TableRow.addCellToColumnIndex: before the cell at that column, counting spans, or at the end. */
function insertAtColumn(row: RowCell[], cell: RowCell, columnIndex: number): void {
  let column = 0;
  let index = 0;
  while (column <= columnIndex) {
    if (index >= row.length) {
      index = row.length + 1;
      break;
    }
    column += row[index]!.colSpan;
    index += 1;
  }
  row.splice(index - 1, 0, cell);
}

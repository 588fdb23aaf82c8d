// Draws a TableSpec as an HTML table: a repeated header (thead), columns wide enough for their longest
// words, and merged body cells drawn as a visual merge. Chromium cannot break a cell merged down over
// rows (rowspan) at a page end: its text runs below the table and the columns beside it lose their
// bottom line. So a merged cell is its first row's cell, holding the text, and empty cells below it
// without the lines between them; the text breaks across pages as any cell's does, and the table's
// footer (an empty row) closes every page's part of the table with a line. What follows the table (an
// annex's signature) can be given as `tail`: it is the table's caption, under the table, kept on one
// page with its last rows (Chromium keeps a caption with the table, not a block after it), so it never
// stands alone on a page.
import type { ReactNode } from 'react';
import { fitColumnWidths, textEm } from '../column-widths.js';
import { placeCells, type TableCell, type TableSpec } from '../table.js';

/** The width of an annex's text area (landscape A4, 10 mm margins) in points, and the table's font metrics. */
export const ANNEX_TEXT_WIDTH_PT = (277 / 25.4) * 72;
const METRICS = { headPoints: 7, bodyPoints: 7.5, paddingPoints: 5.2 };
/** A merged text taller than this (points, about a quarter of a landscape page) lets its row break across pages. */
const SPLIT_ROW_PT = 130;
const LINE_PT = METRICS.bodyPoints * 1.4;
/** The body rows kept on the page of the `tail`. */
const TAIL_ROWS = 2;

function classes(cell: TableCell, extra: string[] = []): string | undefined {
  const names = [
    cell.align === 'center' ? 'center' : cell.align === 'right' ? 'right' : '',
    cell.bold ? 'bold' : '',
    cell.small ? 'small' : '',
    cell.muted ? 'muted' : '',
    cell.nowrap ? 'nowrap' : '',
    ...extra,
  ].filter((n) => n !== '');
  return names.length > 0 ? names.join(' ') : undefined;
}

function CellText({ text }: { text: string }) {
  const lines = text.split('\n');
  if (lines.length === 1) return <>{text}</>;
  return (
    <>
      {lines.map((line, i) => (
        <span className="line" key={i}>
          {line}
        </span>
      ))}
    </>
  );
}

interface BodyCell {
  cell: TableCell;
  col: number;
  colSpan: number;
  /** '' for a cell of one row; the parts of a merged cell otherwise. */
  part: '' | 'merge-top' | 'merge-mid' | 'merge-end';
}

/** The estimated height (points) of a text in a column `widthPt` wide. */
function textHeight(text: string, widthPt: number): number {
  const room = Math.max(1, widthPt - METRICS.paddingPoints);
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((textEm(line) * METRICS.bodyPoints) / room)), 0);
  return lines * LINE_PT;
}

/** The body as rows of one-row cells: each merged cell becomes its top part (with the text) and the parts under it. */
function bodyRows(table: TableSpec, widths: number[]): { cells: BodyCell[]; maySplit: boolean }[] {
  const rows = table.body.map(() => ({ cells: [] as BodyCell[], maySplit: false }));
  for (const line of placeCells(table.body, table.columns.length)) {
    for (const p of line) {
      if (p.rowSpan === 1) {
        rows[p.row]!.cells.push({ cell: p.cell, col: p.col, colSpan: p.colSpan, part: '' });
        continue;
      }
      const width = widths.slice(p.col, p.col + p.colSpan).reduce((s, w) => s + w, 0);
      if (textHeight(p.cell.text, width) > SPLIT_ROW_PT) rows[p.row]!.maySplit = true;
      for (let dr = 0; dr < p.rowSpan && p.row + dr < rows.length; dr += 1) {
        const part = dr === 0 ? 'merge-top' : dr === p.rowSpan - 1 ? 'merge-end' : 'merge-mid';
        rows[p.row + dr]!.cells.push({ cell: p.cell, col: p.col, colSpan: p.colSpan, part });
      }
    }
  }
  for (const row of rows) row.cells.sort((a, b) => a.col - b.col);
  return rows;
}

function BodyRow({ row }: { row: { cells: BodyCell[]; maySplit: boolean } }) {
  return (
    <tr className={row.maySplit ? 'may-split' : undefined}>
      {row.cells.map((c) => (
        <td key={c.col} colSpan={c.colSpan > 1 ? c.colSpan : undefined} className={classes(c.cell, c.part ? [c.part] : [])}>
          {c.part === '' || c.part === 'merge-top' ? <CellText text={c.cell.text} /> : null}
        </td>
      ))}
    </tr>
  );
}

export function GridTable({ table, className, widthPt = ANNEX_TEXT_WIDTH_PT, tail }: { table: TableSpec; className?: string; widthPt?: number; tail?: ReactNode }) {
  const widths = fitColumnWidths(table, widthPt, METRICS);
  const total = widths.reduce((s, w) => s + w, 0);
  const rows = bodyRows(table, widths);
  const split = tail ? Math.max(0, rows.length - TAIL_ROWS) : rows.length;
  return (
    <table className={className ? `grid ${className}` : 'grid'}>
      {tail ? <caption className="table-tail">{tail}</caption> : null}
      <colgroup>
        {table.columns.map((c, i) => (
          <col key={c.key} style={{ width: `${((widths[i]! / total) * 100).toFixed(3)}%` }} />
        ))}
      </colgroup>
      <thead>
        {table.head.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <th key={c} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={classes(cell)}>
                <CellText text={cell.text} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      {split > 0 ? (
        <tbody>
          {rows.slice(0, split).map((row, r) => (
            <BodyRow key={r} row={row} />
          ))}
        </tbody>
      ) : null}
      {tail ? (
        <tbody className="tail">
          {rows.slice(split).map((row, r) => (
            <BodyRow key={r} row={row} />
          ))}
        </tbody>
      ) : null}
      <tfoot>
        <tr className="table-end">
          <td colSpan={table.columns.length} />
        </tr>
      </tfoot>
    </table>
  );
}

// Draws a TableSpec as an HTML table: a repeated header (thead), fixed column widths, merged cells.
import type { TableCell, TableSpec } from '../table.js';

function classes(cell: TableCell): string | undefined {
  const names = [
    cell.align === 'center' ? 'center' : cell.align === 'right' ? 'right' : '',
    cell.bold ? 'bold' : '',
    cell.small ? 'small' : '',
    cell.muted ? 'muted' : '',
    cell.nowrap ? 'nowrap' : '',
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

export function GridTable({ table, className }: { table: TableSpec; className?: string }) {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  return (
    <table className={className ? `grid ${className}` : 'grid'}>
      <colgroup>
        {table.columns.map((c) => (
          <col key={c.key} style={{ width: `${((c.width / total) * 100).toFixed(3)}%` }} />
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
      <tbody>
        {table.body.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <td key={c} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={classes(cell)}>
                <CellText text={cell.text} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

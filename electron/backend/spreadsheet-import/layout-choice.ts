// The user's corrections to a detected layout (the mapping editor: another sheet, a column given
// another role, other row bounds), and one read of the table with them. Kept in the reader's layer
// so that the worker thread that holds a file's workbook can read its table again on its own.
import type { PlanDocument } from '../../../common/plan-document/schema.js';
import { isColumnRole } from './column-roles.js';
import { detectLayout, type Layout } from './header-detect.js';
import { readDocument } from './normalise.js';
import type { Workbook } from './read.js';
import type { ErrorCode } from '../../../common/messages/error-codes.js';

/** Rows are 0-based, as in Layout. */
export interface LayoutChoice {
  sheet?: string;
  headerRowStart?: number;
  headerRowEnd?: number;
  dataRowStart?: number;
  dataRowEnd?: number;
  columns?: { column: number; role: string }[];
}

/** A correction that cannot apply to this table; `field` names the part of the choice at fault. */
export class LayoutChoiceError extends Error {
  override readonly name = 'LayoutChoiceError';

  constructor(
    readonly field: string,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isLayoutChoiceError(error: unknown): error is LayoutChoiceError {
  return error instanceof Error && error.name === 'LayoutChoiceError';
}

/** The detected layout with the user's corrections applied. */
export function applyLayoutChoice(workbook: Workbook, choice: LayoutChoice | undefined): Layout {
  const detected = detectLayout(workbook, choice?.sheet ? { sheet: choice.sheet } : {});
  if (!choice) return detected;
  const columns = detected.columns.map((c) => ({ ...c }));
  for (const { column, role } of choice.columns ?? []) {
    if (!isColumnRole(role)) throw new LayoutChoiceError('layout.columns', 'invalid-role', `unknown column role "${role}"`);
    const existing = columns.find((c) => c.column === column);
    if (existing) existing.role = role;
    else throw new LayoutChoiceError('layout.columns', 'invalid-column', `column ${column} is not part of the table`);
  }
  const layout: Layout = { ...detected, columns };
  for (const key of ['headerRowStart', 'headerRowEnd', 'dataRowStart', 'dataRowEnd'] as const) {
    if (choice[key] !== undefined) layout[key] = choice[key];
  }
  if (layout.dataRowStart > layout.dataRowEnd) throw new LayoutChoiceError('layout.dataRowEnd', 'invalid-range', 'the table ends before it starts');
  return layout;
}

export interface TableChoice {
  layout?: LayoutChoice;
  /** The fiscal year the user gave, over the one the document names. */
  fiscalYear?: string;
}

/** What the import screen needs of a file: its sheets, and its table read with a layout choice. */
export interface TableRead {
  sheets: string[];
  layout: Layout;
  document: PlanDocument;
}

/**
 * Detect (with the user's corrections) and read the table. The document is not validated yet: the
 * thread it is sent to does that (readTableInWorker). Throws PlanReadError or LayoutChoiceError.
 */
export function readTable(workbook: Workbook, choice: TableChoice = {}): TableRead {
  const layout = applyLayoutChoice(workbook, choice.layout);
  const document = readDocument(workbook, layout, choice.fiscalYear ? { fiscalYear: choice.fiscalYear } : {});
  return { sheets: workbook.sheets.map((s) => s.name), layout, document };
}

// The one error the reader throws: a file it cannot read as a plan table, with a message for each language.
// Everything else that goes wrong inside a readable table is a diagnostic, not an exception.

import type { FileReadErrorCode } from '../../../common/messages/error-codes.js';

/** The codes are listed in common/messages/error-codes.ts (the UI has a text for each). */
export type PlanReadErrorCode = FileReadErrorCode;

export class PlanReadError extends Error {
  override readonly name = 'PlanReadError';
  readonly code: PlanReadErrorCode;
  /** The same message in Bengali, for the import screen. */
  readonly messageBn: string;
  readonly sheet?: string;
  readonly cell?: string;

  constructor(
    code: PlanReadErrorCode,
    message: string,
    messageBn: string,
    where: { sheet?: string; cell?: string; cause?: unknown } = {},
  ) {
    super(oneLine(message), where.cause === undefined ? undefined : { cause: where.cause });
    this.code = code;
    this.messageBn = oneLine(messageBn);
    if (where.sheet !== undefined) this.sheet = where.sheet;
    if (where.cell !== undefined) this.cell = where.cell;
  }
}

export function isPlanReadError(error: unknown): error is PlanReadError {
  return error instanceof PlanReadError;
}

/** Library errors can span lines; the CLI and the import list show one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

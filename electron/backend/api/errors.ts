// Typed errors that cross the API boundary. Anything else thrown by a handler becomes `internal`.
// One message convention: every error carries a stable code (and its parameters, and the file/sheet/cell
// or field it concerns); the renderer writes the text in the user's language from it
// (renderer/src/api/messages.ts errorText). `message`/`messageBn` are for logs and the CLI.
import type { z } from 'zod';
import type { ErrorCode, FileErrorCode } from '../../../common/messages/error-codes.js';
import type { MessageParams } from '../../../common/messages/format.js';

export type { ErrorCode, FileErrorCode } from '../../../common/messages/error-codes.js';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "email" or "signatory.phone". */
  path: string;
  /** Stable code the UI translates (errors.<code>): one of common/messages/error-codes.ts ERROR_CODES. */
  code: ErrorCode;
  /** English, for logs and the CLI; the UI shows its own text for the code. */
  message: string;
  /** What the UI's text names (a file, a value), when it names anything. */
  params?: MessageParams;
}

export type ApiErrorBody =
  | { kind: 'validation'; message: string; issues: FieldIssue[] }
  | { kind: 'not-found'; message: string; entity: string }
  | { kind: 'conflict'; message: string; code: ErrorCode; params?: MessageParams }
  | { kind: 'cancelled'; message: string }
  /** A file that cannot be read: which file, which sheet and cell, what was expected. */
  | { kind: 'file'; message: string; messageBn: string; code: FileErrorCode; file: string; sheet?: string; cell?: string; params?: MessageParams }
  | { kind: 'internal'; message: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

export function validationError(issues: FieldIssue[]): ApiError {
  return new ApiError({ kind: 'validation', message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
}

export function fieldError(path: string, code: ErrorCode, message: string, params?: MessageParams): ApiError {
  return validationError([{ path, code, message, ...(params ? { params } : {}) }]);
}

export function notFound(entity: string, message: string): ApiError {
  return new ApiError({ kind: 'not-found', message, entity });
}

export function conflict(code: ErrorCode, message: string, params?: MessageParams): ApiError {
  return new ApiError({ kind: 'conflict', message, code, ...(params ? { params } : {}) });
}

/** Turns zod issues into field issues with stable codes the UI can translate. */
export function fromZodIssues(issues: z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    code: issueCode(issue),
    message: issue.message,
  }));
}

/** The zod issue as one of the few codes the UI has a text for. */
function issueCode(issue: z.core.$ZodIssue): ErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid-type';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid-email' : issue.format === 'regex' ? 'invalid-regex' : 'invalid-value';
    case 'unrecognized_keys':
      return 'unknown-field';
    default:
      return 'invalid-value';
  }
}

// Typed errors that cross the API boundary. Anything else thrown by a handler becomes `internal`.
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "email" or "signatory.phone". */
  path: string;
  /** Stable code the UI translates: required, invalid-email, parent-not-found, cycle, … */
  code: string;
  message: string;
}

export type ApiErrorBody =
  | { kind: 'validation'; message: string; issues: FieldIssue[] }
  | { kind: 'not-found'; message: string; entity: string }
  | { kind: 'conflict'; message: string; code: string }
  | { kind: 'cancelled'; message: string }
  /** A file that cannot be read: which file, which sheet and cell, what was expected. */
  | { kind: 'file'; message: string; messageBn: string; code: string; file: string; sheet?: string; cell?: string }
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

export function fieldError(path: string, code: string, message: string): ApiError {
  return validationError([{ path, code, message }]);
}

export function notFound(entity: string, message: string): ApiError {
  return new ApiError({ kind: 'not-found', message, entity });
}

export function conflict(code: string, message: string): ApiError {
  return new ApiError({ kind: 'conflict', message, code });
}

/** Turns zod issues into field issues with stable codes the UI can translate. */
export function fromZodIssues(issues: z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    code: issueCode(issue),
    message: issue.message,
  }));
}

function issueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid-type';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_format':
      return `invalid-${issue.format}`;
    case 'invalid_value':
      return 'invalid-value';
    case 'unrecognized_keys':
      return 'unknown-field';
    default:
      return issue.code.replace(/_/g, '-');
  }
}

// Every code an API error can carry, defined once: the backend's error constructors accept only these,
// and the renderer has a Bengali and an English text for each (test/lint/message-codes.test.ts).
// A new code goes here first, then into renderer/src/i18n (errors.<code>) or renderer/src/api/message-strings.ts.

/** Why a file could not be read as a plan table (the reader's PlanReadError, kind "file"). */
export const FILE_READ_ERROR_CODES = [
  'file-missing',
  'file-too-large',
  'empty-file',
  'not-spreadsheet',
  'corrupt',
  'encrypted',
  'zip-bomb',
  'too-many-sheets',
  'too-many-rows',
  'too-many-cells',
  'no-table',
  'invalid-document',
  'too-slow',
  'old-word-format',
  'scanned-pdf',
  'too-many-pages',
] as const;
export type FileReadErrorCode = (typeof FILE_READ_ERROR_CODES)[number];

/** Why a backup file was refused for restore (kind "file"). */
export const BACKUP_REFUSAL_CODES = [
  'backup-not-sqlite',
  'backup-corrupt',
  'backup-foreign',
  'backup-newer-schema',
  'backup-schema-mismatch',
  'backup-audit-broken',
] as const;
export type BackupRefusalCode = (typeof BACKUP_REFUSAL_CODES)[number];

/** Codes of kind "file" errors: the renderer's `fileErrors.<code>`, with the file's name as {{file}}. */
export const FILE_ERROR_CODES = [...FILE_READ_ERROR_CODES, ...BACKUP_REFUSAL_CODES] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/** Codes of a field issue (kind "validation") or a conflict: the renderer's `errors.<code>`. */
export const ERROR_CODES = [
  // From the input schemas (api/errors.ts fromZodIssues).
  'required',
  'invalid-type',
  'too-small',
  'too-big',
  'invalid-value',
  'unknown-field',
  'invalid-email',
  'invalid-regex',
  // Offices and setup.
  'parent-not-found',
  'cycle',
  'invalid-level',
  'own-office-level',
  'own-office-root',
  'own-office-exists',
  'office-has-data',
  'duplicate-office-name',
  'office-inactive',
  'setup-required',
  // Office-list import.
  'unsupported-file',
  'unreadable-file',
  'empty-file',
  'no-header',
  'duplicate-in-file',
  'office-exists',
  // Users.
  'last-user',
  'user-inactive',
  // Plan and report import.
  'duplicate-file',
  'not-staged',
  'staging-full',
  'no-indicators',
  'invalid-role',
  'invalid-column',
  'invalid-range',
  'invalid-fiscal-year',
  // Plan and report versions.
  'version-has-review',
  'version-memo-issued',
  'version-in-use',
  // Review.
  'verified-implausible',
  'feedback-stale',
  'invalid-date',
  'date-expected',
  'number-expected',
  // Package and memo numbers.
  'feedback-letter-stale',
  'memo-serial-used',
  'feedback-numbers-choice-required',
  'part-unavailable',
  'memo-mentions-missing-part',
  'invalid-file-number',
  'not-a-package',
  // Backup.
  'no-file-dialog',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Errors that carry no code of their own: the renderer's `errors.<kind>`. */
export const ERROR_KINDS = ['not-found', 'cancelled', 'internal'] as const;

/** Where a file error points, and what its text names beyond the file (counts, versions). */
export type MessageParamsOf = Record<string, string | number>;

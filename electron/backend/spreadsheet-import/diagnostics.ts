// Reader diagnostics: a stable code, a Bengali message (what the import screen shows, as the review
// checks do) with its English twin, and the sheet and cell it comes from.
import type { Diagnostic } from '../../../common/plan-document/schema.js';

/** The codes the reader itself reports (the review checks add the rest of domain.md §5). */
export const READER_DIAGNOSTIC_CODES = [
  'invalid-date',
  'bad-code',
  'duplicate-code',
  'code-out-of-place',
  'weight-mismatch',
  'unit-mismatch',
  'targets-not-monotonic',
  'zero-target',
  'date-outside-year',
  'targets-missing',
  'target-words',
  'achievement-words',
  'legacy-encoding',
  'unplaced-row',
  'unknown-unit',
  'unit-inferred',
  'bad-value',
  'no-target-columns',
  'no-indicator-column',
  'cells-ignored',
  'external-links-ignored',
  'macros-ignored',
  'scripts-ignored',
  'attachments-ignored',
] as const;

export interface ReaderDiagnostic extends Diagnostic {
  messageEn: string;
  /** `location` in English ("table 2, row 5, column 3"), beside it as messageEn is beside message. */
  locationEn?: string;
}

export class Diagnostics {
  readonly items: ReaderDiagnostic[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly sheet: string | null) {}

  add(severity: Diagnostic['severity'], code: string, messageBn: string, messageEn: string, cell?: string | null): void {
    // The same finding on the same cell once, though a merged cell is seen on every row it covers.
    const key = `${code}@${cell ?? ''}@${messageEn}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const item: ReaderDiagnostic = { severity, code, message: messageBn, messageEn, sheet: this.sheet };
    if (cell !== undefined) item.cell = cell;
    this.items.push(item);
  }

  error(code: string, bn: string, en: string, cell?: string | null): void {
    this.add('error', code, bn, en, cell);
  }

  warning(code: string, bn: string, en: string, cell?: string | null): void {
    this.add('warning', code, bn, en, cell);
  }

  info(code: string, bn: string, en: string, cell?: string | null): void {
    this.add('info', code, bn, en, cell);
  }
}

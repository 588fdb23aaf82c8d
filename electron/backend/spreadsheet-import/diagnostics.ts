// Reader diagnostics: a stable code with the wording's variant and parameters (the UI writes the message
// in its language from them), a Bengali message (what the CLI prints, as the review checks do) with its
// English twin, and the sheet and cell it comes from. The wordings are in common/messages/diagnostic-texts.ts.
import type { Diagnostic } from '../../../common/plan-document/schema.js';
import { DIAGNOSTIC_TEXTS, READER_DIAGNOSTIC_CODES, type DiagnosticCode, type DiagnosticVariant, type MessageText } from '../../../common/messages/diagnostic-texts.js';
import { fillTemplate, type MessageParams } from '../../../common/messages/format.js';

export { READER_DIAGNOSTIC_CODES };

export interface ReaderDiagnostic extends Diagnostic {
  messageEn: string;
  /** `location` in English ("table 2, row 5, column 3"), beside it as messageEn is beside message. */
  locationEn?: string;
}

/** One diagnostic written from its code's wording: `message` in Bengali, `messageEn` in English. */
export function readerDiagnostic<C extends DiagnosticCode>(
  severity: Diagnostic['severity'],
  code: C,
  params: MessageParams = {},
  where: { sheet?: string | null; cell?: string | null; variant?: DiagnosticVariant<C> } = {},
): ReaderDiagnostic {
  const variant = where.variant ?? 'default';
  const text = (DIAGNOSTIC_TEXTS[code] as Record<string, MessageText>)[variant];
  if (!text) throw new Error(`diagnostic ${code} has no wording "${variant}"`);
  const item: ReaderDiagnostic = {
    severity,
    code,
    message: fillTemplate(text.bn, params, 'bn'),
    messageEn: fillTemplate(text.en, params, 'en'),
    sheet: where.sheet ?? null,
  };
  if (where.variant !== undefined) item.variant = where.variant;
  if (Object.keys(params).length > 0) item.params = params;
  if (where.cell !== undefined) item.cell = where.cell;
  return item;
}

export class Diagnostics {
  readonly items: ReaderDiagnostic[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly sheet: string | null) {}

  /** A diagnostic made elsewhere (the workbook's own warnings), kept once. */
  push(item: ReaderDiagnostic): void {
    const key = `${item.code}@${item.cell ?? ''}@${item.messageEn}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.items.push({ ...item, sheet: this.sheet });
  }

  add<C extends DiagnosticCode>(severity: Diagnostic['severity'], code: C, params: MessageParams, cell?: string | null, variant?: DiagnosticVariant<C>): void {
    // The same finding on the same cell once, though a merged cell is seen on every row it covers.
    const where: { cell?: string | null; variant?: DiagnosticVariant<C> } = {};
    if (cell !== undefined) where.cell = cell;
    if (variant !== undefined) where.variant = variant;
    this.push(readerDiagnostic(severity, code, params, where));
  }

  error<C extends DiagnosticCode>(code: C, params: MessageParams, cell?: string | null, variant?: DiagnosticVariant<C>): void {
    this.add('error', code, params, cell, variant);
  }

  warning<C extends DiagnosticCode>(code: C, params: MessageParams, cell?: string | null, variant?: DiagnosticVariant<C>): void {
    this.add('warning', code, params, cell, variant);
  }

  info<C extends DiagnosticCode>(code: C, params: MessageParams, cell?: string | null, variant?: DiagnosticVariant<C>): void {
    this.add('info', code, params, cell, variant);
  }
}

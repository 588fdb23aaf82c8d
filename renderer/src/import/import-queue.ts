// The Import screen's list of files: each file's analysis, the user's choices, and its status.
import type { ImportAnalysis, ImportResult, LayoutOverride } from '../../../electron/backend/api/contract.js';
import type { Period } from '../../../common/plan-document/schema.js';

export interface QueuedFile {
  key: string;
  fileName: string;
  analysis: ImportAnalysis | null;
  error: string | null;
  result: ImportResult | null;
  /** Reading was cancelled before this file was read: it can be read again. */
  cancelled?: boolean;
  choices: { officeId: number | null; fiscalYear: string | null; period: Period | null; receivedOn: string | null; layout: LayoutOverride };
}

export const QUEUE_STATUSES = ['reading', 'ready', 'attention', 'failed', 'imported', 'duplicate', 'cancelled'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** What is still missing before the file can be imported (empty when it is ready). */
export function missing(file: QueuedFile): ('office' | 'fiscalYear' | 'period' | 'indicators')[] {
  const a = file.analysis;
  if (!a) return [];
  const needs: ('office' | 'fiscalYear' | 'period' | 'indicators')[] = [];
  if (!file.choices.officeId) needs.push('office');
  if (!file.choices.fiscalYear) needs.push('fiscalYear');
  if (a.kind === 'report' && !file.choices.period) needs.push('period');
  if (a.document.indicators.length === 0) needs.push('indicators');
  return needs;
}

export function statusOf(file: QueuedFile): QueueStatus {
  if (file.result) return 'imported';
  if (file.error && !file.analysis) return 'failed';
  if (!file.analysis) return file.cancelled ? 'cancelled' : 'reading';
  if (file.analysis.duplicateOf) return 'duplicate';
  return missing(file).length === 0 && !file.error ? 'ready' : 'attention';
}

/**
 * Choices as detected, kept when the user has made their own. The receipt date is the date the file
 * gives itself (a cover letter's "তারিখ"), else empty for the user to give once for the batch: never
 * today, which would make every past report late.
 */
export function choicesFrom(analysis: ImportAnalysis, previous?: QueuedFile['choices']): QueuedFile['choices'] {
  return {
    officeId: previous?.officeId ?? analysis.officeId,
    fiscalYear: previous?.fiscalYear ?? analysis.fiscalYear,
    period: previous?.period ?? analysis.period,
    receivedOn: previous?.receivedOn ?? analysis.letterDate ?? null,
    layout: previous?.layout ?? {},
  };
}

/** Why a file was not taken onto the list (null: it is taken). */
export type NotTakenReason = 'zip' | 'image' | 'text' | 'other' | 'hidden';

const ACCEPTED = /\.(xlsx|xlsm|xls|ods|csv|docx|doc|pdf)$/i;

export function notTakenReason(name: string): NotTakenReason | null {
  const base = name.split('/').pop() ?? name;
  if (base.startsWith('~$') || base.startsWith('.')) return 'hidden';
  if (ACCEPTED.test(base)) return null;
  if (/\.(zip|rar|7z|gz|tar)$/i.test(base)) return 'zip';
  if (/\.(png|jpe?g|gif|bmp|tiff?|webp|heic)$/i.test(base)) return 'image';
  if (/\.(txt|text|rtf)$/i.test(base)) return 'text';
  return 'other';
}

/** The extension as the user sees it (".txt"), or the name itself when it has none. */
export function extensionOf(name: string): string {
  const m = /\.[^./]+$/.exec(name);
  return m ? m[0].toLowerCase() : name;
}

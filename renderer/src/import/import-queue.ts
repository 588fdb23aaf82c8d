// The Import screen's list of files: each file's analysis, the user's choices, and its status.
import type { ImportAnalysis, ImportResult, LayoutOverride } from '../../../electron/backend/api/contract.js';
import type { Period } from '../../../common/plan-document/schema.js';

export interface QueuedFile {
  key: string;
  fileName: string;
  analysis: ImportAnalysis | null;
  error: string | null;
  result: ImportResult | null;
  choices: { officeId: number | null; fiscalYear: string | null; period: Period | null; receivedOn: string | null; layout: LayoutOverride };
}

export type QueueStatus = 'reading' | 'ready' | 'attention' | 'failed' | 'imported' | 'duplicate';

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
  if (!file.analysis) return 'reading';
  if (file.analysis.duplicateOf) return 'duplicate';
  return missing(file).length === 0 && !file.error ? 'ready' : 'attention';
}

/** Choices as detected, kept when the user has made their own. */
export function choicesFrom(analysis: ImportAnalysis, previous?: QueuedFile['choices']): QueuedFile['choices'] {
  return {
    officeId: previous?.officeId ?? analysis.officeId,
    fiscalYear: previous?.fiscalYear ?? analysis.fiscalYear,
    period: previous?.period ?? analysis.period,
    receivedOn: previous?.receivedOn ?? new Date().toISOString().slice(0, 10),
    layout: previous?.layout ?? {},
  };
}

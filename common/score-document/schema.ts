// The scores document (format apa-score/1, see ../shared/contracts/apa-score.schema.json)
// and the vocabulary of the scoring rules in shared/domain.md §4.
import { z } from 'zod';
import { periodSchema, valueSchema } from '../plan-document/schema.js';
import { METHODS, RULES, STATUSES } from '../terms/scoring-terms.js';

export type { Method, Rule, Status } from '../terms/scoring-terms.js';

export const ruleSchema = z.enum(RULES);
export const methodSchema = z.enum(METHODS);
export const statusSchema = z.enum(STATUSES);

/** A scoring finding before it is tied to an indicator. */
export interface Finding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

export const scoreDiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  /** The indicator's code, null for findings about the whole plan or a row without a code. */
  indicator: z.string().nullable(),
});
export type ScoreDiagnostic = z.infer<typeof scoreDiagnosticSchema>;

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One indicator's line in the scores document. */
export const indicatorScoreEntrySchema = z.object({
  code: z.string().nullable(),
  weight: z.number().nullable(),
  /** The rule actually applied (proportional falls back to interpolate for dates). */
  rule: ruleSchema,
  method: methodSchema,
  achievement: valueSchema,
  status: statusSchema,
  level: z.number().min(0).max(100).nullable(),
  score: z.number().nullable(),
});
export type IndicatorScoreEntry = z.infer<typeof indicatorScoreEntrySchema>;

/** What scoreIndicator returns: the entry plus the findings about that indicator. */
export type IndicatorScore = IndicatorScoreEntry & { diagnostics: ScoreDiagnostic[] };

export const areaScoreSchema = z.object({
  code: z.string(),
  /** Sum of the area's indicator weights (not the weight printed in the area column). */
  weight: z.number().nullable(),
  score: z.number(),
  scoredWeight: z.number(),
});
export type AreaScore = z.infer<typeof areaScoreSchema>;

export const scoreTotalSchema = z.object({
  weight: z.number(),
  score: z.number(),
  scoredWeight: z.number(),
});
export type ScoreTotal = z.infer<typeof scoreTotalSchema>;

export const scoreDocumentSchema = z.object({
  format: z.literal('apa-score/1'),
  fiscalYear: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  period: periodSchema,
  periodEnd: isoDateSchema.nullable(),
  rule: ruleSchema,
  indicators: z.array(indicatorScoreEntrySchema),
  areas: z.array(areaScoreSchema),
  total: scoreTotalSchema,
  diagnostics: z.array(scoreDiagnosticSchema),
});
export type ScoreDocument = z.infer<typeof scoreDocumentSchema>;

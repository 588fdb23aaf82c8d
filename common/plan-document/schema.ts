// The normalised plan/report document (format apa-plan/1, see ../shared/contracts/apa-plan.schema.json).
// Every importer produces it and every consumer (scoring, checks, database) reads it.
import { z } from 'zod';
import { LEVEL_KEYS, PERIODS, PLAN_TYPES, UNITS } from '../terms/plan-terms.js';
import { METHODS, RULES } from '../terms/scoring-terms.js';

export type { Level, Period, PlanType, Unit } from '../terms/plan-terms.js';

export const periodSchema = z.enum(PERIODS);
export const levelSchema = z.union([z.literal(100), z.literal(90), z.literal(80), z.literal(70), z.literal(60)]);

/** A number (percent as 85), an ISO date YYYY-MM-DD, or null. */
export const valueSchema = z.union([z.number(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.null()]);
export type Value = z.infer<typeof valueSchema>;

export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  sheet: z.string().nullable().optional(),
  cell: z.string().regex(/^[A-Z]+\d+$/).nullable().optional(),
  /** Where in a Word or PDF source, which has no cell addresses: "সারণি ২, সারি ৫, কলাম ৩", "পৃষ্ঠা ১, সারি ৪, কলাম ২". */
  location: z.string().nullable().optional(),
  /** Which wording of the code (common/messages/diagnostic-texts.ts); "default" when absent. */
  variant: z.string().optional(),
  /** What the wording names (the text read, the indicator's code, a count): the UI writes the message from code, variant and params in its language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

const levelKey = z.enum(LEVEL_KEYS);

export const indicatorSchema = z.object({
  code: z.string().regex(/^\d+(\.\d+)*$/).nullable(),
  areaCode: z.string().nullable(),
  activityCode: z.string().nullable(),
  activity: z.string().nullable(),
  text: z.string(),
  unit: z.enum(UNITS).nullable(),
  unitText: z.string().nullable().optional(),
  weight: z.number().nullable(),
  targets: z.partialRecord(levelKey, valueSchema),
  achievements: z.partialRecord(periodSchema, valueSchema),
  achievementText: z.partialRecord(periodSchema, z.string()).optional(),
  remarks: z.string().nullable().optional(),
  evidence: z.string().nullable().optional(),
  /** Where each field came from in the source file, e.g. { weight: 'G5' } (extension, allowed by the contract). */
  cells: z.record(z.string(), z.string()).optional(),
  /** Per-indicator overrides (extension). */
  method: z.enum(METHODS).optional(),
  rule: z.enum(RULES).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const areaSchema = z.object({
  code: z.string().regex(/^\d+$/),
  title: z.string(),
  weight: z.number().nullable(),
});
export type Area = z.infer<typeof areaSchema>;

export const planDocumentSchema = z.object({
  format: z.literal('apa-plan/1'),
  source: z
    .object({
      file: z.string().optional(),
      sheet: z.string().nullable().optional(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    })
    .optional(),
  planType: z.enum(PLAN_TYPES),
  fiscalYear: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  office: z.object({ name: z.string() }).nullable(),
  reportPeriods: z.array(periodSchema),
  levels: z.array(levelSchema).min(1),
  areas: z.array(areaSchema),
  indicators: z.array(indicatorSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

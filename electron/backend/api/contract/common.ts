// Field schemas shared by the calls of several capabilities.
import { z } from 'zod';

/** Optional free text: trimmed; empty becomes null. */
export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const optionalEmail = z
  .union([z.literal(''), z.email()])
  .nullish()
  .transform((v) => (v ? v : null));

export const id = z.number().int().positive();
export const fiscalYearLabel = z.string().regex(/^\d{4}-\d{2}$/, 'fiscal year like 2023-24 expected');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date like 2024-01-04 expected');

/**
 * A file the renderer sends: its name and bytes (base64: both transports carry JSON). An empty file
 * passes, so that the reader says "the file is empty" about it (not "fill in this field").
 */
export const fileUploadSchema = z.object({
  fileName: z.string().min(1).max(260),
  contentBase64: z.string().max(30_000_000),
});

/** A call's entry in the contract: the input schema (the output is a TypeScript type). */
export interface CallSpec {
  input: z.ZodType;
}

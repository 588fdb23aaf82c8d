// A finding as it crosses from a reader worker (the checks that need only the document run there):
// checked on arrival like everything else a worker sends. Apart from index.ts so the worker itself
// does not load zod.
import { z } from 'zod';
import { periodSchema } from '../../../common/plan-document/schema.js';
import { CHECK_CODES } from './catalogue.js';

const findingsSchema = z.array(
  z.object({
    code: z.enum(CHECK_CODES as [string, ...string[]]),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    messageEn: z.string(),
    indicatorCode: z.string().nullable(),
    areaCode: z.string().nullable().optional(),
    sheet: z.string().nullable().optional(),
    cell: z.string().nullable().optional(),
  }),
);

/** The findings a reader worker sends, with the period it ran the checks for. */
export const documentFindingsSchema = z.object({ period: periodSchema, findings: findingsSchema });

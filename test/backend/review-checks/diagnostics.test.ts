import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { PLANT_CONTEXT, places } from './findings.js';
import { cleanReport } from './plans.js';

describe('legacy-encoding', () => {
  it('passes the diagnostic through as info, on the row its cell lies in', () => {
    const doc = cleanReport();
    // N9 is not one of the recorded cells of [১.৫.১] (row 9 has no remarks), but it is its row.
    doc.diagnostics.push({ severity: 'warning', code: 'legacy-encoding', message: 'SutonnyMJ text converted', cell: 'N9' });
    doc.diagnostics.push({ severity: 'info', code: 'legacy-encoding', message: 'OCR garbage in the letterhead' });
    const findings = runChecks(doc, PLANT_CONTEXT);
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(places(findings)).toEqual(['1.5.1@N9', '-@-']);
    expect(findings[0]?.message).toContain('সূচক [১.৫.১]');
  });

  it('passes through no other diagnostic', () => {
    const doc = cleanReport();
    doc.diagnostics.push({ severity: 'warning', code: 'merged-header', message: 'header spans three rows', cell: 'H3' });
    expect(runChecks(doc, PLANT_CONTEXT)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { codesOf, findingsOf, places, PLANT_CONTEXT } from './findings.js';
import { cleanReport, cleanReportWith, seed004Report } from './plans.js';

describe('invalid-date', () => {
  it("passes seed 004's ০০/১২/২০২১ through from the reader, on its row", () => {
    const findings = findingsOf(seed004Report(), 'invalid-date', { period: 'H1' });
    expect(places(findings)).toEqual(['1.3@H9']);
    expect(findings[0]?.sheet).toBe('সংযোজনী-৬');
    expect(findings[0]?.message).toContain('সূচক [১.৩]');
  });

  it("writes the English finding from the reader's code and params, not its Bengali message", () => {
    const doc = cleanReport();
    doc.diagnostics.push({ severity: 'error', code: 'invalid-date', message: '"৩২/১২/২০২৩" কোনো প্রকৃত তারিখ নয়', params: { text: '৩২/১২/২০২৩' }, cell: 'B40' });
    const [finding] = findingsOf(doc, 'invalid-date');
    expect(finding?.message).toContain('কোনো প্রকৃত তারিখ নয়');
    expect(finding?.messageEn).toContain('"৩২/১২/২০২৩" is not a date that exists');
    expect(finding?.messageEn).not.toContain('কোনো');
  });

  it('finds a target that names no real day', () => {
    const findings = runChecks(cleanReportWith('1.5.2', (i) => void (i.targets['100'] = '2024-02-30')), PLANT_CONTEXT);
    expect(codesOf(findings)).toEqual(['invalid-date']);
    expect(places(findings)).toEqual(['1.5.2@H10']);
    expect(findings[0]?.message).toContain('৩০/০২/২০২৪');
  });

  it('finds an achievement that names no real day', () => {
    const findings = findingsOf(cleanReportWith('1.5.2', (i) => void (i.achievements.H1 = '2023-11-31')), 'invalid-date');
    expect(places(findings)).toEqual(['1.5.2@M10']);
  });

  it('reports a cell once when the reader already named it', () => {
    const doc = cleanReportWith('1.5.2', (i) => void (i.targets['100'] = '2024-00-10'));
    doc.diagnostics.push({ severity: 'error', code: 'invalid-date', message: '১০/০০/২০২৪', cell: 'H10' });
    expect(places(findingsOf(doc, 'invalid-date'))).toEqual(['1.5.2@H10']);
  });

  it('keeps a diagnostic whose cell matches no indicator, as a document finding', () => {
    const doc = cleanReport();
    doc.diagnostics.push({ severity: 'error', code: 'invalid-date', message: 'x', cell: 'B40' });
    expect(places(findingsOf(doc, 'invalid-date'))).toEqual(['-@B40']);
  });
});

describe('date-outside-year', () => {
  it('accepts the grace month after 30 June by default and not with graceDays 0', () => {
    const doc = cleanReportWith('1.5.2', (i) => void (i.targets['60'] = '2024-07-20'));
    expect(findingsOf(doc, 'date-outside-year')).toEqual([]);
    expect(places(findingsOf(doc, 'date-outside-year', { ...PLANT_CONTEXT, graceDays: 0 }))).toEqual(['1.5.2@L10']);
  });

  it('catches a date before the fiscal year starts', () => {
    const findings = findingsOf(cleanReportWith('2.2.2', (i) => void (i.targets['100'] = '2023-06-30')), 'date-outside-year');
    expect(places(findings)).toEqual(['2.2.2@H14']);
    expect(findings[0]?.message).toContain('২০২৩-২৪');
  });

  it('needs the fiscal year to judge', () => {
    const doc = cleanReportWith('1.5.2', (i) => void (i.targets['60'] = '2025-08-29'));
    doc.fiscalYear = null;
    expect(findingsOf(doc, 'date-outside-year')).toEqual([]);
  });
});

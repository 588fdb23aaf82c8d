// Every fixture built from the five seed documents, read by the importer and checked field by field
// against the seed's own numbers; every error planted in it reported with its code and cell.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../../../common/plan-document/schema.js';
import { runChecks } from '../../../electron/backend/review-checks/index.js';
import { parsePlanBytes, READER_DIAGNOSTIC_CODES } from '../../../electron/backend/spreadsheet-import/index.js';
import { buildFixtures } from '../../fixtures/build-fixtures.js';
import { expectFieldSources, expectIndicatorsAsSeed } from '../../support/source-fixtures.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'apa-import-fixtures-'));
const fixtures = await buildFixtures(dir);
const READER_CODES = new Set<string>(READER_DIAGNOSTIC_CODES);


describe.each(fixtures.map((f) => [path.basename(f.file), f] as const))('%s', (name, fixture) => {
  const { document: doc, layout, sheets } = parsePlanBytes(readFileSync(fixture.file), name);
  const expected = fixture.expected;

  it('is a valid apa-plan/1 document from the right sheet', () => {
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.source).toMatchObject({ file: name });
    if (fixture.sheet !== null) {
      expect(layout.sheet).toBe(fixture.sheet);
      expect(sheets).toEqual(fixture.sheets);
    }
  });

  it('reads the office, fiscal year, plan type, levels, periods and areas', () => {
    expect(doc.office).toEqual(expected.office);
    expect(doc.fiscalYear).toBe(expected.fiscalYear);
    expect(doc.planType).toBe(expected.planType);
    expect(doc.levels).toEqual(expected.levels);
    expect(doc.reportPeriods).toEqual(expected.reportPeriods);
    expect(doc.areas).toEqual(expected.areas);
  });

  it('reads every indicator field by field', () => {
    expectIndicatorsAsSeed(doc.indicators, expected.indicators);
  });

  it('records the cell each field came from', () => {
    expectFieldSources(doc.indicators, fixture.cells);
  });

  it('reports every planted error with its code and cell', () => {
    const findings = runChecks(doc, { period: doc.reportPeriods.at(-1) ?? 'H1' });
    for (const planted of fixture.planted) {
      const pool = READER_CODES.has(planted.code) ? doc.diagnostics : findings;
      const where = READER_CODES.has(planted.code) ? 'reader diagnostics' : 'review findings';
      const hit = pool.some((d) => d.code === planted.code && (d.cell ?? null) === planted.cell);
      expect(hit, `${planted.code} at ${planted.cell ?? '(document)'} in ${where}: ${JSON.stringify(pool.filter((d) => d.code === planted.code).map((d) => d.cell))}`).toBe(true);
    }
  });

  it('puts every diagnostic on this sheet and, where it has one, an A1 cell', () => {
    for (const d of doc.diagnostics) {
      expect(d.sheet).toBe(layout.sheet);
      if (d.cell !== undefined && d.cell !== null) expect(d.cell).toMatch(/^[A-Z]+[0-9]+$/);
    }
  });
});

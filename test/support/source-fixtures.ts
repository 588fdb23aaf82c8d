// The checks every Word and PDF fixture passes: the seed's numbers field by field, the place of each
// field, and every planted error with its code and place; a valid apa-plan/1 document by the shared
// contract with the optional `location` of a diagnostic (the test's copy of the schema).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, it } from 'vitest';
import type { Indicator, PlanDocument } from '../../common/plan-document/schema.js';
import { runChecks } from '../../electron/backend/review-checks/index.js';
import { READER_DIAGNOSTIC_CODES, type ParseResult } from '../../electron/backend/spreadsheet-import/index.js';
import type { FieldKey } from '../fixtures/seed-data/types.js';
import { projectRoot } from './paths.js';

const READER_CODES = new Set<string>(READER_DIAGNOSTIC_CODES);
const INDICATOR_FIELDS = ['code', 'areaCode', 'activityCode', 'activity', 'text', 'unit', 'unitText', 'weight', 'targets', 'achievements', 'achievementText', 'remarks', 'evidence'] as const;

/** ../shared/contracts/apa-plan.schema.json with the optional diagnostic fields this reader adds (location, variant, params). */
export function planSchemaWithLocation(): object {
  const schema = JSON.parse(readFileSync(path.resolve(projectRoot, '../shared/contracts/apa-plan.schema.json'), 'utf8')) as {
    properties: { diagnostics: { items: { properties: Record<string, unknown>; additionalProperties?: boolean } } };
  };
  const items = schema.properties.diagnostics.items;
  items.properties.location = { type: ['string', 'null'], description: 'place in a Word or PDF source: table/page, row, column' };
  items.properties.locationEn = { type: 'string' };
  items.properties.messageEn = { type: 'string' };
  // The message convention: the wording's variant and what it names, for the UI to write it in its language.
  items.properties.variant = { type: 'string' };
  items.properties.params = { type: 'object', additionalProperties: { type: ['string', 'number'] } };
  items.additionalProperties = false;
  return schema;
}

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(planSchemaWithLocation());

/**
 * Every indicator read as the seed transcribes it, field by field (`read` maps a value read before it
 * is compared); optional fields the seed does not give must not be made up.
 */
export function expectIndicatorsAsSeed(indicators: Indicator[], expected: Indicator[], read: (value: unknown) => unknown = (v) => v): void {
  expect(indicators.map((i) => i.code)).toEqual(expected.map((i) => i.code));
  expected.forEach((want, n) => {
    const indicator = indicators[n]!;
    for (const field of INDICATOR_FIELDS) {
      const label = `${want.code ?? n} ${field}`;
      if (field in want) expect(read(indicator[field]), label).toEqual(want[field]);
      else expect(indicator[field] ?? null, label).toBeNull();
    }
  });
}

/** Where each field came from (a cell, or a place in a Word or PDF source), per indicator, as Indicator.cells says. */
export function expectFieldSources(indicators: Indicator[], sources: Array<Partial<Record<string, string>>>): void {
  sources.forEach((fields, n) => {
    for (const [field, source] of Object.entries(fields)) expect(indicators[n]!.cells?.[field], `${indicators[n]?.code} ${field}`).toBe(source);
  });
}

export interface SourceFixture {
  expected: PlanDocument;
  planted: { code: string; location: string | null }[];
  places: Array<Partial<Record<FieldKey, string>>>;
}

/**
 * `wrapAfterSlash`: a PDF line wrapped after "/" cannot tell whether a space followed it when the
 * writer draws no space at a wrap (Chromium), so texts are compared with "/ " taken as "/".
 */
export function checkSourceFixture(parsed: ParseResult, fixture: SourceFixture, opts: { locationPattern: RegExp; englishPattern: RegExp; wrapAfterSlash?: boolean }): void {
  const doc = parsed.document;
  const expected = opts.wrapAfterSlash ? slashSpaced(fixture.expected) : fixture.expected;
  const got = (value: unknown) => (opts.wrapAfterSlash ? slashSpaced(value) : value);

  it('is a valid apa-plan/1 document (the contract with the optional location)', () => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reads the office, fiscal year, plan type, levels, periods and areas', () => {
    expect(doc.office).toEqual(expected.office);
    expect(doc.fiscalYear).toBe(expected.fiscalYear);
    expect(doc.planType).toBe(expected.planType);
    expect(doc.levels).toEqual(expected.levels);
    expect(doc.reportPeriods).toEqual(expected.reportPeriods);
    expect(got(doc.areas)).toEqual(expected.areas);
  });

  it('reads every indicator field by field', () => {
    expectIndicatorsAsSeed(doc.indicators, expected.indicators, got);
  });

  it('records the place each field came from', () => {
    expectFieldSources(doc.indicators, fixture.places);
  });

  it('reports every planted error with its code and place', () => {
    const findings = runChecks(doc, { period: doc.reportPeriods.at(-1) ?? 'H1' });
    for (const planted of fixture.planted) {
      const reader = READER_CODES.has(planted.code);
      const pool = reader ? doc.diagnostics.map((d) => ({ code: d.code, where: d.location ?? null })) : findings.map((f) => ({ code: f.code, where: f.cell ?? null }));
      const hit = pool.some((d) => d.code === planted.code && d.where === planted.location);
      expect(hit, `${planted.code} at ${planted.location ?? '(document)'} in ${reader ? 'reader diagnostics' : 'review findings'}: ${JSON.stringify(pool.filter((d) => d.code === planted.code))}`).toBe(true);
    }
  });

  it('points every diagnostic at a place in the source, in both languages, never at a cell address', () => {
    for (const d of doc.diagnostics as Array<PlanDocument['diagnostics'][number] & { locationEn?: string }>) {
      expect(d.cell ?? null).toBeNull();
      if (d.location !== undefined && d.location !== null) {
        expect(d.location).toMatch(opts.locationPattern);
        expect(d.locationEn).toMatch(opts.englishPattern);
      }
    }
  });
}

function slashSpaced<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\/ /g, '/') as T;
  if (Array.isArray(value)) return value.map(slashSpaced) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, slashSpaced(v)])) as T;
  return value;
}

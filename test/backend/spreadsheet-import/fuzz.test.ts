// Whatever the bytes, the reader ends in a valid document or a PlanReadError, and soon: random bytes,
// truncated and byte-flipped copies of the fixtures, random tables, and random column mappings.
// These call the unwrapped steps (readWorkbook → detectLayout → normalise) so that a bug of the reader
// fails here instead of hiding behind parsePlanBytes' last-resort error.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../../../common/plan-document/schema.js';
import { COLUMN_ROLES, type ColumnRole } from '../../../electron/backend/spreadsheet-import/column-roles.js';
import { PlanReadError } from '../../../electron/backend/spreadsheet-import/errors.js';
import { detectLayout } from '../../../electron/backend/spreadsheet-import/header-detect.js';
import { normalise } from '../../../electron/backend/spreadsheet-import/normalise.js';
import { readWorkbook } from '../../../electron/backend/spreadsheet-import/read.js';
import { buildFixtures } from '../../fixtures/build-fixtures.js';
import { csvBytes, workbookBytes, type CellSpec } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'apa-import-fuzz-'));
const fixtures = (await buildFixtures(dir)).map((f) => ({ name: path.basename(f.file), bytes: new Uint8Array(readFileSync(f.file)) }));
/**
 * Per file, the CPU time this process spends reading it (not the wall clock, which load on a shared
 * machine decides); a real file reads in a few milliseconds.
 */
const CPU_BOUND_MS = 3000;
const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function readsOrRefuses(bytes: Uint8Array, name: string): 'document' | 'refused' {
  const start = process.cpuUsage();
  let outcome: 'document' | 'refused';
  try {
    const wb = readWorkbook(bytes, name);
    const doc = normalise(wb, detectLayout(wb));
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    outcome = 'document';
  } catch (error) {
    if (!(error instanceof PlanReadError)) throw error;
    expect(error.message).not.toMatch(/\n/);
    outcome = 'refused';
  }
  expect(cpuMsSince(start)).toBeLessThan(CPU_BOUND_MS);
  return outcome;
}

describe('fuzz: bytes', () => {
  it('random bytes under any spreadsheet name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.xlsx', 'a.xls', 'a.ods', 'a.csv'), (bytes, name) => {
        readsOrRefuses(bytes, name);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes behind a ZIP or compound-file signature', () => {
    const zip = [0x50, 0x4b, 0x03, 0x04];
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    fc.assert(
      fc.property(fc.constantFrom(zip, cfb), fc.uint8Array({ maxLength: 4096 }), (magic, rest) => {
        readsOrRefuses(new Uint8Array([...magic, ...rest]), 'a.xlsx');
      }),
      { numRuns: 200 },
    );
  });

  it('truncated copies of every fixture', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.double({ min: 0, max: 1, noNaN: true }), (fixture, at) => {
        readsOrRefuses(fixture.bytes.subarray(0, Math.floor(fixture.bytes.length * at)), fixture.name);
      }),
      { numRuns: 150 },
    );
  });

  it('byte-flipped copies of every fixture', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        (fixture, flips) => {
          const bytes = fixture.bytes.slice();
          for (const [at, mask] of flips) {
            const i = Math.floor(at * bytes.length);
            bytes[i] = bytes[i]! ^ mask;
          }
          readsOrRefuses(bytes, fixture.name);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the untouched fixtures all read as documents', () => {
    for (const f of fixtures) expect(readsOrRefuses(f.bytes, f.name)).toBe('document');
  });
});

// Cells an office might type: header words, codes, values in both digit sets, dashes, words, nothing.
const WORDS = [
  'ক্রম', 'কর্মসম্পাদন ক্ষেত্র', 'মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান',
  'লক্ষ্যমাত্রা ২০২৩-২০২৪', 'অসাধারণ', 'অতি উত্তম', 'উত্তম', 'চলতি মান', 'চলতি মানের নিম্নে', '১০০%', '৯০%',
  '২য় ত্রৈমাসিক অর্জন', 'অর্জন', 'মন্তব্য', 'প্রমাণক', 'Performance Indicator', 'Weight', 'Target',
  '[১.১.১] সূচক', '(২.১.২) সূচক', '[১] ক্ষেত্র', '[১.১] কার্যক্রম', '[১.১.ক] ভাঙা', 'তারিখ', 'সংখ্যা', '%',
  '১৬/০৫/২০২৪', '০০/১২/২০২১', '31/02/2024', '৮৫%', '৪', '-', '--', 'চলমান', 'ZvwiL', 'gvb', '১ ২ ৩',
];
const cellArb: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constant(null),
  fc.integer({ min: -5, max: 50_000 }),
  fc.double({ min: -10, max: 10, noNaN: true }).map((v) => ({ v, z: '0%' })),
  fc.integer({ min: 30_000, max: 50_000 }).map((v) => ({ v, z: 'dd/mm/yyyy' })),
  fc.string({ maxLength: 12 }),
);
const gridArb = fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 40 });
const mergeArb = fc.array(
  fc.tuple(fc.nat(39), fc.nat(13), fc.nat(5), fc.nat(3)).map(([r, c, h, w]) => `${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(65 + Math.min(25, c + w))}${r + 1 + h}`),
  { maxLength: 6 },
);

describe('fuzz: tables', () => {
  it('random tables with merges, as .xlsx', () => {
    fc.assert(
      fc.property(gridArb, mergeArb, (rows, merges) => {
        readsOrRefuses(workbookBytes([{ name: 'S', rows, merges }]), 't.xlsx');
      }),
      { numRuns: 150 },
    );
  });

  it('random tables as CSV', () => {
    fc.assert(
      fc.property(gridArb, (rows) => {
        const text = rows.map((row) => row.map((c) => (c === null ? null : typeof c === 'object' ? String(c.v) : c)));
        readsOrRefuses(csvBytes(text), 't.csv');
      }),
      { numRuns: 150 },
    );
  });

  it('any column mapping the editor can make gives a valid document or a clear refusal', () => {
    const roles = COLUMN_ROLES.map((r) => r.role);
    const fixtureWorkbooks = fixtures.map((f) => {
      const wb = readWorkbook(f.bytes, f.name);
      return { wb, layout: detectLayout(wb) };
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtureWorkbooks),
        fc.array(fc.constantFrom<ColumnRole>(...roles), { minLength: 30, maxLength: 30 }),
        fc.integer({ min: -3, max: 40 }),
        fc.integer({ min: -3, max: 40 }),
        ({ wb, layout }, picked, start, end) => {
          const edited = { ...layout, dataRowStart: start, dataRowEnd: end, columns: layout.columns.map((c, i) => ({ ...c, role: picked[i % picked.length]! })) };
          try {
            expect(planDocumentSchema.safeParse(normalise(wb, edited)).success).toBe(true);
          } catch (error) {
            if (!(error instanceof PlanReadError)) throw error;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

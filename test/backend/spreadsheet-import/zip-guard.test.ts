// The ZIP guard reads a container as SheetJS does and refuses whatever would make SheetJS inflate
// more than the container declares, before SheetJS sees it. Crafted archives come from
// test/support/zip-craft.ts and test/fuzz/hostile-inputs.ts (localHeaderBomb).
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app/backend.js';
import { PlanReadError } from '../../../electron/backend/spreadsheet-import/errors.js';
import { guardZip, isZip } from '../../../electron/backend/spreadsheet-import/zip-guard.js';
import { localHeaderBomb } from '../../fuzz/hostile-inputs.js';
import { freshBackend } from '../../support/backend.js';
import { seedFixtures } from '../../support/fixture-files.js';
import { withPeakRss } from '../../support/peak-memory.js';
import { craftZip, honestEntry, zerosDeflated, zip64Extra, type CraftEntry } from '../../support/zip-craft.js';

const MB = 1024 * 1024;
let seeds: { name: string; bytes: Uint8Array }[];
let xlsx: Uint8Array;

beforeAll(async () => {
  seeds = (await seedFixtures()).map((f) => ({ name: f.file, bytes: new Uint8Array(readFileSync(f.file)) })).filter((f) => isZip(f.bytes));
  xlsx = seeds.find((s) => s.name.endsWith('.xlsx'))!.bytes;
});

function refusal(bytes: Uint8Array, fileName = 'crafted.xlsx', limits?: Parameters<typeof guardZip>[2]): PlanReadError {
  try {
    guardZip(bytes, fileName, limits);
  } catch (error) {
    if (error instanceof PlanReadError) return error;
    throw error;
  }
  throw new Error('the guard let it through');
}

const parts = (names: string[], content = new TextEncoder().encode('<x/>')): CraftEntry[] => names.map((n) => honestEntry(n, content));

describe('ordinary files', () => {
  it('pass, with every part the directory lists, as fflate unpacks them', () => {
    expect(seeds.length).toBeGreaterThan(3);
    for (const seed of seeds) {
      const entries = guardZip(seed.bytes, seed.name);
      const unpacked = unzipSync(seed.bytes);
      expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(unpacked).sort());
      for (const e of entries) expect(e.uncompressedSize).toBe(unpacked[e.name]!.length);
    }
  });

  it('pass with data descriptors, stored parts and an empty part', () => {
    const entries: CraftEntry[] = [
      { ...honestEntry('mimetype', new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'), 0) },
      { ...honestEntry('content.xml', new TextEncoder().encode('<office:document-content/>'.repeat(100))), flags: 0x0008, localCompressed: 0, localUncompressed: 0 },
      honestEntry('empty.xml', new Uint8Array(0)),
    ];
    expect(guardZip(craftZip(entries), 'plan.ods').map((e) => e.name)).toEqual(['mimetype', 'content.xml', 'empty.xml']);
  });
});

describe('crafted containers are refused before any library inflates them', () => {
  it('the local-header bomb: 1 GiB behind a directory that says 1 KB and a local header that says 0', () => {
    const bomb = localHeaderBomb(xlsx);
    expect(bomb.length).toBeLessThan(2 * MB);
    const error = refusal(bomb, 'bomb.xlsx');
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toBe('bomb.xlsx: the ZIP container\'s part "xl/worksheets/sheet1.xml" says one thing in its header and another in the directory; refused');
    expect(error.messageBn).toMatch(/^bomb\.xlsx: .*পড়া হয়নি$/);
  });

  it('the same with a data descriptor (local sizes legitimately 0) or with both headers lying alike: the counted inflate stops it', () => {
    for (const variant of ['descriptor', 'both-lie'] as const) {
      const error = refusal(localHeaderBomb(xlsx, variant), 'bomb.xlsx');
      expect(error.code).toBe('zip-bomb');
      expect(error.message).toContain('"xl/worksheets/sheet1.xml" inflates to more than the 1024 bytes it declares');
    }
  });

  it('a part declared large (past the whole-inflate size) that inflates larger still is counted slice by slice', async () => {
    const data = zerosDeflated(160);
    const lie: CraftEntry = { name: 'xl/worksheets/sheet1.xml', method: 8, data, inflatedSize: 160 * MB, centralUncompressed: 100 * MB };
    const { result, before, peak } = await withPeakRss(async () => refusal(craftZip([...parts(['[Content_Types].xml']), lie])));
    expect(result.message).toContain(`inflates to more than the ${100 * MB} bytes it declares`);
    expect(peak - before).toBeLessThan(50 * MB); // never the 100 MB it declares, let alone the 160 MB it holds, in memory at once
  });

  it('overlapping parts (many directory entries, one local part) count once per entry', () => {
    const big = honestEntry('xl/sharedStrings.xml', new Uint8Array(2 * MB));
    const entries = [big, ...Array.from({ length: 200 }, (_, i) => ({ ...big, name: `xl/worksheets/sheet${i + 1}.xml`, sameLocalAs: 0 }))];
    // Each extra entry names another file than the local header it points at.
    expect(refusal(craftZip(entries)).message).toContain('says one thing in its header and another in the directory');
    const same = [big, ...Array.from({ length: 200 }, () => ({ ...big, sameLocalAs: 0 }))];
    expect(refusal(craftZip(same)).message).toContain('would inflate to more than 256 MB');
  });

  it('ZIP64 records (which SheetJS lets override the sizes), in either header', () => {
    const central = { ...honestEntry('xl/workbook.xml', new Uint8Array(100)), centralExtra: zip64Extra(1, 1) };
    expect(refusal(craftZip([central])).message).toContain('declares sizes beyond 4 GB');
    const local = { ...honestEntry('xl/workbook.xml', new Uint8Array(100)), localExtra: zip64Extra(1, 1) };
    expect(refusal(craftZip([local])).code).toBe('zip-bomb');
  });

  it('damage: entry counts that disagree, a stream cut short, a directory pointing nowhere', () => {
    const two = parts(['a.xml', 'b.xml']);
    expect(refusal(craftZip(two, { diskEntries: 1 }))).toMatchObject({ code: 'corrupt' });
    const cut = honestEntry('xl/workbook.xml', new TextEncoder().encode('<workbook>'.repeat(1000)));
    const short = { ...cut, data: cut.data.subarray(0, 10), centralCompressed: 10 };
    expect(refusal(craftZip([short])).message).toContain('"xl/workbook.xml" is not a complete deflate stream');
    const whole = craftZip(two);
    expect(refusal(whole.subarray(0, whole.length - 30))).toMatchObject({ code: 'corrupt' });
  });

  it('too many parts, or too much declared in all', () => {
    expect(refusal(craftZip(parts(['a', 'b', 'c'])), 'x.xlsx', { maxEntries: 2, maxUncompressedBytes: MB }).message).toContain('more than 2 entries');
    expect(refusal(craftZip(parts(['a', 'b'], new Uint8Array(MB))), 'x.xlsx', { maxEntries: 10, maxUncompressedBytes: MB }).message).toContain('more than 1 MB');
  });
});

describe('through the import, on a real backend', () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await freshBackend();
  });
  afterAll(() => backend?.close());

  it('the local-header bomb is refused with peak memory under 100 MB above where it started', async () => {
    // The reader workers start with the first file: start them with an ordinary one, so what is measured is the bomb.
    expect((await backend.dispatch('imports.stage', { fileName: 'plan.xlsx', contentBase64: Buffer.from(xlsx).toString('base64') })).ok).toBe(true);
    const bomb = localHeaderBomb(xlsx);
    const contentBase64 = Buffer.from(bomb).toString('base64');
    const { result, before, peak } = await withPeakRss(() => backend.dispatch('imports.stage', { fileName: 'bomb.xlsx', contentBase64 }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'file', code: 'zip-bomb', file: 'bomb.xlsx' } });
    console.log(`local-header bomb through imports.stage: refused, peak rss ${((peak - before) / MB).toFixed(1)} MB above the start`);
    expect(peak - before).toBeLessThan(100 * MB);
  }, 60_000);

  it('(and the bomb is real: SheetJS alone, on a 64 MiB version of it, takes that much memory)', async () => {
    const small = localHeaderBomb(xlsx, 'local-zero', 64);
    const { before, peak } = await withPeakRss(async () => {
      try {
        XLSX.read(small, { type: 'buffer' });
      } catch {
        // SheetJS complains about the sizes only after inflating
      }
    });
    console.log(`SheetJS alone on the 64 MiB local-header bomb: peak rss ${((peak - before) / MB).toFixed(1)} MB above the start`);
    expect(peak - before).toBeGreaterThan(60 * MB);
  }, 60_000);
});

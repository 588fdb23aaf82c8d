// Issue 2, acceptance 5: office lists from CSV and XLSX; bad rows reported by row number;
// the good rows are written only when the user confirms.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { footprint, freshBackend } from '../../support/backend.js';
import { BAD_ROWS, GOOD_NAMES, officeListCsv, officeListXlsx } from '../../support/office-list-files.js';

let backend: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  backend = await freshBackend();
});
afterEach(() => backend.close());

const FILES = [
  { fileName: 'offices.csv', bytes: officeListCsv },
  { fileName: 'offices.xlsx', bytes: officeListXlsx },
];

describe.each(FILES)('office list from $fileName', ({ fileName, bytes }) => {
  const input = () => ({ fileName, contentBase64: bytes().toString('base64') });

  test('the preview reports each bad row by its row number and writes nothing', async () => {
    const before = footprint(backend);
    const preview = await backend.call('offices.importPreview', input());
    expect(footprint(backend)).toEqual(before);
    expect(preview.validCount).toBe(3);
    expect(preview.errorCount).toBe(3);
    const bad = preview.rows.filter((r: { issues: unknown[] }) => r.issues.length > 0);
    expect(bad.map((r: { rowNumber: number; issues: { path: string; code: string }[] }) => ({ rowNumber: r.rowNumber, path: r.issues[0]!.path, code: r.issues[0]!.code }))).toEqual(BAD_ROWS);
    // Bengali digits stay text: the phone keeps its leading zero.
    expect(preview.rows[0]!.fields.phone).toBe('০২৯৬৬১১৪৪');
  });

  test('confirming keeps only the good rows, in the tree the file describes, in one transaction', async () => {
    const result = await backend.call('offices.importConfirm', input());
    expect(result).toEqual({ created: 3, skipped: 3, existing: 0 });
    const offices = await backend.call('offices.list', {});
    const byName = new Map(offices.map((o: { nameBn: string }) => [o.nameBn, o]));
    for (const name of GOOD_NAMES) expect(byName.has(name)).toBe(true);
    expect(offices).toHaveLength(4); // the own office + three
    const own = offices.find((o: { isOwn: boolean }) => o.isOwn);
    if (!own) throw new Error('the office list has no own office');
    const dpl: any = byName.get('গণগ্রন্থাগার অধিদপ্তর');
    const khulna: any = byName.get('বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা');
    expect(dpl.parentId).toBe(own.id);
    expect(khulna.parentId).toBe(dpl.id);
    expect(khulna.level).toBe('divisional');
    expect(dpl.memoPrefix).toBe('৪৩.১৯.০০০০.০০১');
  });
});

test('a file that is not a spreadsheet is refused with the file named', async () => {
  const before = footprint(backend);
  const result = await backend.dispatch('offices.importPreview', { fileName: 'offices.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') });
  expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'fileName', code: 'unsupported-file' }] } });
  const noHeader = await backend.dispatch('offices.importPreview', { fileName: 'x.csv', contentBase64: Buffer.from('a,b\n1,2').toString('base64') });
  expect(noHeader).toMatchObject({ ok: false, error: { issues: [{ code: 'no-header' }] } });
  expect(noHeader.ok === false && noHeader.error.message).toContain('x.csv');
  expect(footprint(backend)).toEqual(before);
});

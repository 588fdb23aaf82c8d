// Issue 2, acceptance 4: bad input is rejected with a field-level error, and nothing is written.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ApiResult } from '../../../electron/backend/api/errors.js';
import { footprint, freshBackend, ownOffice } from '../../support/backend.js';

let backend: Awaited<ReturnType<typeof freshBackend>>;
let ownId: number;

beforeEach(async () => {
  backend = await freshBackend();
  ownId = (await ownOffice(backend)).id;
});
afterEach(() => backend.close());

async function rejected(name: string, input: unknown) {
  const before = footprint(backend);
  const result = (await backend.dispatch(name, input)) as ApiResult<unknown>;
  expect(result.ok).toBe(false);
  expect(footprint(backend)).toEqual(before);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

describe('the API rejects bad input with a field-level error and writes nothing', () => {
  test('an empty file is refused as an empty file, not as a field to fill in', async () => {
    const staged = await rejected('imports.stage', { fileName: 'খালি.xlsx', contentBase64: '' });
    expect(staged).toMatchObject({ kind: 'file', code: 'empty-file', file: 'খালি.xlsx' });
    const officeList = await rejected('offices.importPreview', { fileName: 'খালি.xlsx', contentBase64: '' });
    expect(officeList.kind).toBe('validation');
    expect(officeList).not.toMatchObject({ issues: [{ code: 'required' }] });
  });

  test('missing name', async () => {
    const error = await rejected('offices.create', { parentId: ownId, level: 'department' });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'nameBn', code: 'required' }] });
  });

  test('blank name (spaces only)', async () => {
    const error = await rejected('offices.create', { parentId: ownId, level: 'department', nameBn: '   ' });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'nameBn', code: 'required' }] });
  });

  test('a parent that does not exist', async () => {
    const error = await rejected('offices.create', { parentId: 9999, level: 'department', nameBn: 'জাতীয় মহিলা সংস্থা' });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'parentId', code: 'parent-not-found' }] });
  });

  test('a cycle in the tree', async () => {
    const a = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'গণগ্রন্থাগার অধিদপ্তর' });
    const b = await backend.call('offices.create', { parentId: a.id, level: 'divisional', nameBn: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' });
    const c = await backend.call('offices.create', { parentId: b.id, level: 'district', nameBn: 'জেলা সরকারি গণগ্রন্থাগার, যশোর' });
    for (const parentId of [a.id, b.id, c.id]) {
      const error = await rejected('offices.move', { id: a.id, parentId });
      expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'parentId', code: 'cycle' }] });
    }
    expect((await backend.call('offices.get', { id: a.id })).parentId).toBe(ownId);
  });

  test('a malformed e-mail', async () => {
    const error = await rejected('offices.create', { parentId: ownId, level: 'department', nameBn: 'এলজিইডি', email: 'ce@lged' });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'email', code: 'invalid-email' }] });
    const update = await rejected('offices.update', { id: ownId, email: 'not an email' });
    expect(update).toMatchObject({ kind: 'validation', issues: [{ path: 'email', code: 'invalid-email' }] });
  });

  test('a malformed signatory e-mail in setup names the nested field', async () => {
    const fresh = await freshBackend({ setUp: false });
    try {
      const result = await fresh.dispatch('setup.complete', {
        office: { nameBn: 'মন্ত্রণালয়', level: 'ministry' },
        signatory: { name: 'নাম', designation: 'পদবি', email: 'x@' },
      });
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'signatory.email', code: 'invalid-email' }] } });
      expect(footprint(fresh)).toEqual({ offices: 0, audit: 0, settings: 0 });
    } finally {
      fresh.close();
    }
  });

  test('an unknown level, an unknown field, a wrong type, an unknown call', async () => {
    expect(await rejected('offices.create', { parentId: ownId, level: 'planet', nameBn: 'x' })).toMatchObject({ issues: [{ path: 'level', code: 'invalid-value' }] });
    expect(await rejected('offices.create', { parentId: ownId, level: 'district', nameBn: 'x', colour: 'red' })).toMatchObject({ issues: [{ code: 'unknown-field' }] });
    expect(await rejected('offices.create', { parentId: 'one', level: 'district', nameBn: 'x' })).toMatchObject({ issues: [{ path: 'parentId', code: 'invalid-type' }] });
    expect(await rejected('offices.drop', {})).toMatchObject({ kind: 'not-found' });
  });

  test('an office with data is never hard-deleted; the own office is never moved or deactivated', async () => {
    const a = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'অধিদপ্তর' });
    await backend.call('offices.create', { parentId: a.id, level: 'district', nameBn: 'জেলা অফিস' });
    expect(await rejected('offices.delete', { id: a.id })).toMatchObject({ kind: 'conflict', code: 'office-has-data' });
    expect(await rejected('offices.setActive', { id: ownId, active: false })).toMatchObject({ issues: [{ code: 'own-office-root' }] });
    expect(await rejected('offices.move', { id: ownId, parentId: a.id })).toMatchObject({ issues: [{ code: 'own-office-root' }] });
    const deactivated = await backend.call('offices.setActive', { id: a.id, active: false });
    expect(deactivated.active).toBe(false);
    expect((await backend.call('offices.list', {})).map((o: { id: number }) => o.id)).not.toContain(a.id);
    expect((await backend.call('offices.list', { includeInactive: true })).map((o: { id: number }) => o.id)).toContain(a.id);
  });
});

describe('the registry works as users expect', () => {
  test('search by name in either language, and every change is in the audit log', async () => {
    const lib = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'গণগ্রন্থাগার অধিদপ্তর', nameEn: 'Department of Public Libraries', shortName: 'DPL' });
    await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'জাতীয় মহিলা সংস্থা', nameEn: 'Jatiyo Mohila Sangstha' });
    expect((await backend.call('offices.list', { query: 'গ্রন্থাগার' })).map((o: { id: number }) => o.id)).toEqual([lib.id]);
    expect((await backend.call('offices.list', { query: 'public lib' })).map((o: { id: number }) => o.id)).toEqual([lib.id]);
    expect((await backend.call('offices.list', { query: '100%' }))).toEqual([]);

    await backend.call('offices.update', { id: lib.id, phone: '০২৪৭৭৭০২৫৫৪' });
    const rows = backend.database.sqlite
      .prepare(`SELECT actor, action, field, old_value, new_value FROM audit_log WHERE entity = 'office' AND entity_id = ? ORDER BY id`)
      .all(String(lib.id));
    expect(rows).toEqual([
      expect.objectContaining({ actor: 'সৌমেন পালিত বাবু', action: 'create' }),
      { actor: 'সৌমেন পালিত বাবু', action: 'update', field: 'phone', old_value: null, new_value: '০২৪৭৭৭০২৫৫৪' },
    ]);
  });

  test('the fiscal year follows today and can be switched', async () => {
    const years = await backend.call('fiscalYears.list');
    expect(years.current).toBe('2023-24'); // today is 4 January 2024 in this backend
    expect(years.selected).toBe('2023-24');
    expect(years.years).toContain('2021-22');
    await backend.call('settings.update', { fiscalYear: '2021-22' });
    expect((await backend.call('fiscalYears.list')).selected).toBe('2021-22');
    const bad = await rejected('settings.update', { fiscalYear: '2021' });
    expect(bad).toMatchObject({ issues: [{ path: 'fiscalYear' }] });
  });
});

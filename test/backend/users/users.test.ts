// Several officers on one PC: the signatory is the first user; with more than one the app asks who is
// at the keyboard, and every change is logged under the chosen name.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createBackend } from '../../../electron/backend/app/backend.js';
import { callOf, freshBackend, ownOffice } from '../../support/backend.js';
import { migrationsDir } from '../../support/paths.js';

let backend: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  backend = await freshBackend();
});
afterEach(() => backend.close());

const lastActor = () => (backend.database.sqlite.prepare(`SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { actor: string }).actor;

test('the signatory is the first user and the actor while alone', async () => {
  expect(await backend.call('users.list')).toEqual([expect.objectContaining({ name: 'সৌমেন পালিত বাবু', designation: 'সহকারী সচিব', active: true })]);
  expect(await backend.call('session.current')).toMatchObject({ user: { name: 'সৌমেন পালিত বাবু' }, mustChoose: false });
  const own = await ownOffice(backend);
  await backend.call('offices.create', { parentId: own.id, level: 'department', nameBn: 'দপ্তর' });
  expect(lastActor()).toBe('সৌমেন পালিত বাবু');
});

test('with two users the app asks at the next start, and changes carry the chosen name', async () => {
  const second = await backend.call('users.create', { name: 'নাসরিন আক্তার', designation: 'উপসচিব' });
  expect(lastActor()).toBe('সৌমেন পালিত বাবু'); // chosen by the only user there was
  expect(await backend.call('session.current')).toMatchObject({ user: { name: 'সৌমেন পালিত বাবু' }, mustChoose: false });
  // The next start of the app.
  backend.close();
  const restarted = await createBackend({ dataDir: backend.dataDir, migrationsDir });
  backend = Object.assign(restarted, { dataDir: backend.dataDir, call: callOf(restarted) });
  expect(await backend.call('session.current')).toEqual({ user: null, mustChoose: true });
  await backend.call('session.choose', { userId: second.id });
  await backend.call('settings.update', { language: 'en' });
  expect(lastActor()).toBe('নাসরিন আক্তার');

  // The last active user cannot be deactivated; a deactivated one cannot be chosen.
  const first = (await backend.call('users.list')).find((u: { name: string }) => u.name === 'সৌমেন পালিত বাবু');
  if (!first) throw new Error('the signatory is not in the user list');
  await backend.call('users.setActive', { id: first.id, active: false });
  expect(await backend.dispatch('users.setActive', { id: second.id, active: false })).toMatchObject({ ok: false, error: { issues: [{ code: 'last-user' }] } });
  expect(await backend.dispatch('session.choose', { userId: first.id })).toMatchObject({ ok: false, error: { issues: [{ code: 'user-inactive' }] } });
  expect(await backend.call('session.current')).toMatchObject({ user: { name: 'নাসরিন আক্তার' }, mustChoose: false });
});

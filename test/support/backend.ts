// A real backend on a fresh SQLite file in a temp folder, set up with an own office and signatory.
import { createBackend, type Backend } from '../../electron/backend/app/backend.js';
import type { FileDialogs } from '../../electron/backend/backup/file-exchange.js';
import type { ApiCallName, ApiOutput, ImportResult, Office } from '../../electron/backend/api/contract.js';
import { migrationsDir, tempDir } from './paths.js';

/**
 * The tests' API call: the output is typed from the contract, the input stays `unknown` on purpose
 * (tests send wrong inputs to check the boundary).
 */
export type TestCall = <N extends ApiCallName>(name: N, input?: unknown) => Promise<ApiOutput<N>>;

/** Calls the backend's API and returns the value, throwing with the error body on failure. */
export function callOf(backend: Pick<Backend, 'dispatch'>): TestCall {
  return async (name, input = {}) => {
    const result = await backend.dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { body: result.error });
    return result.value as ApiOutput<typeof name>;
  };
}

export async function freshBackend(
  options: { setUp?: boolean; fileDialogs?: FileDialogs } = {},
): Promise<Backend & { dataDir: string; call: TestCall }> {
  const dataDir = tempDir();
  const backend = await createBackend({
    dataDir, migrationsDir, today: () => new Date('2024-01-04T10:00:00Z'),
    ...(options.fileDialogs ? { fileDialogs: options.fileDialogs } : {}),
  });
  const call = callOf(backend);
  if (options.setUp !== false) {
    await call('setup.complete', {
      office: { nameBn: 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', level: 'division', memoPrefix: '৫৫.০০.০০০০.১১৮.৩৬.০১' },
      signatory: { name: 'সৌমেন পালিত বাবু', designation: 'সহকারী সচিব', phone: '০১৮১৪৩৭১৫৫৬' },
    });
  }
  return Object.assign(backend, { dataDir, call });
}

/** The own office as setup.status reports it; throws (the test fails loudly) when setup has made none. */
export async function ownOffice(backend: { call: TestCall }): Promise<Office> {
  const { ownOffice: own } = await backend.call('setup.status');
  if (!own) throw new Error('setup.status: no own office (setup has not completed)');
  return own;
}

/** The report an import stored; throws (the test fails loudly) when the file was stored as a plan only. */
export function reportIdOf(result: ImportResult): number {
  if (result.reportId === null) throw new Error(`the import stored a ${result.kind} (plan ${result.planId}), no report`);
  return result.reportId;
}

/** Row counts of the tables an office change touches, to show that a rejected call wrote nothing. */
export function footprint(backend: Backend): { offices: number; audit: number; settings: number } {
  const count = (table: string) => (backend.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { offices: count('offices'), audit: count('audit_log'), settings: count('settings') };
}

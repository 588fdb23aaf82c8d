// Shared set-up of the review tests: a real backend with two subordinate offices whose H1 reports
// for 2021-22 are imported from the seed fixtures through the API.
import fs from 'node:fs';
import { freshBackend, ownOffice, reportIdOf } from '../../support/backend.js';
import { fixture } from '../../support/fixture-files.js';

export type TestBackend = Awaited<ReturnType<typeof freshBackend>>;

export async function importFixture(backend: TestBackend, fileName: string, officeId: number, extra: Record<string, unknown> = {}) {
  const info = await fixture(fileName);
  const analysis = await backend.call('imports.stage', { fileName, contentBase64: fs.readFileSync(info.file).toString('base64') });
  const result = await backend.call('imports.commit', {
    stagedId: analysis.stagedId, officeId, fiscalYear: analysis.fiscalYear, period: analysis.period, ...extra,
  });
  return { info, analysis, result };
}

export interface TwoOffices {
  backend: TestBackend;
  ownId: number;
  lged: { id: number; reportId: number };
  jms: { id: number; reportId: number };
}

/** LGED's H1 annex (seed 003) and জাতীয় মহিলা সংস্থা's Q1+Q2 progress (seed 004), both 2021-22 H1. */
export async function twoOfficesWithH1Reports(): Promise<TwoOffices> {
  const backend = await freshBackend();
  const ownId = (await ownOffice(backend)).id;
  const lged = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'স্থানীয় সরকার প্রকৌশল অধিদপ্তর' });
  const jms = await backend.call('offices.create', { parentId: ownId, level: 'department', nameBn: 'জাতীয় মহিলা সংস্থা' });
  const a = await importFixture(backend, 'seed003-h1-annex.xlsx', lged.id, { receivedOn: '2022-01-12' });
  const b = await importFixture(backend, 'seed004-q2-progress.xlsx', jms.id, { receivedOn: '2022-02-11' });
  return { backend, ownId, lged: { id: lged.id, reportId: reportIdOf(a.result) }, jms: { id: jms.id, reportId: reportIdOf(b.result) } };
}

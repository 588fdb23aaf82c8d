// npm run bench:import — generates 1,000 varied office files and imports them into a fresh database;
// prints files per second and the ratio of the whole pipeline to the bare SheetJS read of the same files.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { createBackend } from '../electron/backend/app/backend.js';
import { ImportService } from '../electron/backend/plan-import/import-service.js';
import { buildFixtures } from '../test/fixtures/build-fixtures.js';
import { manyFiles } from '../test/fixtures/variants/many-files.js';

const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-bench-import-'));

const files = manyFiles(await buildFixtures(path.join(work, 'fixtures')), COUNT);
console.log(`generated ${files.length} files (${(files.reduce((n, f) => n + f.bytes.length, 0) / 1e6).toFixed(1)} MB)`);

// The bare library read: what any importer must pay.
let t = performance.now();
for (const f of files) {
  if (f.fileName.endsWith('.csv')) XLSX.read(f.bytes.toString('utf8').replace(/^\uFEFF/, ''), { type: 'string' });
  else XLSX.read(f.bytes, { type: 'buffer' });
}
const bareMs = performance.now() - t;

// The whole pipeline: read, detect, normalise, check, and store in one transaction per file.
const backend = await createBackend({ dataDir: path.join(work, 'data'), migrationsDir: path.join(root, 'drizzle', 'migrations') });
const call = async (name: string, input: unknown) => {
  const r = await backend.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as any;
};
await call('setup.complete', { office: { nameBn: 'বেঞ্চমার্ক মন্ত্রণালয়', level: 'ministry' }, signatory: { name: 'বেঞ্চ', designation: 'পরীক্ষক' } });
const own = (await call('setup.status', {})).ownOffice;
const office = await call('offices.create', { parentId: own.id, level: 'department', nameBn: 'বেঞ্চমার্ক দপ্তর' });
const imports = new ImportService(backend.database);
let imported = 0;
let failed = 0;
t = performance.now();
for (const f of files) {
  try {
    const a = await imports.stage(f.fileName, f.bytes);
    imports.commit(
      { stagedId: a.stagedId, officeId: office.id, fiscalYear: a.fiscalYear ?? '2023-24', period: a.kind === 'report' ? (a.period ?? 'H1') : null },
      'bench',
    );
    imported++;
  } catch (error) {
    failed++;
    if (failed <= 5) console.error(`${f.fileName}: ${error instanceof Error ? error.message : error}`);
  }
}
const pipelineMs = performance.now() - t;
backend.close();

console.log(`bare SheetJS read: ${bareMs.toFixed(0)} ms (${(files.length / (bareMs / 1000)).toFixed(1)} files/s)`);
console.log(`import pipeline:   ${pipelineMs.toFixed(0)} ms for ${imported} imported, ${failed} failed`);
console.log(`throughput: ${(files.length / (pipelineMs / 1000)).toFixed(1)} files/s (goal ≥ 20)`);
console.log(`ratio pipeline / bare read: ${(pipelineMs / bareMs).toFixed(2)}× (goal ≤ 2×)`);
fs.rmSync(work, { recursive: true, force: true });

// npm run bench:import — generates 1,000 varied office files and imports them into a fresh database;
// prints files per second and the ratio of the whole pipeline to the bare SheetJS read of the same files.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { createBackend } from '../electron/backend/app/backend.js';
import { MAX_COMMIT_MANY } from '../electron/backend/api/contract.js';
import { ImportService } from '../electron/backend/plan-import/import-service.js';
import { buildFixtures } from '../test/fixtures/build-fixtures.js';
import { manyFiles, type GeneratedFile } from '../test/fixtures/variants/many-files.js';

const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-bench-import-'));

const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 60);
// The warm-up files are others than the measured ones: a reader keeps the workbooks it read last.
const generated = manyFiles(await buildFixtures(path.join(work, 'fixtures')), COUNT + WARM_UP);
const files = generated.slice(0, COUNT);
const warmUpFiles = generated.slice(COUNT);
console.log(`generated ${files.length} files (${(files.reduce((n, f) => n + f.bytes.length, 0) / 1e6).toFixed(1)} MB)`);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

// The bare library read: what any importer must pay (after a warm-up read, as the pipeline gets one;
// generating the files has run SheetJS in this thread already).
function bareRead(list: GeneratedFile[]): void {
  for (const f of list) {
    if (f.fileName.endsWith('.csv')) XLSX.read(f.bytes.toString('utf8').replace(/^\uFEFF/, ''), { type: 'string' });
    else XLSX.read(f.bytes, { type: 'buffer' });
  }
}
bareRead(warmUpFiles);
let cpu = process.cpuUsage();
let t = performance.now();
bareRead(files);
const bareMs = performance.now() - t;
const bareCpuMs = cpuMs(cpu);

/** A fresh database with the own office and the one office every file is imported for. */
async function freshDatabase(dir: string) {
  const backend = await createBackend({ dataDir: dir, migrationsDir: path.join(root, 'drizzle', 'migrations') });
  const call = async (name: string, input: unknown) => {
    const r = await backend.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as any;
  };
  await call('setup.complete', { office: { nameBn: 'বেঞ্চমার্ক মন্ত্রণালয়', level: 'ministry' }, signatory: { name: 'বেঞ্চ', designation: 'পরীক্ষক' } });
  const own = (await call('setup.status', {})).ownOffice;
  const office = await call('offices.create', { parentId: own.id, level: 'department', nameBn: 'বেঞ্চমার্ক দপ্তর' });
  return { backend, officeId: office.id as number };
}

type Staged = Awaited<ReturnType<ImportService['stage']>>;

/**
 * The whole pipeline, as the Import screen's batch runs it: the reader workers read, detect and
 * normalise files ahead (several at once) while this thread checks the ones read and stores them a
 * chunk at a time (imports.commitMany: one transaction per chunk, each file under its own
 * savepoint), in the order given.
 */
async function importAll(imports: ImportService, officeId: number, list: GeneratedFile[]) {
  let imported = 0;
  let failed = 0;
  const fail = (fileName: string, error: unknown) => {
    failed++;
    if (failed <= 5) console.error(`${fileName}: ${error instanceof Error ? error.message : error}`);
  };
  const ahead = 2 * MAX_COMMIT_MANY;
  const staged: Promise<Staged | Error>[] = [];
  const stageAt = (i: number) => {
    const f = list[i];
    if (f) staged[i] = imports.stage(f.fileName, f.bytes).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  };
  const commitChunk = async (chunk: { fileName: string; analysis: Staged }[]) => {
    if (chunk.length === 0) return;
    const { results } = await imports.commitMany(
      chunk.map(({ analysis: a }) => ({
        stagedId: a.stagedId, officeId, fiscalYear: a.fiscalYear ?? '2023-24', period: a.kind === 'report' ? (a.period ?? 'H1') : null,
      })),
      'bench',
    );
    results.forEach((r, i) => (r.ok ? imported++ : fail(chunk[i]!.fileName, new Error(r.error.message))));
  };
  for (let i = 0; i < ahead; i++) stageAt(i);
  let chunk: { fileName: string; analysis: Staged }[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = await staged[i]!;
    stageAt(i + ahead);
    delete staged[i];
    if (a instanceof Error) fail(list[i]!.fileName, a);
    else chunk.push({ fileName: list[i]!.fileName, analysis: a });
    if (chunk.length === MAX_COMMIT_MANY) {
      await commitChunk(chunk);
      chunk = [];
    }
  }
  await commitChunk(chunk);
  return { imported, failed };
}

// Warm-up: other files imported into a database of their own, so the reader workers have
// started and both threads run compiled code, as in an app that has imported before.
const warm = await freshDatabase(path.join(work, 'warm-up'));
await importAll(new ImportService(warm.backend.database), warm.officeId, warmUpFiles);
warm.backend.close();

const { backend, officeId } = await freshDatabase(path.join(work, 'data'));
cpu = process.cpuUsage();
t = performance.now();
const { imported, failed } = await importAll(new ImportService(backend.database), officeId, files);
const pipelineMs = performance.now() - t;
const pipelineCpuMs = cpuMs(cpu); // every thread of the process: this one and the reader workers
backend.close();

console.log(`after a warm-up of ${WARM_UP} files each:`);
console.log(`bare SheetJS read: ${bareMs.toFixed(0)} ms (${(files.length / (bareMs / 1000)).toFixed(1)} files/s)`);
console.log(`import pipeline:   ${pipelineMs.toFixed(0)} ms for ${imported} imported, ${failed} failed`);
console.log(`throughput: ${(files.length / (pipelineMs / 1000)).toFixed(1)} files/s (goal ≥ 20)`);
console.log(`ratio pipeline / bare read: ${(pipelineMs / bareMs).toFixed(2)}× (goal ≤ 2×)`);
console.log(`CPU time, all threads: bare read ${bareCpuMs.toFixed(0)} ms, pipeline ${pipelineCpuMs.toFixed(0)} ms (${(pipelineCpuMs / bareCpuMs).toFixed(2)}×)`);
fs.rmSync(work, { recursive: true, force: true });

// npm run bench:import — generates 1,000 varied office files and imports them into a fresh database (a new
// 1,000 for each round);
// prints files per second and the ratio of the whole pipeline to the bare SheetJS read of the same files.
// Then Word (.docx) and PDF files, each format's throughput apart (BENCH_DOCUMENTS a round, 300).
//
// Both are timed in rounds, alternately (bare read, then the import into a fresh database), so that
// load on the machine falls on both alike. The first round is an app's first batch of the session:
// the pipeline's code (reader, detection, normaliser, checks, storing, across three threads) is not
// compiled yet. The goal is judged on the median of the rounds after it, the steady state.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import { createBackend } from '../electron/backend/app/backend.js';
import { typedCall } from '../electron/backend/api/typed-call.js';
import { MAX_COMMIT_MANY } from '../common/limits.js';
import { ImportService } from '../electron/backend/plan-import/import-service.js';
import { buildFixtures } from '../test/fixtures/build-fixtures.js';
import { manyFiles, type GeneratedFile } from '../test/fixtures/variants/many-files.js';
import { manyDocuments } from '../test/fixtures/variants/many-documents.js';

const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-bench-import-'));

const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 60);
const ROUNDS = Math.max(2, Number(process.env.BENCH_ROUNDS ?? 6));
// Every round imports files of its own, and the warm-up others again: the reader keeps the workbooks
// it read last and remembers texts it has read, and a real batch is new files (of the same templates).
const generated = manyFiles(await buildFixtures(path.join(work, 'fixtures')), COUNT * ROUNDS + WARM_UP);
const filesOfRound = (r: number) => generated.slice(r * COUNT, (r + 1) * COUNT);
const warmUpFiles = generated.slice(COUNT * ROUNDS);
const megabytes = (list: GeneratedFile[]) => (list.reduce((n, f) => n + f.bytes.length, 0) / 1e6).toFixed(1);
console.log(`generated ${ROUNDS} × ${COUNT} files (${megabytes(filesOfRound(0))} MB a round), each round its own`);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

// The bare library read: what any importer must pay.
function bareRead(list: GeneratedFile[]): void {
  for (const f of list) {
    if (f.fileName.endsWith('.csv')) XLSX.read(f.bytes.toString('utf8').replace(/^\uFEFF/, ''), { type: 'string' });
    else XLSX.read(f.bytes, { type: 'buffer' });
  }
}

/** A fresh database with the own office and the one office every file is imported for. */
async function freshDatabase(dir: string) {
  const backend = await createBackend({ dataDir: dir, migrationsDir: path.join(root, 'drizzle', 'migrations') });
  const call = typedCall(backend.dispatch);
  await call('setup.complete', { office: { nameBn: 'বেঞ্চমার্ক মন্ত্রণালয়', level: 'ministry' }, signatory: { name: 'বেঞ্চ', designation: 'পরীক্ষক' } });
  const own = (await call('setup.status', {})).ownOffice;
  if (!own) throw new Error('setup did not create the own office');
  const office = await call('offices.create', { parentId: own.id, level: 'department', nameBn: 'বেঞ্চমার্ক দপ্তর' });
  return { backend, officeId: office.id };
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

// Warm-up: other files read bare and imported into a database of their own, so the reader workers
// have started, as in an app that is open.
bareRead(warmUpFiles);
const warm = await freshDatabase(path.join(work, 'warm-up'));
await importAll(new ImportService(warm.backend.database), warm.officeId, warmUpFiles);
warm.backend.close();

interface Round {
  bareMs: number;
  bareCpuMs: number;
  pipelineMs: number;
  pipelineCpuMs: number;
  /** Share of the pipeline's time this thread (checks, storing) was busy. */
  mainBusy: number;
  imported: number;
  failed: number;
}

const rounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const files = filesOfRound(r);
  let cpu = process.cpuUsage();
  let t = performance.now();
  bareRead(files);
  const bareMs = performance.now() - t;
  const bareCpuMs = cpuMs(cpu);

  const { backend, officeId } = await freshDatabase(path.join(work, `data-${r}`));
  cpu = process.cpuUsage();
  const elu = performance.eventLoopUtilization();
  t = performance.now();
  const { imported, failed } = await importAll(new ImportService(backend.database), officeId, files);
  const pipelineMs = performance.now() - t;
  const pipelineCpuMs = cpuMs(cpu); // every thread of the process: this one and the reader workers
  const mainBusy = performance.eventLoopUtilization(elu).utilization;
  backend.close();
  rounds.push({ bareMs, bareCpuMs, pipelineMs, pipelineCpuMs, mainBusy, imported, failed });
  console.log(
    `round ${r + 1}${r === 0 ? ' (first batch)' : ''}: bare read ${bareMs.toFixed(0)} ms, pipeline ${pipelineMs.toFixed(0)} ms ` +
      `(${imported} imported, ${failed} failed): ${(pipelineMs / bareMs).toFixed(2)}×; ` +
      `CPU ${bareCpuMs.toFixed(0)} / ${pipelineCpuMs.toFixed(0)} ms; this thread busy ${(mainBusy * 100).toFixed(0)}%`,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const steady = rounds.slice(1);
const bareMs = median(steady.map((r) => r.bareMs));
const pipelineMs = median(steady.map((r) => r.pipelineMs));
const ratio = median(steady.map((r) => r.pipelineMs / r.bareMs));
const cpuRatio = median(steady.map((r) => r.pipelineCpuMs / r.bareCpuMs));
const filesPerSecond = COUNT / (pipelineMs / 1000);
const first = rounds[0]!;
console.log(`steady state, median of rounds 2–${ROUNDS}:`);
console.log(`bare SheetJS read: ${bareMs.toFixed(0)} ms (${(COUNT / (bareMs / 1000)).toFixed(1)} files/s)`);
console.log(`import pipeline:   ${pipelineMs.toFixed(0)} ms`);
console.log(`throughput: ${filesPerSecond.toFixed(1)} files/s (goal ≥ 200)`);
console.log(`ratio pipeline / bare read: ${ratio.toFixed(2)}× (goal ≤ 3×); CPU over all threads ${cpuRatio.toFixed(2)}×`);
console.log(`first batch of the session: ${(COUNT / (first.pipelineMs / 1000)).toFixed(1)} files/s, ${(first.pipelineMs / first.bareMs).toFixed(2)}× the bare read`);

// Word and PDF files, each format on its own: a warm-up batch, then rounds of new files into a fresh
// database; the median round's throughput is the figure (goal ≥ 20 files/s each).
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 300);
const DOCUMENT_ROUNDS = 3;
const documents = await manyDocuments(path.join(work, 'documents'), DOCUMENTS * DOCUMENT_ROUNDS + WARM_UP);
let documentsTooSlow = false;
for (const format of ['docx', 'pdf'] as const) {
  const list = documents[format];
  const warmDocs = await freshDatabase(path.join(work, `warm-${format}`));
  await importAll(new ImportService(warmDocs.backend.database), warmDocs.officeId, list.slice(DOCUMENTS * DOCUMENT_ROUNDS));
  warmDocs.backend.close();
  const rates: number[] = [];
  for (let r = 0; r < DOCUMENT_ROUNDS; r++) {
    const files = list.slice(r * DOCUMENTS, (r + 1) * DOCUMENTS);
    const { backend, officeId } = await freshDatabase(path.join(work, `${format}-${r}`));
    const t = performance.now();
    const { imported, failed } = await importAll(new ImportService(backend.database), officeId, files);
    const ms = performance.now() - t;
    backend.close();
    rates.push(files.length / (ms / 1000));
    if (failed > 0) documentsTooSlow = true;
    console.log(`.${format} round ${r + 1}: ${files.length} files (${megabytes(files)} MB) in ${ms.toFixed(0)} ms, ${imported} imported, ${failed} failed: ${rates.at(-1)!.toFixed(1)} files/s`);
  }
  const rate = median(rates);
  console.log(`.${format} throughput: ${rate.toFixed(1)} files/s (median of ${DOCUMENT_ROUNDS} rounds; goal ≥ 20)`);
  if (rate < 20) documentsTooSlow = true;
}
console.log(`load average while running (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} on ${os.availableParallelism()} cores`);

fs.rmSync(work, { recursive: true, force: true });
if (rounds.some((r) => r.failed > 0) || filesPerSecond < 200 || ratio > 3 || documentsTooSlow) process.exitCode = 1;

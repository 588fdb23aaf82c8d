// Reader benchmark: the importer's whole read (bytes → validated apa-plan/1 document) against SheetJS's
// bare read of the same files. Not a test (timings depend on the machine); run it by hand:
//   npx tsx test/backend/spreadsheet-import/bench-read.ts [FILES=1000]
// The files are the fixtures, repeated under varied names.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parsePlanBytes } from '../../../electron/backend/spreadsheet-import/index.js';
import { buildFixtures } from '../../fixtures/build-fixtures.js';

const count = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'apa-bench-'));
const fixtures = (await buildFixtures(dir)).map((f) => ({ name: path.basename(f.file), bytes: readFileSync(f.file) }));
rmSync(dir, { recursive: true, force: true });
const files = Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]!);

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const bareRead = () => files.forEach((f) => XLSX.read(f.bytes, { type: 'buffer' }));
const pipeline = () => files.forEach((f, i) => parsePlanBytes(f.bytes, `${i}-${f.name}`));
bareRead();
pipeline(); // warm up both

// Alternate the two so that load on the machine falls on both alike; keep each one's best round.
let bare = Infinity;
let full = Infinity;
let wall = Infinity;
for (let round = 0; round < 5; round++) {
  bare = Math.min(bare, cpuMs(bareRead));
  const t = performance.now();
  full = Math.min(full, cpuMs(pipeline));
  wall = Math.min(wall, performance.now() - t);
}
process.stdout.write(
  `${count} files: bare SheetJS read ${bare.toFixed(0)} ms CPU, importer ${full.toFixed(0)} ms CPU ` +
    `(${(full / bare).toFixed(2)}× the bare read), ${((count / wall) * 1000).toFixed(0)} files/s\n`,
);

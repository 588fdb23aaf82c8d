// Writes chosen inputs of a fuzz run (same seed) to test-output/fuzz-inputs/, to replay one that failed.
// npx tsx test/fuzz/save-inputs.ts SEED INDEX...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedFixtures } from '../support/fixture-files.js';
import { projectRoot } from '../support/paths.js';
import { HostileFactory, kindFor, rng } from './hostile-inputs.js';

async function main(): Promise<void> {
  const [seed, ...indices] = process.argv.slice(2).map(Number);
  const wanted = new Set(indices);
  const last = Math.max(...indices);
  const seeds = (await seedFixtures()).map((f) => ({ name: path.basename(f.file), bytes: new Uint8Array(readFileSync(f.file)) }));
  const factory = new HostileFactory(seeds);
  const r = rng(seed!);
  const out = path.join(projectRoot, 'test-output', 'fuzz-inputs');
  mkdirSync(out, { recursive: true });
  for (let i = 0; i <= last; i++) {
    const input = factory.make(kindFor(i, r), i, r);
    if (wanted.has(i)) writeFileSync(path.join(out, input.fileName), input.bytes);
  }
}
void main();

// The PDF fixtures (build-pdf-fixtures.ts: LibreOffice and Chromium prints, a scan) are built once per
// version of the fixture code and shared by the test files that need them: printing them takes some
// 15 s, and test files run in parallel processes. The first to ask builds them in a temporary folder
// named for that version (a lock folder keeps the others waiting); a later run finds them there.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildPdfFixtures, type PdfFixtures } from '../fixtures/build-pdf-fixtures.js';
import { projectRoot } from './paths.js';

const WAIT_MS = 240_000;

function sourceVersion(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) hash.update(entry.name).update(fs.readFileSync(file));
    }
  };
  walk(path.join(projectRoot, 'test/fixtures'));
  return hash.digest('hex').slice(0, 16);
}

let built: Promise<PdfFixtures> | null = null;

export function pdfFixtures(): Promise<PdfFixtures> {
  built ??= shared();
  return built;
}

async function shared(): Promise<PdfFixtures> {
  const dir = path.join(os.tmpdir(), `apa-desk-pdf-fixtures-${sourceVersion()}`);
  const manifest = path.join(dir, 'fixtures.json');
  const lock = `${dir}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (fs.existsSync(manifest)) return JSON.parse(fs.readFileSync(manifest, 'utf8')) as PdfFixtures;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is building them; a lock left by a killed run is taken over when old.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > WAIT_MS) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`the PDF fixtures in ${dir} were not built in time`);
      await sleep(250);
      continue;
    }
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      const fixtures = await buildPdfFixtures(dir);
      fs.writeFileSync(`${manifest}.tmp`, JSON.stringify(fixtures));
      fs.renameSync(`${manifest}.tmp`, manifest);
      return fixtures;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

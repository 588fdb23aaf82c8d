// Every seed document written as an office types it in Word, read by the importer and checked field by
// field against the seed's own numbers; every planted error reported with its code and its place
// ("সারণি N, সারি R, কলাম C").
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { buildDocumentFixtures } from '../../fixtures/build-document-fixtures.js';
import { checkSourceFixture } from '../../support/source-fixtures.js';
import { parsePlanSource } from '../../../electron/backend/spreadsheet-import/index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'apa-word-fixtures-'));
const fixtures = await buildDocumentFixtures(dir);

describe.each(fixtures.map((f) => [path.basename(f.file), f] as const))('%s', async (name, fixture) => {
  const parsed = await parsePlanSource(readFileSync(fixture.file), name);
  checkSourceFixture(parsed, fixture, { locationPattern: /^সারণি [০-৯]+, সারি [০-৯]+, কলাম [০-৯]+$/u, englishPattern: /^table \d+, row \d+, column \d+$/ });
});

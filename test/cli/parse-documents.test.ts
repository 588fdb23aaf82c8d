// `cli parse` on a Word file and on a PDF (printed by LibreOffice): an apa-plan/1
// document on stdout that conforms to the shared contract with the optional diagnostic `location`
// (the test's copy of the schema), the same document as the reader makes; a scanned PDF gives one
// line on stderr and exit code 1.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, it } from 'vitest';
import { parsePlanSource } from '../../electron/backend/spreadsheet-import/index.js';
import { pdfFixtures } from '../support/pdf-fixture-files.js';
import { projectRoot } from '../support/paths.js';
import { planSchemaWithLocation } from '../support/source-fixtures.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(planSchemaWithLocation());
const { pdfs, scanned } = await pdfFixtures();

async function cli(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'electron/cli/main.ts', 'parse', file], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const planted = pdfs.find((f) => f.printer === 'libreoffice' && f.file.endsWith('planted-errors.pdf'))!;
const word = path.join(path.dirname(path.dirname(planted.file)), 'word', 'seed003-h1-annex.docx');

// Each run starts a process that loads the readers (pdfjs through tsx: seconds): three runs in all.
it.each([
  ['a Word file', word],
  ['a PDF printed by LibreOffice, its planted errors placed on the page', planted.file],
])('%s prints the reader’s document, valid by the contract', async (_, file) => {
  const run = await cli(file);
  expect(run.code, run.stderr).toBe(0);
  const printed = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; location?: string; locationEn?: string }> };
  expect(validate(printed), JSON.stringify(validate.errors)).toBe(true);
  expect(printed).toEqual(JSON.parse(JSON.stringify((await parsePlanSource(readFileSync(file), path.basename(file))).document)));
  if (file === planted.file) {
    const invalid = printed.diagnostics.find((d) => d.code === 'invalid-date');
    expect(invalid).toMatchObject({ location: planted.planted.find((p) => p.code === 'invalid-date')!.location, locationEn: expect.stringMatching(/^page 1, row \d+, column \d+$/) });
  }
});

it('a scanned PDF: one line on stderr, exit code 1', async () => {
  const run = await cli(scanned);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/scanned\.pdf: the PDF is a scanned image with no text in it.*no OCR/);
});

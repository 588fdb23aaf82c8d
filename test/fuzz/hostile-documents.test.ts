// The importer under hostile Word and PDF files, through the whole pipeline (imports.stage, then
// imports.commit to an office) on a real backend: truncated and byte-flipped .docx and .pdf, a PDF of
// 20,000 pages, a content stream that inflates to 64 MB, a JavaScript open action and an attached
// file, a .docx zip bomb, deeply nested tables, a Word 97 file. Each ends in a clean result or one clear
// error within the reader worker's caps, and a refused file writes nothing. APA_FUZZ_INPUTS / 10 inputs
// (40 in `npm test`); APA_FUZZ_SEED replays a run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/app/backend.js';
import { READ_TIME_LIMIT_MS } from '../../electron/backend/spreadsheet-import/read-in-worker.js';
import { freshBackend } from '../support/backend.js';
import { pdfFixtures } from '../support/pdf-fixture-files.js';
import { mulberry32 } from '../support/prng.js';
import { DOCUMENT_KINDS, HostileDocuments, documentKindFor, type DocumentKind } from './hostile-documents.js';

const INPUTS = Math.max(DOCUMENT_KINDS.length, Math.round(Number(process.env.APA_FUZZ_INPUTS ?? 400) / 10));
const SEED = Number(process.env.APA_FUZZ_SEED ?? 20240117);
/** A file is read within the worker's time cap (and its stage and commit around it). */
const TIME_BOUND_MS = READ_TIME_LIMIT_MS + 3000;
/** The worker's heap is capped; what the process as a whole may grow by for one file. */
const MEMORY_BOUND_BYTES = 300 * 1024 * 1024;
const TABLES = ['plans', 'reports', 'stored_files', 'plan_indicators', 'audit_log'] as const;

/** What each constructed kind must end in: a clear refusal with this code, or a clean read. */
const EXPECTED: Partial<Record<DocumentKind, string>> = {
  'pdf-many-pages': 'too-many-pages',
  'pdf-bomb': 'zip-bomb',
  'docx-bomb': 'zip-bomb',
  'docx-nested-tables': 'too-many-cells',
  'doc-97': 'old-word-format',
};

let backend: Backend;
let officeId: number;
let factory: HostileDocuments;

beforeAll(async () => {
  backend = await freshBackend();
  officeId = (backend.database.sqlite.prepare('SELECT id FROM offices ORDER BY id LIMIT 1').get() as { id: number }).id;
  const { pdfs } = await pdfFixtures();
  const file = (f: string) => ({ name: path.basename(f), bytes: new Uint8Array(readFileSync(f)) });
  const words = [...new Set(pdfs.map((p) => path.join(path.dirname(path.dirname(p.file)), 'word', path.basename(p.file, '.pdf') + '.docx')))];
  factory = new HostileDocuments(words.map(file), pdfs.map((p) => file(p.file)));
  // As in an app that is open: the reader workers have loaded their code (the PDF reader's pdfjs is
  // large, and larger under the tests' TypeScript loader), which is not what a file costs.
  await Promise.all(pdfs.slice(0, 2).map(async (p) => {
    const staged = await backend.dispatch('imports.stage', { fileName: `warm-${path.basename(p.file)}`, contentBase64: readFileSync(p.file).toString('base64') });
    if (staged.ok) await backend.dispatch('imports.discard', { stagedId: (staged.value as { stagedId: string }).stagedId });
  }));
}, 300_000);

afterAll(() => backend?.close());

function rowCounts(): string {
  return TABLES.map((t) => (backend.database.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n).join(',');
}

type Result = { ok: true; diagnostics: Array<{ code: string }> } | { ok: false; kind: string; code: string | undefined; message: string };

async function stageAndCommit(fileName: string, bytes: Uint8Array): Promise<Result> {
  const staged = await backend.dispatch('imports.stage', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });
  if (!staged.ok) return { ok: false, kind: staged.error.kind, code: (staged.error as { code?: string }).code, message: staged.error.message };
  const analysis = staged.value as { stagedId: string; fiscalYear: string | null; period: string | null; document: { diagnostics: Array<{ code: string }> } };
  const committed = await backend.dispatch('imports.commit', { stagedId: analysis.stagedId, officeId, fiscalYear: analysis.fiscalYear ?? '2023-24', period: analysis.period });
  if (!committed.ok) {
    await backend.dispatch('imports.discard', { stagedId: analysis.stagedId });
    return { ok: false, kind: committed.error.kind, code: (committed.error as { code?: string }).code, message: committed.error.message };
  }
  return { ok: true, diagnostics: analysis.document.diagnostics };
}

it(`${INPUTS} hostile Word and PDF files end in a clean result or one clear error, in bounds, with nothing half-stored`, async () => {
  const r = mulberry32(SEED);
  const problems: string[] = [];
  const seen = new Set<DocumentKind>();
  let clean = 0;
  for (let i = 0; i < INPUTS; i++) {
    const input = factory.make(documentKindFor(i, r), i, r);
    seen.add(input.kind);
    const before = rowCounts();
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const result = await stageAndCommit(input.fileName, input.bytes);
    const ms = performance.now() - started;
    const problem = (text: string) => problems.push(`${i} ${input.kind} ${input.fileName}: ${text}`);
    if (ms > TIME_BOUND_MS) problem(`took ${ms.toFixed(0)} ms`);
    if (process.memoryUsage().rss - rss > MEMORY_BOUND_BYTES) problem('memory grew past the bound');
    const expected = EXPECTED[input.kind];
    if (result.ok) {
      clean++;
      if (expected) problem(`read although it must be refused (${expected})`);
      if (input.kind === 'pdf-javascript-attachment') {
        for (const code of ['scripts-ignored', 'attachments-ignored']) if (!result.diagnostics.some((d) => d.code === code)) problem(`${code} not reported`);
      }
      continue;
    }
    const duplicate = result.kind === 'conflict' && result.code === 'duplicate-file';
    if (result.kind !== 'file' && result.kind !== 'validation' && !duplicate) problem(`error of kind ${result.kind}: ${result.message}`);
    if (/\n/.test(result.message) || result.message.trim() === '') problem(`not one line: ${JSON.stringify(result.message)}`);
    if (result.kind === 'file' && !result.message.includes(input.fileName)) problem(`does not name the file: ${result.message}`);
    if (expected && result.code !== expected) problem(`refused with ${result.code} (${result.message}), expected ${expected}`);
    if (input.kind === 'pdf-javascript-attachment') problem(`refused: ${result.message}`);
    if (rowCounts() !== before) problem('refused but wrote rows');
  }
  expect(problems).toEqual([]);
  expect([...seen].sort()).toEqual([...DOCUMENT_KINDS].sort());
  expect(clean).toBeGreaterThan(0);
  expect(backend.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
}, 600_000);

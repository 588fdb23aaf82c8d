// A Word file and a PDF imported through the API (stage, commit) on a real SQLite file: the plan is
// stored with its indicators, and the original file is kept byte for byte under its sha256, as a
// spreadsheet's is; the analysis and the stored indicators point at places in the source.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readStoredFile, sha256 } from '../../../electron/backend/stored-files/stored-files.js';
import { freshBackend, ownOffice } from '../../support/backend.js';
import { pdfFixtures } from '../../support/pdf-fixture-files.js';

let backend: Awaited<ReturnType<typeof freshBackend>>;
let officeId: number;

beforeAll(async () => {
  backend = await freshBackend();
  const own = await ownOffice(backend);
  officeId = (await backend.call('offices.create', { parentId: own.id, level: 'divisional', nameBn: 'বিভাগীয় সরকারি গণগ্রন্থাগার, খুলনা' })).id;
});
afterAll(() => backend?.close());

test.each(['word', 'libreoffice', 'chromium'])('a %s file is stored with its bytes and hash', async (kind) => {
  const { pdfs } = await pdfFixtures();
  const pdf = pdfs.find((f) => f.printer === (kind === 'word' ? 'libreoffice' : kind) && f.file.endsWith('seed002-q2-report.pdf'))!;
  const file = kind === 'word' ? path.join(path.dirname(path.dirname(pdf.file)), 'word', 'seed002-q2-report.docx') : pdf.file;
  const bytes = fs.readFileSync(file);
  const name = `${kind}-${path.basename(file)}`;
  const analysis = await backend.call('imports.stage', { fileName: name, contentBase64: bytes.toString('base64') });
  expect(analysis).toMatchObject({ sha256: sha256(bytes), officeId, fiscalYear: '2024-25', period: 'Q2', kind: 'report' });
  expect(analysis.document.indicators[0]!.cells!.code).toMatch(kind === 'word' ? /^সারণি ১, সারি [০-৯]+, কলাম [০-৯]+$/u : /^পৃষ্ঠা ১, সারি [০-৯]+, কলাম [০-৯]+$/u);

  const result = await backend.call('imports.commit', { stagedId: analysis.stagedId, officeId, fiscalYear: '2024-25', period: 'Q2' });
  const plan = backend.database.sqlite.prepare('SELECT source_file_id AS fileId FROM plans WHERE id = ?').get(result.planId) as { fileId: number };
  const stored = readStoredFile(backend.database.db, plan.fileId)!;
  expect(stored.fileName).toBe(name);
  expect(stored.sha256).toBe(sha256(bytes));
  expect(Buffer.compare(stored.bytes, bytes)).toBe(0);
  const count = backend.database.sqlite.prepare('SELECT count(*) AS n FROM plan_indicators WHERE plan_id = ?').get(result.planId) as { n: number };
  expect(count.n).toBe(analysis.document.indicators.length);
});

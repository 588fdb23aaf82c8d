// npm run bench:package — generates a package whose review report covers 500 offices (memo + review
// report annex, PDF/DOCX/XLSX, manifest, ZIP) and prints its time and the ratio to Chromium printing
// the same documents' HTML bare (setContent + page.pdf). Goal (issue 16): under 20 s, within 2× of the bare print.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createBackend } from '../electron/backend/app/backend.js';
import { typedCall } from '../electron/backend/api/typed-call.js';
import { CHROMIUM_ARGS, findChromium } from '../electron/backend/documents/pdf/chromium-printer.js';
import { isLandscape } from '../common/documents/model.js';
import { renderDocumentHtml } from '../electron/backend/documents/render-html.js';
import { buildSyntheticReviews } from '../test/backend/review/synthetic-reviews.js';

const OFFICES = Number(process.env.BENCH_OFFICES ?? 500);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-bench-package-'));
const backend = await createBackend({ dataDir: work, migrationsDir: path.join(root, 'drizzle', 'migrations') });
const call = typedCall(backend.dispatch);

await call('setup.complete', {
  office: { nameBn: 'বেঞ্চমার্ক মন্ত্রণালয়', shortName: 'BENCH', level: 'ministry', memoPrefix: '১১.০০.০০০০.০০১.১১' },
  signatory: { name: 'বেঞ্চ কর্মকর্তা', designation: 'সিস্টেম এনালিস্ট' },
});
const built = buildSyntheticReviews(backend.database.sqlite, { offices: OFFICES, indicators: 25 });
const fiscalYear = (backend.database.sqlite.prepare(`SELECT fiscal_year AS fy FROM reports LIMIT 1`).get() as { fy: string }).fy;
console.log(`database: ${built.offices} offices, ${built.reports} reports (${fiscalYear})`);

const parts = { selfAssessment: false, reviewReport: true, feedbackLetters: false, evidenceIndex: false };
const composition = await call('package.compose', { fiscalYear, period: 'H1', parts });
const draft = { ...composition.draft, fileNumber: '১১.০০.০০০০.০০১.১১.০০১.২৪' };
const { documents } = await call('package.preview', { fiscalYear, period: 'H1', draft, parts });

// Chromium printing the same documents' HTML bare, in a browser already running.
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
let t = performance.now();
let pages = 0;
for (const doc of documents) {
  await page.setContent(renderDocumentHtml(doc), { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', landscape: isLandscape(doc), printBackground: true, preferCSSPageSize: true });
  pages += (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
const bareMs = performance.now() - t;
await browser.close();

// The whole generation, as the app runs it.
t = performance.now();
const job = await call('package.start', { fiscalYear, period: 'H1', draft, parts });
let status = job;
// When each step was first seen by the polling (every 50 ms), for the breakdown printed below.
const steps: Array<{ step: string; at: number }> = [{ step: job.progress.stepEn, at: 0 }];
while (status.state === 'running') {
  await new Promise((r) => setTimeout(r, 50));
  status = await call('package.status', { jobId: job.id });
  if (status.state === 'running' && status.progress.stepEn !== steps.at(-1)!.step) steps.push({ step: status.progress.stepEn, at: performance.now() - t });
}
const packageMs = performance.now() - t;
if (status.state !== 'done' || !status.result) throw new Error(`package ${status.state}: ${status.error?.message}`);
backend.close();

console.log(`documents: ${documents.length} (${pages} PDF pages), files written: ${status.result.files.length}`);
console.log(`bare Chromium print of the same HTML: ${(bareMs / 1000).toFixed(2)} s`);
console.log(`package generation (memo numbers, documents, PDF+DOCX+XLSX, manifest, ZIP): ${(packageMs / 1000).toFixed(2)} s (goal < 20 s)`);
console.log(`ratio package / bare print: ${(packageMs / bareMs).toFixed(2)}× (goal ≤ 2×)`);
console.log('package steps (as the polling saw them, ±50 ms):');
steps.forEach(({ step, at }, i) => console.log(`  ${(((steps[i + 1]?.at ?? packageMs) - at) / 1000).toFixed(2).padStart(6)} s  ${step}`));
fs.rmSync(work, { recursive: true, force: true });
if (packageMs >= 20_000 || packageMs / bareMs > 2) process.exitCode = 1;

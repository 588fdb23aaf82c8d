// npm run demo — builds a sample database from the bundled seed fixtures (a ministry and its
// subordinate offices with their plans and half-yearly self-assessments), runs the review's checks,
// records a few reviewer decisions, and writes a complete submission package into ./demo-output/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../electron/backend/app/backend.js';
import { typedCall } from '../electron/backend/api/typed-call.js';
import { buildDemoDatabase, DEMO_FISCAL_YEAR, generateDemoPackage } from '../test/support/demo-package.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'demo-output');

function step(text: string) {
  console.log(`• ${text}`);
}

fs.rmSync(output, { recursive: true, force: true });
fs.mkdirSync(output, { recursive: true });
const backend = await createBackend({ dataDir: path.join(output, 'data'), migrationsDir: path.join(root, 'drizzle', 'migrations'), today: () => new Date('2024-01-25T10:00:00+06:00') });
const call = typedCall(backend.dispatch);

try {
  step(`database: ${backend.database.path}`);
  await buildDemoDatabase(backend, { log: step });
  const overview = await call('review.overview', { fiscalYear: DEMO_FISCAL_YEAR, period: 'H1' });
  for (const o of overview.offices) {
    const f = o.findings;
    step(`checks — ${o.officeName}: ${o.report ? `claimed ${o.claimed?.toFixed(2)}, findings ${f.error} errors / ${f.warning} warnings` : 'no report'}`);
  }

  const status = await generateDemoPackage(backend);
  if (status.state !== 'done' || !status.result) throw new Error(`package: ${status.state} ${status.error?.message ?? ''}`);
  const result = status.result;
  const target = path.join(output, result.name);
  fs.cpSync(result.folder, target, { recursive: true });
  step(`package ${result.memoNumber}: ${result.files.length} files`);
  for (const file of result.files) console.log(`    ${file.path}`);
  console.log(`\nThe package is in ${target}\n(the sample database is in ${path.join(output, 'data')}; open it with: npm run web -- --data-dir ${path.join('demo-output', 'data')})`);
} finally {
  backend.close();
}

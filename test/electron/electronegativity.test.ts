// Doyensec's Electronegativity over the Electron shell: no high-severity finding, and no medium one
// beyond the preload script we do use (reviewed: it exposes one typed function, see security.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { projectRoot, tempDir } from '../support/paths.js';

const ACCEPTED_MEDIUM = new Set(['PRELOAD_JS_CHECK']);
/** The Electron the app is built with: the installed package (package.json pins it exactly). */
const ELECTRON_VERSION = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8')).version as string;

test('electronegativity finds nothing of high severity in electron/', { timeout: 180_000 }, () => {
  const output = path.join(tempDir(), 'electronegativity.csv');
  const cli = path.join(projectRoot, 'node_modules/@doyensec/electronegativity/dist/index.js');
  // -e: the Electron version we build with, so it does not look it up online (this machine is offline).
  expect(ELECTRON_VERSION).toMatch(/^45\./);
  execFileSync(process.execPath, [cli, '-i', path.join(projectRoot, 'electron'), '-r', '-o', output, '-e', ELECTRON_VERSION], { cwd: projectRoot, stdio: 'pipe', timeout: 170_000 });
  const rows = fs.readFileSync(output, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
  const findings = rows.map(([check, severity, confidence, file]) => ({ check: check!, severity: severity!.replace(/"/g, ''), confidence, file }));
  expect(findings.length).toBeGreaterThan(0); // the scan did run over our files (it reports the preload it reviewed)
  expect(findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')).toEqual([]);
  expect(findings.filter((f) => f.severity === 'MEDIUM' && !ACCEPTED_MEDIUM.has(f.check))).toEqual([]);
});

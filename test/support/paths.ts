import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const migrationsDir = path.join(projectRoot, 'drizzle', 'migrations');
export const sharedDir = path.resolve(projectRoot, '../shared');

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'apa-desk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

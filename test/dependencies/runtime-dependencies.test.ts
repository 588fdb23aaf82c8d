// What the shipped app depends on: SheetJS pinned to the one tarball we reviewed, and none of the
// deprecated packages exceljs 4.4.0 used to pull in (npm overrides in package.json).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/paths.js';

const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; integrity?: string; dev?: boolean; hasInstallScript?: boolean; dependencies?: Record<string, string> }>;
};

/** The @e965/xlsx 0.20.3 tarball the README's review is of (npm's sha512, as the lockfile has it). */
const SHEETJS_INTEGRITY = 'sha512-703RN/3OdsRD5mtse2HBX7Um7xwaP9tlswEG6svOtjqokXoX7rJdQj7DyabD2I+xk22RgaIIU+R6BHgkpZGB/w==';

/** Packages of the runtime tree (lockfile entries not marked dev), by name and version. */
function runtimePackages(): { name: string; version: string }[] {
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev)
    .map(([key, entry]) => ({ name: key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version ?? '' }));
}

const major = (version: string) => Number(version.split('.')[0]);

describe('SheetJS (@e965/xlsx)', () => {
  test('is pinned to one version and one tarball, with no install script and no dependencies', () => {
    expect(pkg.dependencies['@e965/xlsx']).toBe('0.20.3');
    const entry = lock.packages['node_modules/@e965/xlsx']!;
    expect(entry.version).toBe('0.20.3');
    expect(entry.integrity).toBe(SHEETJS_INTEGRITY);
    expect(entry.hasInstallScript).toBeUndefined();
    expect(entry.dependencies).toBeUndefined();
    const installed = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/@e965/xlsx/package.json'), 'utf8'));
    expect(installed.version).toBe('0.20.3');
    expect(fs.readFileSync(path.join(projectRoot, 'node_modules/@e965/xlsx/xlsx.js'), 'utf8')).toContain("XLSX.version = '0.20.3';");
  });
});

describe('the runtime tree', () => {
  test('holds none of the deprecated packages exceljs 4.4.0 brought (fstream, inflight, rimraf, glob before 9)', () => {
    const runtime = runtimePackages();
    expect(runtime.length).toBeGreaterThan(20);
    const deprecated = runtime.filter((p) => p.name === 'fstream' || p.name === 'inflight' || p.name === 'rimraf' || (p.name === 'glob' && major(p.version) < 9));
    expect(deprecated).toEqual([]);
    expect(pkg.overrides.exceljs).toEqual({ archiver: '^7.0.1', unzipper: '^0.12.3' });
    const resolved = (name: string) => runtime.find((p) => p.name === name)?.version ?? '';
    expect(major(resolved('archiver'))).toBe(7);
    expect(resolved('unzipper')).toMatch(/^0\.12\./);
  });
});

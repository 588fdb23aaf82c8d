// The installer's configuration as electron-builder itself reads and validates it: every Electron
// fuse set the safe way, installed per machine, and Electron pinned to one exact, supported version.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
// electron-builder's own loader and schema check (app-builder-lib is its library, pinned by it).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { projectRoot, tempDir } from '../support/paths.js';

const CONFIG = path.join(projectRoot, 'build/electron-builder.yml');
const quietLogger = { isEnabled: false, add: () => undefined } as never;

/** The fuses the packaged app must have, and the value each must take. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} as const;

async function load(file: string) {
  const config = await getConfig(projectRoot, file, null);
  await validateConfiguration(config, quietLogger);
  return config;
}

/** What the test reports wrong with a configuration's fuses: one line per fuse. */
function fuseProblems(fuses: Record<string, unknown> | null | undefined): string[] {
  return Object.entries(REQUIRED_FUSES)
    .filter(([name, value]) => fuses?.[name] !== value)
    .map(([name, value]) => `${name} must be ${value} (is ${fuses?.[name] ?? 'missing'})`);
}

describe('build/electron-builder.yml', () => {
  test('is valid for electron-builder, sets every fuse the safe way, and installs per machine', async () => {
    const config = await load(CONFIG);
    expect(fuseProblems(config.electronFuses as Record<string, unknown>)).toEqual([]);
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.oneClick).toBe(false);
  });

  test('a configuration with a fuse missing or flipped is caught', async () => {
    const text = fs.readFileSync(CONFIG, 'utf8');
    const without = path.join(tempDir(), 'no-inspect-fuse.yml');
    fs.writeFileSync(without, text.replace(/^\s+enableNodeCliInspectArguments:.*\n/m, ''));
    expect(fuseProblems((await load(without)).electronFuses as Record<string, unknown>)).toEqual(['enableNodeCliInspectArguments must be false (is missing)']);
    const flipped = path.join(tempDir(), 'run-as-node.yml');
    fs.writeFileSync(flipped, text.replace(/runAsNode: false/, 'runAsNode: true'));
    expect(fuseProblems((await load(flipped)).electronFuses as Record<string, unknown>)).toEqual(['runAsNode must be false (is true)']);
    // A misspelt option is not silently ignored: electron-builder's schema refuses it.
    const misspelt = path.join(tempDir(), 'misspelt.yml');
    fs.writeFileSync(misspelt, text.replace('electronFuses:', 'electronFusez:'));
    await expect(load(misspelt)).rejects.toThrow(/electronFusez/);
  });

  test('Electron is pinned to one exact 45.x version, the one installed', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    const installed = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8')).version;
    expect(pkg.devDependencies.electron).toMatch(/^45\.\d+\.\d+$/);
    expect(installed).toBe(pkg.devDependencies.electron);
    // npm ci must not run Electron's download script (the binary's host is unreachable offline).
    expect(pkg.allowScripts.electron).toBe(false);
  });
});

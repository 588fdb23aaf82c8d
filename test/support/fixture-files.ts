// Builds the seed fixtures once per test file into a temp folder.
import type { FixtureInfo } from '../fixtures/build-fixtures.js';
import { buildFixtures } from '../fixtures/build-fixtures.js';
import { tempDir } from './paths.js';

let built: Promise<FixtureInfo[]> | null = null;

export function seedFixtures(): Promise<FixtureInfo[]> {
  built ??= buildFixtures(tempDir('apa-desk-fixtures-'));
  return built;
}

export async function fixture(fileName: string): Promise<FixtureInfo> {
  const found = (await seedFixtures()).find((f) => f.file.endsWith(`/${fileName}`));
  if (!found) throw new Error(`no fixture ${fileName}`);
  return found;
}

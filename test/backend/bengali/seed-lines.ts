// The Bengali lines of the five seed documents (../shared/seeds beside the project), read in place.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

export function seedBengaliLines(): string[] {
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  return files.flatMap((file) =>
    readFileSync(SEEDS_DIR + file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /[\u0985-\u09B9]/.test(line)),
  );
}

export function seedText(): string {
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => readFileSync(SEEDS_DIR + file, 'utf8')).join('\n');
}

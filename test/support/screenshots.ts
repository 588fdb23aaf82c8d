// Images compared with committed references (document pages and app screens alike). A missing
// reference, or UPDATE_SCREENSHOTS=1, writes it; a mismatch leaves the actual and diff images in
// test-output/<folder of the references>.
import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { projectRoot } from './paths.js';

export interface ScreenshotResult {
  written: boolean;
  ratio: number;
  reference: string;
}

export function differingPixels(a: PNG, b: PNG, diff?: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return a.width * a.height;
  return pixelmatch(a.data, b.data, diff ? diff.data : null, a.width, a.height, { threshold: 0.1 });
}

export function compareWithReference(referenceDir: string, name: string, actual: PNG): ScreenshotResult {
  const reference = path.join(referenceDir, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(reference)) {
    fs.mkdirSync(referenceDir, { recursive: true });
    fs.writeFileSync(reference, PNG.sync.write(actual));
    console.log(`screenshot reference written: ${path.relative(process.cwd(), reference)}`);
    return { written: true, ratio: 0, reference };
  }
  const expected = PNG.sync.read(fs.readFileSync(reference));
  const diff = new PNG({ width: actual.width, height: actual.height });
  const ratio = differingPixels(expected, actual, diff) / (actual.width * actual.height);
  if (ratio > 0) {
    const outputDir = path.join(projectRoot, 'test-output', path.basename(path.dirname(referenceDir)));
    fs.mkdirSync(outputDir, { recursive: true });
    fs.writeFileSync(path.join(outputDir, `${name}.actual.png`), PNG.sync.write(actual));
    if (expected.width === actual.width && expected.height === actual.height) {
      fs.writeFileSync(path.join(outputDir, `${name}.diff.png`), PNG.sync.write(diff));
    }
  }
  return { written: false, ratio, reference };
}

/** App screens' references: test/e2e/__screenshots__. */
export const SCREEN_REFERENCE_DIR = path.join(projectRoot, 'test/e2e/__screenshots__');

/**
 * The page as the officer sees it, against its reference. Mask what changes from run to run (today's
 * date, timestamps) with `mask`; animations are off and the caret hidden.
 */
export async function screenDifference(page: Page, name: string, mask: string[] = []): Promise<ScreenshotResult> {
  const png = await page.screenshot({
    fullPage: true, animations: 'disabled', caret: 'hide', mask: mask.map((selector) => page.locator(selector)),
  });
  return compareWithReference(SCREEN_REFERENCE_DIR, name, PNG.sync.read(png));
}

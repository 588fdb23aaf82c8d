// Debian's Chromium driven by playwright-core (never a downloaded browser), found and flagged the
// same way as the PDF printer's.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/backend/documents/pdf/chromium-printer.js';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--disable-sync', '--no-first-run'] });
}

// The usual start of an end-to-end test file: Chromium and a fresh web app, set up with the own
// office and signatory, for all the file's tests, and both closed after them. Call at the top of
// the file; the file's own beforeAll hooks run after this one, on the app it started.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { tempDir } from './paths.js';
import { startWebApp, type RunningWebApp } from './web-app.js';
import { SETUP_INPUT, webCall } from './web-api.js';

export interface E2eApp {
  browser: Browser;
  app: RunningWebApp;
}

export function useSetUpWebApp(): E2eApp {
  const e2e = {} as E2eApp;
  beforeAll(async () => {
    e2e.browser = await launchBrowser();
    e2e.app = await startWebApp(tempDir());
    await webCall(e2e.app.url, 'setup.complete', SETUP_INPUT);
  });
  afterAll(async () => {
    await e2e.app?.stop();
    await e2e.browser?.close();
  });
  return e2e;
}

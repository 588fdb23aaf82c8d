// The Electron shell's security settings. Electron cannot run on this machine, so the preload bundle
// runs here against a stand-in for its `electron` module, and the main process source is read.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { isAppPage, isAppUrl, isTrustedSender } from '../../electron/main/app-url.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/app/content-security-policy.js';
import { projectRoot } from '../support/paths.js';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: projectRoot });
});

describe('the preload bridge', () => {
  test('exposes one typed call function, never ipcRenderer itself', async () => {
    const exposed: Record<string, any> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: 1 })) },
    };
    const code = fs.readFileSync(path.join(projectRoot, 'dist/electron/preload.cjs'), 'utf8');
    const module = { exports: {} };
    vm.runInNewContext(code, { module, exports: module.exports, require: (id: string) => (id === 'electron' ? electron : undefined) });
    expect(Object.keys(exposed)).toEqual(['apaDesk']);
    expect(Object.keys(exposed.apaDesk)).toEqual(['call']);
    expect(Object.values(exposed.apaDesk).some((v) => v === electron.ipcRenderer || v === electron.ipcRenderer.invoke)).toBe(false);
    await expect(exposed.apaDesk.call('offices.list', { query: 'x' })).resolves.toEqual({ ok: true, value: 1 });
    expect(invoked).toEqual([['apa-desk:call', 'offices.list', { query: 'x' }]]);
  });
});

describe('the main process', () => {
  const main = fs.readFileSync(path.join(projectRoot, 'electron/main/main.ts'), 'utf8');
  const security = fs.readFileSync(path.join(projectRoot, 'electron/main/window-security.ts'), 'utf8');

  test('creates windows isolated, sandboxed, without Node, and without devtools when packaged', () => {
    expect(main).toMatch(/contextIsolation: true/);
    expect(main).toMatch(/sandbox: true/);
    expect(main).toMatch(/nodeIntegration: false/);
    expect(main).toMatch(/webviewTag: false/);
    expect(main).toMatch(/devTools: !app\.isPackaged/);
    expect(main).toMatch(/app\.enableSandbox\(\)/);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    expect(main).not.toMatch(/nodeIntegration: true|contextIsolation: false|webSecurity: false/);
  });

  test('blocks navigation, new windows, permissions and every non-app request', () => {
    expect(security).toMatch(/'will-navigate', \(event\) => event\.preventDefault\(\)/);
    expect(security).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(security).toMatch(/setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/);
    expect(security).toMatch(/onBeforeRequest\(\(details, callback\) => callback\(\{ cancel: !isAppUrl\(details\.url, allowDevtools\) \}\)\)/);
  });

  test('only app:// counts as the app; devtools only when asked for (a development build)', () => {
    expect(isAppUrl('app://desk/index.html')).toBe(true);
    expect(isAppUrl('devtools://devtools/bundled/inspector.html')).toBe(false); // the packaged app
    expect(isAppUrl('devtools://devtools/bundled/inspector.html', true)).toBe(true);
    for (const url of ['https://example.com', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'ws://x', 'not a url']) {
      expect(isAppUrl(url, true)).toBe(false);
    }
  });

  test('only the main window\'s top frame at app://desk may call the backend', () => {
    const sender = { isMainWindow: true, isMainFrame: true, url: 'app://desk/index.html' };
    expect(isTrustedSender(sender)).toBe(true);
    expect(isTrustedSender({ ...sender, url: 'app://desk/#/review' })).toBe(true);
    expect(isTrustedSender({ ...sender, isMainFrame: false })).toBe(false); // an iframe inside the window
    expect(isTrustedSender({ ...sender, isMainWindow: false })).toBe(false); // another window (the print window)
    for (const url of ['devtools://devtools/bundled/inspector.html', 'app://other/index.html', 'apa-print://document/x.html', 'data:text/html,x', '', 'not a url']) {
      expect(isTrustedSender({ ...sender, url })).toBe(false);
    }
    expect(isAppPage('app://desk/assets/index.js')).toBe(true);
  });

  test('the IPC handler asks isTrustedSender about the main window and its main frame', () => {
    expect(main).toMatch(/isMainWindow: event\.sender === window\.webContents/);
    expect(main).toMatch(/isMainFrame: event\.senderFrame !== null && event\.senderFrame === window\.webContents\.mainFrame/);
    expect(main).toMatch(/if \(!backend \|\| !fromMainWindow\(event\)\)/);
    expect(security).toMatch(/isAppUrl\(details\.url, allowDevtools\)/);
    expect(security).toMatch(/const allowDevtools = !app\.isPackaged/);
  });

  test('the print window runs no JavaScript and loads only the document it prints', () => {
    const printer = fs.readFileSync(path.join(projectRoot, 'electron/main/electron-printer.ts'), 'utf8');
    expect(printer).toMatch(/javascript: false/);
    expect(printer).toMatch(/sandbox: true/);
    expect(printer).toMatch(/callback\(\{ cancel: !pages\.allows\(details\.url\) \}\)/);
    expect(printer).toMatch(/printSession\.protocol\.handle\(PRINT_SCHEME/);
    expect(printer).not.toMatch(/data:text\/html/);
  });

  test('the CSP allows no eval, no inline script, no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

// The Electron main process: a thin shell that opens one locked-down window and forwards the
// typed API calls to the backend. All domain logic lives in electron/backend (no Electron there).
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, ipcMain, net, protocol, shell } from 'electron';
import { pathToFileURL } from 'node:url';
import { createBackend, type Backend } from '../backend/app/backend.js';
import { APP_SCHEME, hardenSession, hardenWebContents, isAppUrl } from './window-security.js';
import { createElectronPrinter } from './electron-printer.js';
import { setReadWorkerScript } from '../backend/spreadsheet-import/read-in-worker.js';

const API_CHANNEL = 'apa-desk:call';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let backend: Backend | null = null;
  let window: BrowserWindow | null = null;

  const appRoot = app.getAppPath();
  const rendererDir = path.join(appRoot, 'dist', 'renderer');
  const migrationsDir = app.isPackaged
    ? path.join(process.resourcesPath, 'migrations')
    : path.join(appRoot, 'drizzle', 'migrations');

  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.whenReady().then(async () => {
    hardenSession();
    protocol.handle(APP_SCHEME, (request) => {
      const { pathname } = new URL(request.url);
      const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
      const file = path.resolve(rendererDir, relative);
      if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file)) return new Response('not found', { status: 404 });
      return net.fetch(pathToFileURL(file).toString());
    });

    setReadWorkerScript(path.join(appRoot, 'dist', 'electron', 'read-worker.cjs'));
    backend = await createBackend({
      dataDir: app.getPath('userData'),
      migrationsDir,
      createPrinter: createElectronPrinter,
      openFolder: async (folder) => (await shell.openPath(folder)) === '',
    });
    ipcMain.handle(API_CHANNEL, (event, name: unknown, input: unknown) => {
      if (!backend || !event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: { kind: 'internal', message: 'call from an unexpected frame' } };
      }
      return backend.dispatch(String(name), input);
    });

    window = new BrowserWindow({
      width: 1360,
      height: 860,
      title: 'এপিএ ডেস্ক — APA Desk',
      show: false,
      webPreferences: {
        preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        devTools: !app.isPackaged,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick', // no middle-click opening links in new windows
      },
    });
    window.once('ready-to-show', () => window?.show());
    await window.loadURL(`${APP_SCHEME}://desk/index.html`);
  });

  app.on('window-all-closed', () => {
    backend?.close();
    backend = null;
    app.quit();
  });
}

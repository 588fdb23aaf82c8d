// The Electron main process: a thin shell that opens one locked-down window and forwards the
// typed API calls to the backend. All domain logic lives in electron/backend (no Electron there).
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, shell, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { createBackend, type Backend } from '../backend/app/backend.js';
import { APP_SCHEME, hardenSession, hardenWebContents } from './window-security.js';
import { isTrustedSender, PRINT_SCHEME } from './app-url.js';
import type { FileDialogs } from '../backend/backup/file-exchange.js';
import { createElectronPrinter } from './electron-printer.js';
import { setReadWorkerScript } from '../backend/spreadsheet-import/read-in-worker.js';

const API_CHANNEL = 'apa-desk:call';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  // The documents being printed, served on the print session only (electron-printer.ts).
  { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true } },
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

  /** The whole-database files: chosen here in native dialogs, copied by path (never through the renderer). */
  const DATABASE_FILTERS = [
    { name: 'APA Desk database', extensions: ['sqlite', 'sqlite3', 'db'] },
    { name: '*', extensions: ['*'] },
  ];
  const fileDialogs: FileDialogs = {
    chooseOpen: async () => {
      if (!window) return null;
      const chosen = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: DATABASE_FILTERS });
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    chooseSave: async (suggestedName) => {
      if (!window) return null;
      const chosen = await dialog.showSaveDialog(window, { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: DATABASE_FILTERS });
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
  };

  /** Only the main window's top frame at app://desk may call the backend (not an iframe, not devtools). */
  const fromMainWindow = (event: IpcMainInvokeEvent): boolean =>
    window !== null &&
    isTrustedSender({
      isMainWindow: event.sender === window.webContents,
      isMainFrame: event.senderFrame !== null && event.senderFrame === window.webContents.mainFrame,
      url: event.senderFrame?.url ?? '',
    });

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
      fileDialogs,
    });
    ipcMain.handle(API_CHANNEL, (event, name: unknown, input: unknown) => {
      if (!backend || !fromMainWindow(event)) {
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

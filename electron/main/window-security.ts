// Locks down the session and every window: only the app's own files load, nothing reaches the
// network, no navigation, no new windows, no permissions.
import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../backend/app/content-security-policy.js';

import { isAppUrl } from './app-url.js';

export { APP_SCHEME, isAppUrl } from './app-url.js';

export function hardenSession(): void {
  const ses = session.defaultSession;
  const allowDevtools = !app.isPackaged;
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppUrl(details.url, allowDevtools) }));
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
}

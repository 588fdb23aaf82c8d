// Which URLs and which callers belong to the app. Pure (no Electron import) so it is tested under Node.
export const APP_SCHEME = 'app';
/** The one host the app's pages are served from: app://desk/… */
export const APP_HOST = 'desk';
/** The print session's documents (electron-printer.ts): apa-print://document/<random>.html */
export const PRINT_SCHEME = 'apa-print';
export const PRINT_ORIGIN = `${PRINT_SCHEME}://document`;

/**
 * True for the app's own pages and assets (app://…), and for devtools only when `allowDevtools`
 * (a development build: the packaged app has no devtools).
 */
export function isAppUrl(url: string, allowDevtools = false): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === `${APP_SCHEME}:` || (allowDevtools && protocol === 'devtools:');
  } catch {
    return false;
  }
}

/** The app's own page: app://desk/… (not another host of the scheme, not devtools). */
export function isAppPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** What the IPC handler knows about a call's sender. */
export interface CallSender {
  /** The sender is the main window's web contents. */
  isMainWindow: boolean;
  /** The sending frame is that window's top frame (not an iframe), and still there. */
  isMainFrame: boolean;
  /** The sending frame's URL. */
  url: string;
}

/** Only the main window's top frame, showing the app's own page, may call the backend. */
export function isTrustedSender(sender: CallSender): boolean {
  return sender.isMainWindow && sender.isMainFrame && isAppPage(sender.url);
}

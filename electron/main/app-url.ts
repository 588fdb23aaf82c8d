// Which URLs belong to the app. Pure (no Electron import) so it is tested under Node.
export const APP_SCHEME = 'app';

const ALLOWED_PROTOCOLS = new Set([`${APP_SCHEME}:`, 'devtools:']);

/** True only for the app's own pages and assets (app://…) and devtools in development. */
export function isAppUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

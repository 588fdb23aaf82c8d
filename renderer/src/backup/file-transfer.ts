// How a whole database file moves between the user's disk and the backend without ever being read
// into one string: on the desktop the main process shows the open and save dialogs and copies the
// file by its path; in the browser the file is streamed to the local web server and back.
import type { ChosenFile } from '../../../electron/backend/api/contract.js';
import { webToken } from '../api/client.js';

/** True in the desktop app (the preload bridge is there); false in the browser. */
export function hasFileDialogs(): boolean {
  return Boolean(window.apaDesk);
}

export class UploadError extends Error {
  constructor(readonly status: number, readonly fileName: string) {
    super(`upload of ${fileName} failed: HTTP ${status}`);
  }
}

/** Streams the chosen file to the web server, which holds it for backups.restoreFile. */
export async function uploadFile(file: File): Promise<ChosenFile> {
  const response = await fetch('./upload', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-apa-desk-token': webToken(), 'x-apa-desk-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  if (!response.ok) throw new UploadError(response.status, file.name);
  const result = (await response.json()) as { ok: true; value: ChosenFile };
  return result.value;
}

/** Lets the browser download an export the web server holds (streamed from disk). */
export function downloadExport(token: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = `./download/${token}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

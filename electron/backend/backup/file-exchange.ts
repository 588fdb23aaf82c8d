// Whole-database files going in and out of the app without ever crossing to the renderer as one
// string: the desktop shell picks paths in the main process's native dialogs, the web transport
// streams an upload into a staging file and a download out of one. Either way the backend gets a
// path and copies the file directly. A file the user chose is held under a random token until the
// renderer (after its confirmation) asks to restore it, or until the next start clears staging.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeStagingDir } from './backup-files.js';

/** The main process's native dialogs; absent in the web transport. */
export interface FileDialogs {
  /** An existing file to restore from, or null when the user cancelled. */
  chooseOpen(): Promise<string | null>;
  /** Where to save an export (suggested name given), or null when the user cancelled. */
  chooseSave(suggestedName: string): Promise<string | null>;
}

export interface HeldFile {
  token: string;
  fileName: string;
  path: string;
  byteSize: number;
  /** A staging copy of ours (an upload, an export waiting for download), deleted when done with. */
  owned: boolean;
}

/** Held files waiting longer than this are dropped (their staging copies deleted). */
const HOLD_MS = 60 * 60 * 1000;

export class FileExchange {
  private readonly held = new Map<string, { file: HeldFile; until: number }>();

  constructor(private readonly dataDir: string) {}

  /** Keeps a file under a new token; `owned` files are deleted when taken and done with. */
  hold(filePath: string, fileName: string, owned: boolean): HeldFile {
    this.dropExpired();
    const file: HeldFile = { token: crypto.randomBytes(16).toString('hex'), fileName: path.basename(fileName), path: filePath, byteSize: fs.statSync(filePath).size, owned };
    this.held.set(file.token, { file, until: Date.now() + HOLD_MS });
    return file;
  }

  /** The held file for a token, once: a second take of the same token finds nothing. */
  take(token: string): HeldFile | null {
    const entry = this.held.get(token);
    if (!entry) return null;
    this.held.delete(token);
    return entry.file;
  }

  /** Deletes an owned file's staging folder (never a file the user chose in a dialog). */
  release(file: HeldFile): void {
    if (file.owned) removeStagingOf(file.path);
  }

  /** A fresh path in a private staging folder, for an upload or an export to be downloaded. */
  stagingFile(name: string): string {
    return path.join(makeStagingDir(this.dataDir), name);
  }

  /** Removes an unfinished staging file (a failed upload) with its folder. */
  discard(filePath: string): void {
    removeStagingOf(filePath);
  }

  private dropExpired(): void {
    const now = Date.now();
    for (const [token, { file, until }] of this.held) {
      if (until > now) continue;
      this.held.delete(token);
      this.release(file);
    }
  }
}

function removeStagingOf(filePath: string): void {
  const folder = path.dirname(filePath);
  if (path.basename(folder).startsWith('.staging-')) fs.rmSync(folder, { recursive: true, force: true });
  else fs.rmSync(filePath, { force: true });
}

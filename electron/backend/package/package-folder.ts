// Writes a package atomically: everything goes into a hidden ".partial-…" folder first, and only a
// complete folder (manifest and ZIP included) is renamed into place. A failure, a cancel or a killed
// process leaves at most a ".partial-…" folder, which the next run removes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { renameDurably } from '../database/durable-files.js';
import { zipEntryAttributes } from './zip-entry-names.js';

export const PARTIAL_PREFIX = '.partial-';

/** File types whose contents are compressed already. */
const COMPRESSED = /\.(pdf|docx|xlsx|pptx|odt|ods|zip|gz|7z|rar|jpe?g|png|gif|webp|mp3|mp4)$/i;

export interface WrittenFile {
  path: string;
  sha256: string;
  bytes: number;
}

export function removeStalePartials(packagesDir: string): number {
  if (!fs.existsSync(packagesDir)) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(packagesDir)) {
    if (entry.startsWith(PARTIAL_PREFIX)) {
      fs.rmSync(path.join(packagesDir, entry), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

export class PackageFolder {
  readonly tempDir: string;
  private readonly files: WrittenFile[] = [];

  constructor(readonly packagesDir: string) {
    fs.mkdirSync(packagesDir, { recursive: true });
    this.tempDir = path.join(packagesDir, `${PARTIAL_PREFIX}${crypto.randomUUID()}`);
    fs.mkdirSync(this.tempDir);
  }

  /** Writes one file (relative path with forward slashes) and records its hash. */
  write(relativePath: string, bytes: Uint8Array): WrittenFile {
    const target = path.join(this.tempDir, ...relativePath.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
    const file = { path: relativePath, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength };
    this.files.push(file);
    return file;
  }

  written(): WrittenFile[] {
    return [...this.files];
  }

  /**
   * A ZIP of everything written so far, stored inside the folder as `<name>.zip`. Files that are compressed
   * already (DOCX and XLSX are ZIPs, PDF streams are deflated, images) are stored: deflating them again
   * costs more time than it saves bytes.
   */
  zip(name: string): string {
    const entries: Zippable = {};
    for (const file of this.files) {
      const bytes = fs.readFileSync(path.join(this.tempDir, ...file.path.split('/')));
      const entry = `${name}/${file.path}`;
      entries[entry] = [bytes, zipEntryAttributes(entry, COMPRESSED.test(file.path) ? 0 : 6)];
    }
    const zipName = `${name}.zip`;
    fs.writeFileSync(path.join(this.tempDir, zipName), zipSync(entries, { level: 6 }));
    return zipName;
  }

  /** Renames the complete folder into place under a name not taken yet (its files synced first); returns its path. */
  commit(name: string): string {
    let finalName = name;
    for (let n = 2; fs.existsSync(path.join(this.packagesDir, finalName)); n++) finalName = `${name}-${n}`;
    const target = path.join(this.packagesDir, finalName);
    renameDurably(this.tempDir, target);
    return target;
  }

  discard(): void {
    fs.rmSync(this.tempDir, { recursive: true, force: true });
  }
}

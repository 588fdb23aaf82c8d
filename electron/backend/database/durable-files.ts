// Files that must survive a power cut once they are in place. A rename is atomic but not durable:
// without an fsync the renamed file's data (or the rename itself) can still be lost when the power
// goes, leaving a complete-looking name over missing bytes. So the data is synced before the rename,
// and the folder after it. Used for every rename-into-place: backups, package folders, exports.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Errors of fsync on a folder that mean "not supported here", not "lost": Windows cannot flush a
 * directory handle (NTFS journals the rename itself), and some file systems refuse it.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EPERM', 'EISDIR', 'EINVAL', 'EBADF', 'EACCES', 'ENOTSUP']);

/** Writes a file's (or a folder's entries') data through to the disk. */
export function fsyncPath(target: string): void {
  const isFolder = fs.statSync(target).isDirectory();
  let fd: number;
  try {
    fd = fs.openSync(target, 'r');
  } catch (error) {
    if (isFolder && FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    if (!(isFolder && FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? ''))) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** Every file and folder under `folder`, and the folder itself. */
export function fsyncTree(folder: string): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) fsyncTree(child);
    else if (entry.isFile()) fsyncPath(child);
  }
  fsyncPath(folder);
}

/** Renames a complete file or folder into place so that after a power cut it is there whole, or not at all. */
export function renameDurably(from: string, to: string): void {
  if (fs.statSync(from).isDirectory()) fsyncTree(from);
  else fsyncPath(from);
  fs.renameSync(from, to);
  fsyncPath(path.dirname(to));
  if (path.dirname(from) !== path.dirname(to)) fsyncPath(path.dirname(from));
}

/** Copies a file to `to` through a `.partial` name beside it, synced and renamed into place. */
export function copyFileDurably(from: string, to: string): void {
  const partial = `${to}.partial`;
  try {
    fs.copyFileSync(from, partial);
    renameDurably(partial, to);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

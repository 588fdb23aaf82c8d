// Looks at a ZIP container's central directory before SheetJS inflates it: a zip bomb announces itself
// by the sizes it declares, and the entry names tell how many worksheets an .xlsx holds.

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'no-directory' | 'zip64' | 'truncated' | 'sizes-lie' };

/**
 * Deflate never makes data much bigger (a few bytes per 64 KB block), so an entry whose compressed size
 * is well over its declared uncompressed size lies about what it inflates to: a bomb hiding from the cap.
 */
function declaresTooLittle(compressedSize: number, uncompressedSize: number): boolean {
  return compressedSize > uncompressedSize + uncompressedSize / 100 + 1024;
}

const decoder = new TextDecoder();
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { ok: false, reason: 'no-directory' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (offset + size > eocd) return { ok: false, reason: 'truncated' };

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < Math.min(count, maxEntries + 1); i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'truncated' };
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    if (declaresTooLittle(compressedSize, uncompressedSize)) return { ok: false, reason: 'sizes-lie' };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return { ok: false, reason: 'truncated' };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  }
  return -1;
}

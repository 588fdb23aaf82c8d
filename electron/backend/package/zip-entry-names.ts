// ZIP entries whose Bengali names extract right everywhere. fflate flags a non-ASCII name as UTF-8
// (general purpose bit 11) but marks the entry as made on MS-DOS, and Debian's unzip then reads the
// name in the DOS code page. An entry marked as made on Unix, with ordinary file permissions, is read as
// UTF-8 by unzip, Python's zipfile, 7-Zip and Windows Explorer alike; the Info-ZIP Unicode Path extra
// field (0x7075) carries the UTF-8 name again for tools that look there.
import type { ZipOptions } from 'fflate';

const UNIX = 3;
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const REGULAR_FILE = (0o100644 << 16) >>> 0;
const UNICODE_PATH = 0x7075;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The Unicode Path extra field: version 1, the CRC-32 of the header's name, the name in UTF-8. */
export function unicodePathField(name: string): Uint8Array {
  const utf8 = Buffer.from(name, 'utf8');
  const field = Buffer.alloc(5 + utf8.length);
  field.writeUInt8(1, 0);
  field.writeUInt32LE(crc32(utf8), 1);
  utf8.copy(field, 5);
  return field;
}

/** The options of a file entry named `name`, deflated at `level` (0: stored). */
export function zipEntryAttributes(name: string, level: ZipOptions['level']): ZipOptions {
  const ascii = /^[\x20-\x7e]*$/.test(name);
  return { level, os: UNIX, attrs: REGULAR_FILE, ...(ascii ? {} : { extra: { [UNICODE_PATH]: unicodePathField(name) } }) };
}

// Builds ZIP containers byte by byte, with every size field chosen by the caller: the crafted
// archives the ZIP guard must see through (headers that disagree, sizes that lie, deflate streams
// that inflate to gigabytes from a megabyte).
import zlib from 'node:zlib';

export interface CraftEntry {
  name: string;
  /** The part's bytes as stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the directory says; defaults to the truth (data's length, and `inflatedSize`). */
  centralCompressed?: number;
  centralUncompressed?: number;
  /** What the local header says; defaults to the directory's values. */
  localCompressed?: number;
  localUncompressed?: number;
  /** The inflated size, when the entry is honest about it. */
  inflatedSize: number;
  flags?: number;
  localExtra?: Uint8Array;
  centralExtra?: Uint8Array;
  /** Points the directory entry at another entry's local header (overlapping parts). */
  sameLocalAs?: number;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

export function craftZip(entries: CraftEntry[], options: { diskEntries?: number } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const extra = Buffer.from(e.localExtra ?? new Uint8Array(0));
    const central = { c: e.centralCompressed ?? e.data.length, u: e.centralUncompressed ?? e.inflatedSize };
    const header = Buffer.concat([
      u32(0x04034b50), u16(20), u16(e.flags ?? 0), u16(e.method), u16(0), u16(0x21), u32(0),
      u32(e.localCompressed ?? central.c), u32(e.localUncompressed ?? central.u), u16(name.length), u16(extra.length), name, extra,
    ]);
    offsets.push(at);
    locals.push(header, Buffer.from(e.data));
    at += header.length + e.data.length;
  }
  const directory: Buffer[] = [];
  entries.forEach((e, i) => {
    const name = Buffer.from(e.name, 'utf8');
    const extra = Buffer.from(e.centralExtra ?? new Uint8Array(0));
    directory.push(Buffer.concat([
      u32(0x02014b50), u16(20), u16(20), u16(e.flags ?? 0), u16(e.method), u16(0), u16(0x21), u32(0),
      u32(e.centralCompressed ?? e.data.length), u32(e.centralUncompressed ?? e.inflatedSize), u16(name.length), u16(extra.length), u16(0),
      u16(0), u16(0), u32(0), u32(offsets[e.sameLocalAs ?? i]!), name, extra,
    ]));
  });
  const dir = Buffer.concat(directory);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(options.diskEntries ?? entries.length), u16(entries.length), u32(dir.length), u32(at), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** An honest entry: the part deflated (or stored), every size the truth. */
export function honestEntry(name: string, content: Uint8Array, method: 0 | 8 = 8): CraftEntry {
  return { name, method, data: method === 8 ? zlib.deflateRawSync(content) : content, inflatedSize: content.length };
}

/**
 * A raw deflate stream of `mib` MiB of zeros, about 1 KB per MiB (deflate's limit is ~1:1032): one
 * MiB deflated up to a full flush (which resets the compressor, so the same bytes follow each other
 * validly), repeated, then an empty final block.
 */
export function zerosDeflated(mib: number): Uint8Array {
  const segment = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  return new Uint8Array(Buffer.concat([...Array.from({ length: mib }, () => segment), Buffer.from([0x03, 0x00])]));
}

/** A ZIP64 extended-information extra field claiming the given sizes. */
export function zip64Extra(uncompressed: number, compressed: number): Uint8Array {
  const b = Buffer.alloc(20);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(16, 2);
  b.writeBigUInt64LE(BigInt(uncompressed), 4);
  b.writeBigUInt64LE(BigInt(compressed), 12);
  return new Uint8Array(b);
}

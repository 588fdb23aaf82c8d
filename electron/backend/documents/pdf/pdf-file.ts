// Just enough of the PDF file format to rewrite the content streams of a PDF that Chromium (Skia)
// wrote: numbered objects with direct /Length, one classic xref table, no object streams. Anything
// else makes parsePdf return null, and the caller keeps the file as it was.
import zlib from 'node:zlib';

export interface PdfObject {
  num: number;
  gen: number;
  /** The object's body before any stream (usually a dictionary), as latin1 text. */
  body: string;
  /** The raw (still encoded) stream bytes, when the object has a stream. */
  stream: Buffer | null;
}

export interface PdfFile {
  header: string;
  objects: Map<number, PdfObject>;
  /** The trailer dictionary, as latin1 text. */
  trailer: string;
}

const OBJ_HEADER = /\s*(\d+)\s+(\d+)\s+obj\b/y;

export function parsePdf(pdf: Buffer): PdfFile | null {
  const text = pdf.toString('latin1');
  if (!text.startsWith('%PDF-')) return null;
  const headerEnd = text.search(/\d+\s+\d+\s+obj\b/);
  if (headerEnd < 0) return null;
  const objects = new Map<number, PdfObject>();
  let pos = headerEnd;
  for (;;) {
    OBJ_HEADER.lastIndex = pos;
    const m = OBJ_HEADER.exec(text);
    if (!m) break;
    const num = Number(m[1]);
    const gen = Number(m[2]);
    const bodyStart = OBJ_HEADER.lastIndex;
    const streamAt = text.indexOf('stream', bodyStart);
    const endobjAt = text.indexOf('endobj', bodyStart);
    if (endobjAt < 0) return null;
    if (streamAt >= 0 && streamAt < endobjAt && !text.startsWith('endstream', streamAt - 3)) {
      const body = text.slice(bodyStart, streamAt).trim();
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(body);
      if (!length) return null; // an indirect /Length: not what Skia writes
      let dataStart = streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart += 1;
      if (text[dataStart] === '\n') dataStart += 1;
      const dataEnd = dataStart + Number(length[1]);
      const after = text.indexOf('endstream', dataEnd);
      if (after < 0 || after - dataEnd > 4) return null;
      const end = text.indexOf('endobj', after);
      if (end < 0) return null;
      objects.set(num, { num, gen, body, stream: pdf.subarray(dataStart, dataEnd) });
      pos = end + 'endobj'.length;
    } else {
      objects.set(num, { num, gen, body: text.slice(bodyStart, endobjAt).trim(), stream: null });
      pos = endobjAt + 'endobj'.length;
    }
  }
  const rest = text.slice(pos);
  if (!/^\s*xref\b/.test(rest)) return null; // object streams or an xref stream: not Skia's layout
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(rest);
  if (!trailer) return null;
  return { header: text.slice(0, headerEnd), objects, trailer: trailer[1]! };
}

export function writePdf(file: PdfFile): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const push = (chunk: Buffer | string): void => {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(buf);
    offset += buf.length;
  };
  push(file.header);
  const offsets = new Map<number, { offset: number; gen: number }>();
  const nums = [...file.objects.keys()].sort((a, b) => a - b);
  for (const num of nums) {
    const obj = file.objects.get(num)!;
    offsets.set(num, { offset, gen: obj.gen });
    push(`${num} ${obj.gen} obj\n${obj.body}`);
    if (obj.stream) {
      push(' stream\n');
      push(obj.stream);
      push('\nendstream');
    }
    push('\nendobj\n');
  }
  const size = (nums[nums.length - 1] ?? 0) + 1;
  const xrefAt = offset;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let num = 1; num < size; num += 1) {
    const entry = offsets.get(num);
    xref += entry ? `${String(entry.offset).padStart(10, '0')} ${String(entry.gen).padStart(5, '0')} n \n` : '0000000000 65535 f \n';
  }
  push(xref);
  const trailer = file.trailer.replace(/\/Size\s+\d+/, `/Size ${size}`);
  push(`trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

/** The decoded stream of an object, for the filters Skia uses (none or FlateDecode); null otherwise. */
export function decodeStream(obj: PdfObject): Buffer | null {
  if (!obj.stream) return null;
  const filter = /\/Filter\s*(\/\w+|\[[^\]]*\])/.exec(obj.body)?.[1];
  if (filter === undefined) return obj.stream;
  if (filter === '/FlateDecode' || filter === '[/FlateDecode]') {
    try {
      return zlib.inflateSync(obj.stream);
    } catch {
      return null;
    }
  }
  return null;
}

/** Replace an object's stream with `data`, Flate-encoded, and fix its /Length. */
export function setFlateStream(obj: PdfObject, data: Buffer): void {
  const encoded = zlib.deflateSync(data);
  let body = obj.body.replace(/\/Length\s+\d+/, `/Length ${encoded.length}`);
  if (!/\/Filter/.test(body)) body = body.replace(/^<</, '<</Filter /FlateDecode ');
  obj.body = body;
  obj.stream = encoded;
}

/** "12 0 R" → 12 */
export function refNumber(text: string | undefined): number | null {
  const m = text === undefined ? null : /^\s*(\d+)\s+\d+\s+R/.exec(text);
  return m ? Number(m[1]) : null;
}

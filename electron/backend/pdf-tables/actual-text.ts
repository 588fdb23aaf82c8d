// The /ActualText of each marked-content span of a page, in the order the page's content stream opens
// them. Chromium and LibreOffice draw a Bengali cluster whose glyphs do not map one-to-one to letters
// (a conjunct, ি drawn before its consonant) inside `/Span <</ActualText (…)>> BDC … EMC`, and only
// there is its text right; pdfjs reports where such spans open and close but not their ActualText.
// So the page's content streams are found here (classic objects, object streams, Flate only) and read
// operation by operation. Anything else gives null and the glyphs' own text is used.
import zlib from 'node:zlib';

/** A content stream inflates to this at most: a plan's page is tens of KB (a bomb stops here). */
const MAX_CONTENT_BYTES = 16 * 1024 * 1024;
const MAX_OBJECT_STREAMS = 2_000;

/** A page's content stream inflates past the cap: a decompression bomb, refused before pdfjs reads it. */
export class StreamTooLarge extends Error {}

export class PdfObjects {
  private readonly text: string;
  private readonly offsets = new Map<number, number>();
  private compressed: Map<number, string> | null = null;

  constructor(private readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    // The last definition of an object wins (incremental updates append new ones).
    for (const m of this.text.matchAll(/(?<![0-9])(\d{1,9})\s+(\d{1,5})\s+obj\b/g)) this.offsets.set(Number(m[1]), m.index! + m[0].length);
  }

  /** The object's body before any stream, as latin1 text. */
  body(num: number): string | null {
    const at = this.offsets.get(num);
    if (at !== undefined) {
      const end = this.text.indexOf('endobj', at);
      const stream = this.text.indexOf('stream', at);
      const stop = [end, stream].filter((i) => i >= 0);
      return stop.length > 0 ? this.text.slice(at, Math.min(...stop)) : null;
    }
    return this.inObjectStream(num);
  }

  /** The decoded data of a stream object (FlateDecode or none); null for anything else. Throws StreamTooLarge. */
  stream(num: number): Buffer | null {
    const at = this.offsets.get(num);
    if (at === undefined) return null;
    const keyword = this.text.indexOf('stream', at);
    const end = this.text.indexOf('endobj', at);
    if (keyword < 0 || (end >= 0 && end < keyword)) return null;
    const dict = this.text.slice(at, keyword);
    let start = keyword + 'stream'.length;
    if (this.text[start] === '\r') start++;
    if (this.text[start] === '\n') start++;
    const declared = this.length(dict);
    const stop = this.text.indexOf('endstream', start);
    const finish = declared !== null && start + declared <= this.bytes.length ? start + declared : stop;
    if (finish < start) return null;
    const raw = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, finish - start);
    const filter = /\/Filter\s*(\[\s*)?\/(\w+)/.exec(dict)?.[2];
    if (filter === undefined) return raw.length <= MAX_CONTENT_BYTES ? raw : null;
    if (filter !== 'FlateDecode' || /\/DecodeParms/.test(dict)) return null;
    try {
      return zlib.inflateSync(raw, { maxOutputLength: MAX_CONTENT_BYTES, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new StreamTooLarge(`object ${num} inflates past ${MAX_CONTENT_BYTES / 1024 / 1024} MB`);
      return null;
    }
  }

  private length(dict: string): number | null {
    const m = /\/Length\s+(\d+)(\s+(\d+)\s+R)?/.exec(dict);
    if (!m) return null;
    if (!m[2]) return Number(m[1]);
    const target = this.body(Number(m[1]))?.trim();
    return target && /^\d+$/.test(target) ? Number(target) : null;
  }

  /** Objects kept in object streams (/Type /ObjStm), read once when first asked for. */
  private inObjectStream(num: number): string | null {
    if (!this.compressed) {
      this.compressed = new Map();
      let streams = 0;
      for (const [owner, at] of this.offsets) {
        const head = this.text.slice(at, at + 400);
        if (!/\/Type\s*\/ObjStm/.test(head) || ++streams > MAX_OBJECT_STREAMS) continue;
        const first = Number(/\/First\s+(\d+)/.exec(head)?.[1]);
        const data = this.stream(owner)?.toString('latin1');
        if (!data || !Number.isInteger(first)) continue;
        const pairs = data.slice(0, first).trim().split(/\s+/).map(Number);
        for (let i = 0; i + 1 < pairs.length; i += 2) {
          const start = first + pairs[i + 1]!;
          const next = i + 3 < pairs.length ? first + pairs[i + 3]! : data.length;
          if (!this.compressed.has(pairs[i]!)) this.compressed.set(pairs[i]!, data.slice(start, next));
        }
      }
    }
    return this.compressed.get(num) ?? null;
  }
}

/**
 * The ActualText of every BDC operation of the page's content, in order (null for a BDC without one),
 * or null when the page's content cannot be found or read.
 */
export function pageActualTexts(objects: PdfObjects, pageObject: number): Array<string | null> | null {
  const page = objects.body(pageObject);
  if (!page) return null;
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page)?.[1];
  if (!contents) return [];
  let refs = [...contents.matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1]));
  // /Contents may name an array object rather than a stream.
  if (refs.length === 1 && objects.stream(refs[0]!) === null) {
    const array = objects.body(refs[0]!);
    if (array && array.trim().startsWith('[')) refs = [...array.matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1]));
  }
  const parts: string[] = [];
  for (const ref of refs) {
    const data = objects.stream(ref);
    if (!data) return null;
    parts.push(data.toString('latin1'));
  }
  return markedContentProperties(parts.join('\n')).map(actualText);
}

/**
 * The property operand of every BDC operation of a content stream, in order, as source text. A
 * tokenizer just good enough for that: strings (literal and hex), dictionaries, arrays, names,
 * numbers and operators; an inline image's data skipped.
 */
export function markedContentProperties(content: string): string[] {
  const out: string[] = [];
  if (!content.includes('BDC')) return out;
  let last = '';
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content.charCodeAt(i);
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (c === 0x25 /* % */) {
      while (i < n && content.charCodeAt(i) !== 0x0a && content.charCodeAt(i) !== 0x0d) i++;
      continue;
    }
    let end: number;
    if (c === 0x28 /* ( */) end = skipLiteral(content, i);
    else if (c === 0x3c /* < */ && content.charCodeAt(i + 1) === 0x3c) end = skipDictionary(content, i);
    else if (c === 0x3c) end = content.indexOf('>', i) + 1 || n;
    else if (isDelimiter(c)) end = i + 1; // array brackets and strays: only the operand right before BDC matters
    else {
      end = i + 1;
      while (end < n && !isWhite(content.charCodeAt(end)) && !isDelimiter(content.charCodeAt(end))) end++;
      if (end - i === 3 && content.startsWith('BDC', i)) out.push(last);
      else if (end - i === 2 && content.startsWith('ID', i)) {
        // Inline image data runs to "EI" standing alone.
        const ei = /\sEI(?=\s|$)/g;
        ei.lastIndex = end;
        end = ei.exec(content) ? ei.lastIndex : n;
      }
    }
    last = content.slice(i, end);
    i = end;
  }
  return out;
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

/** ( ) < > [ ] { } / % — a name's slash starts a token of its own too. */
function isDelimiter(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
}

function skipLiteral(text: string, from: number): number {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return text.length;
}

function skipDictionary(text: string, from: number): number {
  let depth = 0;
  let j = from;
  while (j < text.length) {
    const c = text[j];
    if (c === '(') {
      j = skipLiteral(text, j);
      continue;
    }
    if (c === '<' && text[j + 1] === '<') {
      depth++;
      j += 2;
      continue;
    }
    if (c === '<') {
      j = text.indexOf('>', j) + 1 || text.length;
      continue;
    }
    if (c === '>' && text[j + 1] === '>') {
      j += 2;
      if (--depth === 0) return j;
      continue;
    }
    j++;
  }
  return text.length;
}

/** The ActualText of an inline property dictionary, decoded (UTF-16BE with its BOM, else PDFDocEncoding). */
function actualText(dict: string): string | null {
  const m = /\/ActualText\s*(<[0-9A-Fa-f\s]*>|\()/.exec(dict);
  if (!m) return null;
  let bytes: Buffer;
  if (m[1]!.startsWith('<')) {
    const hex = m[1]!.slice(1, -1).replace(/\s+/g, '');
    bytes = Buffer.from(hex.length % 2 === 0 ? hex : `${hex}0`, 'hex');
  } else {
    bytes = literalBytes(dict, m.index + m[0].length);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  return bytes.toString('latin1');
}

const UTF16BE = new TextDecoder('utf-16be');

/** The bytes of a literal string starting after its "(": escapes resolved, nested parentheses kept. */
function literalBytes(text: string, from: number): Buffer {
  const out: number[] = [];
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[++i] ?? '';
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (next in escapes) out.push(escapes[next]!);
      else if (/[0-7]/.test(next)) {
        let octal = next;
        while (octal.length < 3 && /[0-7]/.test(text[i + 1] ?? '')) octal += text[++i];
        out.push(parseInt(octal, 8) & 0xff);
      }
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) break;
    out.push(c.charCodeAt(0) & 0xff);
  }
  return Buffer.from(out);
}

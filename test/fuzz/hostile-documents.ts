// Generators of hostile Word and PDF files for the import pipeline: byte-flipped and truncated copies
// of the Word and PDF fixtures, a PDF claiming thousands of pages, a PDF whose content stream inflates
// to 64 MB (four times the cap), a fixture PDF given a JavaScript open action and an attached file by an
// incremental update, a .docx whose document part is a zip bomb, deeply nested tables, a Word 97 .doc.
// Deterministic for a given seed.
import zlib from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Rng } from '../support/prng.js';

export type DocumentKind =
  | 'docx-flip' | 'docx-truncate' | 'pdf-flip' | 'pdf-truncate' | 'pdf-many-pages' | 'pdf-bomb'
  | 'pdf-javascript-attachment' | 'docx-bomb' | 'docx-nested-tables' | 'doc-97';

export const DOCUMENT_KINDS: DocumentKind[] = [
  'docx-flip', 'docx-truncate', 'pdf-flip', 'pdf-truncate', 'pdf-many-pages', 'pdf-bomb', 'pdf-javascript-attachment', 'docx-bomb', 'docx-nested-tables', 'doc-97',
];
/** After each kind once, the cheap mutations come far more often than the costly constructed files. */
const MUTATIONS: DocumentKind[] = ['docx-flip', 'docx-truncate', 'pdf-flip', 'pdf-truncate'];

export interface DocumentInput {
  kind: DocumentKind;
  fileName: string;
  bytes: Uint8Array;
}

const MB = 1024 * 1024;
const int = (r: Rng, n: number) => Math.floor(r() * n);

export function documentKindFor(index: number, r: Rng): DocumentKind {
  return index < DOCUMENT_KINDS.length ? DOCUMENT_KINDS[index]! : MUTATIONS[int(r, MUTATIONS.length)]!;
}

export class HostileDocuments {
  private readonly cache = new Map<string, Uint8Array>();

  constructor(
    private readonly docx: Array<{ name: string; bytes: Uint8Array }>,
    private readonly pdf: Array<{ name: string; bytes: Uint8Array }>,
  ) {}

  make(kind: DocumentKind, index: number, r: Rng): DocumentInput {
    const tag = `fuzz${index}`;
    const seedDocx = this.docx[int(r, this.docx.length)]!;
    const seedPdf = this.pdf[int(r, this.pdf.length)]!;
    switch (kind) {
      case 'docx-flip':
        return { kind, fileName: `${tag}-${seedDocx.name}`, bytes: flip(seedDocx.bytes, r) };
      case 'docx-truncate':
        return { kind, fileName: `${tag}-${seedDocx.name}`, bytes: seedDocx.bytes.slice(0, 1 + int(r, seedDocx.bytes.length - 1)) };
      case 'pdf-flip':
        return { kind, fileName: `${tag}-${seedPdf.name}`, bytes: flip(seedPdf.bytes, r) };
      case 'pdf-truncate':
        return { kind, fileName: `${tag}-${seedPdf.name}`, bytes: seedPdf.bytes.slice(0, 1 + int(r, seedPdf.bytes.length - 1)) };
      case 'pdf-many-pages':
        return { kind, fileName: `${tag}-pages.pdf`, bytes: this.cached('pages', () => manyPages(20_000)) };
      case 'pdf-bomb':
        return { kind, fileName: `${tag}-bomb.pdf`, bytes: this.cached('pdf-bomb', () => bombPdf(64 * MB)) };
      case 'pdf-javascript-attachment':
        return { kind, fileName: `${tag}-script.pdf`, bytes: withScriptAndAttachment(this.pdf[0]!.bytes) };
      case 'docx-bomb':
        return { kind, fileName: `${tag}-bomb.docx`, bytes: this.cached('docx-bomb', () => docxWith(this.docx[0]!.bytes, new Uint8Array(400 * MB))) };
      case 'docx-nested-tables':
        return { kind, fileName: `${tag}-nested.docx`, bytes: this.cached('nested', () => docxWith(this.docx[0]!.bytes, strToU8(nestedTables(50_000)))) };
      case 'doc-97':
        return { kind, fileName: `${tag}-plan.doc`, bytes: word97() };
    }
  }

  private cached(key: string, make: () => Uint8Array): Uint8Array {
    let bytes = this.cache.get(key);
    if (!bytes) {
      bytes = make();
      this.cache.set(key, bytes);
    }
    return bytes;
  }
}

/** A few bytes changed at random places. */
function flip(bytes: Uint8Array, r: Rng): Uint8Array {
  const out = bytes.slice();
  const n = 1 + int(r, 8);
  for (let i = 0; i < n; i++) out[int(r, out.length)] = int(r, 256);
  return out;
}

/** A PDF from numbered object bodies (object 1 first), with a correct xref table. */
export function pdfOf(objects: Array<string | { dict: string; stream: Uint8Array }>, root = 1): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = typeof body === 'string'
      ? Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1')
      : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n${body.dict.replace('>>', ` /Length ${body.stream.length} >>`)}\nstream\n`, 'latin1'), Buffer.from(body.stream), Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** A page tree of `count` pages that share one empty content stream. */
function manyPages(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${i + 4} 0 R`).join(' ');
  const pages = Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>');
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, { dict: '<< >>', stream: new Uint8Array() }, ...pages]);
}

/** One page whose content stream is small on disk and inflates to `size` bytes. */
function bombPdf(size: number): Uint8Array {
  const stream = zlib.deflateSync(Buffer.alloc(size, 0x20), { level: 9 });
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    { dict: '<< /Filter /FlateDecode >>', stream },
  ]);
}

/**
 * A fixture PDF with an incremental update: its catalog replaced by one with a JavaScript open action
 * and an embedded file. The table is still there to read; the script and the file must not be touched.
 */
function withScriptAndAttachment(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const catalog = /(\d+) 0 obj\s*<<\s*\/Type\s*\/Catalog([\s\S]*?)endobj/.exec(text);
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const size = Number(/\/Size (\d+)/.exec(text)?.[1]);
  if (!catalog || !Number.isInteger(startxref) || !Number.isInteger(size)) throw new Error('fixture PDF without a classic catalog and xref');
  const body = catalog[2]!.replace(/>>\s*$/, '').replace(/\/OpenAction\s*\[[^\]]*\]/, '');
  const file = Buffer.from('hello from an attached file');
  const n = size; // new objects: n (JS action), n+1 (embedded file stream), n+2 (file spec)
  const objects = [
    `${catalog[1]} 0 obj\n<< /Type /Catalog${body} /OpenAction ${n} 0 R /Names << /JavaScript << /Names [(run) ${n} 0 R] >> /EmbeddedFiles << /Names [(payload.exe) ${n + 2} 0 R] >> >> >>\nendobj\n`,
    `${n} 0 obj\n<< /S /JavaScript /JS (app.alert\\('hello'\\); this.exportDataObject\\({cName: 'payload.exe', nLaunch: 2}\\);) >>\nendobj\n`,
    `${n + 1} 0 obj\n<< /Type /EmbeddedFile /Length ${file.length} >>\nstream\n${file.toString('latin1')}\nendstream\nendobj\n`,
    `${n + 2} 0 obj\n<< /Type /Filespec /F (payload.exe) /EF << /F ${n + 1} 0 R >> >>\nendobj\n`,
  ];
  let offset = pdf.length;
  const entries: string[] = [];
  for (const obj of objects) {
    entries.push(`${obj.split(' ')[0]} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
    offset += Buffer.byteLength(obj, 'latin1');
  }
  const xref = `xref\n${entries.join('')}trailer\n<< /Size ${n + 3} /Root ${catalog[1]} 0 R /Prev ${startxref} >>\nstartxref\n${offset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(objects.join('') + xref, 'latin1')]));
}

/** A fixture .docx with its word/document.xml replaced. */
function docxWith(docx: Uint8Array, documentXml: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  return zipSync({ ...parts, 'word/document.xml': [documentXml, { level: 9 }] }, { level: 1 });
}

function nestedTables(depth: number): string {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return `<?xml version="1.0"?><w:document ${ns}><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}</w:body></w:document>`;
}

/** Enough of a Word 97-2003 compound file to be recognised: the CFB header and a WordDocument entry. */
function word97(): Uint8Array {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from('WordDocument', 'utf16le').copy(bytes, 1024);
  return new Uint8Array(bytes);
}

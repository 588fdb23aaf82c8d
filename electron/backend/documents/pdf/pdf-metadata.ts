// The PDF's document information (Title, Author, Subject, Creator) as the office's own: Chromium writes
// the page's <title> and its user agent as Creator. Set by an incremental update (PDF 32000-1 §7.5.6):
// a new information dictionary, an xref section for it and a trailer pointing to it and to the file's
// last xref are appended; the bytes before stay as they are, so nothing Chromium drew can change.

export interface PdfMetadata {
  title: string;
  /** The office the document comes from. */
  author: string;
  subject: string;
  /** The program that made the document. */
  creator: string;
  keywords?: string;
}

/** A PDF text string: UTF-16BE with a byte order mark, written in hex (any script, no escaping). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** The last trailer's entries and the offset of the last xref: what the update refers back to. */
function lastTrailer(pdf: Buffer): { size: number; root: string; info: string | null; id: string | null; startxref: number } | null {
  const tail = pdf.subarray(Math.max(0, pdf.length - 4096)).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) return null;
  const at = Number(startxref[1]);
  const rest = pdf.subarray(at).toString('latin1');
  // a classic xref table and its trailer (Skia writes one); an xref stream keeps the same keys in its dictionary
  const dictionary = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(rest)?.[1] ?? /^\s*\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*stream/.exec(rest)?.[1];
  if (!dictionary) return null;
  const size = /\/Size\s+(\d+)/.exec(dictionary);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dictionary);
  if (!size || !root) return null;
  return {
    size: Number(size[1]),
    root: root[1]!,
    info: /\/Info\s+(\d+\s+\d+\s+R)/.exec(dictionary)?.[1] ?? null,
    id: /\/ID\s*(\[[^\]]*\])/.exec(dictionary)?.[1] ?? null,
    startxref: at,
  };
}

/** The entries of the old information dictionary to keep (the dates and the producer). */
function keptEntries(pdf: Buffer, info: string | null): string {
  if (!info) return '';
  const num = info.split(/\s+/)[0];
  const text = pdf.toString('latin1');
  const body = new RegExp(`(?:^|\\s)${num}\\s+0\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1];
  if (!body) return '';
  const keep = ['Producer', 'CreationDate', 'ModDate'];
  return keep.map((key) => new RegExp(`/${key}\\s*(\\([^)]*\\)|<[0-9A-Fa-f\\s]*>)`).exec(body)).map((m, i) => (m ? `/${keep[i]} ${m[1]}` : '')).filter(Boolean).join(' ');
}

/** The PDF with its information dictionary replaced; a file it cannot read is returned unchanged. */
export function setPdfMetadata(pdf: Buffer, meta: PdfMetadata): Buffer {
  const trailer = lastTrailer(pdf);
  if (!trailer) return pdf;
  const num = trailer.size;
  const entries = [
    `/Title ${pdfTextString(meta.title)}`,
    `/Author ${pdfTextString(meta.author)}`,
    `/Subject ${pdfTextString(meta.subject)}`,
    `/Creator ${pdfTextString(meta.creator)}`,
    ...(meta.keywords ? [`/Keywords ${pdfTextString(meta.keywords)}`] : []),
    keptEntries(pdf, trailer.info),
  ].filter(Boolean);
  const newline = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const object = `${newline}${num} 0 obj\n<< ${entries.join(' ')} >>\nendobj\n`;
  const objectAt = pdf.length + Buffer.byteLength(newline, 'latin1');
  const xrefAt = pdf.length + Buffer.byteLength(object, 'latin1');
  const xref = `xref\n${num} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n`;
  const update = `trailer\n<< /Size ${num + 1} /Root ${trailer.root} /Info ${num} 0 R /Prev ${trailer.startxref}${trailer.id ? ` /ID ${trailer.id}` : ''} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(object + xref + update, 'latin1')]);
}

// Generators of hostile files for the import pipeline: mutated fixtures, broken and bombing ZIPs,
// pathological XML, formulas, external links, macros and wrong extensions. The ZIP kinds take a fixture
// .xlsx apart with fflate and put it back together modified. Deterministic for a given seed.
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { mulberry32, type Rng } from '../support/prng.js';
import { craftZip, honestEntry, zerosDeflated } from '../support/zip-craft.js';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface HostileInput {
  kind: HostileKind;
  fileName: string;
  bytes: Uint8Array;
}

export type HostileKind =
  | 'flip' | 'truncate' | 'duplicate-chunk' | 'truncated-zip' | 'zip-bomb' | 'zip-bomb-lying-sizes' | 'zip-bomb-local-header'
  | 'nested-xml' | 'shared-strings-many' | 'shared-strings-huge' | 'formulas' | 'external-links'
  | 'macros-xlsm' | 'wrong-extension' | 'empty';

/** Relative frequency of each kind; the costly ones (megabytes of XML) are rarer so `npm test` stays fast. */
const WEIGHTS: Array<[HostileKind, number]> = [
  ['flip', 14], ['truncate', 10], ['duplicate-chunk', 10], ['truncated-zip', 8], ['formulas', 12],
  ['external-links', 8], ['macros-xlsm', 8], ['wrong-extension', 12], ['empty', 4],
  ['zip-bomb', 1.5], ['zip-bomb-lying-sizes', 1.5], ['zip-bomb-local-header', 1.5], ['nested-xml', 1.5], ['shared-strings-many', 1], ['shared-strings-huge', 1],
];

export type { Rng };
/** Seedable, good enough to spread inputs. */
export const rng = mulberry32;

const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, items: readonly T[]): T => items[int(r, items.length)]!;

/** Every kind appears at least once in the first inputs; after that they come by weight. */
export function kindFor(index: number, r: Rng): HostileKind {
  if (index < WEIGHTS.length) return WEIGHTS[index]![0];
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [kind, w] of WEIGHTS) {
    x -= w;
    if (x < 0) return kind;
  }
  return 'flip';
}

const MB = 1024 * 1024;

export class HostileFactory {
  private readonly xlsx: SeedFile[];
  /** Costly inputs are built once per variant and reused (the pipeline sees them afresh each time). */
  private readonly cache = new Map<string, Uint8Array>();

  constructor(private readonly seeds: SeedFile[]) {
    this.xlsx = seeds.filter((s) => s.name.endsWith('.xlsx'));
  }

  make(kind: HostileKind, index: number, r: Rng): HostileInput {
    const tag = `fuzz${index}`;
    switch (kind) {
      case 'flip': {
        const seed = pick(r, this.seeds);
        const bytes = seed.bytes.slice();
        const flips = 1 + int(r, 12);
        for (let i = 0; i < flips; i++) {
          const at = int(r, bytes.length);
          bytes[at] = bytes[at]! ^ (1 + int(r, 255));
        }
        return { kind, fileName: `${tag}-${seed.name}`, bytes };
      }
      case 'truncate': {
        const seed = pick(r, this.seeds);
        return { kind, fileName: `${tag}-${seed.name}`, bytes: seed.bytes.slice(0, int(r, seed.bytes.length)) };
      }
      case 'duplicate-chunk': {
        const seed = pick(r, this.seeds);
        const from = int(r, seed.bytes.length);
        const len = 1 + int(r, Math.min(4096, seed.bytes.length - from));
        const at = int(r, seed.bytes.length);
        const chunk = seed.bytes.subarray(from, from + len);
        const copies = 1 + int(r, 3);
        const parts = [seed.bytes.subarray(0, at), ...Array.from({ length: copies }, () => chunk), seed.bytes.subarray(at)];
        return { kind, fileName: `${tag}-${seed.name}`, bytes: concat(parts) };
      }
      case 'truncated-zip': {
        // A whole, valid ZIP cut inside its central directory or its last entries.
        const seed = pick(r, this.xlsx);
        const bytes = this.rezip(seed, {}, tag);
        const cut = bytes.length - 1 - int(r, Math.min(bytes.length - 1, 2048));
        return { kind, fileName: `${tag}-${seed.name}`, bytes: bytes.slice(0, cut) };
      }
      case 'zip-bomb':
        return { kind, fileName: `${tag}-bomb.xlsx`, bytes: this.cached('bomb', () => this.bomb(false)) };
      case 'zip-bomb-lying-sizes':
        return { kind, fileName: `${tag}-bomb-lying.xlsx`, bytes: this.cached('bomb-lying', () => this.bomb(true)) };
      case 'zip-bomb-local-header':
        return { kind, fileName: `${tag}-bomb-local.xlsx`, bytes: this.cached('bomb-local', () => localHeaderBomb(this.xlsx[0]!.bytes)) };
      case 'nested-xml': {
        const where = pick(r, ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/styles.xml'] as const);
        return { kind, fileName: `${tag}-nested.xlsx`, bytes: this.cached(`nested-${where}`, () => this.nested(where)) };
      }
      case 'shared-strings-many':
        return { kind, fileName: `${tag}-strings.xlsx`, bytes: this.cached('sst-many', () => this.sharedStrings('many')) };
      case 'shared-strings-huge':
        return { kind, fileName: `${tag}-string.xlsx`, bytes: this.cached('sst-huge', () => this.sharedStrings('huge')) };
      case 'formulas': {
        const seed = pick(r, this.xlsx);
        return { kind, fileName: `${tag}-${seed.name}`, bytes: this.withFormulas(seed, r, tag) };
      }
      case 'external-links': {
        const seed = pick(r, this.xlsx);
        return { kind, fileName: `${tag}-${seed.name}`, bytes: this.withExternalLink(seed, r, tag) };
      }
      case 'macros-xlsm': {
        const seed = pick(r, this.xlsx);
        return { kind, fileName: `${tag}-${seed.name.replace(/\.xlsx$/, '.xlsm')}`, bytes: this.withMacros(seed, r, tag) };
      }
      case 'wrong-extension':
        return this.wrongExtension(r, tag);
      case 'empty': {
        const variants: Array<[string, Uint8Array]> = [
          ['empty.xlsx', new Uint8Array(0)],
          ['empty.csv', new Uint8Array(0)],
          ['bom-only.csv', new Uint8Array([0xef, 0xbb, 0xbf])],
          ['blank-lines.csv', strToU8('\n\n\r\n')],
          ['spaces.xls', strToU8('   ')],
          ['empty-zip.xlsx', zipSync({})],
          ['empty-sheet.xlsx', this.emptyWorkbook()],
        ];
        const [name, bytes] = pick(r, variants);
        return { kind, fileName: `${tag}-${name}`, bytes };
      }
    }
  }

  private cached(key: string, build: () => Uint8Array): Uint8Array {
    let bytes = this.cache.get(key);
    if (!bytes) {
      bytes = build();
      this.cache.set(key, bytes);
    }
    return bytes;
  }

  private parts(seed: SeedFile): Record<string, Uint8Array> {
    return unzipSync(seed.bytes);
  }

  /** Re-zips a fixture with some parts replaced or added; a tag part makes every output a new file. */
  private rezip(seed: SeedFile, changes: Record<string, Uint8Array>, tag: string): Uint8Array {
    const parts: Zippable = { ...this.parts(seed), ...changes, [`docProps/${tag}.xml`]: strToU8(`<x>${tag}</x>`) };
    return zipSync(parts, { level: 1 });
  }

  /** A real small ZIP whose worksheet inflates to 400 MB of zeros; lying: its headers claim 1 KB. */
  private bomb(lying: boolean): Uint8Array {
    const honest = this.cached('bomb', () => {
      const parts: Zippable = { ...this.parts(this.xlsx[0]!), 'xl/worksheets/sheet1.xml': [new Uint8Array(400 * MB), { level: 9 }] };
      return zipSync(parts, { level: 1 });
    });
    if (!lying) return honest;
    const bytes = honest.slice();
    lieAboutSizes(bytes);
    return bytes;
  }

  private nested(where: string): Uint8Array {
    const depth = 100_000;
    const body = where === 'xl/worksheets/sheet1.xml'
      ? `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row r="1">'.repeat(depth)}${'</row>'.repeat(depth)}</sheetData></worksheet>`
      : `<?xml version="1.0"?>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    return zipSync({ ...this.parts(this.xlsx[0]!), [where]: [strToU8(body), { level: 9 }] }, { level: 1 });
  }

  /** 1,000,000 tiny shared strings, or one 50 MB string, behind a sheet that refers to them. */
  private sharedStrings(variant: 'many' | 'huge'): Uint8Array {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const xml = variant === 'many'
      ? `<sst ${ns} count="1000000" uniqueCount="1000000">${'<si><t>a</t></si>'.repeat(1_000_000)}</sst>`
      : `<sst ${ns} count="1" uniqueCount="1"><si><t>${'ক'.repeat(50 * MB / 3)}</t></si></sst>`;
    const seed = this.xlsx[0]!;
    const parts = this.parts(seed);
    const changes: Zippable = { 'xl/sharedStrings.xml': [strToU8(xml), { level: 9 }] };
    if (!parts['xl/sharedStrings.xml']) {
      // Inline-string workbooks: point a cell at the table so the reader has a reason to load it.
      changes['xl/worksheets/sheet1.xml'] = strToU8(
        `<worksheet ${ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>999999</v></c></row></sheetData></worksheet>`,
      );
      changes['[Content_Types].xml'] = strToU8(
        new TextDecoder().decode(parts['[Content_Types].xml']).replace(
          '</Types>',
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
      );
      changes['xl/_rels/workbook.xml.rels'] = strToU8(
        new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels']).replace(
          '</Relationships>',
          '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
      );
    }
    return zipSync({ ...parts, ...changes }, { level: 1 });
  }

  /** Formulas on random number cells: some keep a cached value, some lose it, some call out. */
  private withFormulas(seed: SeedFile, r: Rng, tag: string): Uint8Array {
    const parts = this.parts(seed);
    const changes: Record<string, Uint8Array> = {};
    const formulas = [
      'SUM(A1:A3)', '1/0', 'WEBSERVICE("http://example.invalid/x")', '[1]Sheet1!$A$1', 'INDIRECT("A"&ROW())',
      'HYPERLINK("file:///etc/passwd","x")', 'CALL("kernel32","WinExec","JCJ","calc",0)', 'A1+A1', 'RAND()', 'NOW()',
    ];
    for (const [name, data] of Object.entries(parts)) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      const xml = new TextDecoder().decode(data).replace(/<c ([^>]*?)>(<v>[^<]*<\/v>)<\/c>/g, (whole, attrs: string, v: string) => {
        const roll = r();
        if (roll < 0.5) return whole;
        const f = `<f>${escapeXml(pick(r, formulas))}</f>`;
        return roll < 0.8 ? `<c ${attrs}>${f}${v}</c>` : `<c ${attrs}>${f}</c>`;
      });
      changes[name] = strToU8(xml);
    }
    return this.rezip(seed, changes, tag);
  }

  private withExternalLink(seed: SeedFile, r: Rng, tag: string): Uint8Array {
    const parts = this.parts(seed);
    const target = pick(r, ['file:///C:/secret/budget.xlsx', 'https://example.invalid/book.xlsx', '\\\\server\\share\\x.xlsx']);
    const text = (name: string) => new TextDecoder().decode(parts[name]);
    const changes: Record<string, Uint8Array> = {
      'xl/externalLinks/externalLink1.xml': strToU8(
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>',
      ),
      'xl/externalLinks/_rels/externalLink1.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${escapeXml(target)}" TargetMode="External"/></Relationships>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        text('xl/_rels/workbook.xml.rels').replace(
          '</Relationships>',
          '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
        ),
      ),
      'xl/workbook.xml': strToU8(
        text('xl/workbook.xml').replace(/<\/sheets>/, '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'),
      ),
    };
    return this.rezip(seed, changes, tag);
  }

  private withMacros(seed: SeedFile, r: Rng, tag: string): Uint8Array {
    const parts = this.parts(seed);
    const vba = new Uint8Array(512 + int(r, 4096)).map(() => int(r, 256));
    const types = new TextDecoder().decode(parts['[Content_Types].xml'])
      .replace('spreadsheetml.sheet.main+xml', 'spreadsheetml.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    const rels = new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels']).replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    );
    return this.rezip(seed, { 'xl/vbaProject.bin': vba, '[Content_Types].xml': strToU8(types), 'xl/_rels/workbook.xml.rels': strToU8(rels) }, tag);
  }

  private wrongExtension(r: Rng, tag: string): HostileInput {
    const kind = 'wrong-extension' as const;
    const xlsx = pick(r, this.xlsx);
    const csv = this.seeds.find((s) => s.name.endsWith('.csv')) ?? xlsx;
    const variant = int(r, 5);
    // Tagged so that each is a new file (the same bytes twice would be refused as already imported).
    if (variant === 0) return { kind, fileName: `${tag}-${xlsx.name.replace(/\.xlsx$/, '.csv')}`, bytes: this.rezip(xlsx, {}, tag) };
    if (variant === 1) return { kind, fileName: `${tag}-${csv.name.replace(/\.csv$/, '.xls')}`, bytes: concat([csv.bytes, strToU8(`\n${tag}\n`)]) };
    if (variant === 2) return { kind, fileName: `${tag}-report.xlsx`, bytes: fakePdf(r) };
    if (variant === 3) {
      const files: Zippable = {};
      const n = 1 + int(r, 6);
      for (let i = 0; i < n; i++) files[`${tag}/f${i}.${pick(r, ['txt', 'bin', 'xml', 'png'])}`] = new Uint8Array(int(r, 2048)).map(() => int(r, 256));
      if (r() < 0.5) files['mimetype'] = strToU8('application/vnd.oasis.opendocument.spreadsheet');
      return { kind, fileName: `${tag}-plan.ods`, bytes: zipSync(files, { level: 0 }) };
    }
    // Random binary noise under a spreadsheet name.
    return { kind, fileName: `${tag}-noise.${pick(r, ['xlsx', 'xls', 'ods', 'csv'])}`, bytes: new Uint8Array(1 + int(r, 8192)).map(() => int(r, 256)) };
  }

  private emptyWorkbook(): Uint8Array {
    const parts = this.parts(this.xlsx[0]!);
    return zipSync({
      ...parts,
      'xl/worksheets/sheet1.xml': strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'),
    }, { level: 1 });
  }
}

/**
 * The bomb the guard once let through (issue 15): a real workbook whose first worksheet is 1 GiB of
 * zeros deflated to about 1 MB; the directory says it inflates to 1 KB, the local header says 0.
 * SheetJS inflates by the local header and grows its buffer as long as the stream goes on.
 */
export function localHeaderBomb(seedXlsx: Uint8Array, variant: 'local-zero' | 'descriptor' | 'both-lie' = 'local-zero', mib = 1024): Uint8Array {
  const parts = unzipSync(seedXlsx);
  const entries = Object.entries(parts).map(([name, content]) => {
    if (name !== 'xl/worksheets/sheet1.xml') return honestEntry(name, content);
    const data = zerosDeflated(mib);
    const lie = { name, method: 8 as const, data, inflatedSize: mib * 1024 * 1024, centralUncompressed: 1024 };
    if (variant === 'both-lie') return lie;
    return { ...lie, localCompressed: 0, localUncompressed: 0, ...(variant === 'descriptor' ? { flags: 0x0008 } : {}) };
  });
  return craftZip(entries);
}

function fakePdf(r: Rng): Uint8Array {
  const head = strToU8('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\nstream\n');
  const body = new Uint8Array(256 + int(r, 4096)).map(() => int(r, 256));
  return concat([head, body, strToU8('\nendstream\n%%EOF\n')]);
}

/** Writes 1024 as every uncompressed size, local and central, so only inflating tells the truth. */
function lieAboutSizes(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = 0; p + 30 <= bytes.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x04034b50 && view.getUint32(p + 22, true) > 1024) view.setUint32(p + 22, 1024, true);
    else if (sig === 0x02014b50 && p + 28 <= bytes.length && view.getUint32(p + 24, true) > 1024) view.setUint32(p + 24, 1024, true);
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// Makes the text layer of Chromium's Bengali PDFs extract as whole words with poppler (pdftotext,
// Evince, Okular) without changing a single drawn pixel.
//
// Why: Chromium (Skia) writes each Bengali cluster whose glyphs do not map one-to-one to characters
// inside an /ActualText span, so the text comes out in logical order (ি after its consonant). But
// poppler places a span's characters between the origin of its first glyph and the end of its last
// one, and the font's mark positioning moves those glyphs off the baseline and inside the cluster
// (a ra-phala below, a ু to the left). Poppler then starts a new word whenever the baseline moves by
// half a point or a gap opens: "মন্ত্রণালয়" extracts as "মন্" + "ত্র" on another line + "ণালয়".
//
// Fix: draw, invisibly (text render mode 3), glyph 0 at the cluster's logical start and end on the
// baseline, as the first and last glyphs of its span, so poppler sees the clusters laid end to end.
// Lone glyphs that are off the baseline (marks outside spans) get a span of their own with their
// character as ActualText. Anything unexpected leaves the stream, or the whole file, untouched.
import { scanContent } from './content-stream.js';
import { decodeStream, parsePdf, refNumber, setFlateStream, writePdf, type PdfFile } from './pdf-file.js';

export interface FontInfo {
  /** Advance of a glyph in 1/1000 of the font size. */
  width(cid: number): number;
  toUnicode: Map<number, string>;
}

export function alignTextClusters(pdf: Buffer): Buffer {
  try {
    return rewrite(pdf) ?? pdf;
  } catch {
    return pdf;
  }
}

function rewrite(pdf: Buffer): Buffer | null {
  const file = parsePdf(pdf);
  if (!file) return null;
  const fontCache = new Map<number, FontInfo | null>();
  let changed = false;
  for (const obj of file.objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(obj.body)) continue;
    const fonts = pageFonts(file, obj.body, fontCache);
    for (const contentNum of contentRefs(obj.body)) {
      const content = file.objects.get(contentNum);
      if (!content) continue;
      const decoded = decodeStream(content);
      if (!decoded) continue;
      const aligned = alignContent(decoded.toString('latin1'), fonts);
      if (aligned === null) continue;
      setFlateStream(content, Buffer.from(aligned, 'latin1'));
      changed = true;
    }
  }
  return changed ? writePdf(file) : null;
}

function contentRefs(pageBody: string): number[] {
  const m = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(pageBody);
  if (!m) return [];
  return [...m[1]!.matchAll(/(\d+)\s+\d+\s+R/g)].map((r) => Number(r[1]));
}

/** The body of a dictionary value that is inline (<<…>>) or a reference to an object. */
function dictValue(file: PdfFile, body: string, key: string): string | null {
  const at = body.search(new RegExp(`/${key}\\b`));
  if (at < 0) return null;
  const rest = body.slice(at + key.length + 1).trimStart();
  if (rest.startsWith('<<')) {
    let depth = 0;
    for (let i = 0; i < rest.length; i += 1) {
      if (rest.startsWith('<<', i)) {
        depth += 1;
        i += 1;
      } else if (rest.startsWith('>>', i)) {
        depth -= 1;
        i += 1;
        if (depth === 0) return rest.slice(0, i + 1);
      }
    }
    return null;
  }
  const ref = refNumber(rest);
  return ref === null ? null : (file.objects.get(ref)?.body ?? null);
}

function pageFonts(file: PdfFile, pageBody: string, cache: Map<number, FontInfo | null>): Map<string, FontInfo> {
  const fonts = new Map<string, FontInfo>();
  const resources = dictValue(file, pageBody, 'Resources');
  const fontDict = resources ? dictValue(file, resources, 'Font') : null;
  if (!fontDict) return fonts;
  for (const m of fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)) {
    const num = Number(m[2]);
    if (!cache.has(num)) cache.set(num, readFont(file, num));
    const info = cache.get(num);
    if (info) fonts.set(m[1]!, info);
  }
  return fonts;
}

function readFont(file: PdfFile, num: number): FontInfo | null {
  const font = file.objects.get(num);
  if (!font || !/\/Subtype\s*\/Type0/.test(font.body) || !/\/Identity-H/.test(font.body)) return null;
  const descendant = /\/DescendantFonts\s*\[\s*(\d+)\s+\d+\s+R\s*\]/.exec(font.body);
  const cidFont = descendant ? file.objects.get(Number(descendant[1])) : undefined;
  if (!cidFont) return null;
  const widths = parseWidths(cidFont.body);
  const dw = Number(/\/DW\s+(-?[\d.]+)/.exec(cidFont.body)?.[1] ?? 1000);
  const toUnicodeRef = /\/ToUnicode\s+(\d+)\s+\d+\s+R/.exec(font.body);
  const cmapObj = toUnicodeRef ? file.objects.get(Number(toUnicodeRef[1])) : undefined;
  const cmap = cmapObj ? decodeStream(cmapObj) : null;
  return { width: (cid) => widths.get(cid) ?? dw, toUnicode: cmap ? parseToUnicode(cmap.toString('latin1')) : new Map() };
}

/** /W [c [w1 w2 …] c1 c2 w …] */
function parseWidths(body: string): Map<number, number> {
  const widths = new Map<number, number>();
  const start = body.indexOf('/W');
  if (start < 0) return widths;
  const open = body.indexOf('[', start);
  let depth = 0;
  let end = open;
  for (; end < body.length; end += 1) {
    if (body[end] === '[') depth += 1;
    else if (body[end] === ']' && --depth === 0) break;
  }
  const tokens = body.slice(open + 1, end).match(/\[|\]|-?[\d.]+/g) ?? [];
  let i = 0;
  while (i < tokens.length) {
    const first = Number(tokens[i]);
    if (tokens[i + 1] === '[') {
      let cid = first;
      i += 2;
      while (i < tokens.length && tokens[i] !== ']') widths.set(cid++, Number(tokens[i++]));
      i += 1;
    } else {
      const last = Number(tokens[i + 1]);
      const w = Number(tokens[i + 2]);
      for (let cid = first; cid <= last; cid += 1) widths.set(cid, w);
      i += 3;
    }
  }
  return widths;
}

function utf16Hex(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(m[1]!, 16), utf16Hex(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        const items = [...dst.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => utf16Hex(x[1]!));
        items.forEach((s, k) => map.set(lo + k, s));
      } else {
        const base = utf16Hex(dst.slice(1, -1));
        for (let cid = lo; cid <= hi; cid += 1) {
          map.set(cid, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (cid - lo)));
        }
      }
    }
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// The content stream

/** Text operators this rewrite does not model: a stream using any of them is left alone. */
const UNSUPPORTED = new Set(['Tr', 'Tc', 'Tw', 'Tz', 'TL', 'T*', 'TJ', "'", '"', 'Ts', 'TD', 'd0', 'd1']);
const EPS = 0.01;

interface Glyph {
  x: number;
  y: number;
  advance: number;
}

interface Point {
  e: number;
  f: number;
}

interface FontState {
  name: string;
  size: number;
  info: FontInfo | undefined;
}

interface Unit {
  glyphs: Glyph[];
  /** Where the first glyph-showing operation starts, and the line matrix and font there. */
  firstShowAt: number;
  lineAtFirst: Point;
  fontAtFirst: FontState;
  /** A lone glyph run gets a span of its own: its glyphs, to find its characters if it needs one. */
  lone: number[] | null;
  /** Where the end sentinel goes: before the span's EMC, or after the lone run's Tj. */
  endAt: number;
  lineAtEnd: Point;
  fontAtEnd: FontState;
  baseline: number;
  /** The text matrix is at its line start where the sentinels go (they reset it there). */
  safe: boolean;
  /** …and after the end sentinel the text position is set again before the next glyph (checked lazily). */
  checkAfter: number | null;
  /** How many characters (UTF-16 units) the cluster stands for (a lone run's: worked out lazily). */
  chars: number | null;
  /** A lone run's characters, once worked out. */
  text?: string | null;
  /** The text matrix's scale when the cluster was drawn. */
  scale: { a: number; d: number };
  /** An ActualText span or a glyph off its place: its advances are the font's, not the shaper's. */
  shaped: boolean;
}

interface Placed {
  unit: Unit;
  start: number;
  end: number;
}

/** Poppler takes characters closer than a tenth of the font size for duplicates (fake bold). */
const MIN_CHAR_WIDTH = 0.12;
/** A gap between clusters narrower than this (in font sizes) is shaping, not a space. */
const MAX_CLUSTER_GAP = 0.3;

function num(text: string | undefined): number {
  const n = text === undefined ? NaN : +text;
  if (!Number.isFinite(n)) throw new Error('not a number');
  return n;
}

function fmt(n: number): string {
  const s = n.toFixed(4).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** The glyph ids of a hex string operand (Identity-H: four hex digits each); null for anything else. */
function hexGlyphs(operand: string): number[] | null {
  if (operand.charCodeAt(0) !== 60 /* < */ || operand.charCodeAt(1) === 60) return null;
  const hex = operand.length === 6 ? operand.slice(1, 5) : operand.slice(1, -1).replace(/\s+/g, '');
  if (hex.length % 4 !== 0) return null;
  const cids: number[] = [];
  for (let i = 0; i < hex.length; i += 4) {
    const cid = parseInt(hex.slice(i, i + 4), 16);
    if (Number.isNaN(cid)) return null;
    cids.push(cid);
  }
  return cids;
}

/** The length of a span's ActualText, <FEFF…> hex or a literal string. */
function actualTextLength(dict: string): number {
  const hex = /\/ActualText\s*<([0-9A-Fa-f\s]*)>/.exec(dict);
  if (hex) return Math.max(1, hex[1]!.replace(/\s+/g, '').length / 4 - 1);
  return 1;
}

function utf16BeHex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return hex;
}

const POSITIONING = new Set(['Td', 'Tm', 'BT', 'ET', 'TD', 'T*']);
const SHOWING = new Set(['Tj', 'TJ', "'", '"']);
const WORD = /[A-Za-z'"*]+/g;

/** Whether the next glyph after `from` is drawn only after the text position is set again. */
function repositionedAfter(text: string, from: number): boolean {
  // Scan the next operators: no operand (number, name, hex glyph ids) looks like these words.
  const re = WORD;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    if (POSITIONING.has(word)) return true;
    if (SHOWING.has(word)) return false;
  }
  return true;
}

/** The content stream with sentinels added, or null when it needs none or cannot be rewritten. */
export function alignContent(text: string, fonts: Map<string, FontInfo>): string | null {
  const inserts: Array<[number, string]> = [];

  let inText = false;
  let a = 1;
  let d = 1;
  let lineE = 0;
  let lineF = 0;
  let penX = 0;
  let penY = 0;
  let atLineStart = true;
  let baseline = 0;
  let font: FontState = { name: '', size: 0, info: undefined };
  let logicalPen: number | null = null;
  let span: Unit | null = null;
  let spanDepth = 0;
  let depth = 0;
  let matrixOk = true;
  let pending: Placed | null = null;

  const loneText = (unit: Unit): string | null => {
    if (unit.text !== undefined) return unit.text;
    const map = unit.fontAtFirst.info?.toUnicode;
    let out = '';
    if (map) for (const cid of unit.lone!) out += map.get(cid) ?? '';
    unit.text = out === '' || out.includes('\0') ? null : out;
    return unit.text;
  };

  const charsOf = (unit: Unit): number => (unit.chars ??= Math.max(1, loneText(unit)?.length ?? unit.lone!.length));

  const isSafe = (unit: Unit): boolean => {
    if (unit.safe && unit.checkAfter !== null) {
      unit.safe = repositionedAfter(text, unit.checkAfter);
      unit.checkAfter = null;
    }
    return unit.safe;
  };

  const sentinel = (unit: Unit, at: Point, x: number, y: number): string => {
    const tx = (x - at.e) / unit.scale.a;
    const ty = (y - at.f) / unit.scale.d;
    return `\n${fmt(tx)} ${fmt(ty)} Td 3 Tr <0000> Tj 0 Tr ${fmt(-tx)} ${fmt(-ty)} Td\n`;
  };

  const emit = (p: Placed): void => {
    const { unit, start, end } = p;
    const glyphs = unit.glyphs;
    const first = glyphs[0]!;
    const last = glyphs[glyphs.length - 1]!;
    const tidy =
      Math.abs(first.y - unit.baseline) < EPS &&
      Math.abs(last.y - unit.baseline) < EPS &&
      Math.abs(first.x - start) < EPS &&
      Math.abs(last.x + last.advance - end) < EPS;
    if (tidy || !isSafe(unit)) return;
    let open = '';
    let close = '';
    if (unit.lone) {
      const own = loneText(unit);
      if (own === null) return;
      open = `\n/Span <</ActualText <${utf16BeHex(own)}>>> BDC`;
      close = 'EMC\n';
    }
    const endAdvance = (unit.fontAtEnd.info!.width(0) / 1000) * unit.fontAtEnd.size * unit.scale.a;
    inserts.push([unit.firstShowAt, open + sentinel(unit, unit.lineAtFirst, start, unit.baseline)]);
    inserts.push([unit.endAt, sentinel(unit, unit.lineAtEnd, end - endAdvance, unit.baseline) + close]);
  };

  const flush = (): void => {
    if (pending) emit(pending);
    pending = null;
  };

  /** A unit may be moved: a lone run only when it can be given its characters. */
  const movable = (unit: Unit): boolean => isSafe(unit) && (unit.lone === null || loneText(unit) !== null);

  const finishUnit = (unit: Unit): void => {
    const glyphs = unit.glyphs;
    if (glyphs.length === 0) return;
    if (!unit.fontAtFirst.info || !unit.fontAtEnd.info) unit.safe = false;
    let minX = Infinity;
    let maxEnd = -Infinity;
    for (const g of glyphs) {
      if (g.x < minX) minX = g.x;
      if (g.x + g.advance > maxEnd) maxEnd = g.x + g.advance;
    }
    const fontSize = unit.fontAtFirst.size * unit.scale.a;
    // The font's advances (W) need not add up to the shaped advance of a cluster (GPOS adjusts
    // them): a shaped cluster ends where the next one begins, unless a real gap lies between.
    if (pending && pending.unit.shaped && minX - pending.end > EPS && minX - pending.end < MAX_CLUSTER_GAP * fontSize && movable(pending.unit)) {
      pending.end = minX;
      logicalPen = minX;
    }
    let start = logicalPen === null ? minX : Math.max(logicalPen, minX);
    let end = Math.max(start, maxEnd);
    // A cluster with (almost) no width of its own (a stacked conjunct's lower half, a mark drawn
    // over its base) shares the previous cluster's width, so no two characters fall on one spot.
    if (
      pending &&
      Math.abs(pending.end - start) < EPS &&
      end - start < MIN_CHAR_WIDTH * fontSize * charsOf(unit) &&
      movable(unit) &&
      movable(pending.unit)
    ) {
      const total = end - pending.start;
      const before = charsOf(pending.unit);
      const boundary = pending.start + (total * before) / (before + charsOf(unit));
      pending.end = boundary;
      start = boundary;
    }
    end = Math.max(start, end);
    logicalPen = end;
    flush();
    pending = { unit, start, end };
  };

  const ok = scanContent(text, (op, operands, opStart, opEnd) => {
    switch (op) {
      case 'BT':
        // Skia starts a text object for each font: a cluster ending one may continue in the next.
        inText = true;
        a = 1;
        d = 1;
        lineE = lineF = penX = penY = 0;
        atLineStart = true;
        baseline = 0;
        logicalPen = null;
        matrixOk = true;
        break;
      case 'ET':
        inText = false;
        span = null;
        break;
      case 'Tf': {
        const name = (operands[0] ?? '').slice(1);
        font = { name, size: num(operands[1]), info: fonts.get(name) };
        break;
      }
      case 'Tm': {
        const [ma, mb, mc, md, me, mf] = operands.map(num);
        const open = pending as Placed | null; // (assigned in closures: TypeScript cannot follow it)
        if (open && Math.abs((mf ?? 0) - open.unit.baseline) > EPS) flush();
        matrixOk = mb === 0 && mc === 0 && (ma ?? 0) > 0 && md !== 0;
        a = ma ?? 1;
        d = md ?? 1;
        lineE = penX = me ?? 0;
        lineF = penY = mf ?? 0;
        atLineStart = true;
        baseline = lineF;
        logicalPen = null;
        break;
      }
      case 'Td':
        lineE = penX = lineE + num(operands[0]) * a;
        lineF = penY = lineF + num(operands[1]) * d;
        atLineStart = true;
        break;
      case 'BDC':
      case 'BMC':
        depth += 1;
        if (inText && span === null && op === 'BDC' && operands[0] === '/Span' && (operands[1] ?? '').includes('/ActualText')) {
          span = {
            glyphs: [],
            firstShowAt: -1,
            lineAtFirst: { e: lineE, f: lineF },
            fontAtFirst: font,
            lone: null,
            endAt: -1,
            lineAtEnd: { e: lineE, f: lineF },
            fontAtEnd: font,
            baseline,
            safe: matrixOk,
            checkAfter: null,
            chars: actualTextLength(operands[1] ?? ''),
            scale: { a, d },
            shaped: true,
          };
          spanDepth = depth;
        }
        break;
      case 'EMC':
        if (span && depth === spanDepth) {
          span.endAt = opStart;
          span.lineAtEnd = { e: lineE, f: lineF };
          span.fontAtEnd = font;
          span.safe = span.safe && matrixOk && span.firstShowAt >= 0;
          span.checkAfter = opEnd;
          finishUnit(span);
          span = null;
        }
        depth -= 1;
        break;
      case 'Tj': {
        const cids = hexGlyphs(operands[0] ?? '');
        const info = font.info;
        if (!inText || cids === null || !info) return false;
        const glyphs: Glyph[] = [];
        for (const cid of cids) {
          const advance = (info.width(cid) / 1000) * font.size * a;
          glyphs.push({ x: penX, y: penY, advance });
          penX += advance;
        }
        if (span) {
          if (span.firstShowAt < 0) {
            span.firstShowAt = opStart;
            span.lineAtFirst = { e: lineE, f: lineF };
            span.fontAtFirst = font;
            span.baseline = baseline;
            span.safe = span.safe && atLineStart;
          }
          for (const g of glyphs) span.glyphs.push(g);
        } else {
          const offPlace = Math.abs(glyphs[0]!.y - baseline) > EPS || (logicalPen !== null && glyphs[0]!.x < logicalPen - EPS);
          const line = { e: lineE, f: lineF };
          finishUnit({
            glyphs,
            firstShowAt: opStart,
            lineAtFirst: line,
            fontAtFirst: font,
            lone: cids,
            endAt: opEnd,
            lineAtEnd: line,
            fontAtEnd: font,
            baseline,
            safe: matrixOk && atLineStart,
            checkAfter: opEnd,
            chars: null,
            scale: { a, d },
            shaped: offPlace,
          });
        }
        atLineStart = false;
        break;
      }
      case 'q':
      case 'Q':
      case 'cm':
        // positions before and after are in different coordinates
        flush();
        logicalPen = null;
        break;
      default:
        if (UNSUPPORTED.has(op)) return false;
        break;
    }
    return true;
  });
  if (!ok) return null;
  flush();
  if (inserts.length === 0) return null;
  // Copy the stream between the insertion points (a stable sort keeps same-place inserts in order).
  inserts.sort((x, y) => x[0] - y[0]);
  const pieces: string[] = [];
  let copied = 0;
  for (const [at, insert] of inserts) {
    pieces.push(text.slice(copied, at), insert);
    copied = at;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

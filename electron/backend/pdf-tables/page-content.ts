// One PDF page as what the table rebuilding needs: its glyphs with their positions and the ruling
// lines drawn, both in the page's display coordinates (origin top-left, y down, a /Rotate applied, so
// a landscape page reads like a portrait one). A span with an /ActualText becomes one run of that text.
import { OPS, Util, type PDFPageProxy } from './pdfjs.js';

export interface TextRun {
  text: string;
  /** Left end of the run and its baseline, in points from the top-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size (the glyphs' height), in points. */
  size: number;
  /** Its text came from an /ActualText span (logical order already). */
  actual: boolean;
  /** Position in the page's drawing order: the order in which writers draw the letters of a line. */
  seq: number;
}

/** A ruling line: horizontal at y = `at` from x `from` to `to`, or vertical at x = `at`. */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
}

type Matrix = [number, number, number, number, number, number];
interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

/** Drawn path pieces per page beyond which the page is a drawing, not a table. */
const MAX_SEGMENTS = 20_000;

/**
 * The page's text, glyph by glyph where it was drawn (pdfjs's own text extraction joins glyphs across
 * table cells and drops the space glyphs, both of which the tables need), and its ruling lines: one
 * pass over pdfjs's operator list, with the PDF text state kept as its canvas renderer keeps it.
 */
export async function pageContent(page: PDFPageProxy, actualTexts: Array<string | null> | null): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList();
  const spans = ops.fnArray.reduce((n, fn) => (fn === OPS.beginMarkedContentProps ? n + 1 : n), 0);
  // ActualText is used only when the spans pdfjs saw are the ones read from the page's content stream.
  const texts = actualTexts && actualTexts.length === spans ? actualTexts : null;

  const runs: TextRun[] = [];
  const segments: Segment[] = [];
  const frames: Array<{ actual: string | null; runs: TextRun[] }> = [];
  let nextSpan = 0;
  const emit = (run: TextRun) => (frames.length > 0 ? frames[frames.length - 1]!.runs : runs).push(run);

  interface State { ctm: Matrix; textMatrix: Matrix; x: number; y: number; lineX: number; lineY: number; fontSize: number; fontMatrix: number; charSpacing: number; wordSpacing: number; hScale: number; leading: number; rise: number }
  let st: State = { ctm: viewport.transform as Matrix, textMatrix: [1, 0, 0, 1, 0, 0], x: 0, y: 0, lineX: 0, lineY: 0, fontSize: 0, fontMatrix: 0.001, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  const stack: State[] = [];
  const fontScale = new Map<string, number>();
  const moveText = (tx: number, ty: number) => {
    st.x = st.lineX += tx;
    st.y = st.lineY += ty;
  };

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push({ ...st });
        if (fn === OPS.paintFormXObjectBegin && Array.isArray(args[0]) && args[0].length === 6) st.ctm = Util.transform(st.ctm, args[0] as number[]) as Matrix;
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        st = stack.pop() ?? st;
        break;
      case OPS.transform:
        st.ctm = Util.transform(st.ctm, args as number[]) as Matrix;
        break;
      case OPS.beginText:
        st.textMatrix = [1, 0, 0, 1, 0, 0];
        st.x = st.lineX = st.y = st.lineY = 0;
        break;
      case OPS.setTextMatrix:
        st.textMatrix = Array.from(args[0] as ArrayLike<number>) as Matrix;
        st.x = st.lineX = st.y = st.lineY = 0;
        break;
      case OPS.moveText:
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setLeadingMoveText:
        st.leading = args[1] as number;
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setLeading:
        st.leading = -(args[0] as number);
        break;
      case OPS.nextLine:
        moveText(0, st.leading);
        break;
      case OPS.setCharSpacing:
        st.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        st.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        st.hScale = (args[0] as number) / 100;
        break;
      case OPS.setTextRise:
        st.rise = args[0] as number;
        break;
      case OPS.setFont: {
        const name = args[0] as string;
        st.fontSize = args[1] as number;
        let scale = fontScale.get(name);
        if (scale === undefined) {
          scale = fontMatrixScale(page, name);
          fontScale.set(name, scale);
        }
        st.fontMatrix = scale;
        break;
      }
      case OPS.showText:
        showGlyphs(args[0] as Array<Glyph | number>, st, emit);
        break;
      case OPS.beginMarkedContentProps:
      case OPS.beginMarkedContent: {
        const actual = fn === OPS.beginMarkedContentProps && texts ? (texts[nextSpan] ?? null) : null;
        if (fn === OPS.beginMarkedContentProps) nextSpan++;
        frames.push({ actual, runs: [] });
        break;
      }
      case OPS.endMarkedContent: {
        const frame = frames.pop();
        if (!frame) break;
        const merged = frame.actual !== null ? spanRun(frame.actual, frame.runs) : null;
        if (merged) emit(merged);
        else for (const run of frame.runs) emit(run);
        break;
      }
      case OPS.constructPath: {
        const paint = args[0] as number;
        const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
        if (PAINT_OPS.has(paint) && data && segments.length < MAX_SEGMENTS) addPath(data, st.ctm, FILL_OPS.has(paint), segments);
        break;
      }
      default:
        break;
    }
  }
  for (const frame of frames) runs.push(...frame.runs); // spans never closed
  runs.forEach((run, k) => (run.seq = k));
  return { width: viewport.width, height: viewport.height, runs, segments };
}

/** The font's glyph-space scale (1/1000 for most fonts; Type 3 fonts say their own). */
function fontMatrixScale(page: PDFPageProxy, name: string): number {
  try {
    const font = page.commonObjs.get(name) as { fontMatrix?: number[] } | null;
    const scale = font?.fontMatrix?.[0];
    return typeof scale === 'number' && Number.isFinite(scale) && scale !== 0 ? scale : 0.001;
  } catch {
    return 0.001;
  }
}

/** Each glyph of a showText where it is drawn, as a run; the text state moves on as it does in PDF. */
function showGlyphs(glyphs: Array<Glyph | number>, st: { ctm: Matrix; textMatrix: Matrix; x: number; y: number; fontSize: number; fontMatrix: number; charSpacing: number; wordSpacing: number; hScale: number; rise: number }, emit: (run: TextRun) => void): void {
  if (!Array.isArray(glyphs) || st.fontSize === 0) return;
  const m = Util.transform(st.ctm, st.textMatrix) as Matrix;
  // Text that does not read left to right on the displayed page (a rotated stamp) is not a table's.
  const upright = Math.abs(m[1]) <= 0.01 * Math.abs(m[0]) && m[0] > 0 && m[3] * st.fontSize !== 0;
  const size = Math.abs(m[3] * st.fontSize);
  const scaleX = m[0];
  let x = 0;
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      x -= (glyph * st.fontSize) / 1000;
      continue;
    }
    const advance = (glyph.width ?? 0) * st.fontMatrix * st.fontSize + (glyph.isSpace ? st.wordSpacing : 0) + st.charSpacing;
    if (upright && glyph.unicode) {
      const tx = st.x + x * st.hScale;
      const ty = st.y + st.rise;
      emit({
        text: glyph.unicode,
        x: m[0] * tx + m[2] * ty + m[4],
        y: m[1] * tx + m[3] * ty + m[5],
        width: Math.max(0, (glyph.width ?? 0) * st.fontMatrix * st.fontSize * st.hScale * scaleX),
        size,
        actual: false,
        seq: 0,
      });
    }
    x += advance;
  }
  st.x += x * st.hScale;
}

/** A span's glyphs as one run of its ActualText, over the width they take. */
function spanRun(text: string, glyphs: TextRun[]): TextRun | null {
  if (glyphs.length === 0) return null;
  const left = Math.min(...glyphs.map((g) => g.x));
  const right = Math.max(...glyphs.map((g) => g.x + g.width));
  const base = glyphs.reduce((a, b) => (b.size > a.size ? b : a));
  return { text, x: left, y: base.y, width: Math.max(0, right - left), size: base.size, actual: true, seq: 0 };
}

// ---------------------------------------------------------------------------------------------
// Ruling lines

/** Thicker than this and a filled rectangle is a shaded area, not a line. */
const MAX_LINE_THICKNESS = 3;
const PAINT_OPS = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILL_OPS = new Set<number>([OPS.fill, OPS.eoFill]);
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** The straight axis-aligned pieces of a path: stroked lines, and thin filled rectangles as lines. */
function addPath(data: ArrayLike<number>, ctm: Matrix, filled: boolean, out: Segment[]): void {
  const points: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === DRAW.moveTo) {
      if (current.length > 0) points.push(current);
      current = [apply(ctm, data[i + 1]!, data[i + 2]!)];
      i += 3;
    } else if (op === DRAW.lineTo) {
      current.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === DRAW.curveTo) {
      current.push(apply(ctm, data[i + 5]!, data[i + 6]!));
      current = [current[current.length - 1]!]; // a curve is no ruling line
      i += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      current = [apply(ctm, data[i + 3]!, data[i + 4]!)];
      i += 5;
    } else if (op === DRAW.closePath) {
      if (current.length > 1) current.push(current[0]!);
      i += 1;
    } else return; // not a path this reader knows
  }
  if (current.length > 0) points.push(current);
  for (const poly of points) {
    if (filled) addFilled(poly, out);
    else for (let k = 1; k < poly.length; k++) addLine(poly[k - 1]!, poly[k]!, out);
  }
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function addLine(a: [number, number], b: [number, number], out: Segment[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < 0.5 && dx > 1) out.push({ horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (dx < 0.5 && dy > 1) out.push({ horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}

/** A filled axis-aligned rectangle thin in one direction is a line along the other. */
function addFilled(poly: Array<[number, number]>, out: Segment[]): void {
  if (poly.length < 4) return;
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  // Only rectangles: every corner on the bounding box.
  if (!poly.every((p) => (near(p[0], left) || near(p[0], right)) && (near(p[1], top) || near(p[1], bottom)))) return;
  const w = right - left;
  const h = bottom - top;
  if (h <= MAX_LINE_THICKNESS && w > h) out.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
  else if (w <= MAX_LINE_THICKNESS && h > w) out.push({ horizontal: false, at: (left + right) / 2, from: top, to: bottom });
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.01;
}

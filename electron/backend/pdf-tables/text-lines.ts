// Runs of text → lines → text: runs on one baseline form a line, left to right, a space where a gap
// opens; glyph text in visual order is put in logical order (an /ActualText run is right already).
import { toLogicalOrder, tidyGlyphText } from './bengali-order.js';
import type { TextRun } from './page-content.js';

export interface TextLine {
  runs: TextRun[];
  /** Baseline, and the line's left and right ends, in points. */
  y: number;
  left: number;
  right: number;
  size: number;
}

/** Runs whose baselines are within this share of the font size are on one line. */
const SAME_BASELINE = 0.45;
/** A gap wider than this share of the font size separates two words (writers mostly draw the space too). */
const WORD_GAP = 0.3;
/** Drawing order that steps back further than this share of the font size is not reading order. */
const BACKSTEP = 1.5;

export function linesOf(runs: TextRun[]): TextLine[] {
  const sorted = runs.filter((r) => r.text !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextLine[] = [];
  for (const run of sorted) {
    // Sorted by baseline, a run can only join one of the last lines begun.
    let line: TextLine | undefined;
    for (let k = lines.length - 1; k >= Math.max(0, lines.length - 3) && !line; k--) {
      const l = lines[k]!;
      if (Math.abs(l.y - run.y) <= SAME_BASELINE * Math.max(l.size, run.size)) line = l;
    }
    if (line) {
      line.runs.push(run);
      line.left = Math.min(line.left, run.x);
      line.right = Math.max(line.right, run.x + run.width);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ runs: [run], y: run.y, left: run.x, right: run.x + run.width, size: run.size });
  }
  for (const line of lines) line.runs = readingOrder(line.runs);
  return lines.sort((a, b) => a.y - b.y);
}

/**
 * The runs of a line in the order they were drawn, which is the reading order for the writers that
 * draw a Bengali cluster as an /ActualText span whose glyphs stand out of place; by position when the
 * drawing order jumps back and forth (a writer that draws the page in another order).
 */
function readingOrder(runs: TextRun[]): TextRun[] {
  const drawn = [...runs].sort((a, b) => a.seq - b.seq);
  let right = -Infinity;
  for (const run of drawn) {
    if (run.x < right - BACKSTEP * run.size) return [...runs].sort((a, b) => a.x - b.x || a.seq - b.seq);
    right = Math.max(right, run.x + run.width);
  }
  return drawn;
}

const isBlank = (run: TextRun) => run.text.trim() === '';

/**
 * A line's text. Words are separated where the writer drew a space glyph (LibreOffice draws a line's
 * spaces apart from its letters, so a space goes between the letters it stands between); a line
 * without any is separated at wide gaps. Neighbouring glyphs are joined before the visual-order fix,
 * since a vowel sign and its consonant are drawn as separate glyphs.
 */
export function lineText(runs: TextRun[], visualOrder: boolean): string {
  const spaces = runs.filter(isBlank).map((r) => r.x + r.width / 2);
  const letters = readingOrder(runs.filter((r) => !isBlank(r)));
  const parts: string[] = [];
  let glyphs = '';
  const flush = () => {
    if (glyphs !== '') parts.push(visualOrder ? toLogicalOrder(glyphs) : tidyGlyphText(glyphs));
    glyphs = '';
  };
  // The right end of what is written so far (a mark drawn under a letter adds no width of its own).
  let right = -Infinity;
  letters.forEach((run, k) => {
    const previous = k > 0 ? letters[k - 1]! : null;
    let space = '';
    if (previous) {
      space = spaces.length > 0
        ? spaces.some((x) => x > previous.x && x <= run.x) ? ' ' : ''
        : run.x - right > WORD_GAP * Math.max(run.size, previous.size) ? ' ' : '';
    }
    right = Math.max(right, run.x + run.width);
    if (run.actual) {
      flush();
      parts.push(space + run.text);
    } else glyphs += space + run.text;
  });
  flush();
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A date or number broken over two lines in a narrow column ("১" above "৬/০৩/২০২২"). */
const NUMBER_END = /(^|[\s(])[0-9০-৯][0-9০-৯/.]*$/u;
const NUMBER_START = /^[0-9০-৯/.][0-9০-৯/.%]*($|\s)/u;

/** A web or e-mail address broken in a narrow column ("www.jms.g" above "ov.bd"). */
const LATIN_END = /[A-Za-z0-9.@_-]*[.@_][A-Za-z0-9.@_-]*$/;
const LATIN_START = /^[A-Za-z0-9.@_/-]+($|\s)/;

/** The writer drew a space after the line's last letter (where the line was wrapped at a space). */
function endsInSpace(runs: TextRun[]): boolean {
  const letters = runs.filter((r) => !isBlank(r));
  const last = letters.reduce((a, b) => (b.x > a.x ? b : a), letters[0]!);
  return letters.length > 0 && runs.some((r) => isBlank(r) && r.x >= last.x + last.width * 0.5);
}

/**
 * Lines of a cell's runs, joined with "\n" as Alt+Enter lines are in a spreadsheet cell; a line
 * wrapped after a slash or a hyphen ("কর্মশালা/"), a number and a web address wrapped in a narrow
 * column go on without a break (unless a space was drawn where the line was wrapped).
 */
export function blockText(runs: TextRun[], visualOrder: boolean): string {
  let text = '';
  let spaceAfter = false;
  for (const line of linesOf(runs)) {
    const t = lineText(line.runs, visualOrder);
    if (t === '') continue;
    const runsOn = !spaceAfter && (/[/\-–]$/.test(text) || (NUMBER_END.test(text) && NUMBER_START.test(t)) || (LATIN_END.test(text) && LATIN_START.test(t)));
    text += text === '' || runsOn ? t : `\n${t}`;
    spaceAfter = endsInSpace(line.runs);
  }
  return text;
}

// word/document.xml, read once with a streaming XML parser (saxes), as the blocks of the body in
// reading order: paragraphs (their text) and tables (rows of cells with their grid spans, vertical
// merges and the blocks inside each cell, nested tables included). A text box's paragraphs and
// tables follow the paragraph that anchors it. Deleted revisions, field codes and the fallback copy
// of a drawing (mc:Fallback repeats mc:Choice) are not text the reader sees.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface Paragraph {
  kind: 'paragraph';
  text: string;
}

export interface WordCell {
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: 'restart' starts a vertical merge, 'continue' carries the cell above down. */
  vMerge: 'restart' | 'continue' | null;
  blocks: Block[];
}

export interface WordRow {
  /** Grid columns left empty before the first cell (w:gridBefore). */
  gridBefore: number;
  cells: WordCell[];
}

export interface WordTable {
  kind: 'table';
  /** 1-based, in the order the tables start in the document (nested and text-box tables counted). */
  number: number;
  rows: WordRow[];
}

export type Block = Paragraph | WordTable;

export interface BodyLimits {
  /** Tables in the document; past this the file is not a plan. */
  maxTables: number;
  /** Paragraphs and cells together. */
  maxItems: number;
}

export class BodyTooLarge extends Error {}

/** Containers of blocks: the body, a table cell, a text box. */
interface Container {
  blocks: Block[];
  /** Text-box blocks met inside the current paragraph: they follow it. */
  pending: Block[];
}

/** Elements whose whole content is skipped. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:fldData']);
const MAX_SPAN = 1000;

export function parseBodyBlocks(xml: string, limits: BodyLimits): Block[] {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const body: Container = { blocks: [], pending: [] };
  const containers: Container[] = [body];
  const tables: WordTable[] = [];
  let rowStack: Array<WordRow | null> = [];
  let cellStack: Array<WordCell | null> = [];
  let paragraph: string[] | null = null;
  const paragraphStack: Array<string[] | null> = [];
  let inText = false;
  let skipDepth = 0;
  let tableCount = 0;
  let items = 0;

  const container = () => containers[containers.length - 1]!;
  const count = () => {
    if (++items > limits.maxItems) throw new BodyTooLarge('too many paragraphs or cells');
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    if (SKIPPED.has(name)) {
      if (!tag.isSelfClosing) skipDepth = 1;
      return;
    }
    switch (name) {
      case 'w:p':
        count();
        paragraphStack.push(paragraph);
        paragraph = [];
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (paragraph && !isTabStop(tag)) paragraph.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        paragraph?.push('\n');
        break;
      case 'w:noBreakHyphen':
        paragraph?.push('-');
        break;
      case 'w:tbl': {
        if (++tableCount > limits.maxTables) throw new BodyTooLarge('too many tables');
        const table: WordTable = { kind: 'table', number: tableCount, rows: [] };
        tables.push(table);
        rowStack.push(null);
        cellStack.push(null);
        break;
      }
      case 'w:tr': {
        const table = tables[tables.length - 1];
        if (!table) break;
        const row: WordRow = { gridBefore: 0, cells: [] };
        table.rows.push(row);
        rowStack[rowStack.length - 1] = row;
        break;
      }
      case 'w:gridBefore': {
        const row = rowStack[rowStack.length - 1];
        if (row && cellStack[cellStack.length - 1] === null) row.gridBefore = intAttr(tag, 0);
        break;
      }
      case 'w:tc': {
        const row = rowStack[rowStack.length - 1];
        if (!row) break;
        count();
        const cell: WordCell = { span: 1, vMerge: null, blocks: [] };
        row.cells.push(cell);
        cellStack[cellStack.length - 1] = cell;
        containers.push({ blocks: cell.blocks, pending: [] });
        break;
      }
      case 'w:gridSpan': {
        const cell = cellStack[cellStack.length - 1];
        if (cell && paragraph === null) cell.span = Math.min(MAX_SPAN, Math.max(1, intAttr(tag, 1)));
        break;
      }
      case 'w:vMerge': {
        const cell = cellStack[cellStack.length - 1];
        if (cell && paragraph === null) cell.vMerge = tag.attributes['w:val'] === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'w:txbxContent':
        containers.push({ blocks: [], pending: [] });
        paragraphStack.push(paragraph);
        paragraph = null;
        break;
      default:
        break;
    }
  });

  parser.on('text', (text: string) => {
    if (inText && skipDepth === 0 && paragraph) paragraph.push(text);
  });

  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const text = (paragraph ?? []).join('');
        paragraph = paragraphStack.pop() ?? null;
        const here = container();
        here.blocks.push({ kind: 'paragraph', text });
        if (here.pending.length > 0) here.blocks.push(...here.pending.splice(0));
        break;
      }
      case 'w:tc':
        if (containers.length > 1 && cellStack[cellStack.length - 1]) {
          containers.pop();
          cellStack[cellStack.length - 1] = null;
        }
        break;
      case 'w:tr':
        rowStack[rowStack.length - 1] = null;
        break;
      case 'w:tbl': {
        const table = tables.pop();
        rowStack.pop();
        cellStack.pop();
        if (table) container().blocks.push(table);
        break;
      }
      case 'w:txbxContent': {
        const box = containers.pop();
        paragraph = paragraphStack.pop() ?? null;
        // The text box's blocks come after the paragraph that anchors it.
        if (box) container().pending.push(...box.blocks);
        break;
      }
      default:
        break;
    }
  });

  parser.on('error', (error: Error) => {
    throw error;
  });
  parser.write(xml).close();
  // Blocks of a text box whose anchoring paragraph never closed (a damaged file) are kept all the same.
  body.blocks.push(...body.pending);
  rowStack = [];
  cellStack = [];
  return body.blocks;
}

/** A w:tab inside w:tabs (paragraph properties) is a tab stop, not a tab character. */
function isTabStop(tag: SaxesTagPlain): boolean {
  return tag.attributes['w:pos'] !== undefined;
}

function intAttr(tag: SaxesTagPlain, fallback: number): number {
  const value = Number.parseInt(String(tag.attributes['w:val'] ?? ''), 10);
  return Number.isFinite(value) ? value : fallback;
}

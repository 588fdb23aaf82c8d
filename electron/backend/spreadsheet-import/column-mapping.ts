// From the header block to a role per column: the lowest header row decides ("১০০%" under "অসাধারণ"
// under "লক্ষ্যমাত্রা"), a merged header decides only its first column, "মান" is the area's weight or
// the indicator's by its neighbours, and the target columns get their levels.
import { type Level, type Period } from '../../../common/plan-document/schema.js';
import { LEVELS } from '../../../common/terms/plan-terms.js';
import { achievementRole, headerKey, periodFromText, targetRole, type ColumnRole, type HeaderClass } from './column-roles.js';
import { headerClassOf, readableText } from './header-cells.js';
import { columnLetter, type Grid, type GridCell } from './sheet-grid.js';

export interface ColumnMapping {
  /** 0-based column index. */
  column: number;
  /** "A", "B", … ("1", "2", … in a Word or PDF table) */
  letter: string;
  /** The header as written, its rows joined with " / ". */
  header: string;
  role: ColumnRole;
}

/** An achievement column whose period the title must give; replaced before the layout is returned. */
export const PENDING_ACHIEVEMENT = 'achievement:?' as ColumnRole;

export function mapColumns(grid: Grid, start: number, end: number, numbersRow: number): ColumnMapping[] {
  const width = Math.max(grid.colCount, 0);
  const drafts: Array<{ column: number; header: string; cls: HeaderClass | null; decidedBy: GridCell | null; parts: string[] }> = [];
  for (let c = 0; c < width; c++) {
    const parts: Array<{ cell: GridCell; text: string }> = [];
    for (let r = start; r <= end; r++) {
      if (r === numbersRow) continue;
      const cell = grid.rows[r]?.[c];
      if (!cell || parts.some((p) => p.cell === cell)) continue;
      const text = readableText(cell).replace(/\s+/g, ' ').trim();
      if (text !== '') parts.push({ cell, text });
    }
    let cls: HeaderClass | null = null;
    let decidedBy: GridCell | null = null;
    // The lowest header row is the most specific ("১০০%" under "অসাধারণ" under "লক্ষ্যমাত্রা").
    for (let i = parts.length - 1; i >= 0 && !cls; i--) {
      cls = headerClassOf(parts[i]!.cell);
      if (cls) decidedBy = parts[i]!.cell;
    }
    const texts: string[] = [];
    for (const p of parts) texts.push(p.text);
    drafts.push({ column: c, header: texts.join(' / '), cls, decidedBy, parts: texts });
  }

  // A header merged across columns decides only its first column; the rest are spill-over.
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.decidedBy && d.decidedBy === drafts[i - 1]!.decidedBy && d.decidedBy.col !== d.column) d.cls = null;
  }

  // Achievement columns without a period in their own cell take it from the rows above.
  for (const d of drafts) {
    if (d.cls?.kind === 'achievement' && d.cls.period === null) d.cls = { kind: 'achievement', period: periodOfParts(d.parts) };
  }

  const roles = resolveRoles(drafts.map((d) => d.cls));
  // A Word or PDF table has no column letters: its columns are numbered, as the places in it are.
  const name = (column: number) => (grid.locate ? String(column + 1) : columnLetter(column));
  return drafts.map((d, i) => ({ column: d.column, letter: name(d.column), header: d.header, role: roles[i]! }));
}

/** The first period named among a column's header rows (plain loops: V8 keeps this code compiled). */
function periodOfParts(parts: string[]): Period | null {
  for (const part of parts) {
    const period = periodFromText(headerKey(part));
    if (period !== null) return period;
  }
  return null;
}

/** Turns header classes into roles: which "মান" is the area's weight, which target column is which level. */
function resolveRoles(classes: Array<HeaderClass | null>): ColumnRole[] {
  const roles: ColumnRole[] = classes.map((cls) => {
    if (!cls) return 'ignore';
    switch (cls.kind) {
      case 'target':
      case 'bareWeight':
        return 'ignore'; // decided below
      case 'achievement':
        return cls.period ? achievementRole(cls.period) : PENDING_ACHIEVEMENT;
      default:
        return cls.kind;
    }
  });

  // "মান" / "Weight" alone: with an explicit indicator-weight column, or as the first of two, or right
  // beside the area column, it is the area's weight; otherwise the indicator's.
  const bare = classes.flatMap((cls, i) => (cls?.kind === 'bareWeight' ? [i] : []));
  const hasIndicatorWeight = roles.includes('weight');
  const areaIndex = roles.indexOf('area');
  bare.forEach((i, n) => {
    const besideArea = areaIndex >= 0 && i > areaIndex && roles.slice(areaIndex + 1, i).every((r) => r === 'ignore');
    const isArea = hasIndicatorWeight || (bare.length > 1 ? n === 0 : besideArea);
    roles[i] = isArea ? 'areaWeight' : 'weight';
  });

  const targetIdx = classes.flatMap((cls, i) => (cls?.kind === 'target' ? [i] : []));
  const levels = assignLevels(targetIdx.map((i) => classes[i] as Extract<HeaderClass, { kind: 'target' }>));
  targetIdx.forEach((i, n) => {
    const level = levels[n];
    roles[i] = level === null || level === undefined ? 'ignore' : targetRole(level);
  });

  // Two columns claiming one role: the first keeps it (the editor shows the rest to re-map).
  const seen = new Set<ColumnRole>();
  return roles.map((role) => {
    if (role === 'ignore' || role === PENDING_ACHIEVEMENT || role === 'remarks' || role === 'evidence') return role;
    if (seen.has(role)) return 'ignore';
    seen.add(role);
    return role;
  });
}

/**
 * Levels of the target columns, in column order. Percentages written in the header decide; else
 * the count does (five → 100…60, three → 100/80/60, one → 100); else the level names; else position.
 */
export function assignLevels(targets: Array<Extract<HeaderClass, { kind: 'target' }>>): Array<Level | null> {
  const n = targets.length;
  if (n === 0) return [];
  if (targets.every((t) => t.byPercent && t.level !== null)) return dedupeLevels(targets.map((t) => t.level));
  if (n === 1) return [100];
  if (n === 3 && !targets.every((t) => t.byPercent)) return [100, 80, 60];
  if (n === 5) return [...LEVELS];
  const named = targets.map((t) => t.level);
  if (named.every((l) => l !== null) && new Set(named).size === n) return named;
  return LEVELS.slice(0, n).map((l) => l) as Level[];
}

function dedupeLevels(levels: Array<Level | null>): Array<Level | null> {
  const seen = new Set<Level>();
  return levels.map((l) => {
    if (l === null || seen.has(l)) return null;
    seen.add(l);
    return l;
  });
}

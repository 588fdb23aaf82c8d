// Grid + layout → apa-plan/1 document. Cheap to run again: it only walks the table's rows of a grid
// that is already in memory, so the mapping editor can re-normalise on every change.
import {
  planDocumentSchema,
  type Indicator,
  type Level,
  type Period,
  type PlanDocument,
  type Value,
} from '../../../common/plan-document/schema.js';
import { runChecks, type AreaDraft } from './checks.js';
import { codeDepth, codePrefix, parseCodeCell, parseLeadingCode } from './codes.js';
import type { ColumnMapping } from './column-mapping.js';
import { levelOfRole, periodOfRole } from './column-roles.js';
import { Diagnostics } from './diagnostics.js';
import { PlanReadError } from './errors.js';
import type { Layout } from './header-detect.js';
import type { Workbook } from './read.js';
import { cellAddress, type Grid, type GridCell } from './sheet-grid.js';
import { classifyRow, rowColumns, type RowColumns } from './table-rows.js';
import { withSourcePlaces } from './text-grid.js';
import { fiscalYearFromText } from './title-info.js';
import { inferUnit, parseUnit, valueForm } from './units.js';
import { isShortDash, readText, readValue, type CellValue } from './cell-values.js';

export interface NormaliseOverrides {
  fiscalYear?: string;
  officeName?: string;
  /** The period of the achievement column, when the file has exactly one. */
  period?: Period;
}

interface Columns {
  serial: number[];
  area: number[];
  areaWeight: number[];
  activity: number[];
  code: number[];
  indicator: number[];
  unit: number[];
  weight: number[];
  remarks: number[];
  evidence: number[];
  targets: Array<{ level: Level; cols: number[] }>;
  achievements: Array<{ period: Period; cols: number[] }>;
}

/** Reads the table and validates the document with planDocumentSchema (the contract). */
export function normalise(wb: Workbook, layout: Layout, overrides: NormaliseOverrides = {}): PlanDocument {
  return validatedDocument(readDocument(wb, layout, overrides), wb.fileName, layout.sheet);
}

/**
 * Reads the table as a document, not yet validated: the reader worker sends it as it is, and the
 * import validates it where it arrives (read-in-worker.ts), before anything can store it.
 */
export function readDocument(wb: Workbook, layout: Layout, overrides: NormaliseOverrides = {}): PlanDocument {
  const grid = wb.sheets.find((g) => g.name === layout.sheet);
  if (!grid) {
    throw new PlanReadError(
      'no-table',
      `${wb.fileName}: there is no sheet "${layout.sheet}"`,
      `${wb.fileName}: "${layout.sheet}" নামে কোনো শিট নেই`,
      { sheet: layout.sheet },
    );
  }
  return new TableReader(wb, grid, layout, overrides).read();
}

/** The document if it is a valid apa-plan/1 document; else a PlanReadError naming the file and sheet. */
export function validatedDocument(document: PlanDocument, fileName: string, sheet: string): PlanDocument {
  const check = planDocumentSchema.safeParse(document);
  if (!check.success) {
    const issue = check.error.issues[0];
    throw new PlanReadError(
      'invalid-document',
      `${fileName}: the table could not be turned into a valid plan document (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
      `${fileName}: সারণিটি থেকে বৈধ পরিকল্পনা তৈরি করা যায়নি`,
      { sheet },
    );
  }
  return document;
}

function groupColumns(columns: ColumnMapping[], overridePeriod: Period | undefined): Columns {
  const out: Columns = {
    serial: [],
    area: [],
    areaWeight: [],
    activity: [],
    code: [],
    indicator: [],
    unit: [],
    weight: [],
    remarks: [],
    evidence: [],
    targets: [],
    achievements: [],
  };
  const achievementCols = columns.filter((c) => periodOfRole(c.role) !== null);
  for (const c of columns) {
    const level = levelOfRole(c.role);
    const period = periodOfRole(c.role);
    if (level !== null) {
      const entry = out.targets.find((t) => t.level === level);
      if (entry) entry.cols.push(c.column);
      else out.targets.push({ level, cols: [c.column] });
    } else if (period !== null) {
      const p = overridePeriod && achievementCols.length === 1 ? overridePeriod : period;
      const entry = out.achievements.find((a) => a.period === p);
      if (entry) entry.cols.push(c.column);
      else out.achievements.push({ period: p, cols: [c.column] });
    } else if (c.role !== 'ignore') {
      out[c.role as Exclude<keyof Columns, 'targets' | 'achievements'>].push(c.column);
    }
  }
  return out;
}

interface CarriedArea {
  cell: GridCell;
  draft: AreaDraft;
}

interface CarriedActivity {
  cell: GridCell;
  code: string | null;
  text: string;
}

class TableReader {
  private readonly diags: Diagnostics;
  private readonly cols: Columns;
  private readonly areas: AreaDraft[] = [];
  private readonly indicators: Indicator[] = [];
  private area: CarriedArea | null = null;
  private areaWeightCell: GridCell | null = null;
  private activity: CarriedActivity | null = null;
  private readonly rowCols: RowColumns;
  private readonly legacyCells = new Set<GridCell>();

  constructor(
    private readonly wb: Workbook,
    private readonly grid: Grid,
    private readonly layout: Layout,
    private readonly overrides: NormaliseOverrides,
  ) {
    this.diags = new Diagnostics(grid.name);
    this.cols = groupColumns(layout.columns, overrides.period);
    this.rowCols = rowColumns(layout.columns);
  }

  read(): PlanDocument {
    const { layout, grid } = this;
    for (const w of this.wb.warnings) this.diags.push({ ...w, cell: w.cell ?? null });
    if (this.cols.indicator.length === 0 && this.cols.code.length === 0) {
      this.diags.error('no-indicator-column', {});
    }
    if (this.cols.targets.length === 0) {
      this.diags.warning('no-target-columns', {});
    }
    if (this.cols.unit.length === 0) {
      this.diags.info('unit-inferred', {});
    }

    const last = Math.min(layout.dataRowEnd, grid.rowCount - 1);
    for (let r = Math.max(0, layout.dataRowStart); r <= last; r++) {
      const kind = classifyRow(grid, r, this.rowCols);
      if (kind === 'empty' || kind === 'header') continue;
      this.carry(r);
      if (kind === 'data') this.readIndicator(r);
      else if (kind === 'values-only') this.unplaced(r, 'values');
      else if (this.ownText(r, this.cols.indicator) !== null) this.unplaced(r, 'text');
    }

    if (this.legacyCells.size > 0) {
      this.diags.info('legacy-encoding', { count: this.legacyCells.size }, null, 'summary');
    }
    const levels = this.cols.targets.map((t) => t.level);
    // "২০২৩-২০২৪" typed in the preview means 2023-24 as much as it does in a title.
    const given = this.overrides.fiscalYear;
    const fiscalYear = given !== undefined ? (fiscalYearFromText(given) ?? given) : layout.fiscalYear;
    const areas = this.finishAreas();
    runChecks({
      indicators: this.indicators,
      areas: this.areas,
      planType: layout.planType,
      fiscalYear,
      hasTargetColumns: levels.length > 0,
      diags: this.diags,
    });

    const officeName = this.overrides.officeName ?? layout.officeName;
    return withSourcePlaces<PlanDocument>({
      format: 'apa-plan/1',
      source: { file: baseName(this.wb.fileName), sheet: grid.name, sha256: this.wb.sha256 },
      planType: layout.planType,
      fiscalYear,
      office: officeName ? { name: officeName } : null,
      reportPeriods: this.cols.achievements.map((a) => a.period),
      levels: levels.length > 0 ? levels : [100],
      areas,
      indicators: this.indicators,
      diagnostics: this.diags.items,
    }, grid);
  }

  // ------------------------------------------------------------------ cells

  private cell(r: number, c: number): GridCell | undefined {
    return this.grid.rows[r]?.[c];
  }

  /** The first of the columns whose cell on this row is filled (merged copies included). */
  private firstFilled(r: number, cols: number[]): { cell: GridCell; col: number } | null {
    for (const c of cols) {
      const cell = this.cell(r, c);
      if (cell && readText(cell).text !== '') return { cell, col: c };
    }
    return null;
  }

  private ownText(r: number, cols: number[]): string | null {
    for (const c of cols) {
      const cell = this.cell(r, c);
      if (cell && cell.row === r && readText(cell).text !== '') return readText(cell).text;
    }
    return null;
  }

  private addr(cell: GridCell): string {
    return cellAddress(cell.row, cell.col);
  }

  /** Text of a cell, converting Bijoy and saying so. */
  private text(cell: GridCell): string {
    const read = readText(cell);
    if (read.bijoy) this.legacy(cell);
    return read.text;
  }

  private legacy(cell: GridCell): void {
    this.legacyCells.add(cell);
    this.diags.info('legacy-encoding', {}, this.addr(cell), 'cell');
  }

  // ------------------------------------------------------------------ area and activity carried down

  private carry(r: number): void {
    const areaHit = this.firstFilled(r, this.cols.area);
    if (areaHit && areaHit.cell !== this.area?.cell && !this.sameArea(areaHit.cell)) {
      const parsed = parseLeadingCode(this.text(areaHit.cell));
      if (parsed.malformed) this.badCode(parsed.malformed, areaHit.cell);
      const serial = this.serialAt(areaHit.cell.row);
      const draft: AreaDraft = {
        code: parsed.code ?? null,
        ownCode: parsed.code !== null,
        fallbackCode: serial,
        title: parsed.rest,
        weight: null,
        weightCell: null,
        titleCell: this.addr(areaHit.cell),
        indicators: [],
      };
      this.areas.push(draft);
      this.area = { cell: areaHit.cell, draft };
      this.areaWeightCell = null;
      this.activity = null;
    }
    const weightHit = this.firstFilled(r, this.cols.areaWeight);
    if (weightHit && weightHit.cell !== this.areaWeightCell && this.area) {
      this.areaWeightCell = weightHit.cell;
      this.area.draft.weight = this.number(weightHit.cell, 'areaWeight');
      this.area.draft.weightCell = this.addr(weightHit.cell);
    }
    const activityHit = this.firstFilled(r, this.cols.activity);
    if (activityHit && activityHit.cell !== this.activity?.cell) {
      const parsed = parseLeadingCode(this.text(activityHit.cell));
      if (parsed.malformed) this.badCode(parsed.malformed, activityHit.cell);
      this.activity = { cell: activityHit.cell, code: parsed.code, text: parsed.rest };
    }
  }

  /** The area typed again on every row instead of merged: the same area, not a new one. */
  private sameArea(cell: GridCell): boolean {
    if (!this.area) return false;
    if (readText(cell).text !== readText(this.area.cell).text) return false;
    this.area = { cell, draft: this.area.draft };
    return true;
  }

  private serialAt(r: number): string | null {
    const hit = this.firstFilled(r, this.cols.serial);
    if (!hit) return null;
    const code = parseCodeCell(readText(hit.cell).text).code;
    return code !== null && /^\d+$/.test(code) && code !== '0' ? code : null;
  }

  // ------------------------------------------------------------------ one indicator row

  private readIndicator(r: number): void {
    const cells: Record<string, string> = {};
    const textHit = this.firstFilled(r, this.cols.indicator);
    const textCellAddr = textHit ? this.addr(textHit.cell) : cellAddress(r, this.cols.indicator[0] ?? 0);
    if (this.cols.indicator.length > 0) cells.text = textCellAddr;
    const rawText = textHit ? this.text(textHit.cell) : '';
    const leading = parseLeadingCode(rawText);

    // The code: its own column first, else written before the text.
    let code: string | null = null;
    let codeCell = textCellAddr;
    const codeHit = this.firstFilled(r, this.cols.code);
    if (codeHit) {
      codeCell = this.addr(codeHit.cell);
      const parsed = parseCodeCell(this.text(codeHit.cell));
      if (parsed.malformed) this.badCode(parsed.malformed, codeHit.cell);
      code = parsed.code;
    } else if (leading.malformed) {
      this.badCode(leading.malformed, textHit?.cell);
    }
    code ??= leading.code;
    if (this.cols.code.length > 0 || code !== null) cells.code = this.cols.code.length > 0 ? codeCell : textCellAddr;
    if (code !== null && codeDepth(code) !== 3) {
      this.diags.error('bad-code', { code }, codeCell, 'depth');
    }

    const area = this.area?.draft ?? null;
    const activity = this.activity;
    if (this.area) cells.area = area!.titleCell;
    if (area?.weightCell) cells.areaWeight = area.weightCell;
    if (activity) cells.activityCode = this.addr(activity.cell);

    // The codes of the area and activity the row is listed under (as written there, else from the
    // indicator's code); a plan without an area column has no area code. A mismatch is reported below.
    const areaCode =
      this.cols.area.length === 0
        ? null
        : (area?.code ?? (code !== null ? codePrefix(code, 1) : null) ?? (activity?.code ? codePrefix(activity.code, 1) : null) ?? area?.fallbackCode ?? null);
    const activityCode = activity?.code ?? (code !== null && codeDepth(code) >= 3 ? codePrefix(code, 2) : null);
    this.checkPlace(code, codeCell, area, activity);

    // Unit, weight.
    const unitHit = this.firstFilled(r, this.cols.unit);
    const unitText = unitHit ? this.text(unitHit.cell) : null;
    if (this.cols.unit.length > 0) cells.unit = unitHit ? this.addr(unitHit.cell) : cellAddress(r, this.cols.unit[0]!);
    let unit = unitText ? parseUnit(unitText) : null;
    if (unitText && unit === null) {
      this.diags.warning('unknown-unit', { text: unitText }, cells.unit);
    }
    const weightHit = this.firstFilled(r, this.cols.weight);
    if (this.cols.weight.length > 0) cells.weight = weightHit ? this.addr(weightHit.cell) : cellAddress(r, this.cols.weight[0]!);
    const weight = weightHit ? this.number(weightHit.cell, 'weight') : null;

    // Targets; then the unit from their form when the file does not give one.
    const targets: Partial<Record<`${Level}`, Value>> = {};
    const targetForms: CellValue[] = [];
    for (const { level, cols } of this.cols.targets) {
      const { value, cell, read } = this.value(r, cols, unit === 'date', 'target');
      targets[String(level) as `${Level}`] = value;
      cells[`targets.${level}`] = cell;
      targetForms.push(read);
    }
    // Only a file with no unit column has its units inferred; an empty unit cell stays empty.
    const inferUnits = this.cols.unit.length === 0;
    if (inferUnits) unit = inferUnit(targetForms);

    const achievements: Partial<Record<Period, Value>> = {};
    const achievementText: Partial<Record<Period, string>> = {};
    for (const { period, cols } of this.cols.achievements) {
      const { value, cell, read } = this.value(r, cols, unit === 'date', 'achievement');
      achievements[period] = value;
      cells[`achievements.${period}`] = cell;
      if (read.kind === 'words') {
        achievementText[period] = read.text;
        this.diags.info('achievement-words', { text: read.text }, cell);
      }
    }
    if (inferUnits && unit === null) unit = inferUnit(Object.values(achievements).map(valueForm));

    const remarks = this.joinedText(r, this.cols.remarks, cells, 'remarks');
    const evidence = this.joinedText(r, this.cols.evidence, cells, 'evidence');

    const indicator: Indicator = {
      code,
      areaCode,
      activityCode,
      activity: activity?.text || null,
      text: leading.rest,
      unit,
      unitText: unitText ?? null,
      weight,
      targets,
      achievements,
      cells,
    };
    if (Object.keys(achievementText).length > 0) indicator.achievementText = achievementText;
    if (this.cols.remarks.length > 0) indicator.remarks = remarks;
    if (this.cols.evidence.length > 0) indicator.evidence = evidence;
    this.indicators.push(indicator);
    area?.indicators.push(indicator);
  }

  /** A target or achievement: the first filled column's value; words and impossible dates reported. */
  private value(
    r: number,
    cols: number[],
    expectDate: boolean,
    what: 'target' | 'achievement',
  ): { value: Value; cell: string; read: CellValue } {
    const hit = this.firstFilled(r, cols);
    const cell = hit ? this.addr(hit.cell) : cellAddress(r, cols[0]!);
    if (!hit) return { value: null, cell, read: { kind: 'empty' } };
    const read = readValue(hit.cell, { date1904: this.wb.date1904, expectDate });
    if (read.bijoy) this.legacy(hit.cell);
    switch (read.kind) {
      case 'number':
        return { value: read.value, cell, read };
      case 'date':
        return { value: read.iso, cell, read };
      case 'invalid-date':
        this.diags.error('invalid-date', { text: read.text }, cell);
        return { value: read.shaped, cell, read };
      case 'words':
        if (what === 'target') {
          this.diags.warning('target-words', { text: read.text }, cell);
        }
        return { value: null, cell, read };
      default:
        return { value: null, cell, read };
    }
  }

  private number(cell: GridCell, what: 'weight' | 'areaWeight'): number | null {
    const read = readValue(cell, { date1904: this.wb.date1904, expectDate: false });
    if (read.bijoy) this.legacy(cell);
    if (read.kind === 'number') return read.value;
    if (read.kind === 'empty') return null;
    const shown = read.kind === 'date' ? read.iso : read.text;
    this.diags.warning('bad-value', { text: shown }, this.addr(cell), what === 'weight' ? 'weight' : 'area-weight');
    return null;
  }

  private joinedText(r: number, cols: number[], cells: Record<string, string>, key: string): string | null {
    const parts: string[] = [];
    let first: string | null = null;
    for (const c of cols) {
      const cell = this.cell(r, c);
      const text = cell ? this.text(cell) : '';
      if (text === '') continue;
      first ??= this.addr(cell!);
      if (!isShortDash(text) && !parts.includes(text)) parts.push(text);
    }
    if (cols.length > 0) cells[key] = first ?? cellAddress(r, cols[0]!);
    return parts.length > 0 ? parts.join(' ') : null;
  }

  // ------------------------------------------------------------------ findings while reading

  private badCode(text: string, cell: GridCell | undefined): void {
    this.diags.error('bad-code', { text }, cell ? this.addr(cell) : null, 'malformed');
  }

  /** An indicator filed under another activity or area than its code says (seed 001's [২.১.২] under [২.২]). */
  private checkPlace(code: string | null, codeCell: string, area: AreaDraft | null, activity: CarriedActivity | null): void {
    if (code === null || codeDepth(code) !== 3) return;
    const activityCode = codePrefix(code, 2);
    if (activity?.code && activity.code !== activityCode) {
      this.diags.warning('code-out-of-place', { code, under: activity.code }, codeCell, 'activity');
      return;
    }
    const areaCode = codePrefix(code, 1);
    if (area?.ownCode && area.code !== areaCode) {
      this.diags.warning('code-out-of-place', { code, under: area.code ?? '' }, codeCell, 'area');
    }
  }

  private unplaced(r: number, what: 'values' | 'text'): void {
    const row = this.grid.rows[r] ?? [];
    const first = row.find((cell) => cell !== undefined && cell.row === r && readText(cell).text !== '');
    this.diags.warning('unplaced-row', { row: r + 1 }, first ? this.addr(first) : cellAddress(r, 0), what);
  }

  // ------------------------------------------------------------------ areas

  /** Areas with a code (their own, their indicators', or the serial column's), in document order. */
  private finishAreas(): PlanDocument['areas'] {
    const out: PlanDocument['areas'] = [];
    const seen = new Set<string>();
    for (const draft of this.areas) {
      const fromIndicators = draft.indicators.map((i) => i.areaCode).find((c) => c !== null) ?? null;
      draft.code ??= fromIndicators ?? draft.fallbackCode;
      if (draft.code === null || !/^\d+$/.test(draft.code)) continue;
      if (seen.has(draft.code) && draft.indicators.length === 0) continue;
      seen.add(draft.code);
      out.push({ code: draft.code, title: draft.title, weight: draft.weight });
    }
    return out;
  }
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

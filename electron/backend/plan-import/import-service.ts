// The Import screen's backend: stage a file (read once), analyse it with the user's corrections,
// and commit it as a plan version (and a report version where it has achievements) in one transaction.
import { and, desc, eq, sql } from 'drizzle-orm';
import { offices, plans, reports, storedFiles } from '../../../drizzle/schema.js';
import type { DuplicateInfo, ImportAnalysis, ImportResult, LayoutOverride, OfficeDocument } from '../api/contract.js';
import { ApiError, fieldError } from '../api/errors.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AppDatabase, Db } from '../database/open-database.js';
import { isFiscalYear } from '../fiscal-year/fiscal-year.js';
import { getOffice, listOffices } from '../offices/office-service.js';
import type { Period, PlanDocument } from '../plan-document/schema.js';
import { insertPlanTable, insertReport } from '../plan-store/save-plan.js';
import { loadPlanDocument as loadPlanForChecks } from '../plan-store/load-plan.js';
import { runChecks } from '../review-checks/index.js';
import {
  COLUMN_ROLES, detectLayout, isColumnRole, isPlanReadError, normalise, type Layout,
} from '../spreadsheet-import/index.js';
import { readWorkbookInWorker } from '../spreadsheet-import/read-in-worker.js';
import { findStoredFile, sha256, storeFile } from '../stored-files/stored-files.js';
import { confidentMatch, suggestOffices } from './office-match.js';
import { StagingArea, type StagedFile } from './staging.js';

export interface AnalyseChoices {
  layout?: LayoutOverride;
  officeId?: number;
  fiscalYear?: string;
  period?: Period | null;
}

/** Turns the reader's error into the API's file error (file, sheet, cell, both languages). */
function fileError(fileName: string, error: unknown): ApiError {
  if (isPlanReadError(error)) {
    return new ApiError({
      kind: 'file', code: error.code, file: fileName, message: `${fileName}: ${error.message}`, messageBn: `${fileName}: ${error.messageBn}`,
      ...(error.sheet ? { sheet: error.sheet } : {}), ...(error.cell ? { cell: error.cell } : {}),
    });
  }
  return new ApiError({
    kind: 'file', code: 'corrupt', file: fileName, message: `${fileName}: the file could not be read`,
    messageBn: `${fileName}: ফাইলটি পড়া যায়নি`,
  });
}

/** The detected layout with the user's corrections applied. */
export function applyLayoutOverride(staged: StagedFile, override: LayoutOverride | undefined): Layout {
  const detected = detectLayout(staged.workbook, override?.sheet ? { sheet: override.sheet } : {});
  if (!override) return detected;
  const columns = detected.columns.map((c) => ({ ...c }));
  for (const { column, role } of override.columns ?? []) {
    if (!isColumnRole(role)) throw fieldError('layout.columns', 'invalid-role', `unknown column role "${role}"`);
    const existing = columns.find((c) => c.column === column);
    if (existing) existing.role = role;
    else throw fieldError('layout.columns', 'invalid-column', `column ${column} is not part of the table`);
  }
  const layout: Layout = { ...detected, columns };
  for (const key of ['headerRowStart', 'headerRowEnd', 'dataRowStart', 'dataRowEnd'] as const) {
    if (override[key] !== undefined) layout[key] = override[key];
  }
  if (layout.dataRowStart > layout.dataRowEnd) throw fieldError('layout.dataRowEnd', 'invalid-range', 'the table ends before it starts');
  return layout;
}

/** Which period the achievements are stored for, when the user has not said. */
export function defaultPeriod(document: PlanDocument, hint: Period | null): Period | null {
  const periods = document.reportPeriods;
  if (periods.length === 0) return null;
  if (periods.includes('annual')) return 'annual';
  if (periods.includes('H1')) return 'H1';
  if (periods.length > 1 && periods.every((p) => p === 'Q1' || p === 'Q2')) return 'H1';
  if (hint && periods.includes(hint)) return hint;
  return periods[periods.length - 1]!;
}

export class ImportService {
  private readonly staging = new StagingArea();

  private readonly db: Db;

  constructor(private readonly database: AppDatabase) {
    this.db = database.db;
  }

  /** Reads the file in the reader's worker thread (time-capped), then analyses it here. */
  async stage(fileName: string, bytes: Uint8Array): Promise<ImportAnalysis> {
    const hash = sha256(bytes);
    let workbook;
    try {
      workbook = await readWorkbookInWorker(bytes, fileName);
    } catch (error) {
      throw fileError(fileName, error);
    }
    this.staging.put({ id: hash, fileName, bytes, sha256: hash, workbook });
    return this.analyse(hash, {});
  }

  private staged(stagedId: string): StagedFile {
    const staged = this.staging.get(stagedId);
    if (!staged) throw fieldError('stagedId', 'not-staged', 'the file is no longer staged: add it again');
    return staged;
  }

  /**
   * The table read with a layout choice. Reading (detect + normalise) is the costly part, so the last
   * read is kept: confirming right after the preview, or choosing another office, does not repeat it.
   */
  private read(staged: StagedFile, choices: AnalyseChoices): { layout: Layout; document: PlanDocument } {
    const key = JSON.stringify([choices.layout ?? null, choices.fiscalYear ?? null]);
    if (staged.lastRead?.key === key) return staged.lastRead;
    try {
      const layout = applyLayoutOverride(staged, choices.layout);
      const read = normalise(staged.workbook, layout, choices.fiscalYear ? { fiscalYear: choices.fiscalYear } : {});
      const document = { ...read, source: { file: staged.fileName, sheet: layout.sheet, sha256: staged.sha256 } };
      staged.lastRead = { key, layout, document };
      return staged.lastRead;
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw fileError(staged.fileName, error);
    }
  }

  analyse(stagedId: string, choices: AnalyseChoices): ImportAnalysis {
    const staged = this.staged(stagedId);
    const { layout, document } = this.read(staged, choices);
    const detectedOfficeName = document.office?.name ?? layout.officeName;
    const officeSuggestions = suggestOffices(detectedOfficeName, listOffices(this.db));
    const officeId = choices.officeId ?? confidentMatch(officeSuggestions);
    const fiscalYear = choices.fiscalYear ?? document.fiscalYear;
    const period = choices.period !== undefined ? choices.period : defaultPeriod(document, layout.periodHint);
    return {
      stagedId, fileName: staged.fileName, sha256: staged.sha256, sheets: staged.workbook.sheets.map((s) => s.name), layout, roles: COLUMN_ROLES,
      document, detectedOfficeName, officeSuggestions, officeId, fiscalYear, period,
      kind: document.reportPeriods.length > 0 ? 'report' : 'plan',
      findings: runChecks(document, { period: period ?? 'H1', ...(this.approvedPlanFor(officeId, fiscalYear)) }),
      duplicateOf: this.duplicateOf(staged.sha256),
    };
  }

  /**
   * Stored plans never change, so each one is loaded once for the plan-drift check (keyed with its
   * creation time too: a restored database may reuse an id for another plan).
   */
  private readonly approvedPlans = new Map<string, PlanDocument>();

  /** The latest approved plan of the office and year, for the plan-drift check. */
  private approvedPlanFor(officeId: number | null, fiscalYear: string | null): { approvedPlan?: PlanDocument } {
    if (officeId === null || fiscalYear === null) return {};
    const row = this.db
      .select({ id: plans.id, createdAt: plans.createdAt })
      .from(plans)
      .where(and(eq(plans.officeId, officeId), eq(plans.fiscalYear, fiscalYear), eq(plans.kind, 'plan')))
      .orderBy(desc(plans.version))
      .get();
    if (!row) return {};
    const key = `${row.id}@${row.createdAt}`;
    let approvedPlan = this.approvedPlans.get(key);
    if (!approvedPlan) {
      approvedPlan = loadPlanForChecks(this.db, row.id);
      this.approvedPlans.set(key, approvedPlan);
    }
    return { approvedPlan };
  }

  private duplicateOf(hash: string): DuplicateInfo | null {
    const file = findStoredFile(this.db, hash);
    if (!file) return null;
    const plan = this.db
      .select({ planId: plans.id, kind: plans.kind, fiscalYear: plans.fiscalYear, officeName: offices.nameBn })
      .from(plans)
      .innerJoin(offices, eq(offices.id, plans.officeId))
      .where(eq(plans.sourceFileId, file.id))
      .get();
    if (!plan) return null;
    const report = this.db.select({ period: reports.period }).from(reports).where(eq(reports.planId, plan.planId)).get();
    return { fileName: file.fileName, storedAt: file.storedAt, officeName: plan.officeName, fiscalYear: plan.fiscalYear, kind: plan.kind, period: report?.period ?? null };
  }

  commit(input: { stagedId: string; layout?: LayoutOverride; officeId: number; fiscalYear: string; period: Period | null; receivedOn?: string | null }, actor: string): ImportResult {
    const staged = this.staged(input.stagedId);
    if (!isFiscalYear(input.fiscalYear)) throw fieldError('fiscalYear', 'invalid-fiscal-year', `${input.fiscalYear} is not a fiscal year`);
    const office = getOffice(this.db, input.officeId);
    if (!office.active) throw fieldError('officeId', 'office-inactive', 'the office is deactivated');
    const duplicate = this.duplicateOf(staged.sha256);
    if (duplicate) {
      throw new ApiError({ kind: 'conflict', code: 'duplicate-file', message: `${staged.fileName} was already imported on ${duplicate.storedAt}` });
    }
    // normalise() validated the document with planDocumentSchema; it is what the preview showed.
    const { document } = this.read(staged, input);
    if (document.indicators.length === 0) throw fieldError('layout', 'no-indicators', 'no indicator rows were read: check the column mapping');
    const isReport = document.reportPeriods.length > 0;
    if (isReport && !input.period) throw fieldError('period', 'required', 'choose the period the achievements belong to');

    const result = this.db.transaction((tx) => {
      const file = storeFile(tx, staged.fileName, staged.bytes);
      const saved = insertPlanTable(tx, this.database.sqlite, { officeId: office.id, fiscalYear: input.fiscalYear, kind: isReport ? 'report' : 'plan', document, sourceFileId: file.id });
      const report = isReport
        ? insertReport(this.database.sqlite, { officeId: office.id, fiscalYear: input.fiscalYear, period: input.period!, saved, document, receivedOn: input.receivedOn ?? null })
        : null;
      recordAudit(tx, {
        actor, entity: report ? 'report' : 'plan', entityId: report?.reportId ?? saved.planId, action: 'import',
        newValue: { file: staged.fileName, sha256: file.sha256, office: office.nameBn, fiscalYear: input.fiscalYear, period: input.period, version: report?.version ?? saved.version },
      });
      return {
        planId: saved.planId, planVersion: saved.version, reportId: report?.reportId ?? null, reportVersion: report?.version ?? null,
        kind: isReport ? ('report' as const) : ('plan' as const),
      };
    });
    this.staging.discard(input.stagedId);
    return result;
  }

  discard(stagedId: string): { discarded: boolean } {
    const had = this.staging.get(stagedId) !== undefined;
    this.staging.discard(stagedId);
    return { discarded: had };
  }
}

/** The plans and reports stored for an office, newest first. */
export function listOfficeDocuments(db: Db, officeId: number): OfficeDocument[] {
  getOffice(db, officeId);
  const indicatorCount = sql<number>`(SELECT count(*) FROM plan_indicators i WHERE i.plan_id = ${plans.id})`;
  const planRows = db
    .select({ plan: plans, fileName: storedFiles.fileName, indicatorCount })
    .from(plans)
    .leftJoin(storedFiles, eq(storedFiles.id, plans.sourceFileId))
    .where(and(eq(plans.officeId, officeId), eq(plans.kind, 'plan')))
    .all();
  const reportRows = db
    .select({ report: reports, fileName: storedFiles.fileName, indicatorCount })
    .from(reports)
    .innerJoin(plans, eq(plans.id, reports.planId))
    .leftJoin(storedFiles, eq(storedFiles.id, plans.sourceFileId))
    .where(eq(reports.officeId, officeId))
    .all();
  return [
    ...planRows.map(({ plan, fileName, indicatorCount: n }) => ({
      kind: 'plan' as const, id: plan.id, planId: plan.id, fiscalYear: plan.fiscalYear, period: null, version: plan.version,
      fileName, createdAt: plan.createdAt, indicatorCount: n,
    })),
    ...reportRows.map(({ report, fileName, indicatorCount: n }) => ({
      kind: 'report' as const, id: report.id, planId: report.planId, fiscalYear: report.fiscalYear, period: report.period,
      version: report.version, fileName, createdAt: report.createdAt, indicatorCount: n,
    })),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

// The Import screen's backend: stage a file (read once), analyse it with the user's corrections,
// and commit it as a plan version (and a report version where it has achievements) in one transaction.
import { and, eq, sql } from 'drizzle-orm';
import { plans, reports, storedFiles } from '../../../drizzle/schema.js';
import type { CommitInput, CommitOutcome, ImportAnalysis, ImportResult, LayoutOverride, OfficeDocument } from '../api/contract.js';
import { ApiError, conflict, fieldError, notFound, type ApiErrorBody } from '../api/errors.js';
import { MAX_STAGED_FILES } from '../../../common/limits.js';
import { recordAuditOn } from '../audit/audit-log.js';
import type { AppDatabase, Db } from '../database/open-database.js';
import { isFiscalYear } from '../../../common/fiscal-year/fiscal-year.js';
import { getOffice } from '../offices/office-service.js';
import type { Period, PlanDocument } from '../../../common/plan-document/schema.js';
import { insertPlanTable, insertReport } from '../plan-store/save-plan.js';
import { loadPlanDocument as loadPlanForChecks } from '../plan-store/load-plan.js';
import { inCatalogueOrder, isStoredDataCheck, runChecks, type CheckContext, type Finding } from '../review-checks/index.js';
import { COLUMN_ROLES, isPlanReadError, type Layout } from '../spreadsheet-import/index.js';
import { defaultPeriod } from '../spreadsheet-import/default-period.js';
import { isLayoutChoiceError, type TableChoice } from '../spreadsheet-import/layout-choice.js';
import { readTableInWorker } from '../spreadsheet-import/read-in-worker.js';
import type { WorkerTableRead } from '../spreadsheet-import/reader-protocol.js';
import { sha256, storeFile } from '../stored-files/stored-files.js';
import { duplicateOf, latestApprovedPlan, matchableOffices, officeForImport } from './import-lookups.js';
import { confidentMatch, suggestOffices } from './office-match.js';
import { StagingArea, StagingFullError, type StagedFile } from './staging.js';

export interface AnalyseChoices {
  layout?: LayoutOverride;
  officeId?: number;
  fiscalYear?: string;
  period?: Period | null;
}

/** Turns the reader's error into the API's file error (file, sheet, cell, both languages). */
function fileError(fileName: string, error: unknown): ApiError {
  if (isPlanReadError(error)) {
    // The reader names the file itself in most of its messages.
    const named = (text: string) => (text.startsWith(`${fileName}: `) ? text : `${fileName}: ${text}`);
    return new ApiError({
      kind: 'file', code: error.code, file: fileName, message: named(error.message), messageBn: named(error.messageBn),
      ...(error.sheet ? { sheet: error.sheet } : {}), ...(error.cell ? { cell: error.cell } : {}),
    });
  }
  return new ApiError({
    kind: 'file', code: 'corrupt', file: fileName, message: `${fileName}: the file could not be read`,
    messageBn: `${fileName}: ফাইলটি পড়া যায়নি`,
  });
}

interface ReadyFile {
  staged: StagedFile;
  input: CommitInput;
  office: { id: number; nameBn: string };
  document: PlanDocument;
  isReport: boolean;
}

/** An error of one file in a batch, as the API reports it (anything unexpected becomes `internal`). */
function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) return error.body;
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The choices a read is kept under. The office does not change how the table reads, nor does a
 * fiscal year that the table itself names (`layout` is the one read with the same layout choice).
 */
function readKey(choices: AnalyseChoices, layout: Layout): string {
  const fiscalYear = choices.fiscalYear && choices.fiscalYear !== layout.fiscalYear ? choices.fiscalYear : null;
  // The Import screen sends an empty choice ({}, or no re-mapped column) until the user changes one.
  const given = choices.layout ?? {};
  const corrected = Object.entries(given).some(([key, value]) => value !== undefined && !(key === 'columns' && Array.isArray(value) && value.length === 0));
  return JSON.stringify([corrected ? given : null, fiscalYear]);
}

/** What is kept of a read: the table, its document checks, and the choices it was read with. */
function lastRead(choices: AnalyseChoices, table: WorkerTableRead): StagedFile['lastRead'] {
  return { key: readKey(choices, table.layout), layout: table.layout, document: table.document, documentFindings: table.documentFindings };
}

export class ImportService {
  private readonly staging = new StagingArea();

  private readonly db: Db;

  constructor(private readonly database: AppDatabase) {
    this.db = database.db;
  }

  /** Reads the file in a reader worker (time-capped), then analyses its table here. */
  async stage(fileName: string, bytes: Uint8Array): Promise<ImportAnalysis> {
    const hash = sha256(bytes);
    // Refused before it is read: the list never drops a file the user can see to make room.
    if (!this.staging.hasRoomFor(hash, bytes.length)) {
      throw conflict('staging-full', `the import list holds at most ${MAX_STAGED_FILES} files: import or remove some first`);
    }
    const choice: AnalyseChoices = {};
    const table = await this.readInWorker({ fileName, bytes, sha256: hash }, choice);
    try {
      this.staging.put({ id: hash, fileName, bytes, sha256: hash, sheets: table.sheets, lastRead: lastRead(choice, table) });
    } catch (error) {
      // Files read in parallel can fill the last places while this one was being read.
      if (error instanceof StagingFullError) throw conflict('staging-full', error.message);
      throw error;
    }
    return this.analyse(hash, choice);
  }

  private staged(stagedId: string): StagedFile {
    const staged = this.staging.get(stagedId);
    if (!staged) throw fieldError('stagedId', 'not-staged', 'the file is no longer staged: add it again');
    return staged;
  }

  private async readInWorker(file: { fileName: string; bytes: Uint8Array; sha256: string }, choices: AnalyseChoices): Promise<WorkerTableRead> {
    const choice: TableChoice = { ...(choices.layout ? { layout: choices.layout } : {}), ...(choices.fiscalYear ? { fiscalYear: choices.fiscalYear } : {}) };
    try {
      const table = await readTableInWorker({ bytes: file.bytes, fileName: file.fileName, sha256: file.sha256, choice });
      return { ...table, document: { ...table.document, source: { file: file.fileName, sheet: table.layout.sheet, sha256: file.sha256 } } };
    } catch (error) {
      if (isLayoutChoiceError(error)) throw fieldError(error.field, error.code, error.message);
      throw fileError(file.fileName, error);
    }
  }

  /**
   * The table read with a layout choice. Reading (detect + normalise) is the costly part, so the last
   * read is kept: confirming right after the preview, or choosing another office, does not repeat it.
   */
  private async read(staged: StagedFile, choices: AnalyseChoices): Promise<StagedFile['lastRead']> {
    if (staged.lastRead.key === readKey(choices, staged.lastRead.layout)) return staged.lastRead;
    staged.lastRead = lastRead(choices, await this.readInWorker(staged, choices));
    return staged.lastRead;
  }

  async analyse(stagedId: string, choices: AnalyseChoices): Promise<ImportAnalysis> {
    const staged = this.staged(stagedId);
    return this.analysis(staged, await this.read(staged, choices), choices);
  }

  private analysis(staged: StagedFile, { layout, document, documentFindings }: StagedFile['lastRead'], choices: AnalyseChoices): ImportAnalysis {
    const detectedOfficeName = document.office?.name ?? layout.officeName;
    const officeSuggestions = suggestOffices(detectedOfficeName, matchableOffices(this.database.sqlite));
    const officeId = choices.officeId ?? confidentMatch(officeSuggestions);
    const fiscalYear = choices.fiscalYear ?? document.fiscalYear;
    const period = choices.period !== undefined ? choices.period : defaultPeriod(document, layout.periodHint);
    return {
      stagedId: staged.id, fileName: staged.fileName, sha256: staged.sha256, sheets: staged.sheets, layout, roles: COLUMN_ROLES,
      document, detectedOfficeName, officeSuggestions, officeId, fiscalYear, period, letterDate: layout.letterDate ?? null,
      kind: document.reportPeriods.length > 0 ? 'report' : 'plan',
      findings: this.findings(document, documentFindings, { period: period ?? 'H1', ...this.approvedPlanFor(officeId, fiscalYear) }),
      duplicateOf: duplicateOf(this.database.sqlite, staged.sha256),
    };
  }

  /**
   * The review checks of the preview. The reader worker has run those that need only the document,
   * for the period proposed; here run the ones on stored data, or all of them for another period.
   */
  private findings(document: PlanDocument, fromWorker: StagedFile['lastRead']['documentFindings'], context: CheckContext & { period: Period }): Finding[] {
    if (fromWorker.period !== context.period) return runChecks(document, context);
    return inCatalogueOrder(fromWorker.findings, context.approvedPlan ? runChecks(document, context, isStoredDataCheck) : []);
  }

  /**
   * Stored plans never change, so each one is loaded once for the plan-drift check (keyed with its
   * creation time too: a restored database may reuse an id for another plan).
   */
  private readonly approvedPlans = new Map<string, PlanDocument>();

  /** The latest approved plan of the office and year, for the plan-drift check. */
  private approvedPlanFor(officeId: number | null, fiscalYear: string | null): { approvedPlan?: PlanDocument } {
    if (officeId === null || fiscalYear === null) return {};
    const row = latestApprovedPlan(this.database.sqlite, officeId, fiscalYear);
    if (!row) return {};
    const key = `${row.id}@${row.createdAt}`;
    let approvedPlan = this.approvedPlans.get(key);
    if (!approvedPlan) {
      approvedPlan = loadPlanForChecks(this.db, row.id);
      this.approvedPlans.set(key, approvedPlan);
    }
    return { approvedPlan };
  }

  /** Stores one confirmed file in its own transaction. */
  async commit(input: CommitInput, actor: string): Promise<ImportResult> {
    const ready = await this.readyToStore(input);
    const result = this.database.sqlite.transaction(() => this.store(ready, actor))();
    this.staging.discard(input.stagedId);
    return result;
  }

  /**
   * Stores several confirmed files in one transaction (one commit to disk instead of one per file),
   * each under its own savepoint: a file refused (e.g. the same bytes twice in the batch) is rolled
   * back alone and reported, the others are stored.
   */
  async commitMany(inputs: CommitInput[], actor: string): Promise<{ results: CommitOutcome[] }> {
    const ready = await Promise.all(inputs.map((input) => this.readyToStore(input).then((r) => r, (error: unknown) => toErrorBody(error))));
    const results = this.database.sqlite.transaction(() =>
      ready.map((r, i): CommitOutcome => {
        const stagedId = inputs[i]!.stagedId;
        if (!('staged' in r)) return { stagedId, ok: false, error: r };
        try {
          return { stagedId, ok: true, result: this.database.sqlite.transaction(() => this.store(r, actor))() };
        } catch (error) {
          return { stagedId, ok: false, error: toErrorBody(error) };
        }
      }),
    )();
    for (const r of results) if (r.ok) this.staging.discard(r.stagedId);
    return { results };
  }

  /** Everything a confirmed file is checked against before it is stored, and its table as the preview showed it. */
  private async readyToStore(input: CommitInput): Promise<ReadyFile> {
    const staged = this.staged(input.stagedId);
    if (!isFiscalYear(input.fiscalYear)) throw fieldError('fiscalYear', 'invalid-fiscal-year', `${input.fiscalYear} is not a fiscal year`);
    const office = officeForImport(this.database.sqlite, input.officeId);
    if (!office) throw notFound('office', `office ${input.officeId} does not exist`);
    if (!office.active) throw fieldError('officeId', 'office-inactive', 'the office is deactivated');
    // normalise() validated the document with planDocumentSchema; it is what the preview showed.
    const { document } = await this.read(staged, input);
    if (document.indicators.length === 0) throw fieldError('layout', 'no-indicators', 'no indicator rows were read: check the column mapping');
    const isReport = document.reportPeriods.length > 0;
    if (isReport && !input.period) throw fieldError('period', 'required', 'choose the period the achievements belong to');
    return { staged, input, office, document, isReport };
  }

  /** Writes one file (its bytes, plan, report and audit row); the caller holds the transaction. */
  private store({ staged, input, office, document, isReport }: ReadyFile, actor: string): ImportResult {
    const sqlite = this.database.sqlite;
    const duplicate = duplicateOf(sqlite, staged.sha256);
    if (duplicate) {
      throw new ApiError({ kind: 'conflict', code: 'duplicate-file', message: `${staged.fileName} was already imported on ${duplicate.storedAt}` });
    }
    const file = storeFile(sqlite, staged.fileName, staged.bytes, staged.sha256);
    const saved = insertPlanTable(sqlite, { officeId: office.id, fiscalYear: input.fiscalYear, kind: isReport ? 'report' : 'plan', document, sourceFileId: file.id });
    const report = isReport
      ? insertReport(sqlite, { officeId: office.id, fiscalYear: input.fiscalYear, period: input.period!, saved, document, receivedOn: input.receivedOn ?? null })
      : null;
    recordAuditOn(sqlite, {
      actor, entity: report ? 'report' : 'plan', entityId: report?.reportId ?? saved.planId, action: 'import',
      newValue: { file: staged.fileName, sha256: file.sha256, office: office.nameBn, fiscalYear: input.fiscalYear, period: input.period, version: report?.version ?? saved.version },
    });
    return {
      planId: saved.planId, planVersion: saved.version, reportId: report?.reportId ?? null, reportVersion: report?.version ?? null,
      kind: isReport ? 'report' : 'plan',
    };
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

// The reviewer's changes to one report's review. Each runs in one transaction with its audit record
// (who, when, old → new; entity 'review_item', id "<reportId>:<indicatorId>"), so the change and
// its record commit together or not at all.
import { and, eq } from 'drizzle-orm';
import { targetsFromJson } from '../plan-store/stored-values.js';
import { evidenceFiles, planIndicators, reports, reviewItems, reviews } from '../../../drizzle/schema.js';
import type { ReviewHistoryEntry, ReviewStatus } from '../api/contract/review.js';
import { fieldError, notFound } from '../api/errors.js';
import { auditHistory, recordAudit, recordChanges } from '../audit/audit-log.js';
import type { Db } from '../database/open-database.js';
import type { ReviewStore } from './review-workspace.js';
import type { Indicator, Value } from '../../../common/plan-document/schema.js';
import { indicatorKind, isValidIsoDate } from '../review-checks/indicator-values.js';
import { implausibleVerified } from '../../../common/review/plausible-verified.js';
import type { Method, Rule } from '../scoring/index.js';
import { readStoredFile, storeFile } from '../stored-files/stored-files.js';

export const REVIEW_ITEM_ENTITY = 'review_item';
export const REVIEW_ENTITY = 'review';

export function itemEntityId(reportId: number, indicatorId: number): string {
  return `${reportId}:${indicatorId}`;
}

interface ItemState {
  verified: Value;
  status: ReviewStatus;
  comment: string | null;
  calculationMethod: Method | null;
  scoringRule: Rule | null;
}

const ITEM_FIELDS: (keyof ItemState)[] = ['verified', 'status', 'comment', 'calculationMethod', 'scoringRule'];

function reportRow(db: Db, reportId: number) {
  const report = db.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!report) throw notFound('report', `report ${reportId} does not exist`);
  return report;
}

/** The indicator, which must belong to the table the report printed. */
function indicatorOf(db: Db, reportId: number, indicatorId: number) {
  const report = reportRow(db, reportId);
  const indicator = db
    .select()
    .from(planIndicators)
    .where(and(eq(planIndicators.id, indicatorId), eq(planIndicators.planId, report.planId)))
    .get();
  if (!indicator) throw notFound('indicator', `indicator ${indicatorId} is not part of report ${reportId}`);
  return indicator;
}

function reviewIdFor(db: Db, reportId: number): number {
  const existing = db.select({ id: reviews.id }).from(reviews).where(eq(reviews.reportId, reportId)).get();
  if (existing) return existing.id;
  return db.insert(reviews).values({ reportId }).returning({ id: reviews.id }).get().id;
}

/**
 * The review's new updated_at: now, or a millisecond after the previous stamp when the clock has not
 * moved on, so every change gives the review a new stamp (the overview's summaries depend on it).
 */
function nextStamp(db: Db, reviewId: number): string {
  const previous = db.select({ at: reviews.updatedAt }).from(reviews).where(eq(reviews.id, reviewId)).get()?.at ?? '';
  const now = new Date().toISOString();
  if (now > previous) return now;
  const bumped = Date.parse(previous) + 1;
  return Number.isNaN(bumped) ? now : new Date(bumped).toISOString();
}

function readItem(db: Db, reviewId: number, indicatorId: number): ItemState {
  const row = db
    .select()
    .from(reviewItems)
    .where(and(eq(reviewItems.reviewId, reviewId), eq(reviewItems.indicatorId, indicatorId)))
    .get();
  return {
    verified: row ? (row.verifiedDate ?? row.verifiedNumber ?? null) : null,
    status: row?.status ?? 'pending',
    comment: row?.comment ?? null,
    calculationMethod: row?.calculationMethod ?? null,
    scoringRule: row?.scoringRule ?? null,
  };
}

/** Applies `change` to the indicator's review item, writing and auditing only what differs. */
function changeItem(db: Db, actor: string, reportId: number, indicatorId: number, change: (before: ItemState) => ItemState): void {
  db.transaction((tx) => {
    indicatorOf(tx, reportId, indicatorId);
    const reviewId = reviewIdFor(tx, reportId);
    const before = readItem(tx, reviewId, indicatorId);
    const after = change(before);
    if (ITEM_FIELDS.every((f) => JSON.stringify(before[f]) === JSON.stringify(after[f]))) return;
    const now = nextStamp(tx, reviewId);
    const values = {
      verifiedNumber: typeof after.verified === 'number' ? after.verified : null,
      verifiedDate: typeof after.verified === 'string' ? after.verified : null,
      status: after.status,
      comment: after.comment,
      calculationMethod: after.calculationMethod,
      scoringRule: after.scoringRule,
      updatedAt: now,
    };
    tx.insert(reviewItems)
      .values({ reviewId, indicatorId, ...values })
      .onConflictDoUpdate({ target: [reviewItems.reviewId, reviewItems.indicatorId], set: values })
      .run();
    tx.update(reviews).set({ updatedAt: now }).where(eq(reviews.id, reviewId)).run();
    recordChanges(tx, { actor, entity: REVIEW_ITEM_ENTITY, entityId: itemEntityId(reportId, indicatorId) }, before, after, ITEM_FIELDS);
  });
}

/**
 * A verified value must take the form the indicator is compared in (a real date, or a number), and a
 * number outside the indicator's plausible range is taken only when the reviewer has confirmed it.
 */
function checkVerified(db: Db, reportId: number, indicatorId: number, value: Value, confirmImplausible: boolean): void {
  if (value === null) return;
  const row = indicatorOf(db, reportId, indicatorId);
  const kind = indicatorKindOf(row.targets, row.unit);
  if (typeof value === 'string' && !isValidIsoDate(value)) throw fieldError('value', 'invalid-date', `${value} is not a real date`);
  if (kind === 'date' && typeof value !== 'string') throw fieldError('value', 'date-expected', 'this indicator is measured by a date');
  if (kind === 'number' && typeof value !== 'number') throw fieldError('value', 'number-expected', 'this indicator is measured by a number');
  if (typeof value === 'number' && !confirmImplausible) {
    const implausible = implausibleVerified({ unit: row.unit, target100: targetsFromJson(row.targets)['100'] }, value);
    if (implausible) throw fieldError('value', 'verified-implausible', `${value} is outside the plausible range of indicator ${row.code ?? indicatorId} (${implausible.reason}); confirm it to save`);
  }
}

function indicatorKindOf(targetsJson: string, unit: Indicator['unit']): 'date' | 'number' | null {
  return indicatorKind({ targets: targetsFromJson(targetsJson), unit } as Indicator);
}

export function setVerified(db: Db, actor: string, reportId: number, indicatorId: number, value: Value, confirmImplausible = false): void {
  checkVerified(db, reportId, indicatorId, value, confirmImplausible);
  changeItem(db, actor, reportId, indicatorId, (s) => ({ ...s, verified: value }));
}

export function setStatus(db: Db, actor: string, reportId: number, indicatorId: number, status: ReviewStatus): void {
  changeItem(db, actor, reportId, indicatorId, (s) => ({ ...s, status }));
}

export function setComment(db: Db, actor: string, reportId: number, indicatorId: number, comment: string | null): void {
  changeItem(db, actor, reportId, indicatorId, (s) => ({ ...s, comment }));
}

export function setScoring(
  db: Db, actor: string, reportId: number, indicatorId: number,
  choice: { calculationMethod?: Method | null | undefined; scoringRule?: Rule | null | undefined },
): void {
  changeItem(db, actor, reportId, indicatorId, (s) => ({
    ...s,
    ...(choice.calculationMethod !== undefined ? { calculationMethod: choice.calculationMethod } : {}),
    ...(choice.scoringRule !== undefined ? { scoringRule: choice.scoringRule } : {}),
  }));
}

/** The review's own fields (overall comment, feedback letter), audited as entity 'review' with the report id. */
export function setReviewField(db: Db, actor: string, reportId: number, field: 'comment' | 'feedbackLetter', value: string | null): void {
  db.transaction((tx) => {
    reportRow(tx, reportId);
    const reviewId = reviewIdFor(tx, reportId);
    const before = tx.select().from(reviews).where(eq(reviews.id, reviewId)).get()!;
    if (before[field] === value) return;
    tx.update(reviews).set({ [field]: value, updatedAt: nextStamp(tx, reviewId) }).where(eq(reviews.id, reviewId)).run();
    recordAudit(tx, { actor, entity: REVIEW_ENTITY, entityId: reportId, action: 'update', field, oldValue: before[field], newValue: value });
  });
}

export function attachEvidence(
  { db, sqlite }: ReviewStore, actor: string, reportId: number, indicatorId: number, fileName: string, bytes: Uint8Array,
): number {
  if (bytes.byteLength === 0) throw fieldError('contentBase64', 'empty-file', 'the file is empty');
  return db.transaction((tx) => {
    indicatorOf(tx, reportId, indicatorId);
    const stored = storeFile(sqlite, fileName, bytes); // the connection the transaction is on
    const { id } = tx.insert(evidenceFiles).values({ reportId, indicatorId, storedFileId: stored.id }).returning({ id: evidenceFiles.id }).get();
    recordAudit(tx, {
      actor, entity: REVIEW_ITEM_ENTITY, entityId: itemEntityId(reportId, indicatorId), action: 'create', field: 'evidence',
      newValue: { evidenceId: id, fileName, sha256: stored.sha256, byteSize: bytes.byteLength },
    });
    return id;
  });
}

function evidenceRow(db: Db, reportId: number, evidenceId: number) {
  const row = db.select().from(evidenceFiles).where(and(eq(evidenceFiles.id, evidenceId), eq(evidenceFiles.reportId, reportId))).get();
  if (!row) throw notFound('evidence', `evidence ${evidenceId} is not attached to report ${reportId}`);
  return row;
}

/** Removes the link; the stored bytes stay (other links or the audit trail may name them). */
export function removeEvidence(db: Db, actor: string, reportId: number, evidenceId: number): void {
  db.transaction((tx) => {
    const row = evidenceRow(tx, reportId, evidenceId);
    const file = readStoredFile(tx, row.storedFileId);
    tx.delete(evidenceFiles).where(eq(evidenceFiles.id, evidenceId)).run();
    recordAudit(tx, {
      actor, entity: REVIEW_ITEM_ENTITY, entityId: row.indicatorId === null ? String(reportId) : itemEntityId(reportId, row.indicatorId),
      action: 'delete', field: 'evidence', oldValue: { evidenceId, fileName: file?.fileName ?? null, sha256: file?.sha256 ?? null },
    });
  });
}

export function evidenceFile(db: Db, reportId: number, evidenceId: number): { fileName: string; sha256: string; contentBase64: string } {
  const row = evidenceRow(db, reportId, evidenceId);
  const file = readStoredFile(db, row.storedFileId);
  if (!file) throw notFound('evidence', `the stored file of evidence ${evidenceId} is missing`);
  return { fileName: file.fileName, sha256: file.sha256, contentBase64: file.bytes.toString('base64') };
}

export function itemHistory(db: Db, reportId: number, indicatorId: number): ReviewHistoryEntry[] {
  indicatorOf(db, reportId, indicatorId);
  return auditHistory(db, REVIEW_ITEM_ENTITY, itemEntityId(reportId, indicatorId)).map((row) => ({
    id: row.id, at: row.at, actor: row.actor, action: row.action, field: row.field, oldValue: row.oldValue, newValue: row.newValue,
  }));
}

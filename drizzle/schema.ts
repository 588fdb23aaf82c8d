// The database schema. Migrations in ./migrations are generated from this file by drizzle-kit
// (`npm run db:generate -- --name <change>`); never edit an applied migration, add a new one.
import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, real, blob, index, uniqueIndex, primaryKey, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Key/value settings (JSON values): own office id, signatory, language, current fiscal year, … */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

/** The office registry: the own ministry/division at the root and its subordinate offices as a tree. */
export const offices = sqliteTable(
  'offices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => offices.id, { onDelete: 'restrict' }),
    isOwn: integer('is_own', { mode: 'boolean' }).notNull().default(false),
    nameBn: text('name_bn').notNull(),
    nameEn: text('name_en'),
    shortName: text('short_name'),
    level: text('level', {
      enum: ['ministry', 'division', 'department', 'divisional', 'district', 'upazila', 'other'],
    }).notNull(),
    address: text('address'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    headDesignation: text('head_designation'),
    memoPrefix: text('memo_prefix'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('offices_parent_idx').on(t.parentId), index('offices_name_bn_idx').on(t.nameBn)],
);

/** Fiscal years (July–June) with the rules that change from year to year. */
export const fiscalYears = sqliteTable('fiscal_years', {
  label: text('label').primaryKey(), // "2023-24"
  startDate: text('start_date').notNull(),
  endDate: text('end_date').notNull(),
  scoringRule: text('scoring_rule', { enum: ['interpolate', 'step', 'proportional'] }).notNull().default('interpolate'),
  planTotal: real('plan_total').notNull().default(50),
  egovAnnexNumber: integer('egov_annex_number').notNull().default(5),
});

/** Append-only record of every change: who, when, what, old → new. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actor: text('actor').notNull(),
    entity: text('entity').notNull(), // 'office', 'settings', 'review_item', …
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete', 'import', 'issue'] }).notNull(),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    // SHA-256 over the previous row's hash and this row (audit/audit-chain.ts): a row edited or
    // deleted outside the app breaks the chain. Null in rows written before the chain existed.
    hash: text('hash'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

/** Local users of a shared office PC; the current one is recorded in the audit log. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  designation: text('designation'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull().default(now),
});

/** Original bytes of every imported or attached file, identified by SHA-256. */
export const storedFiles = sqliteTable(
  'stored_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    byteSize: integer('byte_size').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    storedAt: text('stored_at').notNull().default(now),
  },
  (t) => [uniqueIndex('stored_files_sha_idx').on(t.sha256)],
);

/** One version of an office's plan table for a year (an approved plan, or the table as a report printed it). */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officeId: integer('office_id').notNull().references(() => offices.id, { onDelete: 'restrict' }),
    fiscalYear: text('fiscal_year').notNull().references(() => fiscalYears.label),
    planType: text('plan_type').notNull().default('egov'),
    kind: text('kind', { enum: ['plan', 'report'] }).notNull().default('plan'),
    version: integer('version').notNull(),
    levels: text('levels').notNull(), // JSON array, e.g. [100,90,80,70,60]
    sourceFileId: integer('source_file_id').references(() => storedFiles.id),
    sourceSheet: text('source_sheet'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('plans_version_idx').on(t.officeId, t.fiscalYear, t.planType, t.kind, t.version)],
);

export const planAreas = sqliteTable('plan_areas', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  planId: integer('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  title: text('title').notNull(),
  weight: real('weight'),
  position: integer('position').notNull(),
});

export const planActivities = sqliteTable('plan_activities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  planId: integer('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  areaCode: text('area_code'),
  code: text('code'),
  title: text('title'),
  position: integer('position').notNull(),
});

export const planIndicators = sqliteTable(
  'plan_indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
    activityId: integer('activity_id').references(() => planActivities.id, { onDelete: 'cascade' }),
    areaCode: text('area_code'),
    code: text('code'),
    text: text('text').notNull(),
    unit: text('unit', { enum: ['date', 'number', 'percent'] }),
    unitText: text('unit_text'),
    weight: real('weight'),
    calculationMethod: text('calculation_method', { enum: ['sum', 'average', 'date', 'cumulative', 'reported'] }),
    scoringRule: text('scoring_rule', { enum: ['interpolate', 'step', 'proportional'] }),
    position: integer('position').notNull(),
    cells: text('cells'), // JSON: where each field came from in the source file
    // JSON object: the target per level of the plan ("100", "90", …; every level of plans.levels),
    // a number, an ISO date or null. Kept in the row: targets are only ever read and written with it.
    targets: text('targets').notNull().default('{}'),
  },
  (t) => [index('plan_indicators_plan_idx').on(t.planId)],
);

/** A progress or self-assessment report of an office for a period; versions are kept. */
export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officeId: integer('office_id').notNull().references(() => offices.id, { onDelete: 'restrict' }),
    fiscalYear: text('fiscal_year').notNull().references(() => fiscalYears.label),
    period: text('period', { enum: ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'annual'] }).notNull(),
    version: integer('version').notNull(),
    planId: integer('plan_id').notNull().references(() => plans.id), // the table as the report printed it
    receivedOn: text('received_on'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('reports_version_idx').on(t.officeId, t.fiscalYear, t.period, t.version)],
);

/** An achievement cell of a report: per indicator and per reported period. */
export const achievements = sqliteTable(
  'achievements',
  {
    reportId: integer('report_id').notNull().references(() => reports.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id').notNull().references(() => planIndicators.id, { onDelete: 'cascade' }),
    period: text('period', { enum: ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'annual'] }).notNull(),
    valueNumber: real('value_number'),
    valueDate: text('value_date'),
    valueText: text('value_text'), // words instead of a value (চলমান, প্রক্রিয়াধীন)
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId, t.period] })],
);

/** Remarks and evidence reference of a report row. */
export const reportRemarks = sqliteTable(
  'report_remarks',
  {
    reportId: integer('report_id').notNull().references(() => reports.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id').notNull().references(() => planIndicators.id, { onDelete: 'cascade' }),
    remarks: text('remarks'),
    evidence: text('evidence'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId] })],
);

/** The APA cell's review of one report. */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id').notNull().references(() => reports.id, { onDelete: 'restrict' }),
    comment: text('comment'),
    feedbackLetter: text('feedback_letter'),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('reviews_report_idx').on(t.reportId)],
);

/** The reviewer's verified figure, status and comment per indicator. */
export const reviewItems = sqliteTable(
  'review_items',
  {
    reviewId: integer('review_id').notNull().references(() => reviews.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id').notNull().references(() => planIndicators.id, { onDelete: 'cascade' }),
    verifiedNumber: real('verified_number'),
    verifiedDate: text('verified_date'),
    status: text('status', { enum: ['pending', 'accepted', 'needs-correction', 'not-applicable'] }).notNull().default('pending'),
    comment: text('comment'),
    calculationMethod: text('calculation_method', { enum: ['sum', 'average', 'date', 'cumulative', 'reported'] }),
    scoringRule: text('scoring_rule', { enum: ['interpolate', 'step', 'proportional'] }),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.indicatorId] })],
);

/** Evidence files attached to a report row (bytes in stored_files). */
export const evidenceFiles = sqliteTable(
  'evidence_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id').notNull().references(() => reports.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id').references(() => planIndicators.id, { onDelete: 'cascade' }),
    storedFileId: integer('stored_file_id').notNull().references(() => storedFiles.id),
    addedAt: text('added_at').notNull().default(now),
  },
  // The review counts and lists a report's evidence for every office in the overview.
  (t) => [index('evidence_files_report_idx').on(t.reportId, t.indicatorId)],
);

/** Every memo number ever issued: a serial is never issued twice within one file number. */
export const memoRegister = sqliteTable(
  'memo_register',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officeId: integer('office_id').notNull().references(() => offices.id),
    fileNumber: text('file_number').notNull(),
    serial: integer('serial').notNull(),
    memoNumber: text('memo_number').notNull(),
    issuedOn: text('issued_on').notNull(),
    subject: text('subject'),
    /** What the number was issued for: "package:2023-24:H1", "feedback:<office id>:2023-24:H1" (null: older rows). */
    purpose: text('purpose'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('memo_register_serial_idx').on(t.fileNumber, t.serial), index('memo_register_purpose_idx').on(t.purpose)],
);

/**
 * The review overview's per-report summary (totals, findings by severity, heat-map levels), kept so
 * the overview opened after a start of the app need not score and check every report again. Valid
 * while `fingerprint` matches the report's inputs (review-summaries.ts); a cache, never a record.
 */
export const reviewSummaries = sqliteTable('review_summaries', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  fingerprint: text('fingerprint').notNull(),
  summary: text('summary').notNull(), // JSON of ReportSummary without its fingerprint
});

// What the database and the packages folder must hold after any number of kills: every item the
// worker journaled as committed, intact; the one interrupted call either wholly there or wholly
// absent; nothing half-imported, half-saved or half-written. One ledger per data folder, fed the
// journal of each run in turn (later runs start from the state an earlier kill left).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import type { ImportItem, JournalLine, ReviewField, ReviewItem } from './journal.js';
import { interruptedCall } from './journal.js';

type Value = string | number | null;
type Sqlite = Database.Database;

export interface RunStats {
  items: number;
  interrupted: boolean;
  /** The interrupted call turned out committed (true), absent (false), or cannot tell (null). */
  interruptedCommitted: boolean | null;
  partialFolders: number;
}

export interface LedgerTotals {
  runs: number;
  items: number;
  interrupted: number;
  interruptedCommitted: number;
  interruptedAbsent: number;
  uncommittedWal: number;
  partialFolders: number;
  strays: number;
}

const DEFAULTS: Record<ReviewField, Value> = { verified: null, comment: null, status: 'pending' };

/** Collects every failed expectation, so one run reports all of them at once. */
class Problems {
  readonly list: string[] = [];
  expect(condition: unknown, message: string): void {
    if (!condition) this.list.push(message);
  }
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const count = (sqlite: Sqlite, sql: string, ...params: unknown[]) => (sqlite.prepare(sql).get(...params) as { n: number }).n;
const ids = (sqlite: Sqlite, sql: string) => (sqlite.prepare(sql).all() as { id: number | string }[]).map((r) => r.id);

/** As recordAudit writes it. */
function serialise(value: Value): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export class CrashLedger {
  private readonly imports = new Map<string, ImportItem & { planId: number; reportId: number | null }>();
  /** Per review field, the value the database must hold; more than one while a kill left it open. */
  private readonly review = new Map<string, Value[]>();
  /** Package folders known to be complete (journaled, or the interrupted generation's). */
  private readonly packages = new Map<string, { memoNumber: string | null }>();
  readonly totals: LedgerTotals = { runs: 0, items: 0, interrupted: 0, interruptedCommitted: 0, interruptedAbsent: 0, uncommittedWal: 0, partialFolders: 0, strays: 0 };

  constructor(readonly dataDir: string) {}

  get databaseFile(): string {
    return path.join(this.dataDir, 'apa-desk.sqlite');
  }

  get packagesDir(): string {
    return path.join(this.dataDir, 'packages');
  }

  /**
   * Checks the data folder as the kill left it against everything journaled so far, after adding
   * this run's journal. Returns the problems found (empty when all holds).
   */
  checkAfterKill(run: number, lines: JournalLine[]): { problems: string[]; stats: RunStats } {
    const problems = new Problems();
    const done = lines.filter((l) => l.phase === 'done');
    for (const line of done) {
      if (line.item === 'import' && 'planId' in line) this.imports.set(`${run}:${line.seq}`, line);
      else if (line.item === 'review') this.review.set(reviewKey(line), [line.value]);
      else if (line.item === 'package' && 'name' in line) this.packages.set(line.name, { memoNumber: line.memoNumber });
    }
    const interrupted = interruptedCall(lines);
    if (interrupted?.item === 'review') {
      const key = reviewKey(interrupted);
      this.review.set(key, [...(this.review.get(key) ?? [DEFAULTS[interrupted.field]]), interrupted.value]);
    }

    const sqlite = new Database(this.databaseFile); // read-write: recovers the WAL as the app would
    let interruptedCommitted: boolean | null = null;
    try {
      problems.expect(sqlite.pragma('integrity_check', { simple: true }) === 'ok', `integrity_check: ${JSON.stringify(sqlite.pragma('integrity_check'))}`);
      const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
      problems.expect(foreignKeys.length === 0, `foreign_key_check: ${JSON.stringify(foreignKeys)}`);
      this.checkNothingHalfImported(sqlite, problems);
      for (const item of this.imports.values()) this.checkImport(sqlite, item, problems);
      if (interrupted?.item === 'import') interruptedCommitted = this.resolveImport(sqlite, run, interrupted, problems);
      interruptedCommitted = this.checkReview(sqlite, problems, interrupted?.item === 'review' ? interrupted : null) ?? interruptedCommitted;
      this.checkMemoRegister(sqlite, problems);
      const unjournaled = this.checkPackages(sqlite, problems);
      if (interrupted?.item === 'package') interruptedCommitted = unjournaled.length > 0;
      problems.expect(unjournaled.length <= (interrupted?.item === 'package' ? 1 : 0), `package folders nobody journaled: ${unjournaled.join(', ')}`);
      for (const name of unjournaled) this.packages.set(name, { memoNumber: null });
    } finally {
      sqlite.close();
    }

    const partialFolders = fs.existsSync(this.packagesDir) ? fs.readdirSync(this.packagesDir).filter((n) => n.startsWith('.partial-')).length : 0;
    const stats: RunStats = { items: done.length, interrupted: interrupted !== null, interruptedCommitted, partialFolders };
    this.totals.runs++;
    this.totals.items += done.length;
    if (interrupted) this.totals.interrupted++;
    if (interruptedCommitted === true) this.totals.interruptedCommitted++;
    if (interruptedCommitted === false) this.totals.interruptedAbsent++;
    this.totals.partialFolders += partialFolders;
    return { problems: problems.list, stats };
  }

  /** Plans, reports and stored files only ever exist whole. */
  private checkNothingHalfImported(sqlite: Sqlite, problems: Problems): void {
    const empty = ids(sqlite, `SELECT p.id FROM plans p WHERE NOT EXISTS (SELECT 1 FROM plan_indicators i WHERE i.plan_id = p.id)`);
    problems.expect(empty.length === 0, `plans without indicators: ${empty.join(', ')}`);
    const targetless = ids(sqlite, `
      SELECT i.id FROM plan_indicators i JOIN plans p ON p.id = i.plan_id
      WHERE (SELECT count(*) FROM json_each(i.targets)) != json_array_length(p.levels)`);
    problems.expect(targetless.length === 0, `indicators missing targets: ${targetless.slice(0, 10).join(', ')}`);
    const orphanReports = ids(sqlite, `SELECT r.id FROM reports r LEFT JOIN plans p ON p.id = r.plan_id WHERE p.id IS NULL`);
    problems.expect(orphanReports.length === 0, `reports without their plan: ${orphanReports.join(', ')}`);
    const unusedFiles = ids(sqlite, `
      SELECT s.id FROM stored_files s
      WHERE NOT EXISTS (SELECT 1 FROM plans p WHERE p.source_file_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.stored_file_id = s.id)`);
    problems.expect(unusedFiles.length === 0, `stored files no plan or evidence refers to: ${unusedFiles.join(', ')}`);
    // Each import commits with its audit record.
    const unaudited = ids(sqlite, `
      SELECT 'plan ' || p.id AS id FROM plans p
      WHERE p.kind = 'plan' AND p.source_file_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'plan' AND a.entity_id = CAST(p.id AS TEXT) AND a.action = 'import')
      UNION ALL
      SELECT 'report ' || r.id FROM reports r
      WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'report' AND a.entity_id = CAST(r.id AS TEXT) AND a.action = 'import')`);
    problems.expect(unaudited.length === 0, `imports without their audit record: ${unaudited.join(', ')}`);
  }

  /** The plan (and report) of a committed file, with exactly what its document held. */
  private checkImport(sqlite: Sqlite, item: ImportItem & { planId: number; reportId: number | null }, problems: Problems): void {
    const where = `${item.fileName} (plan ${item.planId})`;
    const plan = sqlite.prepare(`SELECT p.*, s.sha256 FROM plans p LEFT JOIN stored_files s ON s.id = p.source_file_id WHERE p.id = ?`).get(item.planId) as
      | { office_id: number; kind: string; sha256: string | null }
      | undefined;
    if (!plan) return problems.expect(false, `${where}: the plan is gone`);
    problems.expect(plan.sha256 === item.sha256, `${where}: stored file ${plan.sha256} instead of ${item.sha256}`);
    problems.expect(plan.office_id === item.officeId && plan.kind === item.expect.kind, `${where}: office/kind changed`);
    const e = item.expect;
    const indicators = count(sqlite, `SELECT count(*) AS n FROM plan_indicators WHERE plan_id = ?`, item.planId);
    const targets = count(sqlite, `SELECT count(*) AS n FROM plan_indicators i, json_each(i.targets) WHERE i.plan_id = ?`, item.planId);
    const areas = count(sqlite, `SELECT count(*) AS n FROM plan_areas WHERE plan_id = ?`, item.planId);
    problems.expect(indicators === e.indicators, `${where}: ${indicators} indicators, journaled ${e.indicators}`);
    problems.expect(targets === e.targets, `${where}: ${targets} targets, journaled ${e.targets}`);
    problems.expect(areas === e.areas, `${where}: ${areas} areas, journaled ${e.areas}`);
    if (e.kind === 'report') {
      const report = sqlite.prepare(`SELECT plan_id FROM reports WHERE id = ?`).get(item.reportId) as { plan_id: number } | undefined;
      problems.expect(report?.plan_id === item.planId, `${where}: report ${item.reportId} is gone or lost its plan`);
      const achievements = count(sqlite, `SELECT count(*) AS n FROM achievements WHERE report_id = ?`, item.reportId);
      const remarks = count(sqlite, `SELECT count(*) AS n FROM report_remarks WHERE report_id = ?`, item.reportId);
      problems.expect(achievements === e.achievements, `${where}: ${achievements} achievements, journaled ${e.achievements}`);
      problems.expect(remarks === e.remarks, `${where}: ${remarks} remark rows, journaled ${e.remarks}`);
    } else {
      problems.expect(item.reportId === null, `${where}: a plan journaled with a report`);
    }
  }

  /** The interrupted import is there whole (then it is checked like a journaled one) or not at all. */
  private resolveImport(sqlite: Sqlite, run: number, item: ImportItem & { seq: number }, problems: Problems): boolean {
    const file = sqlite.prepare(`SELECT id FROM stored_files WHERE sha256 = ?`).get(item.sha256) as { id: number } | undefined;
    const plans = sqlite.prepare(`SELECT id FROM plans WHERE source_file_id = ?`).all(file?.id ?? -1) as { id: number }[];
    if (!file) {
      problems.expect(plans.length === 0, `interrupted import ${item.fileName}: plans without their file`);
      return false;
    }
    problems.expect(plans.length === 1, `interrupted import ${item.fileName}: ${plans.length} plans for its file`);
    const planId = plans[0]?.id ?? -1;
    const report = sqlite.prepare(`SELECT id FROM reports WHERE plan_id = ?`).get(planId) as { id: number } | undefined;
    const committed = { ...item, planId, reportId: report?.id ?? null };
    this.imports.set(`${run}:${item.seq}`, committed);
    this.checkImport(sqlite, committed, problems);
    return true;
  }

  /**
   * Every review field holds its last journaled value (or, for the interrupted change, the old or the
   * new one); untouched fields hold their defaults; and each value came with its audit record.
   * Returns whether the interrupted change was committed (null when old and new are the same).
   */
  private checkReview(sqlite: Sqlite, problems: Problems, interrupted: ReviewItem | null): boolean | null {
    const rows = sqlite
      .prepare(`
        SELECT r.report_id AS reportId, ri.indicator_id AS indicatorId,
               coalesce(ri.verified_date, ri.verified_number) AS verified, ri.comment, ri.status
        FROM review_items ri JOIN reviews r ON r.id = ri.review_id`)
      .all() as (Record<ReviewField, Value> & { reportId: number; indicatorId: number })[];
    const actual = new Map<string, Value>();
    for (const row of rows) {
      for (const field of Object.keys(DEFAULTS) as ReviewField[]) actual.set(reviewKey({ ...row, field }), row[field]);
    }
    const lastAudit = sqlite.prepare(`
      SELECT new_value AS value FROM audit_log WHERE entity = 'review_item' AND entity_id = ? AND field = ? ORDER BY id DESC LIMIT 1`);
    let interruptedCommitted: boolean | null = null;
    for (const key of new Set([...actual.keys(), ...this.review.keys()])) {
      const field = key.split(':')[2] as ReviewField;
      const value = actual.has(key) ? actual.get(key)! : DEFAULTS[field];
      const allowed = this.review.get(key) ?? [DEFAULTS[field]];
      problems.expect(allowed.some((v) => v === value), `review ${key}: ${JSON.stringify(value)}, journaled ${JSON.stringify(allowed)}`);
      if (interrupted && key === reviewKey(interrupted) && allowed[0] !== interrupted.value) interruptedCommitted = value === interrupted.value;
      this.review.set(key, [value]); // settled: later runs start from what is there
      const [reportId, indicatorId] = key.split(':');
      const audit = lastAudit.get(`${reportId}:${indicatorId}`, field) as { value: string | null } | undefined;
      if (audit) problems.expect(audit.value === serialise(value), `review ${key}: ${JSON.stringify(value)} but the audit log's last value is ${audit.value}`);
      else problems.expect(value === DEFAULTS[field], `review ${key}: ${JSON.stringify(value)} without an audit record`);
    }
    return interruptedCommitted;
  }

  /** Memo numbers are unique, and each was issued with its audit record. */
  private checkMemoRegister(sqlite: Sqlite, problems: Problems): void {
    const twice = ids(sqlite, `SELECT memo_number AS id FROM memo_register GROUP BY memo_number HAVING count(*) > 1`);
    problems.expect(twice.length === 0, `memo numbers issued twice: ${twice.join(', ')}`);
    const serials = ids(sqlite, `SELECT file_number || '-' || serial AS id FROM memo_register GROUP BY file_number, serial HAVING count(*) > 1`);
    problems.expect(serials.length === 0, `serials issued twice: ${serials.join(', ')}`);
    const unaudited = ids(sqlite, `
      SELECT m.id FROM memo_register m
      WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'memo_register' AND a.entity_id = CAST(m.id AS TEXT) AND a.action = 'issue')`);
    problems.expect(unaudited.length === 0, `memo numbers without their audit record: ${unaudited.join(', ')}`);
  }

  /**
   * Every package folder is complete: a manifest whose hashes all match, and a ZIP holding the same
   * files; its memo numbers are in the register. Returns the complete folders nobody journaled.
   */
  private checkPackages(sqlite: Sqlite, problems: Problems): string[] {
    const issued = new Set((sqlite.prepare(`SELECT memo_number AS n FROM memo_register`).all() as { n: string }[]).map((r) => r.n));
    const folders = fs.existsSync(this.packagesDir)
      ? fs.readdirSync(this.packagesDir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).map((e) => e.name)
      : [];
    for (const [name, { memoNumber }] of this.packages) {
      problems.expect(folders.includes(name), `journaled package ${name} is gone`);
      if (memoNumber) problems.expect(issued.has(memoNumber), `journaled package ${name}: memo number ${memoNumber} not in the register`);
    }
    for (const name of folders) {
      const folder = path.join(this.packagesDir, name);
      const where = `package ${name}`;
      let manifest: { memoNumber: string; feedbackMemoNumbers: Record<string, string>; files: { path: string; sha256: string; bytes: number }[] };
      try {
        manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
      } catch (error) {
        problems.expect(false, `${where}: no readable manifest.json (${error instanceof Error ? error.message : error})`);
        continue;
      }
      const journaled = this.packages.get(name);
      if (journaled?.memoNumber) problems.expect(manifest.memoNumber === journaled.memoNumber, `${where}: memo ${manifest.memoNumber}, journaled ${journaled.memoNumber}`);
      for (const number of [manifest.memoNumber, ...Object.values(manifest.feedbackMemoNumbers ?? {})]) {
        problems.expect(issued.has(number), `${where}: memo number ${number} not in the register`);
      }
      problems.expect(manifest.files.length > 0, `${where}: the manifest lists no files`);
      for (const file of manifest.files) {
        const full = path.join(folder, ...file.path.split('/'));
        if (!fs.existsSync(full)) {
          problems.expect(false, `${where}: ${file.path} is missing`);
          continue;
        }
        const bytes = fs.readFileSync(full);
        problems.expect(bytes.length === file.bytes && sha256(bytes) === file.sha256, `${where}: ${file.path} does not match its hash`);
      }
      const zips = fs.readdirSync(folder).filter((f) => f.endsWith('.zip'));
      problems.expect(zips.length === 1, `${where}: ${zips.length} ZIP files`);
      if (zips[0]) {
        try {
          const entries = unzipSync(fs.readFileSync(path.join(folder, zips[0])));
          const base = zips[0].replace(/\.zip$/, '');
          for (const file of manifest.files) {
            const entry = entries[`${base}/${file.path}`];
            problems.expect(entry && sha256(entry) === file.sha256, `${where}: the ZIP's ${file.path} does not match the manifest`);
          }
        } catch (error) {
          problems.expect(false, `${where}: the ZIP cannot be read (${error instanceof Error ? error.message : error})`);
        }
      }
    }
    return folders.filter((name) => !this.packages.has(name));
  }
}

function reviewKey(item: { reportId: number; indicatorId: number; field: ReviewField }): string {
  return `${item.reportId}:${item.indicatorId}:${item.field}`;
}

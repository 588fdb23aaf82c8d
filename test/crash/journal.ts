// The worker's journal: one JSON line per call. A "begin" line is written before the call and a
// "done" line after it returned, each flushed to disk before the worker goes on, so after a kill the
// parent knows every committed item (done) and the one call that may have been cut short (begin).
import fs from 'node:fs';
import type { PlanDocument } from '../../common/plan-document/schema.js';

export type Scenario = 'import' | 'review' | 'package';
export const SCENARIOS: readonly Scenario[] = ['import', 'review', 'package'];

/** What an imported file must have put into the database, computed from its analysed document. */
export interface ImportExpectation {
  indicators: number;
  targets: number;
  areas: number;
  /** Achievement cells (0 for a plan). */
  achievements: number;
  /** Rows with remarks or an evidence reference (0 for a plan). */
  remarks: number;
  kind: 'plan' | 'report';
}

/** What committing this document must store (mirrors the document, not the database). */
export function expectationOf(document: PlanDocument, kind: 'plan' | 'report'): ImportExpectation {
  const isReport = kind === 'report';
  let achievements = 0;
  let remarks = 0;
  if (isReport) {
    for (const indicator of document.indicators) {
      for (const period of document.reportPeriods) {
        if (indicator.achievements[period] !== undefined || (indicator.achievementText?.[period] ?? null) !== null) achievements++;
      }
      if (indicator.remarks || indicator.evidence) remarks++;
    }
  }
  return {
    kind, indicators: document.indicators.length, targets: document.indicators.length * document.levels.length,
    areas: document.areas.length, achievements, remarks,
  };
}

export interface ImportItem {
  item: 'import';
  fileName: string;
  sha256: string;
  officeId: number;
  expect: ImportExpectation;
}

export type ReviewField = 'verified' | 'comment' | 'status';

export interface ReviewItem {
  item: 'review';
  reportId: number;
  indicatorId: number;
  field: ReviewField;
  value: string | number | null;
}

export interface PackageItem {
  item: 'package';
}

export type JournalItem = ImportItem | ReviewItem | PackageItem;

/** A done line also says how long its call took (ms), so later kills can be aimed inside calls. */
type Done = { phase: 'done'; seq: number; ms?: number };

export type JournalLine =
  | ({ phase: 'begin'; seq: number } & JournalItem)
  | (Done & ImportItem & { planId: number; reportId: number | null })
  | (Done & ReviewItem)
  | (Done & PackageItem & { name: string; memoNumber: string; zip: string; files: number });

export class JournalWriter {
  private readonly fd: number;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'a');
  }

  /** Appends the line and waits until it is on disk. */
  write(line: JournalLine): void {
    fs.writeSync(this.fd, `${JSON.stringify(line)}\n`);
    fs.fsyncSync(this.fd);
  }
}

/**
 * The lines of a journal. A kill may cut the last line short: that line is dropped (its call counts
 * as not journaled); a broken line anywhere else is an error.
 */
export function readJournal(file: string): JournalLine[] {
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  const parts = text.split('\n');
  const lines: JournalLine[] = [];
  parts.forEach((part, i) => {
    if (part === '') return;
    try {
      lines.push(JSON.parse(part) as JournalLine);
    } catch (error) {
      if (i !== parts.length - 1) throw new Error(`journal ${file}: line ${i + 1} is broken: ${part.slice(0, 200)}`);
    }
  });
  return lines;
}

/** The call the kill interrupted: a begin line without its done line (the last line only). */
export function interruptedCall(lines: JournalLine[]): (JournalLine & { phase: 'begin' }) | null {
  const last = lines[lines.length - 1];
  return last && last.phase === 'begin' ? last : null;
}

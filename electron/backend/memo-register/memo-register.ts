// The memo register: every memo number ever issued, and what for. Numbers are issued in their own
// committed transaction before anything is generated, so a crash or a cancel never makes one reusable,
// and a serial is never issued twice for one file (a unique index guards it too). A serial the user
// asks for that is already used is refused, never silently replaced by the next one.
import { and, desc, eq, max } from 'drizzle-orm';
import { memoRegister, offices } from '../../../drizzle/schema.js';
import { conflict, fieldError } from '../api/errors.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../database/open-database.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { fileNumberKey, formatFileNumber, formatMemoNumber, parseFileNumber } from './memo-number.js';

export interface IssuedMemo {
  id: number;
  officeId: number;
  fileNumber: string;
  serial: number;
  memoNumber: string;
  issuedOn: string;
  subject: string | null;
  purpose: string | null;
  createdAt: string;
}

/** What a number is issued for, so a later generation can find it: the package's memo, or an office's feedback letter. */
export const memoPurpose = {
  package: (fiscalYear: string, period: Period): string => `package:${fiscalYear}:${period}`,
  feedback: (officeId: number, fiscalYear: string, period: Period): string => `feedback:${officeId}:${fiscalYear}:${period}`,
};

function requireFileNumber(text: string) {
  const file = parseFileNumber(text);
  if (!file) throw fieldError('fileNumber', 'invalid-file-number', `"${text}" is not a file number (dot-separated digit groups)`);
  return file;
}

/** The highest serial issued in a file, or 0. */
export function lastSerial(db: Db, fileNumberText: string): number {
  const key = fileNumberKey(requireFileNumber(fileNumberText));
  const row = db.select({ last: max(memoRegister.serial) }).from(memoRegister).where(eq(memoRegister.fileNumber, key)).get();
  return row?.last ?? 0;
}

/**
 * Why a serial the user asked to start at cannot be: it is issued already, or lower than the last one
 * issued (serials only go up). Null when it can be used.
 */
export function startAtProblem(db: Db, fileNumberText: string, startAt: number | undefined): { serial: number; last: number; next: number } | null {
  if (startAt === undefined) return null;
  const last = lastSerial(db, fileNumberText);
  return startAt <= last ? { serial: startAt, last, next: last + 1 } : null;
}

/** The serial the next memo in this file would get (nothing is issued). */
export function nextSerial(db: Db, fileNumberText: string, startAt = 1): number {
  return Math.max(lastSerial(db, fileNumberText) + 1, startAt);
}

export function issueMemoNumber(
  db: Db,
  actor: string,
  input: { officeId: number; fileNumber: string; issuedOn: string; subject?: string | null; startAt?: number; purpose?: string | null },
): IssuedMemo {
  const file = requireFileNumber(input.fileNumber);
  const key = fileNumberKey(file);
  return db.transaction((tx) => {
    const problem = startAtProblem(tx, input.fileNumber, input.startAt);
    if (problem) {
      throw conflict('memo-serial-used', `serial ${problem.serial} cannot be issued in this file: serials up to ${problem.last} are issued; the next free one is ${problem.next}`);
    }
    const serial = nextSerial(tx, input.fileNumber, input.startAt);
    const memoNumber = formatMemoNumber(file, serial);
    const row = tx
      .insert(memoRegister)
      .values({ officeId: input.officeId, fileNumber: key, serial, memoNumber, issuedOn: input.issuedOn, subject: input.subject ?? null, purpose: input.purpose ?? null })
      .returning()
      .get();
    recordAudit(tx, { actor, entity: 'memo_register', entityId: row.id, action: 'issue', newValue: { memoNumber, issuedOn: input.issuedOn, subject: input.subject ?? null, purpose: input.purpose ?? null } });
    return { ...row, fileNumber: formatFileNumber(file) };
  }, { behavior: 'immediate' }); // take the write lock before reading the last serial (other processes)
}

/** The numbers issued for a purpose, latest first. */
export function issuedFor(db: Db, purpose: string): IssuedMemo[] {
  return db.select().from(memoRegister).where(eq(memoRegister.purpose, purpose)).orderBy(desc(memoRegister.id)).all();
}

/** A register row as the Package screen lists it: the memo and the name of the office it was issued for. */
export type IssuedMemoRow = IssuedMemo & { officeName: string };

export function listIssuedMemos(db: Db, officeId?: number): IssuedMemoRow[] {
  return db
    .select({ memo: memoRegister, officeName: offices.nameBn })
    .from(memoRegister)
    .innerJoin(offices, eq(offices.id, memoRegister.officeId))
    .where(officeId ? and(eq(memoRegister.officeId, officeId)) : undefined)
    .orderBy(desc(memoRegister.id))
    .all()
    .map(({ memo, officeName }) => ({ ...memo, fileNumber: formatFileNumber(parseFileNumber(memo.fileNumber.replace(/\(part-(\d+)\)/, '(অংশ-$1)'))!), officeName }));
}

// The memo register: every memo number ever issued. Numbers are issued in their own committed
// transaction before anything is generated, so a crash or a cancel never makes one reusable,
// and a serial is never issued twice for one file (a unique index guards it too).
import { and, desc, eq, max } from 'drizzle-orm';
import { memoRegister, offices } from '../../../drizzle/schema.js';
import { fieldError } from '../api/errors.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../database/open-database.js';
import { fileNumberKey, formatFileNumber, formatMemoNumber, parseFileNumber } from './memo-number.js';

export interface IssuedMemo {
  id: number;
  officeId: number;
  fileNumber: string;
  serial: number;
  memoNumber: string;
  issuedOn: string;
  subject: string | null;
  createdAt: string;
}

function requireFileNumber(text: string) {
  const file = parseFileNumber(text);
  if (!file) throw fieldError('fileNumber', 'invalid-file-number', `"${text}" is not a file number (dot-separated digit groups)`);
  return file;
}

/** The serial the next memo in this file would get (nothing is issued). */
export function nextSerial(db: Db, fileNumberText: string, startAt = 1): number {
  const key = fileNumberKey(requireFileNumber(fileNumberText));
  const row = db.select({ last: max(memoRegister.serial) }).from(memoRegister).where(eq(memoRegister.fileNumber, key)).get();
  return Math.max((row?.last ?? 0) + 1, startAt);
}

export function issueMemoNumber(
  db: Db,
  actor: string,
  input: { officeId: number; fileNumber: string; issuedOn: string; subject?: string | null; startAt?: number },
): IssuedMemo {
  const file = requireFileNumber(input.fileNumber);
  const key = fileNumberKey(file);
  return db.transaction((tx) => {
    const serial = nextSerial(tx, input.fileNumber, input.startAt);
    const memoNumber = formatMemoNumber(file, serial);
    const row = tx
      .insert(memoRegister)
      .values({ officeId: input.officeId, fileNumber: key, serial, memoNumber, issuedOn: input.issuedOn, subject: input.subject ?? null })
      .returning()
      .get();
    recordAudit(tx, { actor, entity: 'memo_register', entityId: row.id, action: 'issue', newValue: { memoNumber, issuedOn: input.issuedOn, subject: input.subject ?? null } });
    return { ...row, fileNumber: formatFileNumber(file) };
  }, { behavior: 'immediate' }); // take the write lock before reading the last serial (other processes)
}

export function listIssuedMemos(db: Db, officeId?: number): (IssuedMemo & { officeName: string })[] {
  return db
    .select({ memo: memoRegister, officeName: offices.nameBn })
    .from(memoRegister)
    .innerJoin(offices, eq(offices.id, memoRegister.officeId))
    .where(officeId ? and(eq(memoRegister.officeId, officeId)) : undefined)
    .orderBy(desc(memoRegister.id))
    .all()
    .map(({ memo, officeName }) => ({ ...memo, fileNumber: formatFileNumber(parseFileNumber(memo.fileNumber.replace(/\(part-(\d+)\)/, '(অংশ-$1)'))!), officeName }));
}

// The restore's refusals: each names the file, says what is wrong in both languages, and that
// nothing was changed (the check runs on a staged copy, before the live database is touched).
import { ApiError } from '../api/errors.js';
import type { BackupRefusalCode } from '../../../common/messages/error-codes.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';

export type RefusalCode = BackupRefusalCode;

const NOTHING_CHANGED_EN = 'Nothing was changed.';
const NOTHING_CHANGED_BN = 'কিছুই বদলানো হয়নি।';

/** `params` are what the UI's text for the code names beyond the file (renderer fileErrors.<code>). */
function refuse(code: RefusalCode, file: string, message: string, messageBn: string, params?: Record<string, string | number>): ApiError {
  return new ApiError({ kind: 'file', code, file, message: `${message} ${NOTHING_CHANGED_EN}`, messageBn: `${messageBn} ${NOTHING_CHANGED_BN}`, ...(params ? { params } : {}) });
}

export const refusals = {
  notSqlite: (file: string) =>
    refuse('backup-not-sqlite', file, `"${file}" is not an APA Desk database: it is not an SQLite file at all.`, `"${file}" এপিএ ডেস্কের ডেটাবেজ নয়: এটি কোনো SQLite ফাইলই নয়।`),
  /** `detail` is SQLite's own words (English), unless a Bengali one is given. */
  corrupt: (file: string, detail: string, detailBn = detail) =>
    refuse('backup-corrupt', file, `"${file}" is damaged and cannot be restored (${detail}).`, `"${file}" ফাইলটি ক্ষতিগ্রস্ত, তাই এটি থেকে পুনরুদ্ধার করা যাবে না (${detailBn})।`, { detail, detailBn }),
  foreign: (file: string) =>
    refuse('backup-foreign', file, `"${file}" is an SQLite database of another program, not of APA Desk.`, `"${file}" অন্য কোনো প্রোগ্রামের SQLite ডেটাবেজ, এপিএ ডেস্কের নয়।`),
  newer: (file: string, theirs: number, ours: number) =>
    refuse(
      'backup-newer-schema',
      file,
      `"${file}" was made by a newer version of APA Desk (database version ${theirs}; this version knows up to ${ours}). Update APA Desk on this PC first.`,
      `"${file}" এপিএ ডেস্কের নতুন কোনো সংস্করণে তৈরি (ডেটাবেজ সংস্করণ ${toBengaliDigits(theirs)}; এই সংস্করণ ${toBengaliDigits(ours)} পর্যন্ত চেনে)। আগে এই কম্পিউটারে এপিএ ডেস্ক হালনাগাদ করুন।`,
      { theirs, ours },
    ),
  mismatch: (file: string, detail: string) =>
    refuse(
      'backup-schema-mismatch',
      file,
      `"${file}" is marked as an APA Desk database but its structure does not match (${detail}).`,
      `"${file}" এপিএ ডেস্কের ডেটাবেজ হিসেবে চিহ্নিত, কিন্তু এর গঠন মেলে না (${detail})।`,
      { detail },
    ),
  auditBroken: (file: string, detail: string, detailBn: string) =>
    refuse(
      'backup-audit-broken',
      file,
      `"${file}" has an audit log that was altered outside APA Desk (${detail}).`,
      `"${file}" ফাইলের নিরীক্ষা লগ এপিএ ডেস্কের বাইরে বদলানো হয়েছে (${detailBn})।`,
      { detail, detailBn },
    ),
};

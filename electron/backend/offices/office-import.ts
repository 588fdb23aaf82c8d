// Import a list of offices from a CSV or XLSX file: a preview with per-row issues first,
// then, once the user confirms, the valid rows in one transaction.
import * as XLSX from '@e965/xlsx';
import { officeFieldsSchema, type Office, type OfficeFields, type OfficeImportPreview, type OfficeImportRow } from '../api/contract.js';
import { fieldError, fromZodIssues } from '../api/errors.js';
import type { Db } from '../database/open-database.js';
import { recordAudit } from '../audit/audit-log.js';
import { createOffice, findOwnOffice, listOffices } from './office-service.js';
import { officeNameKey, officeWithName } from './office-names.js';

type Column = keyof OfficeFields | 'parent';

/** Header words (lower-cased, spaces collapsed) → field. Bengali and English. */
const HEADER_WORDS: [Column, string[]][] = [
  ['nameBn', ['নাম', 'অফিসের নাম', 'দপ্তরের নাম', 'বাংলা নাম', 'name', 'name (bn)', 'name bn', 'bengali name', 'office name']],
  ['nameEn', ['ইংরেজি নাম', 'english name', 'name (en)', 'name en']],
  ['shortName', ['সংক্ষিপ্ত নাম', 'short name', 'abbreviation']],
  ['parent', ['ঊর্ধ্বতন অফিস', 'উর্ধ্বতন অফিস', 'ঊর্ধ্বতন দপ্তর', 'মাতৃ অফিস', 'parent', 'parent office', 'upper office']],
  ['level', ['স্তর', 'পর্যায়', 'ধরন', 'level', 'type']],
  ['address', ['ঠিকানা', 'address']],
  ['website', ['ওয়েবসাইট', 'website', 'web']],
  ['email', ['ই-মেইল', 'ইমেইল', 'ই-মেইলঃ', 'email', 'e-mail']],
  ['phone', ['ফোন', 'মোবাইল', 'phone', 'telephone', 'mobile']],
  ['headDesignation', ['প্রধানের পদবি', 'অফিস প্রধানের পদবি', 'head designation', "head's designation", 'head of office']],
  ['memoPrefix', ['স্মারক নম্বর', 'স্মারক নম্বরের অংশ', 'স্মারক প্রিফিক্স', 'memo prefix', 'memo number prefix', 'file number']],
];

/** Level words → level. */
const LEVEL_WORDS: [OfficeFields['level'], string[]][] = [
  ['ministry', ['মন্ত্রণালয়', 'ministry']],
  ['division', ['বিভাগ', 'division']],
  ['department', ['দপ্তর', 'সংস্থা', 'দপ্তর/সংস্থা', 'অধিদপ্তর', 'department', 'agency', 'directorate']],
  ['divisional', ['বিভাগীয়', 'বিভাগীয় অফিস', 'divisional']],
  ['district', ['জেলা', 'জেলা অফিস', 'district']],
  ['upazila', ['উপজেলা', 'উপজেলা অফিস', 'upazila']],
  ['other', ['অন্যান্য', 'other']],
];

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function columnFor(header: string): Column | null {
  const h = clean(header).replace(/[:ঃ]$/, '');
  for (const [column, words] of HEADER_WORDS) if (words.includes(h)) return column;
  return null;
}

function levelFor(text: string): OfficeFields['level'] | null {
  const t = clean(text);
  for (const [level, words] of LEVEL_WORDS) if (words.includes(t)) return level;
  return null;
}

export function decodeBase64(contentBase64: string): Buffer {
  return Buffer.from(contentBase64, 'base64');
}

function readRows(fileName: string, bytes: Buffer): { sheet: string | null; rows: string[][] } {
  const lower = fileName.toLowerCase();
  let workbook: XLSX.WorkBook;
  try {
    if (lower.endsWith('.csv')) {
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      workbook = XLSX.read(text, { type: 'string', raw: true });
    } else if (lower.endsWith('.xlsx') || lower.endsWith('.xls') || lower.endsWith('.ods')) {
      workbook = XLSX.read(bytes, { type: 'buffer', cellFormula: false, sheetRows: 5001 });
    } else {
      throw fieldError('fileName', 'unsupported-file', `${fileName}: expected a .csv, .xlsx, .xls or .ods file`);
    }
  } catch (error) {
    if (error instanceof Error && 'body' in error) throw error;
    throw fieldError('contentBase64', 'unreadable-file', `${fileName}: not a readable spreadsheet`);
  }
  const sheetName = workbook.SheetNames[0];
  const sheet = sheetName ? workbook.Sheets[sheetName] : undefined;
  if (!sheet) throw fieldError('contentBase64', 'empty-file', `${fileName}: the file has no sheet`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
  return { sheet: lower.endsWith('.csv') ? null : (sheetName ?? null), rows: rows.map((r) => r.map((c) => String(c ?? ''))) };
}

/** The issue of a row naming an office the registry already holds: not an error, the row is skipped. */
export const OFFICE_EXISTS = 'office-exists';

interface ParsedRow extends OfficeImportRow {
  parsed: OfficeFields | null;
}

function parseRows(db: Db, fileName: string, bytes: Buffer): { sheet: string | null; rows: ParsedRow[] } {
  const { sheet, rows } = readRows(fileName, bytes);
  const headerIndex = rows.findIndex((r) => r.some((c) => columnFor(c) === 'nameBn'));
  if (headerIndex < 0) {
    throw fieldError('contentBase64', 'no-header', `${fileName}: no header row with a name column (নাম / Name) found`);
  }
  const columns = (rows[headerIndex] ?? []).map(columnFor);
  const existing = listOffices(db, { includeInactive: true });
  const knownNames = new Set(existing.flatMap((o) => [o.nameBn, o.nameEn, o.shortName].filter(Boolean).map((n) => officeNameKey(n!))));
  // Names of the rows accepted so far: a second row with one of them is the same office twice.
  const fileRows: { id: number; nameBn: string; nameEn: string | null; rowNumber: number }[] = [];
  const result: ParsedRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const record: Record<string, string> = {};
    columns.forEach((column, c) => {
      if (column) record[column] = (cells[c] ?? '').trim();
    });
    const issues: OfficeImportRow['issues'] = [];
    const levelText = record.level ?? '';
    const level = levelText ? levelFor(levelText) : 'department';
    if (!level) issues.push({ path: 'level', code: 'invalid-level', message: `unknown level "${levelText}"` });
    const candidate = { ...record, level: level ?? 'other' };
    delete (candidate as Record<string, unknown>).parent;
    const parsed = officeFieldsSchema.safeParse(candidate);
    if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
    const parentName = record.parent ? record.parent : null;
    if (parentName && !knownNames.has(officeNameKey(parentName))) {
      issues.push({ path: 'parent', code: 'parent-not-found', message: `no office named "${parentName}" in the registry or above this row` });
    }
    if (parsed.success) {
      // The same office again: one already in the registry is kept as it is (the row is not added),
      // one twice in the file is an error of the second row.
      const inRegistry = officeWithName(existing, [parsed.data.nameBn, parsed.data.nameEn]);
      const inFile = inRegistry ? null : officeWithName(fileRows, [parsed.data.nameBn, parsed.data.nameEn]);
      if (inRegistry) {
        issues.unshift({ path: 'nameBn', code: OFFICE_EXISTS, message: `"${inRegistry.nameBn}" is already in the registry; the row is not added again` });
      } else if (inFile) {
        issues.unshift({ path: 'nameBn', code: 'duplicate-in-file', message: `the same office as row ${inFile.rowNumber}` });
      }
    }
    if (parsed.success && issues.length === 0) {
      for (const n of [parsed.data.nameBn, parsed.data.nameEn, parsed.data.shortName]) if (n) knownNames.add(officeNameKey(n));
      fileRows.push({ id: -(i + 1), nameBn: parsed.data.nameBn, nameEn: parsed.data.nameEn ?? null, rowNumber: i + 1 });
    }
    result.push({
      rowNumber: i + 1,
      nameBn: record.nameBn ?? '',
      parentName,
      level: levelText,
      fields: parsed.success ? parsed.data : {},
      issues,
      parsed: parsed.success && issues.length === 0 ? parsed.data : null,
    });
  }
  return { sheet, rows: result };
}

export function previewOfficeImport(db: Db, fileName: string, contentBase64: string): OfficeImportPreview {
  const { sheet, rows } = parseRows(db, fileName, decodeBase64(contentBase64));
  const validCount = rows.filter((r) => r.parsed).length;
  const existingCount = rows.filter((r) => r.issues.length === 1 && r.issues[0]!.code === OFFICE_EXISTS).length;
  return {
    fileName,
    sheet,
    rows: rows.map(({ parsed: _parsed, ...row }) => row),
    validCount,
    existingCount,
    errorCount: rows.length - validCount - existingCount,
  };
}

/** Creates the valid rows (parents before children, as in the file); rows with issues are skipped. */
export function confirmOfficeImport(db: Db, actor: string, fileName: string, contentBase64: string): { created: number; skipped: number; existing: number } {
  return db.transaction((tx) => {
    const own = findOwnOffice(tx);
    if (!own) throw fieldError('office', 'setup-required', 'set up the own office first');
    const { rows } = parseRows(tx, fileName, decodeBase64(contentBase64));
    const byName = new Map<string, Office>();
    for (const o of listOffices(tx, { includeInactive: true })) {
      for (const n of [o.nameBn, o.nameEn, o.shortName]) if (n) byName.set(officeNameKey(n), o);
    }
    let created = 0;
    for (const row of rows) {
      if (!row.parsed) continue;
      const parent = row.parentName ? byName.get(officeNameKey(row.parentName)) : own;
      if (!parent) continue; // unreachable: parseRows only accepts rows whose parent is known
      const office = createOffice(tx, actor, { ...row.parsed, parentId: parent.id });
      for (const n of [office.nameBn, office.nameEn, office.shortName]) if (n) byName.set(officeNameKey(n), office);
      created++;
    }
    const existing = rows.filter((r) => r.issues.length === 1 && r.issues[0]!.code === OFFICE_EXISTS).length;
    recordAudit(tx, { actor, entity: 'office-import', entityId: fileName, action: 'import', newValue: { created, skipped: rows.length - created, existing } });
    return { created, skipped: rows.length - created, existing };
  });
}

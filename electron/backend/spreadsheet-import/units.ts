// The unit column: তারিখ = date, সংখ্যা = number, % = percent (in Bengali, English or Bijoy); and the
// unit a file without that column implies by the form of its values.
import { bijoyToUnicode } from '../bengali/bijoy.js';
import type { Unit, Value } from '../../../common/plan-document/schema.js';
import { headerKey } from './column-roles.js';
import type { CellValue } from './cell-values.js';

/** তারিখ → date, সংখ্যা → number, % → percent; null when the text names none of them. */
export function parseUnit(text: string): Unit | null {
  const unit = unitFromKey(headerKey(text));
  // A short Bijoy word ("GKK") is too short to be recognised as Bijoy on its own.
  if (unit === null && !/[\u0980-\u09ff]/u.test(text)) return unitFromKey(headerKey(bijoyToUnicode(text)));
  return unit;
}

function unitFromKey(key: string): Unit | null {
  if (/(তারিখ|date|দিন)/u.test(key)) return 'date';
  if (/(%|শতকরা|শতাংশ|percent|হার)/u.test(key)) return 'percent';
  if (/(সংখ্যা|number|count|qty|quantity|^no$|^nos$|^টি$|^জন$|^বার$|^সভা$|^কর্মশালা$)/u.test(key)) return 'number';
  return null;
}

/** The unit the values' form gives: dates → date, a percent sign → percent, numbers → number. */
export function inferUnit(forms: CellValue[]): Unit | null {
  if (forms.some((f) => f.kind === 'date' || f.kind === 'invalid-date')) return 'date';
  if (forms.some((f) => f.kind === 'number' && f.percent)) return 'percent';
  if (forms.some((f) => f.kind === 'number')) return 'number';
  return null;
}

export function valueForm(value: Value | undefined): CellValue {
  if (value === null || value === undefined) return { kind: 'empty' };
  return typeof value === 'number' ? { kind: 'number', value, percent: false } : { kind: 'date', iso: value, fromSerial: false };
}

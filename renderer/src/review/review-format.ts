// Showing and reading the review's values in the UI language: scores with at most two decimals,
// dates as dates, and a typed verified figure in either digit set.
import type { Value } from '../../../common/plan-document/schema.js';
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { ApiCallError } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { useI18n } from '../i18n/index.js';

type I18n = ReturnType<typeof useI18n>;

export function formatScore(i18n: I18n, n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : i18n.number(n, { maximumFractionDigits: 2 });
}

/** A date as a date; one that does not exist (০০/১২/২০২১ as printed) as the document wrote it. */
export function formatDay(i18n: I18n, iso: string): string {
  if (!Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) return i18n.date(iso);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return i18n.digits(m ? `${m[3]}/${m[2]}/${m[1]}` : iso);
}

export function formatValue(i18n: I18n, value: Value | undefined, unit?: string | null): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return formatDay(i18n, value);
  return i18n.number(value, { maximumFractionDigits: 2 }) + (unit === 'percent' ? '%' : '');
}

/** A typed number in Bengali or Latin digits (with a Bengali or Latin decimal point); null when it is not one. */
export function parseNumber(text: string): number | null {
  const latin = toLatinDigits(text.trim()).replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(latin)) return null;
  return Number(latin);
}

/** The review's own error codes first, then the app-wide messages. */
export function reviewError(error: unknown, i18n: I18n): string {
  if (error instanceof ApiCallError && error.body.kind === 'validation') {
    return error.body.issues.map((issue) => i18n.t(`review.errors.${issue.code}`, { defaultValue: i18n.t(`errors.${issue.code}`, { defaultValue: issue.message }) })).join('; ');
  }
  if (error instanceof ApiCallError && error.body.kind === 'conflict' && i18n.t(`review.errors.${error.body.code}`, { defaultValue: '' }) !== '') {
    return i18n.t(`review.errors.${error.body.code}`);
  }
  return errorMessage(error, i18n.t, i18n.language);
}

/** Heat-map colour of a level: green at 100, through yellow, to red at 0; grey when not scored. */
export function levelColour(level: number | null): string {
  if (level === null) return '#eef1f4';
  if (level >= 100) return '#2e7d32';
  if (level >= 80) return '#9ccc65';
  if (level >= 60) return '#ffee58';
  if (level > 0) return '#ffa726';
  return '#e57373';
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An office's name in the UI language: its English name in English where it has one. */
export function officeLabel(i18n: I18n, nameBn: string, nameEn: string | null | undefined): string {
  return i18n.language === 'en' && nameEn ? nameEn : nameBn;
}

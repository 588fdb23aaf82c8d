// The one way the renderer turns the backend's messages into text: a stable code with its parameters,
// translated with i18next in the user's language (never the backend's own English or Bengali text,
// never a raw code). errorText for a failed call, fieldErrorText for one field's issue, diagnosticText
// for a reader diagnostic, findingText for a review-check finding.
import type { TFunction } from 'i18next';
import type { ApiErrorBody } from '../../../electron/backend/api/errors.js';
import type { Diagnostic } from '../../../common/plan-document/schema.js';
import { ApiCallError } from './client.js';

type Params = Record<string, string | number>;

/** One field issue's text (errors.<code>); an unknown code reads as "not an accepted value". */
export function fieldErrorText(code: string, t: TFunction, params: Params = {}): string {
  return t([`errors.${code}`, 'errors.invalid-value'], params);
}

/** Where a file error points ("শিট "ক", ঘর B5"), or null. */
function placeText(body: { sheet?: string | undefined; cell?: string | undefined }, t: TFunction): string | null {
  if (body.sheet && body.cell) return t('place.sheetCell', { sheet: body.sheet, cell: body.cell });
  if (body.sheet) return t('place.sheet', { sheet: body.sheet });
  if (body.cell) return t('place.cell', { cell: body.cell });
  return null;
}

/** An error body that did not come as a thrown call (a job's `error`), in the UI language. */
export function errorBodyText(body: ApiErrorBody, t: TFunction): string {
  switch (body.kind) {
    case 'file': {
      const text = t([`fileErrors.${body.code}`, 'fileErrors.corrupt'], { ...body.params, file: body.file });
      const place = placeText(body, t);
      return place ? `${text} (${place})` : text;
    }
    case 'validation':
      return body.issues.map((i) => fieldErrorText(i.code, t, i.params)).join('; ');
    case 'conflict':
      return t([`errors.${body.code}`, 'errors.invalid-value'], body.params ?? {});
    case 'not-found':
      return t('errors.not-found');
    case 'cancelled':
      return t('errors.cancelled');
    default:
      // An unexpected failure: the only place the backend's own words are shown, inside the app's sentence.
      return t('errors.internal', { message: body.message });
  }
}

/** One line for a failed call, in the UI language. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiCallError) return errorBodyText(error.body, t);
  return t('errors.internal', { message: error instanceof Error ? error.message : String(error) });
}

/** A reader diagnostic in the UI language, from its code, variant and params (diagnostics.<code>.<variant>). */
export function diagnosticText(d: Pick<Diagnostic, 'code' | 'message' | 'variant' | 'params'>, t: TFunction): string {
  const key = `diagnostics.${d.code}.${d.variant ?? 'default'}`;
  // A diagnostic from an older stored document without params still has its Bengali message.
  return t(key, { ...d.params, defaultValue: d.message });
}

/** A review-check finding (its own Bengali and English text) in the UI language. */
export function findingText(f: { message: string; messageEn?: string | undefined }, language: string): string {
  return language === 'en' && f.messageEn ? f.messageEn : f.message;
}

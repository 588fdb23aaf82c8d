// One line for a failed call, in the UI language (used where there is no form to mark).
// Kept for its callers; the convention lives in ./messages.ts.
import type { TFunction } from 'i18next';
import { errorText } from './messages.js';

export function errorMessage(error: unknown, t: TFunction, _language?: string): string {
  return errorText(error, t);
}

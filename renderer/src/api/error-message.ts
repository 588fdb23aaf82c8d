// One line for a failed call, in the UI language (used where there is no form to mark).
import type { TFunction } from 'i18next';
import { ApiCallError } from './client.js';

export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (!(error instanceof ApiCallError)) return t('errors.internal', { message: error instanceof Error ? error.message : String(error) });
  const body = error.body;
  switch (body.kind) {
    case 'file':
      return language === 'bn' ? body.messageBn : body.message;
    case 'validation':
      return body.issues.map((i) => t(`errors.${i.code}`, { defaultValue: i.message })).join('; ');
    case 'conflict':
      return t(`errors.${body.code}`, { defaultValue: body.message });
    default:
      return t(`errors.${body.kind}`, { message: body.message, defaultValue: body.message });
  }
}

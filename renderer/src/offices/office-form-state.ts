// Form state for an office: every field as a string, converted to the API's input on submit.
import type { Office, OfficeFields, OfficeLevel } from '../../../electron/backend/api/contract.js';

export const TEXT_FIELDS = ['nameBn', 'nameEn', 'shortName', 'address', 'website', 'email', 'phone', 'headDesignation', 'memoPrefix'] as const;
export type OfficeFormState = Record<(typeof TEXT_FIELDS)[number], string> & { level: OfficeLevel };

export function emptyOfficeForm(level: OfficeLevel = 'department'): OfficeFormState {
  return { nameBn: '', nameEn: '', shortName: '', address: '', website: '', email: '', phone: '', headDesignation: '', memoPrefix: '', level };
}

export function officeToForm(office: Office): OfficeFormState {
  const form = emptyOfficeForm(office.level);
  for (const key of TEXT_FIELDS) form[key] = office[key] ?? '';
  return form;
}

export function formToFields(form: OfficeFormState): OfficeFields {
  const fields = { level: form.level } as OfficeFields;
  for (const key of TEXT_FIELDS) (fields as Record<string, string | null>)[key] = form[key].trim() === '' ? null : form[key];
  fields.nameBn = form.nameBn;
  return fields;
}

// Turns a failed call into field errors (for forms) and one translated message (for banners).
import { useState } from 'react';
import { ApiCallError } from '../api/client.js';
import { useI18n } from '../i18n/index.js';

export function useApiError() {
  const { t, language } = useI18n();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  function capture(error: unknown): void {
    if (error instanceof ApiCallError) {
      setFields(error.fieldIssues());
      const body = error.body;
      if (body.kind === 'validation') setMessage(null);
      else if (body.kind === 'file') setMessage(language === 'bn' ? body.messageBn : body.message);
      else if (body.kind === 'conflict') setMessage(t(`errors.${body.code}`, { defaultValue: body.message }));
      else setMessage(t(`errors.${body.kind}`, { message: body.message, defaultValue: body.message }));
    } else {
      setFields({});
      setMessage(t('errors.internal', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  function clear(): void {
    setFields({});
    setMessage(null);
  }

  return { fields, message, capture, clear };
}

// Turns a failed call into field errors (for forms) and one translated message (for banners).
import { useState } from 'react';
import { ApiCallError } from '../api/client.js';
import { errorText } from '../api/messages.js';
import { useI18n } from '../i18n/index.js';

export function useApiError() {
  const { t } = useI18n();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  function capture(error: unknown): void {
    if (error instanceof ApiCallError) {
      const issues = error.fieldIssues();
      setFields(issues);
      // Field issues show next to their fields; a banner only for what no field on the form shows.
      setMessage(error.body.kind === 'validation' && Object.keys(issues).length > 0 ? null : errorText(error, t));
    } else {
      setFields({});
      setMessage(errorText(error, t));
    }
  }

  function clear(): void {
    setFields({});
    setMessage(null);
  }

  return { fields, message, capture, clear };
}

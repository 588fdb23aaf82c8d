// The plans and reports stored for one office, newest first.
import { useEffect, useState } from 'react';
import type { OfficeDocument } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/index.js';

export function OfficeDocuments({ officeId }: { officeId: number }) {
  const { t, digits, date } = useI18n();
  const [documents, setDocuments] = useState<OfficeDocument[] | null>(null);

  useEffect(() => {
    void call('offices.documents', { officeId }).then(setDocuments);
  }, [officeId]);

  if (!documents) return null;
  return (
    <section data-testid="office-documents">
      <h3>{t('documents.title')}</h3>
      {documents.length === 0 ? (
        <p className="muted">{t('documents.none')}</p>
      ) : (
        <ul className="documents">
          {documents.map((d) => (
            <li key={`${d.kind}-${d.id}`} data-kind={d.kind} data-version={d.version} data-period={d.period ?? ''}>
              <strong>{d.kind === 'plan' ? t('documents.plan') : `${t('documents.report')} (${t(`import.periods.${d.period}`)})`}</strong>{' '}
              {digits(d.fiscalYear)} · {t('documents.version', { n: digits(d.version) })} · {t('documents.indicators', { n: digits(d.indicatorCount) })}
              <div className="muted">{d.fileName} · {date(d.createdAt)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

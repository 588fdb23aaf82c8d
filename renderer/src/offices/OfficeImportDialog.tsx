// Import a list of offices: choose a file, see every row with its problems, then confirm.
import { useState } from 'react';
import type { OfficeImportPreview } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { ErrorBanner } from '../components/Field.js';
import { useApiError } from '../components/useApiError.js';
import { useI18n } from '../i18n/index.js';
import { readFileAsBase64 } from '../components/read-file.js';

export function OfficeImportDialog({ onClose, onImported }: { onClose: () => void; onImported: () => Promise<void> }) {
  const { t, digits } = useI18n();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<OfficeImportPreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = useApiError();

  async function choose(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    errors.clear();
    setPreview(null);
    setDone(null);
    try {
      const next = { fileName: chosen.name, contentBase64: await readFileAsBase64(chosen) };
      setFile(next);
      setPreview(await call('offices.importPreview', next));
    } catch (error) {
      errors.capture(error);
    }
  }

  async function confirm() {
    if (!file) return;
    try {
      const result = await call('offices.importConfirm', file);
      setDone(t('officeImport.done', { created: digits(result.created), skipped: digits(result.skipped) }));
      setPreview(null);
      await onImported();
    } catch (error) {
      errors.capture(error);
    }
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-label={t('officeImport.title')} data-testid="office-import-dialog">
        <h2>{t('officeImport.title')}</h2>
        <label className="file-input">
          {t('officeImport.choose')}
          <input type="file" accept=".csv,.xlsx,.xls,.ods" onChange={(e) => void choose(e.target.files)} data-testid="office-import-file" />
        </label>
        <ErrorBanner>{errors.message ?? (Object.values(errors.fields)[0] ? t(`errors.${Object.values(errors.fields)[0]}`) : null)}</ErrorBanner>
        {preview && (
          <>
            <p data-testid="office-import-summary">
              {t('officeImport.summary', { valid: digits(preview.validCount), errors: digits(preview.errorCount) })}
            </p>
            <table className="grid">
              <thead>
                <tr>
                  <th>{t('officeImport.row')}</th>
                  <th>{t('office.nameBn')}</th>
                  <th>{t('office.parent')}</th>
                  <th>{t('office.level')}</th>
                  <th>{t('officeImport.status')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.rowNumber} className={row.issues.length ? 'row-error' : ''} data-row={row.rowNumber}>
                    <td>{digits(row.rowNumber)}</td>
                    <td>{row.nameBn}</td>
                    <td>{row.parentName ?? ''}</td>
                    <td>{row.level}</td>
                    <td>
                      {row.issues.length === 0
                        ? t('officeImport.ok')
                        : row.issues.map((i) => `${t(`office.${i.path}`, { defaultValue: i.path })}: ${t(`errors.${i.code}`, { defaultValue: i.message })}`).join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {done && <p className="success" data-testid="office-import-done">{done}</p>}
        <div className="actions">
          {preview && preview.validCount > 0 && (
            <button type="button" className="primary" onClick={() => void confirm()} data-testid="office-import-confirm">
              {t('officeImport.confirm')}
            </button>
          )}
          <button type="button" onClick={onClose}>{t('common.close')}</button>
        </div>
      </div>
    </div>
  );
}

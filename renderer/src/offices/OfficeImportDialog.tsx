// Import a list of offices: choose a file, see every row with its problems, then confirm.
import { useState } from 'react';
import type { OfficeImportPreview } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { ErrorBanner } from '../components/Field.js';
import { useApiError } from '../components/useApiError.js';
import { useI18n } from '../i18n/index.js';
import { readFileAsBase64 } from '../components/read-file.js';
import { Dialog } from '../components/Dialog.js';

/** The issue of a row naming an office the registry already holds (office-import.ts): not an error. */
const OFFICE_EXISTS = 'office-exists';

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
      setDone(result.existing > 0
        ? t('registry.officeImport.doneExisting', { created: digits(result.created), skipped: digits(result.skipped), existing: digits(result.existing) })
        : t('officeImport.done', { created: digits(result.created), skipped: digits(result.skipped) }));
      setPreview(null);
      await onImported();
    } catch (error) {
      errors.capture(error);
    }
  }

  return (
    <Dialog title={t('officeImport.title')} onClose={onClose} testId="office-import-dialog">
      <label className="file-input">
        {t('officeImport.choose')}
        <input type="file" accept=".csv,.xlsx,.xls,.ods" onChange={(e) => void choose(e.target.files)} data-testid="office-import-file" />
      </label>
      <ErrorBanner>{errors.message ?? (Object.values(errors.fields)[0] ? t(`errors.${Object.values(errors.fields)[0]}`) : null)}</ErrorBanner>
      {preview && (
        <>
          <p data-testid="office-import-summary">
            {preview.existingCount > 0
              ? t('registry.officeImport.summaryExisting', { valid: digits(preview.validCount), existing: digits(preview.existingCount), errors: digits(preview.errorCount) })
              : t('officeImport.summary', { valid: digits(preview.validCount), errors: digits(preview.errorCount) })}
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
              {preview.rows.map((row) => {
                const exists = row.issues.length === 1 && row.issues[0]!.code === OFFICE_EXISTS;
                return (
                <tr key={row.rowNumber} className={exists ? 'row-exists' : row.issues.length ? 'row-error' : ''} data-row={row.rowNumber} data-status={exists ? 'exists' : row.issues.length ? 'error' : 'ok'}>
                  <td>{digits(row.rowNumber)}</td>
                  <td>{row.nameBn}</td>
                  <td>{row.parentName ?? ''}</td>
                  <td>{row.level}</td>
                  <td>
                    {row.issues.length === 0
                      ? t('officeImport.ok')
                      : exists
                      ? t(`errors.${OFFICE_EXISTS}`)
                      : row.issues.map((i) => `${t(`office.${i.path}`, { defaultValue: i.path })}: ${t(`errors.${i.code}`, { defaultValue: i.message })}`).join('; ')}
                  </td>
                </tr>
                );
              })}
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
    </Dialog>
  );
}

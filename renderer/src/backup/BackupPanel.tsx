// Settings › Backup and restore: the list of backups with Restore (after a confirmation), "Back up
// now", the keep-N setting, export of the whole database, and restore/import from a chosen file.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BackupInfo, BackupList, ChosenFile, RestoreResult } from '../../../electron/backend/api/contract.js';
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { MAX_BACKUP_KEEP } from '../../../common/limits.js';
import { call } from '../api/client.js';
import { Dialog } from '../components/Dialog.js';
import { useCall } from '../api/use-call.js';
import { errorText } from '../api/messages.js';
import { ErrorBanner } from '../components/Field.js';
import { useApiError } from '../components/useApiError.js';
import { localeOf, setLanguage, useI18n } from '../i18n/index.js';
import { downloadExport, hasFileDialogs, uploadFile, UploadError } from './file-transfer.js';


/** What a confirmation restores: a listed backup, a file chosen in the desktop dialog, or one to upload. */
type Pending = { kind: 'backup'; backup: BackupInfo } | { kind: 'chosen'; chosen: ChosenFile } | { kind: 'upload'; file: File };

const pendingName = (p: Pending) => (p.kind === 'backup' ? p.backup.name : p.kind === 'chosen' ? p.chosen.fileName : p.file.name);

/** "১২" or "12" → 12; anything else → NaN. */
function parseWholeNumber(text: string): number {
  const latin = toLatinDigits(text.trim());
  return /^\d+$/.test(latin) ? Number(latin) : NaN;
}

export function BackupPanel() {
  const { t, language, digits, number } = useI18n();
  const [keepText, setKeepText] = useState('');
  const [keepError, setKeepError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const errors = useApiError();
  /** An upload the web server refused (HTTP status, no API error body). */
  const [uploadError, setUploadError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const listed = useCall('backups.list', {});
  const list: BackupList | null = listed.data ?? null;
  const load = listed.refresh;
  const keepLoaded = listed.data?.keep;

  // The keep-N field starts from the stored number when the list first arrives.
  useEffect(() => {
    if (keepLoaded !== undefined) setKeepText((text) => (text === '' ? String(keepLoaded) : text));
  }, [keepLoaded]);

  const time = (iso: string) =>
    digits(
      new Intl.DateTimeFormat(localeOf(language), {
        day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Dhaka',
      }).format(new Date(iso)),
    );
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('backup.sizeMb', { n: number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) })
      : t('backup.sizeKb', { n: number(Math.max(1, Math.round(bytes / 1024))) });

  /** Runs one action: clears the previous outcome, shows the new one (or the error) in the UI language. */
  async function run(action: () => Promise<string | null>) {
    errors.clear();
    setUploadError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult(await action());
    } catch (error) {
      if (error instanceof UploadError) setUploadError(uploadMessage(error));
      else errors.capture(error);
    } finally {
      setBusy(false);
      await load();
    }
  }

  const backUpNow = () => run(async () => t('backup.created', { name: (await call('backups.create', {})).name }));

  const exportDatabase = () =>
    run(async () => {
      const exported = await call('backups.export', {});
      if (exported.kind === 'cancelled') return null;
      if (exported.kind === 'saved') return t('backup.exportedTo', { path: exported.path, size: size(exported.byteSize) });
      downloadExport(exported.token, exported.fileName);
      return t('backup.exported', { name: exported.fileName, size: size(exported.byteSize) });
    });

  function uploadMessage(error: UploadError): string {
    const name = error.fileName;
    return error.status === 413 ? t('backup.uploadTooLarge', { name }) : t('backup.uploadFailed', { name, status: digits(error.status) });
  }

  async function saveKeep(event: FormEvent) {
    event.preventDefault();
    const keep = parseWholeNumber(keepText);
    if (!Number.isInteger(keep) || keep < 1 || keep > MAX_BACKUP_KEEP) {
      setKeepError(t('backup.keepInvalid', { max: digits(MAX_BACKUP_KEEP) }));
      return;
    }
    setKeepError(null);
    await run(async () => {
      const saved = await call('backups.setKeep', { keep });
      setKeepText(String(saved.keep));
      const removed = saved.removed.length > 0 ? t('backup.keepRemoved', { n: digits(saved.removed.length) }) : '';
      return t('backup.keepSaved', { keep: digits(saved.keep) }) + removed;
    });
  }

  function restoredMessage(outcome: RestoreResult): string {
    const migrated = outcome.migrated.length > 0 ? t('backup.migrated', { n: digits(outcome.migrated.length) }) : '';
    return t('backup.restored', { from: outcome.restoredFrom, backup: outcome.safetyBackup.name }) + migrated;
  }

  async function confirmRestore() {
    const target = pending;
    if (!target) return;
    setPending(null);
    await run(async () => {
      const outcome =
        target.kind === 'backup'
          ? await call('backups.restore', { name: target.backup.name })
          : await call('backups.restoreFile', { token: (target.kind === 'chosen' ? target.chosen : await uploadFile(target.file)).token });
      setRestored(true);
      // The restored database carries its own settings: follow its language at once.
      const settings = await call('settings.get', {});
      setLanguage(settings.language);
      setKeepText(String((await call('backups.list', {})).keep));
      return restoredMessage(outcome);
    });
  }

  function chooseFile(file: File | undefined) {
    if (fileInput.current) fileInput.current.value = ''; // choosing the same file again still counts
    if (!file) return;
    errors.clear();
    setResult(null);
    setPending({ kind: 'upload', file });
  }

  /** The desktop app: the main process's open dialog picks the file; only a token comes back. */
  async function chooseInDialog() {
    errors.clear();
    setResult(null);
    try {
      const { chosen } = await call('backups.chooseFile', {});
      if (chosen) setPending({ kind: 'chosen', chosen });
    } catch (error) {
      errors.capture(error);
    }
  }

  const backups = list?.backups ?? [];
  return (
    <section className="backup-panel" data-testid="backup-panel">
      <h3>{t('backup.title')}</h3>
      <p className="muted">{t('backup.intro')}</p>
      {listed.error ? <ErrorBanner>{errorText(listed.error, t)}</ErrorBanner> : null}
      {list && <p className="muted" data-testid="backup-folder">{t('backup.folder', { folder: list.folder })}</p>}

      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void backUpNow()} data-testid="backup-now">
          {t('backup.backUpNow')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportDatabase()} data-testid="backup-export">
          {t('backup.export')}
        </button>
        {hasFileDialogs() ? (
          <button type="button" disabled={busy} onClick={() => void chooseInDialog()} data-testid="backup-choose">
            {t('backup.importFile')}
          </button>
        ) : (
          <label className="button-like">
            {t('backup.importFile')}
            <input ref={fileInput} type="file" hidden disabled={busy} accept=".sqlite,.sqlite3,.db,application/vnd.sqlite3,application/octet-stream"
              onChange={(e) => chooseFile(e.target.files?.[0])} data-testid="backup-file" />
          </label>
        )}
      </div>

      {pending && (
        <Dialog
          title={pending.kind === 'backup'
            ? t('backup.confirmBackup', { name: pending.backup.name, time: time(pending.backup.createdAt) })
            : t('backup.confirmFile', { name: pendingName(pending) })}
          onClose={() => setPending(null)}
          testId="backup-confirm"
          size="narrow"
        >
          <p>{t('backup.confirmNote')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void confirmRestore()} data-testid="backup-confirm-yes">
              {t('backup.confirmYes')}
            </button>
            <button type="button" onClick={() => setPending(null)} data-testid="backup-confirm-no" data-autofocus>
              {t('backup.confirmNo')}
            </button>
          </div>
        </Dialog>
      )}

      {busy && <p className="muted" data-testid="backup-working">{t('backup.working')}</p>}
      <div data-testid="backup-error">
        <ErrorBanner>{uploadError ?? errors.message}</ErrorBanner>
      </div>
      {result && (
        <p className="success" role="status" data-testid="backup-result">
          {result}
        </p>
      )}
      {restored && (
        <div className="actions">
          <button type="button" onClick={() => window.location.reload()} data-testid="backup-reload">
            {t('backup.reload')}
          </button>
        </div>
      )}

      <form className="actions" style={{ alignItems: 'flex-end' }} onSubmit={(e) => void saveKeep(e)} noValidate>
        <div className={`field${keepError ? ' has-error' : ''}`}>
          <label htmlFor="backup-keep">{t('backup.keepLabel')}</label>
          <input id="backup-keep" inputMode="numeric" value={digits(keepText)} onChange={(e) => setKeepText(e.target.value)}
            aria-invalid={keepError ? true : undefined} style={{ width: '6rem' }} />
          {keepError && <span className="field-error" role="alert">{keepError}</span>}
        </div>
        <button type="submit" disabled={busy} data-testid="backup-keep-save">
          {t('backup.keepSave')}
        </button>
      </form>

      <p data-testid="backup-count">{backups.length === 0 ? t('backup.none') : t('backup.count', { n: digits(backups.length) })}</p>
      {backups.length > 0 && (
        <div className="table-scroll">
          <table className="grid" data-testid="backup-list">
            <thead>
              <tr>
                <th>{t('backup.col.time')}</th>
                <th>{t('backup.col.reason')}</th>
                <th>{t('backup.col.size')}</th>
                <th>{t('backup.col.name')}</th>
                <th>{t('backup.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name} data-backup={backup.name} data-reason={backup.reason}>
                  <td>{time(backup.createdAt)}</td>
                  <td>{t(`backup.reasons.${backup.reason}`)}</td>
                  <td>{size(backup.byteSize)}</td>
                  <td className="muted">{backup.name}</td>
                  <td>
                    <button type="button" disabled={busy} onClick={() => { errors.clear(); setResult(null); setPending({ kind: 'backup', backup }); }}
                      data-testid="backup-restore">
                      {t('backup.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

// Import screen: drop files or a folder; each file is read and previewed; the user corrects what
// detection got wrong, then imports one file or every ready file, with progress and cancel.
import { useEffect, useRef, useState } from 'react';
import { type CommitInput, type Office } from '../../../electron/backend/api/contract.js';
import { MAX_COMMIT_MANY } from '../../../common/limits.js';
import { ApiCallError, call } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import { readFileAsBase64 } from '../components/read-file.js';
import { useI18n } from '../i18n/index.js';
import { choicesFrom, statusOf, type QueuedFile } from './import-queue.js';
import { ImportPreview } from './ImportPreview.js';

// .doc is taken too, so the office is told to send .docx rather than the file being skipped unseen.
const ACCEPTED = /\.(xlsx|xlsm|xls|ods|csv|docx|doc|pdf)$/i;
const READ_AT_ONCE = 2;

interface Progress {
  label: string;
  done: number;
  total: number;
}

export function ImportPage() {
  const { t, digits, language } = useI18n();
  const [files, setFiles] = useState<QueuedFile[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [offices, setOffices] = useState<Office[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    void call('offices.list', {}).then(setOffices);
  }, []);

  const update = (key: string, change: (file: QueuedFile) => QueuedFile) =>
    setFiles((list) => list.map((f) => (f.key === key ? change(f) : f)));

  /** Runs `work` over items a chunk at a time with a progress bar; Cancel stops before the next chunk. */
  async function runBatch<T>(label: string, items: T[], chunkSize: number, work: (chunk: T[]) => Promise<void>) {
    cancelled.current = false;
    setNotice(null);
    for (let i = 0; i < items.length; i += chunkSize) {
      if (cancelled.current) {
        setNotice(t('import.cancelled'));
        break;
      }
      setProgress({ label, done: i, total: items.length });
      await work(items.slice(i, i + chunkSize));
    }
    setProgress(null);
  }

  async function addFiles(list: FileList | null) {
    const chosen = [...(list ?? [])].filter((f) => ACCEPTED.test(f.name));
    const queued = chosen.map((file, i) => ({
      file,
      entry: {
        key: `${Date.now()}-${i}-${file.name}`, fileName: file.webkitRelativePath || file.name, analysis: null, error: null, result: null,
        choices: { officeId: null, fiscalYear: null, period: null, receivedOn: null, layout: {} },
      } satisfies QueuedFile,
    }));
    setFiles((current) => [...current, ...queued.map((q) => q.entry)]);
    if (queued[0]) setSelected((s) => s ?? queued[0]!.entry.key);
    // Two at a time: the backend reads files in parallel worker threads.
    await runBatch(t('import.reading'), queued, READ_AT_ONCE, (chunk) =>
      Promise.all(chunk.map(async ({ file, entry }) => {
        try {
          const analysis = await call('imports.stage', { fileName: file.name, contentBase64: await readFileAsBase64(file) });
          update(entry.key, (f) => ({ ...f, analysis, choices: choicesFrom(analysis) }));
        } catch (error) {
          update(entry.key, (f) => ({ ...f, error: errorMessage(error, t, language) }));
        }
      })).then(() => undefined),
    );
  }

  async function reanalyse(file: QueuedFile, choices: QueuedFile['choices']) {
    if (!file.analysis) return;
    update(file.key, (f) => ({ ...f, choices }));
    try {
      const analysis = await call('imports.analyse', {
        stagedId: file.analysis.stagedId,
        layout: choices.layout,
        ...(choices.officeId ? { officeId: choices.officeId } : {}),
        ...(choices.fiscalYear ? { fiscalYear: choices.fiscalYear } : {}),
        period: choices.period,
      });
      update(file.key, (f) => ({ ...f, analysis, error: null }));
    } catch (error) {
      update(file.key, (f) => ({ ...f, error: errorMessage(error, t, language) }));
    }
  }

  function commitInput(file: QueuedFile): CommitInput | null {
    const { analysis, choices } = file;
    if (!analysis || !choices.officeId || !choices.fiscalYear) return null;
    return {
      stagedId: analysis.stagedId, layout: choices.layout, officeId: choices.officeId, fiscalYear: choices.fiscalYear,
      period: analysis.kind === 'report' ? choices.period : null, receivedOn: choices.receivedOn,
    };
  }

  async function importFile(file: QueuedFile) {
    const input = commitInput(file);
    if (!input) return;
    try {
      const result = await call('imports.commit', input);
      update(file.key, (f) => ({ ...f, result, error: null }));
    } catch (error) {
      update(file.key, (f) => ({ ...f, error: errorMessage(error, t, language) }));
    }
  }

  /** Ready files stored a chunk per call: one transaction (one write to disk) per chunk, each file on its own. */
  async function importChunk(chunk: QueuedFile[]) {
    const inputs = chunk.flatMap((file) => {
      const input = commitInput(file);
      return input ? [{ file, input }] : [];
    });
    if (inputs.length === 0) return;
    try {
      const { results } = await call('imports.commitMany', { files: inputs.map((i) => i.input) });
      results.forEach((outcome, i) => {
        const { file } = inputs[i]!;
        if (outcome.ok) update(file.key, (f) => ({ ...f, result: outcome.result, error: null }));
        else update(file.key, (f) => ({ ...f, error: errorMessage(new ApiCallError(outcome.error), t, language) }));
      });
    } catch (error) {
      for (const { file } of inputs) update(file.key, (f) => ({ ...f, error: errorMessage(error, t, language) }));
    }
  }

  const ready = files.filter((f) => statusOf(f) === 'ready');
  const current = files.find((f) => f.key === selected) ?? null;

  return (
    <div className="import-page">
      <h2>{t('import.title')}</h2>
      <div
        className="drop-zone"
        data-testid="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void addFiles(e.dataTransfer.files);
        }}
      >
        <span>{t('import.drop')}</span>
        <label className="button-like">
          {t('import.chooseFiles')}
          <input type="file" multiple accept=".xlsx,.xlsm,.xls,.ods,.csv,.docx,.doc,.pdf" hidden onChange={(e) => void addFiles(e.target.files)} data-testid="import-files" />
        </label>
        <label className="button-like">
          {t('import.chooseFolder')}
          <input type="file" hidden {...{ webkitdirectory: '' }} onChange={(e) => void addFiles(e.target.files)} />
        </label>
        <span className="muted">{t('import.formats')}</span>
      </div>

      {progress && (
        <div className="progress" data-testid="import-progress">
          <span>{progress.label} {t('import.progress', { done: digits(progress.done), total: digits(progress.total) })}</span>
          <progress max={progress.total} value={progress.done} />
          <button type="button" onClick={() => (cancelled.current = true)}>{t('import.cancel')}</button>
        </div>
      )}
      {notice && <p className="muted" role="status">{notice}</p>}

      {files.length > 0 && (
        <table className="grid file-list" data-testid="import-file-list">
          <thead>
            <tr>
              <th>{t('import.file')}</th>
              <th>{t('import.status')}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => {
              const status = statusOf(f);
              return (
                <tr key={f.key} className={f.key === selected ? 'selected' : ''} onClick={() => setSelected(f.key)} data-file={f.fileName}>
                  <td>{f.fileName}</td>
                  <td className={`status-${status}`} data-status={status}>
                    {t(`import.statuses.${status}`)}
                    {f.error ? ` — ${f.error}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {ready.length > 0 && (
        <button type="button" className="primary" disabled={progress !== null} data-testid="import-all"
          onClick={() => void runBatch(t('import.importAll'), ready, MAX_COMMIT_MANY, importChunk)}>
          {t('import.importAll')} ({digits(ready.length)})
        </button>
      )}

      {current && (
        <ImportPreview
          key={current.key}
          file={current}
          offices={offices}
          onChoices={(choices) => void reanalyse(current, choices)}
          onImport={() => void importFile(current)}
          onRemove={() => {
            if (current.analysis && !current.result) void call('imports.discard', { stagedId: current.analysis.stagedId });
            setFiles((list) => list.filter((f) => f.key !== current.key));
            setSelected(null);
          }}
        />
      )}
    </div>
  );
}

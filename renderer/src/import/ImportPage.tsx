// Import screen: drop files or a folder; each file is read and previewed; the user corrects what
// detection got wrong (one file, or several at once), then imports one file or every ready file,
// with progress and cancel. Files that are not taken are listed with the reason.
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { type CommitInput } from '../../../electron/backend/api/contract.js';
import { MAX_COMMIT_MANY, MAX_STAGED_BYTES, MAX_STAGED_FILES } from '../../../common/limits.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { dayMonthYearFromIso } from '../../../common/dates/iso-date.js';
import { ApiCallError, call } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import { useCall } from '../api/use-call.js';
import { PageErrorBoundary } from '../app/PageErrorBoundary.js';
import { useWorkingPeriod } from '../app/working-period.js';
import { DateField } from '../components/DateField.js';
import { readFileAsBase64 } from '../components/read-file.js';
import { useI18n } from '../i18n/index.js';
import { FiscalYearField } from './FiscalYearField.js';
import { choicesFrom, extensionOf, notTakenReason, QUEUE_STATUSES, statusOf, type NotTakenReason, type QueuedFile, type QueueStatus } from './import-queue.js';
import { ImportPreview } from './ImportPreview.js';

// Four in flight keep the backend's two reader workers busy while answers travel back.
const READ_AT_ONCE = 4;
const ANALYSE_AT_ONCE = 4;

interface Progress {
  label: string;
  done: number;
  total: number;
}

interface NotTaken {
  name: string;
  reason: NotTakenReason;
}

/** What the "set for several files" bar gives: only the fields filled in are applied. */
interface BulkChoice {
  officeId: number | null;
  fiscalYear: string | null;
  period: QueuedFile['choices']['period'];
  receivedOn: string | null;
}

const NO_BULK: BulkChoice = { officeId: null, fiscalYear: null, period: null, receivedOn: null };

export function ImportPage() {
  const { t, digits, language } = useI18n();
  const { years, reloadYears } = useWorkingPeriod();
  const [files, setFiles] = useState<QueuedFile[]>([]);
  const filesRef = useRef(files);
  filesRef.current = files;
  const [selected, setSelected] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const offices = useCall('offices.list', {});
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [notTaken, setNotTaken] = useState<NotTaken[]>([]);
  const [statusFilter, setStatusFilter] = useState<QueueStatus | ''>('');
  const [textFilter, setTextFilter] = useState('');
  const [bulk, setBulk] = useState<BulkChoice>(NO_BULK);
  const cancelled = useRef(false);
  /** The files as the user gave them, so a file whose reading was cancelled can be read again. */
  const sources = useRef(new Map<string, File>());

  const officeList = useMemo(() => offices.data ?? [], [offices.data]);
  const officeName = useMemo(() => {
    const names = new Map<number, string>();
    for (const o of officeList) names.set(o.id, language === 'en' && o.nameEn ? o.nameEn : o.nameBn);
    return names;
  }, [officeList, language]);

  const update = (key: string, change: (file: QueuedFile) => QueuedFile) =>
    setFiles((list) => list.map((f) => (f.key === key ? change(f) : f)));

  /** Runs `work` over items a chunk at a time with a progress bar; Cancel stops before the next chunk. Returns whether it ran to the end. */
  async function runBatch<T>(label: string, items: T[], chunkSize: number, work: (chunk: T[]) => Promise<void>): Promise<boolean> {
    cancelled.current = false;
    let complete = true;
    for (let i = 0; i < items.length; i += chunkSize) {
      if (cancelled.current) {
        complete = false;
        break;
      }
      setProgress({ label, done: i, total: items.length });
      await work(items.slice(i, i + chunkSize));
    }
    setProgress(null);
    return complete;
  }

  /** Reads files into the list a few at a time; those not read when the user cancels say so and can be read again. */
  async function readFiles(entries: QueuedFile[]) {
    const done = new Set<string>();
    await runBatch(t('import.reading'), entries, READ_AT_ONCE, (chunk) =>
      Promise.all(chunk.map(async (entry) => {
        const file = sources.current.get(entry.key);
        try {
          if (!file) return;
          if (file.size === 0) {
            update(entry.key, (f) => ({ ...f, cancelled: false, error: t('import.emptyFile', { file: entry.fileName }) }));
            return;
          }
          const analysis = await call('imports.stage', { fileName: file.name, contentBase64: await readFileAsBase64(file) });
          update(entry.key, (f) => ({ ...f, analysis, cancelled: false, error: null, choices: choicesFrom(analysis) }));
        } catch (error) {
          update(entry.key, (f) => ({ ...f, cancelled: false, error: errorMessage(error, t, language) }));
        } finally {
          done.add(entry.key);
        }
      })).then(() => undefined),
    );
    const unread = new Set(entries.filter((e) => !done.has(e.key)).map((e) => e.key));
    if (unread.size > 0) {
      setFiles((list) => list.map((f) => (unread.has(f.key) ? { ...f, cancelled: true } : f)));
      setNotice(t('import.readCancelled', { n: digits(unread.size) }));
    }
  }

  async function addFiles(list: FileList | null) {
    setNotice(null);
    const given = [...(list ?? [])];
    const refused: NotTaken[] = [];
    const chosen: File[] = [];
    for (const file of given) {
      const reason = notTakenReason(file.webkitRelativePath || file.name);
      if (reason) refused.push({ name: file.webkitRelativePath || file.name, reason });
      else chosen.push(file);
    }
    if (refused.length > 0) setNotTaken((current) => [...current, ...refused]);
    // The backend holds every file until it is imported or removed; a batch that would not fit is refused before any is read.
    const heldFiles = files.filter((f) => !f.result && !(f.error && !f.analysis));
    const held = heldFiles.length;
    if (held + chosen.length > MAX_STAGED_FILES) {
      setNotice(t('import.tooMany', { max: digits(MAX_STAGED_FILES), queued: digits(held), chosen: digits(chosen.length) }));
      return;
    }
    const megabytes = (bytes: number) => digits(Math.ceil(bytes / 1_000_000));
    const heldBytes = heldFiles.reduce((sum, f) => sum + (sources.current.get(f.key)?.size ?? 0), 0);
    const chosenBytes = chosen.reduce((sum, f) => sum + f.size, 0);
    if (heldBytes + chosenBytes > MAX_STAGED_BYTES) {
      setNotice(t('import.tooLarge', { max: megabytes(MAX_STAGED_BYTES), queued: megabytes(heldBytes), chosen: megabytes(chosenBytes) }));
      return;
    }
    const stamp = Date.now();
    const queued = chosen.map((file, i): QueuedFile => {
      const key = `${stamp}-${i}-${file.name}`;
      sources.current.set(key, file);
      const fileName = file.webkitRelativePath || file.name;
      return {
        key, fileName, analysis: null, result: null,
        // An empty file has nothing to read: said here, naming it, rather than as a form error.
        error: file.size === 0 ? t('import.emptyFile', { file: fileName }) : null,
        choices: { officeId: null, fiscalYear: null, period: null, receivedOn: null, layout: {} },
      };
    });
    if (queued.length === 0) return;
    // Files imported in an earlier batch leave the list (they are on their offices' pages); the rest stay.
    setFiles((current) => [...current.filter((f) => !f.result), ...queued]);
    const leaving = new Set(files.filter((f) => f.result).map((f) => f.key));
    for (const key of leaving) sources.current.delete(key);
    if (leaving.size > 0) setChecked((set) => new Set([...set].filter((key) => !leaving.has(key))));
    setSelected((s) => (s && !files.some((f) => f.key === s && f.result) ? s : queued[0]!.key));
    void offices.refresh();
    await readFiles(queued.filter((q) => q.error === null));
  }

  /** Reads the file again with these choices (the preview, and the checks that depend on office and year). */
  async function reanalyse(file: QueuedFile, choices: QueuedFile['choices']) {
    if (!file.analysis) return;
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

  /**
   * One choice of one file changed: merged into the file's latest choices (two changes in a row never
   * undo each other); all but the receipt date re-run the preview's checks.
   */
  async function changeChoices(key: string, change: Partial<QueuedFile['choices']>) {
    update(key, (f) => ({ ...f, choices: { ...f.choices, ...change } }));
    if (Object.keys(change).every((k) => k === 'receivedOn')) return;
    const file = filesRef.current.find((f) => f.key === key);
    if (file) await reanalyse(file, { ...file.choices, ...change });
  }

  function commitInput(file: QueuedFile): CommitInput | null {
    const { analysis, choices } = file;
    if (!analysis || !choices.officeId || !choices.fiscalYear) return null;
    return {
      stagedId: analysis.stagedId, layout: choices.layout, officeId: choices.officeId, fiscalYear: choices.fiscalYear,
      period: analysis.kind === 'report' ? choices.period : null, receivedOn: analysis.kind === 'report' ? choices.receivedOn : null,
    };
  }

  async function importFile(file: QueuedFile) {
    const input = commitInput(file);
    if (!input) return;
    try {
      const result = await call('imports.commit', input);
      update(file.key, (f) => ({ ...f, result, error: null }));
      await reloadYears().catch(() => undefined);
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

  async function importAll() {
    setNotice(null);
    const complete = await runBatch(t('import.importAll'), ready, MAX_COMMIT_MANY, importChunk);
    if (!complete) setNotice(t('import.cancelled'));
    await reloadYears().catch(() => undefined);
  }

  /** Applies the filled-in fields of the bulk bar to the files given (not to those already imported). */
  async function applyBulk(keys: Set<string>) {
    const change: Partial<QueuedFile['choices']> = {};
    if (bulk.officeId !== null) change.officeId = bulk.officeId;
    if (bulk.fiscalYear !== null) change.fiscalYear = bulk.fiscalYear;
    if (bulk.period !== null) change.period = bulk.period;
    if (bulk.receivedOn !== null) change.receivedOn = bulk.receivedOn;
    if (Object.keys(change).length === 0) {
      setNotice(t('import.bulk.nothing'));
      return;
    }
    const targets = files.filter((f) => keys.has(f.key) && f.analysis && !f.result);
    // The receipt date changes nothing the preview shows; an office, year or period re-runs the checks.
    const rechecked = change.officeId !== undefined || change.fiscalYear !== undefined || change.period !== undefined;
    const changed = targets.map((f) => ({ file: f, choices: { ...f.choices, ...change } }));
    setFiles((list) => list.map((f) => {
      const c = changed.find((x) => x.file.key === f.key);
      return c ? { ...f, choices: c.choices } : f;
    }));
    if (rechecked) {
      await runBatch(t('import.bulk.applying'), changed, ANALYSE_AT_ONCE, (chunk) =>
        Promise.all(chunk.map(({ file, choices }) => reanalyse(file, choices))).then(() => undefined));
    }
    setNotice(t('import.bulk.applied', { n: digits(targets.length) }));
  }

  const ready = files.filter((f) => statusOf(f) === 'ready');
  const current = files.find((f) => f.key === selected) ?? null;
  const wanted = textFilter.trim().toLowerCase();
  const shown = files.filter((f) => {
    if (statusFilter && statusOf(f) !== statusFilter) return false;
    if (!wanted) return true;
    const office = f.choices.officeId ? officeName.get(f.choices.officeId) ?? '' : '';
    return f.fileName.toLowerCase().includes(wanted) || office.toLowerCase().includes(wanted);
  });
  const checkedShown = shown.filter((f) => checked.has(f.key));
  const allShownChecked = shown.length > 0 && checkedShown.length === shown.length;
  const missingDates = files.filter((f) => f.analysis?.kind === 'report' && !f.result && !f.choices.receivedOn).length;

  const toggle = useCallback((key: string) => {
    setChecked((set) => {
      const next = new Set(set);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  // The preview's actions, stable across renders so the preview is drawn again only when its file changes
  // (a batch of 1,000 files updates the list 1,000 times); each acts on the file shown at the time.
  const latest = useRef({ current, changeChoices, importFile, readFiles, update });
  latest.current = { current, changeChoices, importFile, readFiles, update };
  const onChoices = useCallback((change: Partial<QueuedFile['choices']>) => {
    const { current: shown, changeChoices: change_ } = latest.current;
    if (shown) void change_(shown.key, change);
  }, []);
  const onImport = useCallback(() => {
    const { current: shown, importFile: importOne } = latest.current;
    if (shown) void importOne(shown);
  }, []);
  const onReadAgain = useCallback(() => {
    const { current: shown, readFiles: read, update: change } = latest.current;
    if (!shown) return;
    change(shown.key, (f) => ({ ...f, cancelled: false, error: null }));
    void read([shown]);
  }, []);
  const onRemove = useCallback(() => {
    const shown = latest.current.current;
    if (!shown) return;
    if (shown.analysis && !shown.result) void call('imports.discard', { stagedId: shown.analysis.stagedId }).catch(() => undefined);
    sources.current.delete(shown.key);
    setFiles((list) => list.filter((f) => f.key !== shown.key));
    setChecked((set) => {
      const next = new Set(set);
      next.delete(shown.key);
      return next;
    });
    setSelected(null);
  }, []);

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
          <input type="file" multiple hidden onChange={(e) => { void addFiles(e.target.files); e.target.value = ''; }} data-testid="import-files" />
        </label>
        <label className="button-like">
          {t('import.chooseFolder')}
          <input type="file" hidden {...{ webkitdirectory: '' }} onChange={(e) => { void addFiles(e.target.files); e.target.value = ''; }} />
        </label>
        <span className="muted">{t('import.formats')}</span>
      </div>

      {progress && (
        <div className="progress" data-testid="import-progress">
          <span>{progress.label} {t('import.progress', { done: digits(progress.done), total: digits(progress.total) })}</span>
          <progress max={progress.total} value={progress.done} />
          <button type="button" onClick={() => (cancelled.current = true)} data-testid="import-cancel">{t('import.cancel')}</button>
        </div>
      )}
      {notice && <p className="notice" role="status" data-testid="import-notice">{notice}</p>}

      {notTaken.length > 0 && (
        <section className="not-taken" data-testid="not-taken">
          <h4>{t('import.notTaken.title', { n: digits(notTaken.length) })}</h4>
          <ul>
            {notTaken.map((n, i) => (
              <li key={i} data-file={n.name} data-reason={n.reason}>
                <strong>{n.name}</strong>: {t(`import.notTaken.${n.reason}`, { ext: extensionOf(n.name) })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setNotTaken([])}>{t('import.notTaken.dismiss')}</button>
        </section>
      )}

      {files.length > 0 && (
        <>
          <fieldset className="bulk-bar" data-testid="bulk-bar">
            <legend>{t('import.bulk.title')}</legend>
            <div className="form-grid">
              <div className="field">
                <label htmlFor="bulk-office">{t('import.office')}</label>
                <select id="bulk-office" value={bulk.officeId ?? ''} onChange={(e) => setBulk({ ...bulk, officeId: e.target.value ? Number(e.target.value) : null })}>
                  <option value="">{t('import.officeNone')}</option>
                  {officeList.map((o) => (
                    <option key={o.id} value={o.id}>{officeName.get(o.id)}</option>
                  ))}
                </select>
              </div>
              <FiscalYearField id="bulk-fiscal-year" label={t('import.fiscalYear')} value={bulk.fiscalYear} years={years}
                onChange={(fiscalYear) => setBulk((b) => ({ ...b, fiscalYear }))} testId="bulk-fiscal-year" />
              <div className="field">
                <label htmlFor="bulk-period">{t('import.period')}</label>
                <select id="bulk-period" value={bulk.period ?? ''} onChange={(e) => setBulk({ ...bulk, period: (e.target.value || null) as BulkChoice['period'] })}>
                  <option value="">{t('import.periodNone')}</option>
                  {PERIODS.map((p) => (
                    <option key={p} value={p}>{t(`import.periods.${p}`)}</option>
                  ))}
                </select>
              </div>
              <DateField id="bulk-received" label={t('import.receivedOn')} value={bulk.receivedOn}
                onChange={(receivedOn) => setBulk((b) => ({ ...b, receivedOn }))} testId="bulk-received" />
            </div>
            <p className="muted">{t('import.bulk.hint')}</p>
            {missingDates > 0 && <p className="notice" data-testid="missing-dates">{t('import.bulk.missingDates', { n: digits(missingDates) })}</p>}
            <div className="actions">
              <button type="button" disabled={progress !== null || checked.size === 0} data-testid="bulk-apply-selected"
                onClick={() => void applyBulk(checked)}>
                {t('import.bulk.applySelected', { n: digits(checked.size) })}
              </button>
              <button type="button" disabled={progress !== null} data-testid="bulk-apply-all"
                onClick={() => void applyBulk(new Set(files.map((f) => f.key)))}>
                {t('import.bulk.applyAll', { n: digits(files.length) })}
              </button>
            </div>
          </fieldset>

          <div className="list-filters">
            <input type="search" placeholder={t('import.list.filterText')} aria-label={t('import.list.filterText')} value={textFilter}
              onChange={(e) => setTextFilter(e.target.value)} data-testid="filter-text" />
            <select aria-label={t('import.list.filterStatus')} value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as QueueStatus | '')} data-testid="filter-status">
              <option value="">{t('import.list.allStatuses')}</option>
              {QUEUE_STATUSES.map((s) => (
                <option key={s} value={s}>{t(`import.statuses.${s}`)}</option>
              ))}
            </select>
            <span className="muted" data-testid="list-count">
              {t('import.list.shown', { shown: digits(shown.length), total: digits(files.length), selected: digits(checked.size) })}
            </span>
          </div>

          <div className="table-scroll file-list-scroll">
            <table className="grid file-list" data-testid="import-file-list">
              <thead>
                <tr>
                  <th>
                    <input type="checkbox" aria-label={t('import.list.selectAll')} checked={allShownChecked} data-testid="select-all-shown"
                      onChange={() => setChecked((set) => {
                        const next = new Set(set);
                        for (const f of shown) {
                          if (allShownChecked) next.delete(f.key);
                          else next.add(f.key);
                        }
                        return next;
                      })} />
                  </th>
                  <th>{t('import.file')}</th>
                  <th>{t('import.list.office')}</th>
                  <th>{t('import.list.fiscalYear')}</th>
                  <th>{t('import.list.period')}</th>
                  <th>{t('import.list.receivedOn')}</th>
                  <th>{t('import.status')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((f) => (
                  <FileRow key={f.key} file={f} isSelected={f.key === selected} isChecked={checked.has(f.key)}
                    office={f.choices.officeId ? officeName.get(f.choices.officeId) ?? '' : ''} onSelect={setSelected} onToggle={toggle} />
                ))}
                {shown.length === 0 && (
                  <tr><td colSpan={7} className="muted">{t('import.list.none')}</td></tr>
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
      {ready.length > 0 && (
        <button type="button" className="primary" disabled={progress !== null} data-testid="import-all" onClick={() => void importAll()}>
          {t('import.importAll')} ({digits(ready.length)})
        </button>
      )}

      {current && (
        // A preview that fails to draw takes only itself down: the list and the rest of the queue stay.
        <PageErrorBoundary resetKey={current.key}>
          <ImportPreview
            key={current.key}
            file={current}
            offices={officeList}
            onChoices={onChoices}
            onImport={onImport}
            onReadAgain={onReadAgain}
            onRemove={onRemove}
          />
        </PageErrorBoundary>
      )}
    </div>
  );
}

/** One file of the list; rows whose file did not change are not drawn again (a batch updates one file at a time). */
const FileRow = memo(function FileRow(props: {
  file: QueuedFile;
  isSelected: boolean;
  isChecked: boolean;
  office: string;
  onSelect: (key: string) => void;
  onToggle: (key: string) => void;
}) {
  const { t, digits } = useI18n();
  const { file: f } = props;
  const status = statusOf(f);
  const isReport = f.analysis?.kind === 'report';
  return (
    <tr className={props.isSelected ? 'selected' : ''} onClick={() => props.onSelect(f.key)} data-file={f.fileName}>
      <td onClick={(e) => e.stopPropagation()}>
        <input type="checkbox" aria-label={`${t('import.list.select')} ${f.fileName}`} checked={props.isChecked} onChange={() => props.onToggle(f.key)} />
      </td>
      <td>{f.fileName}</td>
      <td data-col="office">{props.office}</td>
      <td data-col="fiscal-year">{f.choices.fiscalYear ? digits(f.choices.fiscalYear) : ''}</td>
      <td data-col="period">{f.analysis ? (isReport ? (f.choices.period ? t(`import.periods.${f.choices.period}`) : '') : t('import.list.plan')) : ''}</td>
      <td data-col="received">{isReport && f.choices.receivedOn ? digits(dayMonthYearFromIso(f.choices.receivedOn)) : ''}</td>
      <td className={`status-${status}`} data-status={status}>
        {t(`import.statuses.${status}`)}
        {f.error ? ` — ${f.error}` : ''}
      </td>
    </tr>
  );
});

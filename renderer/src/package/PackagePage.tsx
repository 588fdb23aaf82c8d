// The Package screen: pick the year, period and parts, compose the memo (templates saved and reused),
// see every document as it will print and what to know first (a part that cannot be enclosed and why,
// memo text naming what is not enclosed, a serial already used, numbers an earlier package issued),
// generate the package with progress and cancel, and keep the memo register in view.
import { useCallback, useEffect, useState } from 'react';
import type {
  FeedbackNumbering, GeneratedPackage, IssuedMemoRow, JobStatus, MemoDraft, PackageComposition, PackageNotice, PackagePart, PackageParts,
} from '../../../electron/backend/api/contract.js';
import type { DocumentModel } from '../../../common/documents/model.js';
import { ApiCallError, call } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import { useCall, usePolling } from '../api/use-call.js';
import { useWorkingPeriod } from '../app/working-period.js';
import { DocumentPreview } from '../documents/DocumentPreview.js';
import { useI18n } from '../i18n/index.js';
import { MemoComposer } from './MemoComposer.js';

const DEFAULT_PARTS: PackageParts = { selfAssessment: true, reviewReport: true, feedbackLetters: true, evidenceIndex: true, auditLog: false };
const PART_KEYS = ['selfAssessment', 'reviewReport', 'feedbackLetters', 'evidenceIndex', 'auditLog'] as const;

/** The memo's subject and body as last worded by the backend: text the user has not edited follows the parts. */
interface Worded {
  subject: string;
  body: string[];
}
const sameWords = (draft: MemoDraft, worded: Worded | null): boolean =>
  worded !== null && draft.subject === worded.subject && JSON.stringify(draft.body) === JSON.stringify(worded.body);

export function PackagePage() {
  const { t, digits, date, language } = useI18n();
  // The year and period are the app's, chosen in the header.
  const { fiscalYear, period } = useWorkingPeriod();
  const [composition, setComposition] = useState<PackageComposition | null>(null);
  const [draft, setDraft] = useState<MemoDraft | null>(null);
  const [parts, setParts] = useState<PackageParts>(DEFAULT_PARTS);
  const [documents, setDocuments] = useState<DocumentModel[]>([]);
  const [notices, setNotices] = useState<PackageNotice[]>([]);
  const [feedbackNumbers, setFeedbackNumbers] = useState<FeedbackNumbering | undefined>(undefined);
  const [worded, setWorded] = useState<Worded | null>(null);
  const [job, setJob] = useState<JobStatus<GeneratedPackage> | null>(null);
  const registerCall = useCall('memos.register', {});
  const register: IssuedMemoRow[] = registerCall.data ?? [];
  const [message, setMessage] = useState<string | null>(null);
  /** Messages about one field of the memo (its file number, its date), shown next to that field. */
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'fileNumber' | 'date', string>>>({});

  /** A failed call: what concerns a field of the memo goes next to it, the rest above the preview. */
  const fail = useCallback((error: unknown) => {
    if (error instanceof ApiCallError && error.body.kind === 'validation') {
      const fields: Partial<Record<'fileNumber' | 'date', string>> = {};
      const rest = error.body.issues.filter((issue) => {
        const field = issue.path.split('.').at(-1);
        if (field !== 'fileNumber' && field !== 'date') return true;
        fields[field] = t(`package.fieldErrors.${issue.code}`, { defaultValue: t(`errors.${issue.code}`, { defaultValue: t('package.fieldErrors.invalid') }) });
        return false;
      });
      setFieldErrors(fields);
      if (rest.length > 0) setMessage(errorMessage(new ApiCallError({ ...error.body, issues: rest }), t, language));
      return;
    }
    if (error instanceof ApiCallError && error.body.kind === 'conflict' && error.body.code === 'feedback-letter-stale') {
      setMessage(t('package.errors.feedback-letter-stale'));
      return;
    }
    setMessage(errorMessage(error, t, language));
  }, [t, language]);
  const [templateName, setTemplateName] = useState('');

  const compose = useCallback(async () => {
    try {
      const c = await call('package.compose', { fiscalYear, period });
      setComposition(c);
      setDraft(c.draft);
      setWorded({ subject: c.draft.subject, body: c.draft.body });
      setFeedbackNumbers(undefined);
      setParts({
        selfAssessment: !c.unavailable.selfAssessment,
        reviewReport: !c.unavailable.reviewReport,
        feedbackLetters: !c.unavailable.feedbackLetters,
        evidenceIndex: !c.unavailable.evidenceIndex,
        auditLog: false,
      });
    } catch (error) {
      setMessage(errorMessage(error, t, language));
    }
  }, [fiscalYear, period, t, language]);

  useEffect(() => {
    void compose();
  }, [compose]);

  /** A part ticked or unticked: the memo's words follow what is enclosed, unless the user has written their own. */
  async function changeParts(next: PackageParts) {
    setParts(next);
    if (!draft) return;
    try {
      const c = await call('package.compose', { fiscalYear, period, parts: next });
      if (sameWords(draft, worded)) setDraft({ ...draft, subject: c.draft.subject, body: c.draft.body });
      setWorded({ subject: c.draft.subject, body: c.draft.body });
    } catch (error) {
      setMessage(errorMessage(error, t, language));
    }
  }

  // The live preview follows the draft, half a second after the last change.
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      call('package.preview', { fiscalYear, period, draft, parts, ...(feedbackNumbers ? { feedbackNumbers } : {}) })
        .then((p) => {
          setFieldErrors({});
          setDocuments(p.documents);
          setNotices(p.notices);
          setComposition((c) => (c ? { ...c, nextMemoNumber: p.nextMemoNumber } : c));
        })
        .catch(fail);
    }, 500);
    return () => clearTimeout(timer);
  }, [draft, parts, feedbackNumbers, fiscalYear, period, fail]);

  async function generate() {
    if (!draft) return;
    setMessage(null);
    try {
      setJob(await call('package.start', { fiscalYear, period, draft, parts, ...(feedbackNumbers ? { feedbackNumbers } : {}) }));
    } catch (error) {
      fail(error);
    }
  }

  // A running job is asked for its progress; when it ends, the register and the composition follow.
  usePolling(async () => {
    if (!job || job.state !== 'running') return;
    try {
      const status = await call('package.status', { jobId: job.id });
      setJob(status);
      if (status.state === 'failed' && status.error) fail(new ApiCallError(status.error));
      if (status.state !== 'running') {
        await registerCall.refresh();
        await compose();
      }
    } catch (error) {
      setMessage(errorMessage(error, t, language));
    }
  }, 300, job?.state === 'running');

  async function cancel() {
    if (!job) return;
    try {
      setJob(await call('package.cancel', { jobId: job.id }));
    } catch (error) {
      setMessage(errorMessage(error, t, language));
    }
  }

  async function openFolder(folder: string) {
    try {
      const { opened } = await call('package.openFolder', { folder });
      if (!opened) setMessage(t('package.cannotOpen', { folder }));
    } catch (error) {
      setMessage(errorMessage(error, t, language));
    }
  }

  async function saveTemplate() {
    if (!draft || !templateName.trim()) return;
    try {
      await call('memos.saveTemplate', { fiscalYear, period, name: templateName.trim(), draft, parts });
      await compose();
    } catch (error) {
      setMessage(errorMessage(error, t, language));
    }
  }

  const running = job?.state === 'running';
  const available = composition?.available;
  const numbersIssued = notices.find((n) => n.code === 'feedback-numbers-issued');
  const BLOCKING: PackageNotice['code'][] = ['part-unavailable', 'memo-mentions-missing-part', 'serial-used', 'feedback-letter-stale'];
  const blocking = notices.some((n) => BLOCKING.includes(n.code));
  const partName = (part: PackagePart | undefined) => (part ? t(`package.partName.${part}`) : '');
  const noticeText = (n: PackageNotice) =>
    t(`package.notices.${n.code}`, {
      ...n.params, part: partName(n.part), reason: n.reason ? t(`package.unavailable.${n.reason}`, { fiscalYear: digits(fiscalYear), period: t(`import.periods.${period}`) }) : '',
      serial: digits(n.params.serial ?? ''), last: digits(n.params.last ?? ''), next: digits(n.params.next ?? ''), count: digits(n.params.count ?? ''),
      indicators: digits(n.params.indicators ?? ''),
      issuedOn: typeof n.params.issuedOn === 'string' ? date(n.params.issuedOn) : '',
    });
  return (
    <div className="package-page">
      <h2>{t('package.title')}</h2>
      <p className="muted" data-testid="package-working-period">
        {t('common.fiscalYear')}: {digits(fiscalYear)} · {t('package.period')}: {t(`import.periods.${period}`)}
      </p>

      {available && composition && (
        <fieldset>
          <legend>{t('package.parts')}</legend>
          {PART_KEYS.map((part) => {
            const n = part === 'reviewReport' ? available.reviewedOffices : part === 'feedbackLetters' ? available.feedbackLetters : part === 'evidenceIndex' ? available.evidenceFiles : 0;
            const reason = part === 'auditLog' ? undefined : composition.unavailable[part];
            return (
              <div key={part} className="part-choice">
                <label className="checkbox">
                  <input type="checkbox" data-part={part} checked={Boolean(parts[part])} disabled={Boolean(reason) && !parts[part]}
                    onChange={(e) => void changeParts({ ...parts, [part]: e.target.checked })} />
                  {t(`package.part.${part}`, { n: digits(n) })}
                </label>
                {reason && (
                  <span className="muted" data-testid={`unavailable-${part}`}>
                    {' — '}{t(`package.unavailable.${reason}`, { fiscalYear: digits(fiscalYear), period: t(`import.periods.${period}`) })}
                  </span>
                )}
              </div>
            );
          })}
        </fieldset>
      )}

      {notices.length > 0 && (
        <ul className="notices" data-testid="package-notices">
          {notices.map((n, i) => (
            <li key={i} data-code={n.code} className={BLOCKING.includes(n.code) ? 'error-banner' : 'warning'}>
              {noticeText(n)}
            </li>
          ))}
        </ul>
      )}
      {numbersIssued && (
        <fieldset data-testid="feedback-numbering">
          <legend>{t('package.feedbackNumbering.legend')}</legend>
          {(['reuse', 'new'] as const).map((choice) => (
            <label key={choice} className="checkbox">
              <input type="radio" name="feedback-numbering" value={choice} checked={feedbackNumbers === choice} onChange={() => setFeedbackNumbers(choice)} />
              {t(`package.feedbackNumbering.${choice}`)}
            </label>
          ))}
        </fieldset>
      )}

      {draft && (
        <>
          {composition && composition.templates.length > 0 && (
            <label>
              {t('package.loadTemplate')}{' '}
              <select value="" onChange={(e) => {
                const chosen = composition.templates.find((tpl) => tpl.name === e.target.value);
                if (chosen) setDraft({ ...chosen.draft, date: draft.date, ...(draft.startAt ? { startAt: draft.startAt } : {}) });
              }}>
                <option value="" />
                {composition.templates.map((tpl) => (
                  <option key={tpl.name} value={tpl.name}>{tpl.name}</option>
                ))}
              </select>
            </label>
          )}
          <MemoComposer draft={draft} onChange={setDraft} nextMemoNumber={composition?.nextMemoNumber ?? null} errors={fieldErrors} />
          <div className="actions">
            <input aria-label={t('package.templateName')} placeholder={t('package.templateName')} value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
            <button type="button" onClick={() => void saveTemplate()} disabled={!templateName.trim()}>{t('package.saveTemplate')}</button>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void generate()} disabled={running || blocking || (Boolean(numbersIssued) && !feedbackNumbers)} data-testid="generate-package">{t('package.generate')}</button>
            {running && job && (
              <button type="button" onClick={() => void cancel()} data-testid="cancel-package">{t('package.cancel')}</button>
            )}
          </div>
        </>
      )}

      {job && (
        <div className="job" data-testid="package-job" data-state={job.state}>
          {running && (
            <>
              <span>{t('package.generating', { step: language === 'bn' ? job.progress.step : job.progress.stepEn, done: digits(job.progress.done), total: digits(job.progress.total) })}</span>
              <progress max={job.progress.total} value={job.progress.done} />
            </>
          )}
          {job.state === 'done' && job.result && (
            <div className="success">
              <p data-testid="package-done">{t('package.done', { memoNumber: job.result.memoNumber })}</p>
              {job.result.feedbackNumbers.length > 0 && (
                <p data-testid="package-feedback-numbers">
                  {t('package.feedbackIssued', {
                    issued: digits(job.result.feedbackNumbers.filter((f) => !f.reused).length),
                    reused: digits(job.result.feedbackNumbers.filter((f) => f.reused).length),
                  })}
                </p>
              )}
              <p>{t('package.folder')}: <code data-testid="package-folder">{job.result.folder}</code>{' '}
                <button type="button" onClick={() => void openFolder(job.result!.folder)}>{t('package.openFolder')}</button>
              </p>
              <details>
                <summary>{t('package.files')} ({digits(job.result.files.length)})</summary>
                <ul data-testid="package-files">
                  {job.result.files.map((f) => (
                    <li key={f.path}><code>{f.path}</code></li>
                  ))}
                </ul>
              </details>
            </div>
          )}
          {job.state === 'cancelled' && <p role="status">{t('package.cancelled')}</p>}
          {job.state === 'failed' && (
            <p className="error-banner" role="alert" data-testid="package-failed">
              {t('package.failed', {
                message: job.error?.kind === 'conflict' && job.error.code === 'feedback-letter-stale'
                  ? t('package.errors.feedback-letter-stale')
                  : job.error ? errorMessage(new ApiCallError(job.error), t, language) : '',
              })}
            </p>
          )}
        </div>
      )}
      {message && <p className="error-banner" role="alert">{message}</p>}

      <h3>{t('package.preview')}</h3>
      <DocumentPreview documents={documents} />

      <h3>{t('package.register')}</h3>
      {registerCall.error ? <p className="error-banner" role="alert">{errorMessage(registerCall.error, t, language)}</p> : null}
      {register.length === 0 ? (
        <p className="muted">{t('package.registerEmpty')}</p>
      ) : (
        <table className="grid" data-testid="memo-register">
          <thead>
            <tr><th>{t('package.memo')}</th><th>{t('package.issuedOn')}</th><th>{t('package.office')}</th><th>{t('package.subject')}</th></tr>
          </thead>
          <tbody>
            {register.map((m) => (
              <tr key={m.id}><td>{m.memoNumber}</td><td>{date(m.issuedOn)}</td><td>{m.officeName}</td><td>{m.subject}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

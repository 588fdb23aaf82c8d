// One indicator in the workspace: a row with its targets, claim, verified figure, both scores, status
// and findings; below it the reviewer's comment, calculation method and rule, evidence and history.
import { useEffect, useState } from 'react';
import type { ReviewHistoryEntry, ReviewIndicatorRow, ReviewStatus, ReviewWorkspace } from '../../../electron/backend/api/contract.js';
import { REVIEW_STATUSES } from '../../../common/terms/review-statuses.js';
import { type Method, type Rule } from '../../../common/score-document/schema.js';
import { METHODS, RULES } from '../../../common/terms/scoring-terms.js';
import { implausibleVerified, MAX_VERIFIED_NUMBER, type ImplausibleVerified } from '../../../common/review/plausible-verified.js';
import { ApiCallError, call } from '../api/client.js';
import { DateField } from '../components/DateField.js';
import { readFileAsBase64 } from '../components/read-file.js';
import { findingText } from '../api/messages.js';
import { useI18n } from '../i18n/index.js';
import { downloadBase64 } from '../components/download.js';
import { formatDay, formatScore, formatValue, parseNumber, reviewError } from './review-format.js';

interface Props {
  reportId: number;
  row: ReviewIndicatorRow;
  /** Runs a change; a failure goes to `onError` when given (a message next to the field), else above the table. */
  change: (run: () => Promise<ReviewWorkspace>, onError?: (error: unknown) => void) => Promise<boolean>;
}

/** The saved figure as the field shows it: an ISO date for the date field, a number in the UI's digits. */
function initialVerified(row: ReviewIndicatorRow, digits: (text: string | number) => string): string {
  if (row.verifiedValue === null) return '';
  return typeof row.verifiedValue === 'string' ? row.verifiedValue : digits(row.verifiedValue);
}

export function ReviewIndicatorRows({ reportId, row, change }: Props) {
  const i18n = useI18n();
  const { t, digits, language } = i18n;
  const [verified, setVerified] = useState(initialVerified(row, digits));
  const [comment, setComment] = useState(row.comment ?? '');
  const [inputError, setInputError] = useState<string | null>(null);
  /** A figure outside the plausible range, waiting for the reviewer to confirm or refuse it. */
  const [pending, setPending] = useState<{ value: number; why: ImplausibleVerified } | null>(null);
  const [history, setHistory] = useState<ReviewHistoryEntry[] | null>(null);
  const ref = { reportId, indicatorId: row.indicatorId };

  // What was saved is what the field shows again (after a reload or a change elsewhere).
  useEffect(() => setVerified(initialVerified(row, digits)), [row.verifiedValue, language]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => setComment(row.comment ?? ''), [row.comment]);
  const [rowError, setRowError] = useState<string | null>(null);

  async function loadHistory() {
    try {
      setHistory(await call('review.history', ref));
      setRowError(null);
    } catch (e) {
      setRowError(reviewError(e, i18n));
    }
  }
  // An open history follows every change of the row.
  useEffect(() => {
    if (history) void loadHistory();
  }, [row]); // eslint-disable-line react-hooks/exhaustive-deps

  const indicator = row.code ? t('review.workspace.indicatorCode', { code: digits(row.code) }) : `“${row.text}”`;

  /** An error about the verified figure, said next to it and naming the indicator. */
  function verifiedError(error: unknown) {
    const code = error instanceof ApiCallError && error.body.kind === 'validation' ? error.body.issues[0]?.code : undefined;
    const known = code === 'too-big' || code === 'too-small' || code === 'verified-implausible';
    setInputError(known ? t(`review.verifiedErrors.${code}`, { indicator, max: digits(MAX_VERIFIED_NUMBER.toLocaleString('en-US')) }) : `${indicator}: ${reviewError(error, i18n)}`);
  }

  async function saveVerified(text: string, confirmed = false) {
    setPending(null);
    let value: number | string | null = null;
    if (text.trim() !== '') {
      if (row.valueKind === 'date') value = text;
      else {
        value = parseNumber(text);
        if (value === null) return setInputError(t('review.verifiedErrors.not-a-number', { indicator }));
        if (value > MAX_VERIFIED_NUMBER) return setInputError(t('review.verifiedErrors.too-big', { indicator, max: digits(MAX_VERIFIED_NUMBER.toLocaleString('en-US')) }));
        const why = implausibleVerified({ unit: row.unit, target100: row.targets.find((target) => target.level === 100)?.value }, value);
        if (why && !confirmed) {
          setInputError(null);
          return setPending({ value, why });
        }
      }
    }
    setInputError(null);
    const chosen = value;
    await change(() => call('review.setVerified', { ...ref, value: chosen, ...(confirmed ? { confirmImplausible: true } : {}) }), verifiedError);
  }

  function refusePending() {
    setPending(null);
    setVerified(initialVerified(row, digits));
  }

  async function attach(files: FileList | null) {
    for (const file of [...(files ?? [])]) {
      await change(async () => call('review.attachEvidence', { ...ref, fileName: file.name, contentBase64: await readFileAsBase64(file) }));
    }
  }

  async function openEvidence(evidenceId: number) {
    try {
      const file = await call('review.evidenceFile', { reportId, evidenceId });
      downloadBase64(file.fileName, file.contentBase64, 'application/octet-stream');
      setRowError(null);
    } catch (e) {
      setRowError(reviewError(e, i18n));
    }
  }

  const changed = row.verified.score !== row.claimed.score;
  return (
    <tbody className="review-indicator" data-code={row.code ?? ''} data-indicator-id={row.indicatorId}>
      <tr>
        <td className="code">{row.code ? digits(row.code) : '—'}</td>
        <td className="indicator-text">
          {row.text}
          <div className="muted">
            {t('review.workspace.weight', { weight: formatScore(i18n, row.weight) })}
            {row.unitText ? ` · ${row.unitText}` : ''}
          </div>
        </td>
        <td className="targets">
          {row.targets.map((target) => (
            <div key={target.level}>
              <span className="muted">{digits(target.level)}%:</span> {formatValue(i18n, target.value, row.unit)}
            </div>
          ))}
        </td>
        <td data-field="claimed">
          {formatValue(i18n, row.claimed.achievement, row.unit)}
          {Object.entries(row.reportedText).map(([period, text]) => (
            <div key={period} className="muted words">{t(`review.periods.${period}`)}: “{text}”</div>
          ))}
        </td>
        <td data-field="verified" className="verified-cell">
          {row.valueKind === 'date' ? (
            <DateField
              id={`verified-${row.indicatorId}`}
              label={t('review.workspace.verifiedDate')}
              value={verified || null}
              onChange={(iso) => { setVerified(iso ?? ''); void saveVerified(iso ?? ''); }}
              testId="verified-input"
            />
          ) : (
            <>
              <input
                type="text"
                inputMode="decimal"
                value={verified}
                placeholder={t('review.workspace.sameAsClaimed')}
                onChange={(e) => setVerified(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && void saveVerified(verified)}
                data-testid="verified-input"
                aria-label={t('review.workspace.verified')}
                aria-invalid={inputError ? true : undefined}
              />
              <div className="actions compact">
                <button type="button" onClick={() => void saveVerified(verified)} data-testid="verified-save">{t('review.workspace.save')}</button>
              </div>
            </>
          )}
          {row.verifiedValue !== null && (
            <div className="actions compact">
              <button type="button" onClick={() => { setVerified(''); void saveVerified(''); }} data-testid="verified-clear">{t('review.workspace.clear')}</button>
            </div>
          )}
          {pending && (
            <div className="field-warning" role="alert" data-testid="verified-confirm">
              <p>
                {t(`review.implausible.${pending.why.reason}`, {
                  indicator,
                  value: i18n.number(pending.value, { maximumFractionDigits: 4 }),
                  target: pending.why.reason === 'over-target' ? i18n.number(pending.why.target, { maximumFractionDigits: 4 }) : '',
                  factor: pending.why.reason === 'over-target' ? digits(pending.why.factor) : '',
                })}
              </p>
              <div className="actions compact">
                <button type="button" onClick={() => void saveVerified(verified, true)} data-testid="verified-confirm-yes">{t('review.implausible.confirm')}</button>
                <button type="button" onClick={refusePending} data-testid="verified-confirm-no">{t('review.implausible.refuse')}</button>
              </div>
            </div>
          )}
          {inputError && <div className="field-error" role="alert" data-testid="verified-error">{inputError}</div>}
        </td>
        <td className="num" data-field="claimed-score" data-value={row.claimed.score ?? ''}>
          {formatScore(i18n, row.claimed.score)}
          <div className="muted">{t(`review.scoreStatuses.${row.claimed.status}`)}</div>
        </td>
        <td className={`num${changed ? ' changed' : ''}`} data-field="verified-score" data-value={row.verified.score ?? ''}>
          {formatScore(i18n, row.verified.score)}
          <div className="muted">
            {t(`review.scoreStatuses.${row.verified.status}`)}
            {row.verified.level !== null && ` · ${t('review.workspace.level', { level: i18n.number(row.verified.level, { maximumFractionDigits: 1 }) })}`}
          </div>
        </td>
        <td>
          <select
            value={row.status}
            onChange={(e) => void change(() => call('review.setStatus', { ...ref, status: e.target.value as ReviewStatus }))}
            data-testid="status-select"
            aria-label={t('review.workspace.status')}
          >
            {REVIEW_STATUSES.map((s) => <option key={s} value={s}>{t(`review.statuses.${s}`)}</option>)}
          </select>
        </td>
        <td className="findings">
          <ul className="problems">
            {row.findings.map((f, i) => (
              <li key={i} className={`severity-${f.severity}`} data-code={f.code}>{findingText(f, language)}</li>
            ))}
          </ul>
        </td>
      </tr>
      <tr className="review-details">
        <td />
        <td colSpan={8}>
          <div className="review-details-grid">
            <div className="field">
              <label>{t('review.workspace.comment')}</label>
              <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="comment-input" />
              <div className="actions compact">
                <button type="button" disabled={comment === (row.comment ?? '')} onClick={() => void change(() => call('review.setComment', { ...ref, comment }))} data-testid="comment-save">
                  {t('review.workspace.save')}
                </button>
              </div>
              {row.remarks && <div className="muted">{t('review.workspace.remarks', { text: row.remarks })}</div>}
            </div>
            <div className="field">
              <label>{t('review.workspace.method')}</label>
              <select
                value={row.calculationMethod ?? ''}
                onChange={(e) => void change(() => call('review.setScoring', { ...ref, calculationMethod: (e.target.value || null) as Method | null }))}
                data-testid="method-select"
              >
                <option value="">{t('review.workspace.asPlan')} ({t(`review.methods.${row.claimed.method}`)})</option>
                {METHODS.map((m) => <option key={m} value={m}>{t(`review.methods.${m}`)}</option>)}
              </select>
              <label>{t('review.workspace.rule')}</label>
              <select
                value={row.scoringRule ?? ''}
                onChange={(e) => void change(() => call('review.setScoring', { ...ref, scoringRule: (e.target.value || null) as Rule | null }))}
                data-testid="rule-select"
              >
                <option value="">{t('review.workspace.asPlan')} ({t(`review.rules.${row.claimed.rule}`)})</option>
                {RULES.map((r) => <option key={r} value={r}>{t(`review.rules.${r}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label>{t('review.workspace.evidence')}</label>
              {row.evidenceReference && <div className="muted">{t('review.workspace.reference', { text: row.evidenceReference })}</div>}
              <ul className="evidence-list">
                {row.evidence.length === 0 && <li className="muted">{t('review.workspace.noEvidence')}</li>}
                {row.evidence.map((e) => (
                  <li key={e.id} data-testid="evidence-item" data-sha256={e.sha256}>
                    <button type="button" className="link" onClick={() => void openEvidence(e.id)}>{e.fileName}</button>{' '}
                    <span className="muted">({t('review.workspace.kilobytes', { n: digits(Math.ceil(e.byteSize / 1024)) })})</span>{' '}
                    <button type="button" className="danger" onClick={() => void change(() => call('review.removeEvidence', { reportId, evidenceId: e.id }))}>
                      {t('review.workspace.remove')}
                    </button>
                  </li>
                ))}
              </ul>
              <label className="button-like">
                {t('review.workspace.attach')}
                <input type="file" hidden multiple onChange={(e) => { void attach(e.target.files); e.target.value = ''; }} data-testid="evidence-input" />
              </label>
              {rowError && <div className="field-error" role="alert">{rowError}</div>}
            </div>
            <div className="field">
              <button type="button" onClick={() => (history ? setHistory(null) : void loadHistory())} data-testid="history-toggle">
                {history ? t('review.workspace.hideHistory') : t('review.workspace.history')}
              </button>
              {history && (
                <ul className="history" data-testid="history">
                  {history.length === 0 && <li className="muted">{t('review.workspace.noHistory')}</li>}
                  {history.map((h) => (
                    <li key={h.id}>
                      <span className="muted">{i18n.date(h.at)} · {h.actor}:</span> {t(`review.fields.${h.field}`, { defaultValue: h.field ?? '' })}{' '}
                      {t(`review.actions.${h.action}`, { defaultValue: h.action })}: {historyValue(h.oldValue, i18n)} → {historyValue(h.newValue, i18n)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </td>
      </tr>
    </tbody>
  );
}

/** An audited value for reading: dates and numbers in the UI language, files by name. */
function historyValue(value: string | null, i18n: ReturnType<typeof useI18n>): string {
  if (value === null) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(i18n, value);
  if (/^-?\d+(\.\d+)?$/.test(value)) return i18n.number(Number(value), { maximumFractionDigits: 4 });
  if (value.startsWith('{')) {
    try {
      const parsed = JSON.parse(value) as { fileName?: string };
      if (parsed.fileName) return parsed.fileName;
    } catch {
      // shown as stored
    }
  }
  return i18n.t(`review.statuses.${value}`, { defaultValue: i18n.t(`review.methods.${value}`, { defaultValue: i18n.t(`review.rules.${value}`, { defaultValue: value }) }) });
}

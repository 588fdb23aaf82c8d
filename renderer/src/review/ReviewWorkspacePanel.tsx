// The workspace of one office's report: the totals claimed and verified, every indicator with its
// review, the findings about the whole report, the overall comment and the feedback letter.
import { useEffect, useState } from 'react';
import type { ReviewWorkspace } from '../../../electron/backend/api/contract.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { call } from '../api/client.js';
import { useCall } from '../api/use-call.js';
import { findingText } from '../api/messages.js';
import { useI18n } from '../i18n/index.js';
import { formatScore, officeLabel, reviewError } from './review-format.js';
import { ReviewFeedbackEditor } from './ReviewFeedbackEditor.js';
import { ReviewIndicatorRows } from './ReviewIndicatorRows.js';

interface Props {
  officeId: number;
  fiscalYear: string;
  period: Period;
  onBack: () => void;
}

export function ReviewWorkspacePanel({ officeId, fiscalYear, period, onBack }: Props) {
  const i18n = useI18n();
  const { t, digits, date } = i18n;
  const loaded = useCall('review.workspace', { officeId, fiscalYear, period }, [officeId, fiscalYear, period]);
  /** The workspace as last answered: loaded, then recomputed by every change. */
  const [workspace, setWorkspace] = useState<ReviewWorkspace | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [overall, setOverall] = useState('');
  const [savedNote, setSavedNote] = useState(false);

  useEffect(() => {
    if (!loaded.data) return;
    setWorkspace(loaded.data);
    setOverall(loaded.data.comment ?? '');
  }, [loaded.data]);

  async function saveOverall(reportId: number) {
    setSavedNote(await change(() => call('review.setOverallComment', { reportId, comment: overall })));
  }

  /** Runs a change; the backend answers with the recomputed workspace. A field with its own message takes the error. */
  async function change(run: () => Promise<ReviewWorkspace>, onError?: (error: unknown) => void): Promise<boolean> {
    try {
      setWorkspace(await run());
      setError(null);
      return true;
    } catch (e) {
      if (onError) onError(e);
      else setError(reviewError(e, i18n));
      return false;
    }
  }

  if (!workspace) {
    return (
      <section>
        <button type="button" onClick={onBack}>{t('review.workspace.back')}</button>
        {loaded.error ? <p className="error-banner" role="alert">{reviewError(loaded.error, i18n)}</p> : <p className="loading">{t('review.loading')}</p>}
      </section>
    );
  }
  const { report, totals } = workspace;
  return (
    <section className="review-workspace" data-testid="review-workspace" data-report-id={report.id}>
      <button type="button" onClick={onBack} data-testid="review-back">{t('review.workspace.back')}</button>
      <h3>{officeLabel(i18n, workspace.office.nameBn, workspace.office.nameEn)}</h3>
      <p className="muted">
        {t('review.workspace.report', {
          version: digits(report.version),
          received: report.receivedOn ? date(report.receivedOn) : t('review.overview.noDate'),
          deadline: date(workspace.deadline),
        })}
        {report.fileName && <> · {t('review.workspace.file', { name: report.fileName })}</>}
      </p>
      <div className="review-totals">
        <div data-testid="total-claimed" data-value={totals.claimed.score}>
          <span className="muted">{t('review.workspace.totalClaimed')}</span>
          <strong>{formatScore(i18n, totals.claimed.score)}</strong>
          <span className="muted">{t('review.workspace.of', { weight: formatScore(i18n, totals.claimed.weight) })}</span>
        </div>
        <div data-testid="total-verified" data-value={totals.verified.score}>
          <span className="muted">{t('review.workspace.totalVerified')}</span>
          <strong>{formatScore(i18n, totals.verified.score)}</strong>
          <span className="muted">{t('review.workspace.scoredWeight', { weight: formatScore(i18n, totals.verified.scoredWeight) })}</span>
        </div>
      </div>
      {error && <p className="error-banner" role="alert">{error}</p>}

      <h4>{t('review.workspace.reportFindings')}</h4>
      {workspace.reportFindings.length === 0 ? (
        <p className="muted">{t('review.workspace.noFindings')}</p>
      ) : (
        <ul className="problems" data-testid="report-findings">
          {workspace.reportFindings.map((f, i) => (
            <li key={i} className={`severity-${f.severity}`} data-code={f.code}>{findingText(f, i18n.language)}</li>
          ))}
        </ul>
      )}

      <div className="table-scroll">
        <table className="grid review-indicators" data-testid="review-indicators">
          <thead>
            <tr>
              <th>{t('review.workspace.code')}</th>
              <th>{t('review.workspace.indicator')}</th>
              <th>{t('review.workspace.targets')}</th>
              <th>{t('review.workspace.claimed')}</th>
              <th>{t('review.workspace.verified')}</th>
              <th>{t('review.workspace.claimedScore')}</th>
              <th>{t('review.workspace.verifiedScore')}</th>
              <th>{t('review.workspace.status')}</th>
              <th>{t('review.workspace.findings')}</th>
            </tr>
          </thead>
          {workspace.indicators.map((row) => (
            <ReviewIndicatorRows key={row.indicatorId} reportId={report.id} row={row} change={change} />
          ))}
        </table>
      </div>

      <div className="field review-overall">
        <label htmlFor="review-overall">{t('review.workspace.overall')}</label>
        <textarea id="review-overall" rows={3} value={overall} onChange={(e) => { setOverall(e.target.value); setSavedNote(false); }} data-testid="overall-comment" />
        <div className="actions">
          <button
            type="button"
            data-testid="overall-save"
            onClick={() => void saveOverall(report.id)}
          >
            {t('review.workspace.save')}
          </button>
          {savedNote && <span className="success">{t('review.workspace.saved')}</span>}
        </div>
      </div>

      <ReviewFeedbackEditor reportId={report.id} workspace={workspace} />
    </section>
  );
}

// The feedback letter (ফলাবর্তক) editor: starts from the saved letter or the draft the backend writes
// from the findings and comments; the reviewer edits and saves it for the package.
// The letter never goes stale: it is read again after every change in the workspace; a draft the
// reviewer has not touched follows the new figures at once, and a text written from figures that have
// changed since is flagged, and refused on save (the save sends the stamp of the figures it was written
// from; the backend compares it with the figures as they are now).
import { useEffect, useRef, useState } from 'react';
import type { ReviewWorkspace } from '../../../electron/backend/api/contract.js';
import { ApiCallError, call } from '../api/client.js';
import { useCall } from '../api/use-call.js';
import { useI18n } from '../i18n/index.js';
import { formatScore, reviewError } from './review-format.js';

/** The stamp of a saved letter written from figures that have changed since: never the current one. */
const SAVED_BEFORE_CHANGE = 'saved-before-the-review-changed';

export function ReviewFeedbackEditor({ reportId, workspace }: { reportId: number; workspace: ReviewWorkspace }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  // Asked again whenever the workspace changes (a verified figure, a comment, a status, evidence).
  const letterCall = useCall('review.feedback', { reportId }, [reportId, workspace]);
  const letter = letterCall.data;
  const [text, setText] = useState('');
  /** The text as last loaded or saved: anything else is the reviewer's own editing. */
  const loaded = useRef<string | null>(null);
  /** The stamp of the figures the text in the field was written from. */
  const [textBasis, setTextBasis] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!letter) return;
    const untouched = loaded.current === null || text === loaded.current;
    if (loaded.current === null || (untouched && !letter.saved)) {
      // First load, or a draft nobody has edited: it follows the figures as they are now.
      setText(letter.letterText);
      loaded.current = letter.letterText;
      // a letter saved before the review last changed holds no current stamp: it is flagged, and a save is refused
      setTextBasis(letter.stale ? SAVED_BEFORE_CHANGE : letter.basis);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new answer replaces the text
  }, [letter]);

  const stale = letter !== undefined && textBasis !== null && textBasis !== letter.basis;

  function redraft() {
    if (!letter) return;
    setText(letter.draft);
    loaded.current = letter.draft;
    setTextBasis(letter.basis);
    setError(null);
  }

  async function save() {
    if (!textBasis) return;
    setSaving(true);
    try {
      const saved = await call('review.saveFeedback', { reportId, letterText: text, basis: textBasis });
      setText(saved.letterText);
      loaded.current = saved.letterText;
      setTextBasis(saved.basis);
      setError(null);
      await letterCall.refresh();
    } catch (e) {
      setError(reviewError(e, i18n));
      // The figures changed under the text: read them again so the draft and the notice show them.
      if (e instanceof ApiCallError && e.body.kind === 'conflict') await letterCall.refresh();
    } finally {
      setSaving(false);
    }
  }

  if (!letter) return letterCall.error ? <p className="error-banner">{reviewError(letterCall.error, i18n)}</p> : null;
  return (
    <section
      className="review-feedback" data-testid="feedback-editor" data-saved={letter.saved ? 'yes' : 'no'} data-stale={stale ? 'yes' : 'no'}
      data-findings={workspace.findingCounts.error + workspace.findingCounts.warning}
    >
      <h4>{t('review.feedback.title')}</h4>
      <p className="muted">
        {letter.saved && letter.savedAt ? t('review.feedback.saved', { at: date(letter.savedAt) }) : t('review.feedback.unsaved')}
        {' · '}
        <span data-testid="feedback-totals" data-verified={letter.totals.verified.score}>
          {t('review.feedback.totals', { claimed: formatScore(i18n, letter.totals.claimed.score), verified: formatScore(i18n, letter.totals.verified.score) })}
        </span>
      </p>
      {stale && (
        <p className="warning" role="status" data-testid="feedback-stale">
          {t('review.feedback.stale')}
        </p>
      )}
      <textarea rows={16} value={text} onChange={(e) => setText(e.target.value)} data-testid="feedback-text" aria-label={t('review.feedback.title')} />
      {error && <p className="error-banner" role="alert" data-testid="feedback-error">{error}</p>}
      <div className="actions">
        <button type="button" onClick={redraft} data-testid="feedback-redraft">{t('review.feedback.draft')}</button>
        <button type="button" className="primary" onClick={() => void save()} disabled={saving} data-testid="feedback-save">{t('review.feedback.save')}</button>
      </div>
    </section>
  );
}

// The feedback letter (ফলাবর্তক) editor: starts from the saved letter or the draft the backend writes
// from the findings and comments; the reviewer edits and saves it for the package.
import { useEffect, useState } from 'react';
import type { FeedbackLetter, ReviewWorkspace } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import { reviewError } from './review-format.js';

export function ReviewFeedbackEditor({ reportId, workspace }: { reportId: number; workspace: ReviewWorkspace }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const [letter, setLetter] = useState<FeedbackLetter | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('review.feedback', { reportId }).then(
      (l) => {
        setLetter(l);
        setText(l.letterText);
      },
      (e) => setError(reviewError(e, i18n)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reportId]);

  async function redraft() {
    // The draft follows the findings and comments as they are now.
    const fresh = await call('review.feedback', { reportId });
    setLetter(fresh);
    setText(fresh.draft);
  }

  async function save() {
    try {
      const saved = await call('review.saveFeedback', { reportId, letterText: text });
      setLetter(saved);
      setText(saved.letterText);
      setError(null);
    } catch (e) {
      setError(reviewError(e, i18n));
    }
  }

  if (!letter) return error ? <p className="error-banner">{error}</p> : null;
  return (
    <section className="review-feedback" data-testid="feedback-editor" data-saved={letter.saved ? 'yes' : 'no'} data-findings={workspace.findingCounts.error + workspace.findingCounts.warning}>
      <h4>{t('review.feedback.title')}</h4>
      <p className="muted">{letter.saved && letter.savedAt ? t('review.feedback.saved', { at: date(letter.savedAt) }) : t('review.feedback.unsaved')}</p>
      <textarea rows={16} value={text} onChange={(e) => setText(e.target.value)} data-testid="feedback-text" />
      {error && <p className="error-banner">{error}</p>}
      <div className="actions">
        <button type="button" onClick={() => void redraft()} data-testid="feedback-redraft">{t('review.feedback.draft')}</button>
        <button type="button" className="primary" onClick={() => void save()} data-testid="feedback-save">{t('review.feedback.save')}</button>
      </div>
    </section>
  );
}

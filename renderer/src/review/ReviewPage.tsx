// The review page: the overview of all subordinate offices for the app's fiscal year and period (chosen
// in the header), and the workspace of one office's report opened from it.
import { useState } from 'react';
import { useWorkingPeriod } from '../app/working-period.js';
import { useI18n } from '../i18n/index.js';
import { ReviewOverviewPanel } from './ReviewOverviewPanel.js';
import { ReviewWorkspacePanel } from './ReviewWorkspacePanel.js';

export function ReviewPage() {
  const { t, digits } = useI18n();
  const { fiscalYear, period } = useWorkingPeriod();
  const [opened, setOpened] = useState<{ officeId: number; fiscalYear: string; period: string } | null>(null);
  // An office opened under another year or period is closed when the header's choice changes.
  const officeId = opened && opened.fiscalYear === fiscalYear && opened.period === period ? opened.officeId : null;

  return (
    <div className="review-page">
      <div className="review-toolbar">
        <h2>{t('review.title')}</h2>
        <span className="muted" data-testid="review-working-period">
          {digits(fiscalYear)} · {t(`review.periods.${period}`)}
        </span>
      </div>
      {officeId === null ? (
        <ReviewOverviewPanel fiscalYear={fiscalYear} period={period} onOpen={(id) => setOpened({ officeId: id, fiscalYear, period })} />
      ) : (
        <ReviewWorkspacePanel officeId={officeId} fiscalYear={fiscalYear} period={period} onBack={() => setOpened(null)} />
      )}
    </div>
  );
}

// The review page: the overview of all subordinate offices for a fiscal year and period, and the
// workspace of one office's report opened from it.
import { useEffect, useState } from 'react';
import type { Period } from '../../../common/plan-document/schema.js';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import { ReviewOverviewPanel } from './ReviewOverviewPanel.js';
import { ReviewWorkspacePanel } from './ReviewWorkspacePanel.js';

const PERIODS: Period[] = ['Q1', 'Q2', 'H1', 'Q3', 'Q4', 'annual'];

export function ReviewPage() {
  const { t, digits } = useI18n();
  const [years, setYears] = useState<string[]>([]);
  const [fiscalYear, setFiscalYear] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>('H1');
  const [officeId, setOfficeId] = useState<number | null>(null);

  useEffect(() => {
    void call('fiscalYears.list', {}).then((info) => {
      setYears(info.years);
      setFiscalYear(info.selected);
    });
  }, []);

  if (!fiscalYear) return <p className="loading">{t('common.loading')}</p>;
  return (
    <div className="review-page">
      <div className="review-toolbar">
        <h2>{t('review.title')}</h2>
        <label>
          {t('review.fiscalYear')}{' '}
          <select data-testid="review-fiscal-year" value={fiscalYear} onChange={(e) => { setFiscalYear(e.target.value); setOfficeId(null); }}>
            {years.map((y) => <option key={y} value={y}>{digits(y)}</option>)}
          </select>
        </label>
        <label>
          {t('review.period')}{' '}
          <select data-testid="review-period" value={period} onChange={(e) => { setPeriod(e.target.value as Period); setOfficeId(null); }}>
            {PERIODS.map((p) => <option key={p} value={p}>{t(`review.periods.${p}`)}</option>)}
          </select>
        </label>
      </div>
      {officeId === null ? (
        <ReviewOverviewPanel fiscalYear={fiscalYear} period={period} onOpen={setOfficeId} />
      ) : (
        <ReviewWorkspacePanel officeId={officeId} fiscalYear={fiscalYear} period={period} onBack={() => setOfficeId(null)} />
      )}
    </div>
  );
}

// The overview: every subordinate office with its report's totals and findings, sortable and
// filterable; the heat map of verified levels; a bar chart of totals; the XLSX export.
import { lazy, Suspense, useMemo, useState } from 'react';
import type { OverviewOffice, ReviewOverview } from '../../../electron/backend/api/contract.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { call } from '../api/client.js';
import { useCall } from '../api/use-call.js';
import { useI18n } from '../i18n/index.js';
import { downloadBase64 } from '../components/download.js';
import { formatScore, officeLabel, reviewError, XLSX_TYPE } from './review-format.js';
import { ReviewHeatMap } from './ReviewHeatMap.js';

// The chart library is most of the app's script: it loads when the overview first shows a chart.
const ReviewTotalsChart = lazy(() => import('./ReviewTotalsChart.js').then((m) => ({ default: m.ReviewTotalsChart })));

type SortKey = 'officeName' | 'received' | 'claimed' | 'verified' | 'weight' | 'onTrackShare' | 'errors' | 'reviewed';

const sortValue: Record<SortKey, (o: OverviewOffice) => string | number | null> = {
  officeName: (o) => o.officeName,
  received: (o) => o.report?.receivedOn ?? (o.report ? '' : null),
  claimed: (o) => o.claimed,
  verified: (o) => o.verified,
  weight: (o) => o.weight,
  onTrackShare: (o) => o.onTrackShare,
  errors: (o) => (o.report ? o.findings.error * 1e6 + o.findings.warning : null),
  reviewed: (o) => (o.report ? o.reviewed : null),
};

/** Offices without a figure go last whichever way the column is sorted. */
function compare(a: string | number | null, b: string | number | null, direction: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'bn') * direction;
  return ((a as number) - (b as number)) * direction;
}

export function ReviewOverviewPanel({ fiscalYear, period, onOpen }: { fiscalYear: string; period: Period; onOpen: (officeId: number) => void }) {
  const i18n = useI18n();
  const { t, digits, date, number } = i18n;
  // A newer year or period always wins over a slow answer for the previous one.
  const overviewCall = useCall('review.overview', { fiscalYear, period }, [fiscalYear, period]);
  const overview: ReviewOverview | null = overviewCall.data ?? null;
  const [exportError, setExportError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [onlyReceived, setOnlyReceived] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; direction: 1 | -1 }>({ key: 'officeName', direction: 1 });
  const [exporting, setExporting] = useState(false);


  const rows = useMemo(() => {
    if (!overview) return [];
    const q = query.trim().toLowerCase();
    return overview.offices
      .filter((o) => (!q || o.officeName.toLowerCase().includes(q) || (o.officeNameEn ?? '').toLowerCase().includes(q)) && (!onlyReceived || o.report) && (!onlyErrors || o.findings.error > 0))
      .sort((a, b) => compare(sortValue[sort.key](a), sortValue[sort.key](b), sort.direction) || a.officeName.localeCompare(b.officeName, 'bn'));
  }, [overview, query, onlyReceived, onlyErrors, sort]);

  async function exportXlsx() {
    setExporting(true);
    setExportError(null);
    try {
      const file = await call('review.exportOverview', { fiscalYear, period });
      downloadBase64(file.fileName, file.contentBase64, XLSX_TYPE);
    } catch (e) {
      setExportError(reviewError(e, i18n));
    } finally {
      setExporting(false);
    }
  }

  if (overviewCall.error && !overviewCall.loading) return <p className="error-banner" role="alert">{reviewError(overviewCall.error, i18n)}</p>;
  // an answer for another year or period is not shown while the new one loads
  if (!overview || overviewCall.loading && (overview.fiscalYear !== fiscalYear || overview.period !== period)) return <p className="loading">{t('review.loading')}</p>;

  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.direction === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" data-sort={key} onClick={() => setSort((s) => ({ key, direction: s.key === key ? (-s.direction as 1 | -1) : 1 }))}>
        {label} {sort.key === key ? (sort.direction === 1 ? '▲' : '▼') : ''}
      </button>
    </th>
  );

  return (
    <section className="review-overview" data-testid="review-overview">
      <div className="review-toolbar">
        <h3>{t('review.overview.title')}</h3>
        <span className="muted">
          {t('review.overview.summary', { received: digits(overview.totals.received), offices: digits(overview.totals.offices), deadline: date(overview.deadline) })}
        </span>
        <button type="button" className="primary" data-testid="review-export" disabled={exporting} onClick={() => void exportXlsx()}>
          {exporting ? t('review.overview.exporting') : t('review.overview.export')}
        </button>
      </div>
      {exportError && <p className="error-banner" role="alert">{exportError}</p>}
      <div className="review-filters">
        <input type="search" placeholder={t('review.overview.filter')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="review-filter" />
        <label className="checkbox"><input type="checkbox" checked={onlyReceived} onChange={(e) => setOnlyReceived(e.target.checked)} />{t('review.overview.onlyReceived')}</label>
        <label className="checkbox"><input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />{t('review.overview.onlyFindings')}</label>
      </div>
      <div className="table-scroll">
        <table className="grid review-table" data-testid="overview-table">
          <thead>
            <tr>
              {header('officeName', t('review.overview.office'))}
              {header('received', t('review.overview.received'))}
              {header('claimed', t('review.overview.claimed'))}
              {header('verified', t('review.overview.verified'))}
              {header('weight', t('review.overview.weight'))}
              <th>{t('review.overview.scoredWeight')}</th>
              {header('onTrackShare', t('review.overview.onTrack'))}
              {header('errors', t('review.overview.findings'))}
              {header('reviewed', t('review.overview.reviewed'))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && <tr><td colSpan={9} className="muted">{t('review.overview.none')}</td></tr>}
            {rows.map((o) => (
              <tr key={o.officeId} data-office-id={o.officeId} data-received={o.report ? 'yes' : 'no'}>
                <td>
                  {o.report ? (
                    <button type="button" className="link" data-testid="open-office" onClick={() => onOpen(o.officeId)}>{officeLabel(i18n, o.officeName, o.officeNameEn)}</button>
                  ) : (
                    officeLabel(i18n, o.officeName, o.officeNameEn)
                  )}
                </td>
                <td>
                  {!o.report ? <span className="muted">{t('review.overview.notReceived')}</span> : o.report.receivedOn ? date(o.report.receivedOn) : t('review.overview.noDate')}
                  {o.late && <span className="badge late"> {t('review.overview.late')}</span>}
                </td>
                <td className="num" data-field="claimed" data-value={o.claimed ?? ''}>{formatScore(i18n, o.claimed)}</td>
                <td className="num" data-field="verified" data-value={o.verified ?? ''}>{formatScore(i18n, o.verified)}</td>
                <td className="num" data-field="weight" data-value={o.weight ?? ''}>{formatScore(i18n, o.weight)}</td>
                <td className="num">{formatScore(i18n, o.scoredWeight)}</td>
                <td className="num" title={t('review.overview.onTrackHelp')}>
                  {o.onTrackShare === null ? '—' : `${number(o.onTrackShare * 100, { maximumFractionDigits: 0 })}% (${digits(o.onTrack)}/${digits(o.indicatorCount)})`}
                </td>
                <td className="num">
                  {o.report ? (
                    <>
                      <span className="severity-error">{digits(o.findings.error)}</span>/<span className="severity-warning">{digits(o.findings.warning)}</span>/{digits(o.findings.info)}
                    </>
                  ) : '—'}
                </td>
                <td className="num">{o.report ? `${digits(o.reviewed)}/${digits(o.indicatorCount)}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Suspense fallback={null}>
        <ReviewTotalsChart offices={rows.filter((o) => o.report)} />
      </Suspense>
      <ReviewHeatMap codes={overview.codes} offices={rows.filter((o) => o.report)} onOpen={onOpen} />
    </section>
  );
}

// Bar chart of the claimed and verified totals of the offices in the overview's current order.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OverviewOffice } from '../../../electron/backend/api/contract.js';
import { useI18n } from '../i18n/index.js';
import { officeLabel } from './review-format.js';

/** More bars than this are unreadable; the table and the export hold every office. */
const MAX_BARS = 40;

export function ReviewTotalsChart({ offices }: { offices: OverviewOffice[] }) {
  const i18n = useI18n();
  const { t, digits, number } = i18n;
  if (offices.length === 0) return null;
  const shown = offices.slice(0, MAX_BARS).map((o) => ({ name: officeLabel(i18n, o.officeName, o.officeNameEn), claimed: o.claimed ?? 0, verified: o.verified ?? 0 }));
  const format = (v: unknown) => (typeof v === 'number' ? number(v, { maximumFractionDigits: 2 }) : String(v));
  return (
    <section className="review-chart" data-testid="review-chart">
      <h3>{t('review.chart.title')}</h3>
      {offices.length > MAX_BARS && <p className="muted">{t('review.chart.shown', { n: digits(MAX_BARS) })}</p>}
      <ResponsiveContainer width="100%" height={60 + shown.length * 34}>
        <BarChart data={shown} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={format} />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
          <Tooltip formatter={format} />
          <Legend />
          <Bar dataKey="claimed" name={t('review.overview.claimed')} fill="#90a4ae" isAnimationActive={false} />
          <Bar dataKey="verified" name={t('review.overview.verified')} fill="#006a4e" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </section>
  );
}

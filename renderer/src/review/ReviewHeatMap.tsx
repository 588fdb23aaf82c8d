// Heat map: offices × indicator codes, each cell coloured by the verified level reached.
import type { OverviewOffice } from '../../../electron/backend/api/contract.js';
import { useI18n } from '../i18n/index.js';
import { levelColour, officeLabel } from './review-format.js';

export function ReviewHeatMap({ codes, offices, onOpen }: { codes: string[]; offices: OverviewOffice[]; onOpen: (officeId: number) => void }) {
  const i18n = useI18n();
  const { t, digits, number } = i18n;
  if (offices.length === 0 || codes.length === 0) return null;
  return (
    <section className="review-heat" data-testid="review-heatmap">
      <h3>{t('review.heat.title')}</h3>
      <p className="muted heat-legend">
        {t('review.heat.legend')}:{' '}
        {[100, 80, 60, 30, 0].map((level) => (
          <span key={level} className="heat-swatch" style={{ background: levelColour(level), color: level >= 100 ? '#fff' : undefined }}>{digits(level)}</span>
        ))}
        <span className="heat-swatch" style={{ background: levelColour(null) }}>{t('review.heat.blank')}</span>
      </p>
      <div className="table-scroll">
        <table className="heat-map">
          <thead>
            <tr>
              <th />
              {codes.map((code) => <th key={code} className="heat-code">{digits(code)}</th>)}
            </tr>
          </thead>
          <tbody>
            {offices.map((o) => (
              <tr key={o.officeId} data-office-id={o.officeId}>
                <th scope="row"><button type="button" className="link" onClick={() => onOpen(o.officeId)}>{officeLabel(i18n, o.officeName, o.officeNameEn)}</button></th>
                {o.levels.map((level, i) => (
                  <td
                    key={codes[i]}
                    data-code={codes[i]}
                    data-level={level ?? ''}
                    style={{ background: levelColour(level) }}
                    title={`[${digits(codes[i]!)}] ${level === null ? t('review.heat.blank') : `${number(level, { maximumFractionDigits: 1 })}%`}`}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

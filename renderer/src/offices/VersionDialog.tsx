// One stored version opened: its indicators with targets and, for a report, the achievements and
// remarks as they were imported.
import type { Office, StoredVersion } from '../../../electron/backend/api/contract.js';
import type { Value } from '../../../common/plan-document/schema.js';
import { errorMessage } from '../api/error-message.js';
import { useCall } from '../api/use-call.js';
import { Dialog } from '../components/Dialog.js';
import { useI18n } from '../i18n/index.js';

export function VersionDialog({ office, version, onClose }: { office: Office; version: StoredVersion; onClose: () => void }) {
  const { t, digits, number, date, language } = useI18n();
  const opened = useCall('versions.open', { kind: version.kind, id: version.id }, [version.kind, version.id]);
  const name = language === 'en' && office.nameEn ? office.nameEn : office.nameBn;
  const what = version.kind === 'plan'
    ? t('registry.versions.plan', { year: digits(version.fiscalYear) })
    : t('registry.versions.report', { year: digits(version.fiscalYear), period: t(`review.periods.${version.period}`) });

  /** A stored value as the officer reads it; anything that is not a real date is shown as written. */
  const show = (value: Value | undefined): string => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return number(value);
    try {
      return date(value);
    } catch {
      return value;
    }
  };

  const document = opened.data?.document;
  return (
    <Dialog title={t('registry.versions.viewTitle', { office: name, what, version: digits(version.version) })} onClose={onClose} testId="version-dialog">
      {opened.error ? <div className="error-banner" role="alert">{errorMessage(opened.error, t, language)}</div> : null}
      {!document && !opened.error && <p className="muted">{t('common.loading')}</p>}
      {document && (
        <div className="table-scroll">
          <table className="grid" data-testid="version-indicators">
            <thead>
              <tr>
                <th>{t('registry.versions.code')}</th>
                <th>{t('registry.versions.indicator')}</th>
                <th>{t('registry.versions.unit')}</th>
                <th>{t('registry.versions.weight')}</th>
                <th>{t('registry.versions.targets')}</th>
                {version.kind === 'report' && document.reportPeriods.map((p) => (
                  <th key={p}>{t('registry.versions.achievement')} ({t(`review.periods.${p}`)})</th>
                ))}
                {version.kind === 'report' && <th>{t('registry.versions.remarks')}</th>}
              </tr>
            </thead>
            <tbody>
              {document.indicators.map((indicator, i) => (
                <tr key={i}>
                  <td>{indicator.code ? digits(indicator.code) : ''}</td>
                  <td>{indicator.text}</td>
                  <td>{indicator.unitText ?? (indicator.unit ? t(`import.units.${indicator.unit}`) : '')}</td>
                  <td>{indicator.weight === null ? '—' : number(indicator.weight)}</td>
                  <td>
                    {document.levels
                      .map((level) => [level, indicator.targets[String(level) as keyof typeof indicator.targets]] as const)
                      .filter(([, target]) => target !== null && target !== undefined)
                      .map(([level, target]) => `${digits(level)}%: ${show(target)}`)
                      .join(' · ')}
                  </td>
                  {version.kind === 'report' && document.reportPeriods.map((p) => (
                    <td key={p}>{indicator.achievementText?.[p] ?? show(indicator.achievements[p])}</td>
                  ))}
                  {version.kind === 'report' && <td>{indicator.remarks ?? ''}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>{t('common.close')}</button>
      </div>
    </Dialog>
  );
}

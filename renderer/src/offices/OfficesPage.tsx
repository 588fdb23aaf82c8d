// The office registry: a searchable tree on the left, the selected office on the right.
import { useCallback, useMemo, useState } from 'react';
import { errorMessage } from '../api/error-message.js';
import { useCall } from '../api/use-call.js';
import { useI18n } from '../i18n/index.js';
import { buildTree, flatten, officeName } from './office-tree.js';
import { OfficeDetails } from './OfficeDetails.js';
import { OfficeImportDialog } from './OfficeImportDialog.js';

export function OfficesPage() {
  const { t, digits, language } = useI18n();
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [chosenId, setSelectedId] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const matching = useCall('offices.list', { query, includeInactive }, [query, includeInactive]);
  const all = useCall('offices.list', { includeInactive: true });
  const { refresh: refreshMatching } = matching;
  const { refresh: refreshAll } = all;

  const reload = useCallback(async () => {
    await Promise.all([refreshMatching(), refreshAll()]);
  }, [refreshMatching, refreshAll]);

  const offices = useMemo(() => matching.data ?? [], [matching.data]);
  const allOffices = useMemo(() => all.data ?? [], [all.data]);
  const rows = useMemo(() => flatten(buildTree(offices)), [offices]);
  const selectedId = chosenId ?? allOffices.find((o) => o.isOwn)?.id ?? null;
  const selected = allOffices.find((o) => o.id === selectedId) ?? null;
  const failure = matching.error ?? all.error;

  return (
    <div className="offices-page">
      <section className="office-list">
        <div className="toolbar">
          <input
            type="search"
            placeholder={t('common.search')}
            aria-label={t('common.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="office-search"
          />
          <label className="checkbox">
            <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
            {t('office.showInactive')}
          </label>
        </div>
        {failure ? <div className="error-banner" role="alert">{errorMessage(failure, t, language)}</div> : null}
        <p className="muted" data-testid="office-count">{t('office.count', { n: digits(offices.length) })}</p>
        <ul className="tree" data-testid="office-tree">
          {rows.length === 0 && <li className="muted">{matching.loading ? t('common.loading') : t('office.none')}</li>}
          {rows.map(({ office, depth, children }) => (
            <li key={office.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
              <button
                type="button"
                className={`tree-item${office.id === selectedId ? ' selected' : ''}${office.active ? '' : ' inactive'}`}
                onClick={() => setSelectedId(office.id)}
                data-office-id={office.id}
              >
                <span className="tree-name">{officeName(office, language)}</span>
                <span className="tree-meta">
                  {t(`office.levels.${office.level}`)}
                  {children.length > 0 ? ` · ${t('office.subCount', { n: digits(children.length) })}` : ''}
                  {office.active ? '' : ` · ${t('office.inactive')}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setImporting(true)} data-testid="open-office-import">
          {t('officeImport.open')}
        </button>
      </section>
      <section className="office-detail">
        {selected && (
          <OfficeDetails key={selected.id} office={selected} allOffices={allOffices} onChanged={reload} onSelect={setSelectedId} />
        )}
      </section>
      {importing && <OfficeImportDialog onClose={() => setImporting(false)} onImported={reload} />}
    </div>
  );
}

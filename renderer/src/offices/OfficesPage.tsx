// The office registry: a searchable tree on the left, the selected office on the right.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Office } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import { buildTree, flatten } from './office-tree.js';
import { OfficeDetails } from './OfficeDetails.js';
import { OfficeImportDialog } from './OfficeImportDialog.js';

export function OfficesPage() {
  const { t, digits } = useI18n();
  const [offices, setOffices] = useState<Office[]>([]);
  const [allOffices, setAllOffices] = useState<Office[]>([]);
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);

  const reload = useCallback(async () => {
    const [matching, all] = await Promise.all([
      call('offices.list', { query, includeInactive }),
      call('offices.list', { includeInactive: true }),
    ]);
    setOffices(matching);
    setAllOffices(all);
    setSelectedId((id) => id ?? all.find((o) => o.isOwn)?.id ?? null);
  }, [query, includeInactive]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const rows = useMemo(() => flatten(buildTree(offices)), [offices]);
  const selected = allOffices.find((o) => o.id === selectedId) ?? null;

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
        <p className="muted" data-testid="office-count">{t('office.count', { n: digits(offices.length) })}</p>
        <ul className="tree" data-testid="office-tree">
          {rows.length === 0 && <li className="muted">{t('office.none')}</li>}
          {rows.map(({ office, depth, children }) => (
            <li key={office.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
              <button
                type="button"
                className={`tree-item${office.id === selectedId ? ' selected' : ''}${office.active ? '' : ' inactive'}`}
                onClick={() => setSelectedId(office.id)}
                data-office-id={office.id}
              >
                <span className="tree-name">{office.nameBn}</span>
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

// One staged file: where it goes (office, year, period), how its columns were understood (mapping
// editor), the rows as read, and every problem beside the cell it comes from.
import type { Office } from '../../../electron/backend/api/contract.js';
import type { Indicator, Value } from '../../../common/plan-document/schema.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { placeInEnglish } from '../../../common/plan-document/source-place.js';
import { useI18n } from '../i18n/index.js';
import { diagnosticText, findingText } from '../api/messages.js';
import { officeName } from '../components/office-name.js';
import { missing, statusOf, type QueuedFile } from './import-queue.js';
import { MappingEditor } from './MappingEditor.js';

export function ImportPreview(props: {
  file: QueuedFile;
  offices: Office[];
  onChoices: (choices: QueuedFile['choices']) => void;
  onImport: () => void;
  onRemove: () => void;
}) {
  const { t, digits, date, language } = useI18n();
  const { file, offices } = props;
  const { analysis, choices } = file;
  if (!analysis) {
    return (
      <section className="import-preview">
        <h3>{file.fileName}</h3>
        {file.error && <div className="error-banner" role="alert">{file.error}</div>}
        <button type="button" onClick={props.onRemove}>{t('import.remove')}</button>
      </section>
    );
  }
  const set = (change: Partial<QueuedFile['choices']>) => props.onChoices({ ...choices, ...change });
  const status = statusOf(file);
  const suggestionIds = new Set(analysis.officeSuggestions.map((s) => s.officeId));
  const show = (v: Value | undefined) => (v === null || v === undefined ? '' : typeof v === 'number' ? digits(v) : date(v));
  const { document } = analysis;

  return (
    <section className="import-preview" data-testid="import-preview">
      <h3>{file.fileName}</h3>
      <p className="muted">
        {analysis.kind === 'report' ? t('import.kindReport') : t('import.kindPlan')} · {t('import.indicators', { n: digits(document.indicators.length) })}
      </p>
      {analysis.duplicateOf && (
        <div className="error-banner" role="alert" data-testid="duplicate-notice">
          {t('import.duplicate', { date: date(analysis.duplicateOf.storedAt), office: analysis.duplicateOf.officeName ?? '' })}
        </div>
      )}
      {file.error && <div className="error-banner" role="alert">{file.error}</div>}
      {file.result && (
        <p className="success" data-testid="import-result">
          {t('import.imported', { kind: file.result.kind === 'report' ? t('documents.report') : t('documents.plan'), version: digits(file.result.reportVersion ?? file.result.planVersion) })}
        </p>
      )}

      <div className="form-grid">
        <div className="field">
          <label htmlFor="import-office">{t('import.office')}</label>
          <select id="import-office" value={choices.officeId ?? ''} onChange={(e) => set({ officeId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('import.officeNone')}</option>
            {analysis.officeSuggestions.length > 0 && (
              <optgroup label={t('import.suggestions')}>
                {analysis.officeSuggestions.map((s) => (
                  <option key={s.officeId} value={s.officeId}>{s.name}</option>
                ))}
              </optgroup>
            )}
            {offices.filter((o) => !suggestionIds.has(o.id)).map((o) => (
              <option key={o.id} value={o.id}>{officeName(o, language)}</option>
            ))}
          </select>
          {analysis.detectedOfficeName && <span className="muted">{t('import.officeDetected', { name: analysis.detectedOfficeName })}</span>}
        </div>
        <div className="field">
          <label htmlFor="import-fiscal-year">{t('import.fiscalYear')}</label>
          <input id="import-fiscal-year" placeholder="2023-24" value={choices.fiscalYear ?? ''}
            onChange={(e) => {
              const v = e.target.value.trim();
              if (/^\d{4}-\d{2}$/.test(v)) set({ fiscalYear: v });
              else props.onChoices({ ...choices, fiscalYear: null });
            }} />
        </div>
        {analysis.kind === 'report' && (
          <div className="field">
            <label htmlFor="import-period">{t('import.period')}</label>
            <select id="import-period" value={choices.period ?? ''} onChange={(e) => set({ period: (e.target.value || null) as QueuedFile['choices']['period'] })}>
              <option value="">{t('import.periodNone')}</option>
              {PERIODS.map((p) => (
                <option key={p} value={p}>{t(`import.periods.${p}`)}</option>
              ))}
            </select>
          </div>
        )}
        {analysis.kind === 'report' && (
          <div className="field">
            <label htmlFor="import-received">{t('import.receivedOn')}</label>
            <input id="import-received" type="date" value={choices.receivedOn ?? ''} onChange={(e) => set({ receivedOn: e.target.value || null })} />
          </div>
        )}
        {analysis.sheets.length > 1 && (
          <div className="field">
            <label htmlFor="import-sheet">{t('import.sheet')}</label>
            <select id="import-sheet" value={analysis.layout.sheet} onChange={(e) => set({ layout: { sheet: e.target.value } })}>
              {analysis.sheets.map((s) => (
                <option key={s} value={s}>{s}</option>
              ))}
            </select>
          </div>
        )}
      </div>

      {status === 'attention' && (
        <ul className="needs">
          {missing(file).map((m) => (
            <li key={m}>{t(`import.needs.${m}`)}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={status !== 'ready'} onClick={props.onImport} data-testid="import-one">
          {t('import.importOne')}
        </button>
        <button type="button" onClick={props.onRemove}>{t('import.remove')}</button>
      </div>

      <MappingEditor analysis={analysis} override={choices.layout} onChange={(layout) => set({ layout })} />

      <h4>{t('import.preview')}</h4>
      <div className="table-scroll">
        <table className="grid preview-table" data-testid="import-rows">
          <thead>
            <tr>
              <th>{t('import.col.code')}</th>
              <th>{t('import.col.text')}</th>
              <th>{t('import.col.unit')}</th>
              <th>{t('import.col.weight')}</th>
              {document.levels.map((l) => (
                <th key={l}>{digits(l)}%</th>
              ))}
              {document.reportPeriods.map((p) => (
                <th key={p}>{t('import.col.achievements')} ({t(`import.periods.${p}`)})</th>
              ))}
              <th>{t('import.col.remarks')}</th>
            </tr>
          </thead>
          <tbody>
            {document.indicators.map((ind: Indicator, i) => (
              <tr key={i} data-code={ind.code ?? ''}>
                <td>{ind.code ? digits(ind.code) : ''}</td>
                <td>{ind.text}</td>
                <td>{ind.unit ? t(`import.units.${ind.unit}`) : ''}</td>
                <td>{ind.weight === null ? '' : digits(ind.weight)}</td>
                {document.levels.map((l) => (
                  <td key={l}>{show(ind.targets[String(l) as '100'])}</td>
                ))}
                {document.reportPeriods.map((p) => (
                  <td key={p}>{show(ind.achievements[p]) || ind.achievementText?.[p] || ''}</td>
                ))}
                <td>{ind.remarks ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4>{t('import.diagnostics')}</h4>
      <ProblemList items={document.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: diagnosticText(d, t), cell: d.cell ?? d.location ?? null }))} />
      <h4>{t('import.findings')}</h4>
      <ProblemList items={analysis.findings.map((f) => ({ severity: f.severity, code: f.code, message: findingText(f, language), cell: f.cell ?? null }))} />
    </section>
  );
}

/** `cell`: a spreadsheet's cell, or the place in a Word or PDF source (table or page, row, column). */
function ProblemList({ items }: { items: { severity: string; code: string; message: string; cell: string | null }[] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return <p className="muted">{t('import.noProblems')}</p>;
  return (
    <ul className="problems">
      {items.map((item, i) => (
        <li key={i} className={`severity-${item.severity}`} data-code={item.code}>
          {item.cell && <span className="cell-ref">{language === 'bn' ? item.cell : placeInEnglish(item.cell)}</span>} {item.message}
        </li>
      ))}
    </ul>
  );
}

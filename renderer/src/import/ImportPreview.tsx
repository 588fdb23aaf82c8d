// One staged file: where it goes (office, year, period, receipt date), how its columns were understood
// (mapping editor), the rows as read, and every problem beside the cell and row it comes from. Every
// value is shown defensively: one the app cannot format (a date that does not exist) is shown as
// written in the file and flagged in its cell, never allowed to break the page.
import { memo } from 'react';
import type { Office } from '../../../electron/backend/api/contract.js';
import type { Indicator, Value } from '../../../common/plan-document/schema.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { dayMonthYearFromIso, isValidIsoDate } from '../../../common/dates/iso-date.js';
import { placeInEnglish } from '../../../common/plan-document/source-place.js';
import { useWorkingPeriod } from '../app/working-period.js';
import { DateField } from '../components/DateField.js';
import { useI18n } from '../i18n/index.js';
import { diagnosticText, findingText } from '../api/messages.js';
import { officeName } from '../components/office-name.js';
import { FiscalYearField } from './FiscalYearField.js';
import { missing, statusOf, type QueuedFile } from './import-queue.js';
import { MappingEditor } from './MappingEditor.js';

/** A problem as the screen shows it: its text in the UI language, and where it is. */
export interface Problem {
  severity: string;
  code: string;
  message: string;
  /** A spreadsheet's cell, or the place in a Word or PDF source (table or page, row, column). */
  cell: string | null;
  indicatorCode?: string | null | undefined;
}

/** A value of the preview as text, and whether it could not be read as what it claims to be. */
export function shownValue(v: Value | undefined, digits: (s: string | number) => string, date: (iso: string) => string): { text: string; invalid: boolean } {
  if (v === null || v === undefined) return { text: '', invalid: false };
  if (typeof v === 'number') return Number.isFinite(v) ? { text: digits(v), invalid: false } : { text: String(v), invalid: true };
  if (typeof v !== 'string') return { text: String(v), invalid: true };
  if (!isValidIsoDate(v)) return { text: digits(dayMonthYearFromIso(v)), invalid: true };
  try {
    return { text: date(v), invalid: false };
  } catch {
    return { text: digits(dayMonthYearFromIso(v)), invalid: true };
  }
}

/** A date the app stored (a timestamp or ISO date), or its raw text when it is not one. */
function safeDate(value: string, date: (iso: string) => string, digits: (s: string) => string): string {
  try {
    return date(value);
  } catch {
    return digits(value);
  }
}

export const ImportPreview = memo(function ImportPreview(props: {
  file: QueuedFile;
  offices: Office[];
  /** The choices the user changed (merged into the file's latest ones). */
  onChoices: (change: Partial<QueuedFile['choices']>) => void;
  onImport: () => void;
  onRemove: () => void;
  onReadAgain: () => void;
}) {
  const { t, digits, date, language } = useI18n();
  const { years } = useWorkingPeriod();
  const { file, offices } = props;
  const { analysis, choices } = file;
  if (!analysis) {
    return (
      <section className="import-preview" data-testid="import-preview">
        <h3>{file.fileName}</h3>
        {file.error && <div className="error-banner" role="alert">{file.error}</div>}
        {file.cancelled && <p className="muted">{t('import.statuses.cancelled')}</p>}
        <div className="actions">
          {(file.cancelled || file.error) && <button type="button" onClick={props.onReadAgain} data-testid="read-again">{t('import.readAgain')}</button>}
          <button type="button" onClick={props.onRemove}>{t('import.remove')}</button>
        </div>
      </section>
    );
  }
  const set = (change: Partial<QueuedFile['choices']>) => props.onChoices(change);
  const status = statusOf(file);
  const suggestionIds = new Set(analysis.officeSuggestions.map((s) => s.officeId));
  const { document } = analysis;
  /** An office's name in the UI language (its English name in English, where it has one). */
  const nameOf = (id: number, nameBn: string) => {
    const office = offices.find((o) => o.id === id);
    return office ? officeName(office, language) : nameBn;
  };

  const problems: Problem[] = [
    ...document.diagnostics.map((d) => ({
      severity: d.severity, code: d.code, message: diagnosticText(d, t), cell: d.cell ?? d.location ?? null,
    })),
  ];
  const findings: Problem[] = analysis.findings.map((f) => ({
    severity: f.severity, code: f.code, message: findingText(f, language), cell: f.cell ?? null, indicatorCode: f.indicatorCode,
  }));
  const byCell = new Map<string, Problem[]>();
  for (const p of [...problems, ...findings]) {
    if (p.cell) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p]);
  }
  const text = (p: Problem) => p.message;
  /** The problems of one indicator's row: those on its cells, and the findings that name it. */
  const rowProblems = (ind: Indicator): Problem[] => {
    const cells = new Set(Object.values(ind.cells ?? {}));
    const onCells = [...cells].flatMap((c) => byCell.get(c) ?? []);
    const named = ind.code ? findings.filter((f) => f.indicatorCode === ind.code && !(f.cell && cells.has(f.cell))) : [];
    return [...new Set([...onCells, ...named])];
  };

  function valueCell(ind: Indicator, field: string, v: Value | undefined, extra?: string) {
    const { text: shown, invalid } = shownValue(v, digits, date);
    const cell = ind.cells?.[field];
    const here = cell ? byCell.get(cell) ?? [] : [];
    const flagged = invalid || here.some((p) => p.severity === 'error');
    const note = invalid ? (typeof v === 'string' ? t('import.invalidDate') : t('import.invalidValue')) : here.map(text).join(' · ');
    return (
      <td key={field} data-field={field} className={flagged ? 'cell-flagged' : here.length > 0 ? 'cell-noted' : undefined} title={note || undefined}>
        {shown || extra || ''}
        {invalid && <span className="cell-note" data-testid="invalid-value">{t('import.invalidDate')}</span>}
      </td>
    );
  }

  const letterDate = analysis.letterDate;
  return (
    <section className="import-preview" data-testid="import-preview">
      <h3>{file.fileName}</h3>
      <p className="muted">
        {analysis.kind === 'report' ? t('import.kindReport') : t('import.kindPlan')} · {t('import.indicators', { n: digits(document.indicators.length) })}
      </p>
      {analysis.duplicateOf && (
        <div className="error-banner" role="alert" data-testid="duplicate-notice">
          {t('import.duplicate', { date: safeDate(analysis.duplicateOf.storedAt, date, digits), office: analysis.duplicateOf.officeName ?? '' })}
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
                  <option key={s.officeId} value={s.officeId}>{nameOf(s.officeId, s.name)}</option>
                ))}
              </optgroup>
            )}
            {offices.filter((o) => !suggestionIds.has(o.id)).map((o) => (
              <option key={o.id} value={o.id}>{nameOf(o.id, o.nameBn)}</option>
            ))}
          </select>
          {analysis.detectedOfficeName && <span className="muted">{t('import.officeDetected', { name: analysis.detectedOfficeName })}</span>}
        </div>
        <FiscalYearField id="import-fiscal-year" label={t('import.fiscalYear')} value={choices.fiscalYear} years={years}
          onChange={(fiscalYear) => set({ fiscalYear })} testId="import-fiscal-year" />
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
          <div>
            <DateField id="import-received" label={t('import.receivedOn')} value={choices.receivedOn}
              onChange={(receivedOn) => set({ receivedOn })} testId="import-received" />
            {letterDate && choices.receivedOn === letterDate && <span className="muted">{t('import.receivedFromFile')}</span>}
            {!choices.receivedOn && <span className="muted" data-testid="received-missing">{t('import.receivedMissing')}</span>}
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
              <th>{t('import.col.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {document.indicators.map((ind: Indicator, i) => {
              const notes = rowProblems(ind);
              return (
                <tr key={i} data-code={ind.code ?? ''}>
                  <td>{ind.code ? digits(ind.code) : ''}</td>
                  <td>{ind.text}</td>
                  <td>{ind.unit ? t(`import.units.${ind.unit}`) : ''}</td>
                  <td>{typeof ind.weight === 'number' ? digits(ind.weight) : ''}</td>
                  {document.levels.map((l) => valueCell(ind, `targets.${l}`, ind.targets[String(l) as '100']))}
                  {document.reportPeriods.map((p) => valueCell(ind, `achievements.${p}`, ind.achievements[p], ind.achievementText?.[p]))}
                  <td>{ind.remarks ?? ''}</td>
                  <td className="row-notes" data-testid="row-notes">
                    {notes.length > 0 && (
                      <ul>
                        {notes.map((p, j) => (
                          <li key={j} className={`severity-${p.severity}`} data-code={p.code}>{text(p)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h4>{t('import.diagnostics')}</h4>
      <ProblemList items={problems} />
      <h4>{t('import.findings')}</h4>
      <ProblemList items={findings} />
    </section>
  );
});

/** Every problem of the file, each with the cell or place it comes from, in the UI language. */
function ProblemList({ items }: { items: Problem[] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return <p className="muted">{t('import.noProblems')}</p>;
  return (
    <ul className="problems">
      {items.map((item, i) => (
        <li key={i} className={`severity-${item.severity}`} data-code={item.code}>
          <span className="severity-label">{t(`import.severity.${item.severity}`, { defaultValue: '' })}</span>{' '}
          {item.cell && <span className="cell-ref">{language === 'bn' ? item.cell : placeInEnglish(item.cell)}</span>}{' '}
          {item.message}
        </li>
      ))}
    </ul>
  );
}

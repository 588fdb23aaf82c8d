// The mapping editor: every column of the table with its header and what the importer took it for;
// changing a role re-normalises the file at once (without reading it again).
import type { ImportAnalysis, LayoutOverride } from '../../../electron/backend/api/contract.js';
import { useI18n } from '../i18n/index.js';

export function MappingEditor(props: { analysis: ImportAnalysis; override: LayoutOverride; onChange: (layout: LayoutOverride) => void }) {
  const { t, language } = useI18n();
  const { layout, roles } = props.analysis;

  function setRole(column: number, role: string) {
    const others = (props.override.columns ?? []).filter((c) => c.column !== column);
    props.onChange({ ...props.override, sheet: layout.sheet, columns: [...others, { column, role }] });
  }

  return (
    <details className="mapping-editor" open>
      <summary>{t('import.mapping')}</summary>
      <table className="grid" data-testid="mapping-editor">
        <thead>
          <tr>
            <th>{t('import.column')}</th>
            <th>{t('import.header')}</th>
            <th>{t('import.role')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.columns.map((c) => (
            <tr key={c.column}>
              <td>{c.letter}</td>
              <td>{c.header}</td>
              <td>
                <select aria-label={`${t('import.role')} ${c.letter}`} data-column={c.letter} value={c.role} onChange={(e) => setRole(c.column, e.target.value)}>
                  {roles.map((r) => (
                    <option key={r.role} value={r.role}>{language === 'bn' ? r.bn : r.en}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

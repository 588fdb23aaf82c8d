import { type OfficeLevel } from '../../../electron/backend/api/contract.js';
import { OFFICE_LEVELS } from '../../../common/terms/office-levels.js';
import { Field, SelectField } from '../components/Field.js';
import { useI18n } from '../i18n/index.js';
import { TEXT_FIELDS, type OfficeFormState } from './office-form-state.js';

/** The office's fields; `prefix` keeps ids unique, `errors` are keyed by field (with `prefix.` stripped). */
export function OfficeFormFields(props: {
  prefix: string;
  form: OfficeFormState;
  onChange: (form: OfficeFormState) => void;
  errors: Record<string, string>;
  levels?: readonly OfficeLevel[];
}) {
  const { t } = useI18n();
  const { form, onChange, errors, prefix } = props;
  return (
    <div className="form-grid">
      {TEXT_FIELDS.map((key) => (
        <Field
          key={key}
          id={`${prefix}-${key}`}
          label={t(`office.${key}`)}
          value={form[key]}
          required={key === 'nameBn'}
          type={key === 'email' ? 'email' : 'text'}
          onChange={(value) => onChange({ ...form, [key]: value })}
          error={errors[key]}
        />
      ))}
      <SelectField
        id={`${prefix}-level`}
        label={t('office.level')}
        value={form.level}
        onChange={(value) => onChange({ ...form, level: value as OfficeLevel })}
        options={(props.levels ?? OFFICE_LEVELS).map((level) => ({ value: level, label: t(`office.levels.${level}`) }))}
        error={errors.level}
      />
    </div>
  );
}

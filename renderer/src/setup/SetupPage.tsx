// First run: the own office and the signatory.
import { useState, type FormEvent } from 'react';
import { call } from '../api/client.js';
import { ErrorBanner, Field } from '../components/Field.js';
import { useApiError } from '../components/useApiError.js';
import { useI18n } from '../i18n/index.js';
import { OfficeFormFields } from '../offices/OfficeFormFields.js';
import { emptyOfficeForm, formToFields } from '../offices/office-form-state.js';
import { LanguageSwitch } from '../app/LanguageSwitch.js';

function withPrefix(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, v]) => [k.slice(prefix.length + 1), v]),
  );
}

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [office, setOffice] = useState(emptyOfficeForm('ministry'));
  const [signatory, setSignatory] = useState({ name: '', designation: '', phone: '', email: '' });
  const errors = useApiError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    try {
      await call('setup.complete', { office: formToFields(office), signatory });
      onDone();
    } catch (error) {
      errors.capture(error);
    }
  }

  return (
    <main className="setup">
      <header className="setup-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </header>
      <h2>{t('setup.title')}</h2>
      <p>{t('setup.intro')}</p>
      <form onSubmit={submit} noValidate data-testid="setup-form">
        <fieldset>
          <legend>{t('setup.ownOffice')}</legend>
          <OfficeFormFields prefix="own" form={office} onChange={setOffice} errors={withPrefix(errors.fields, 'office')} levels={['ministry', 'division']} />
        </fieldset>
        <fieldset>
          <legend>{t('setup.signatory')}</legend>
          <div className="form-grid">
            {(['name', 'designation', 'phone', 'email'] as const).map((key) => (
              <Field
                key={key}
                id={`signatory-${key}`}
                label={t(`signatory.${key}`)}
                required={key === 'name' || key === 'designation'}
                value={signatory[key]}
                onChange={(value) => setSignatory({ ...signatory, [key]: value })}
                error={withPrefix(errors.fields, 'signatory')[key]}
              />
            ))}
          </div>
        </fieldset>
        <ErrorBanner>{errors.message}</ErrorBanner>
        <button type="submit" className="primary">{t('setup.submit')}</button>
      </form>
    </main>
  );
}

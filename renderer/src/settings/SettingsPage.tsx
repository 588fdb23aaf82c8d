// Settings: the signatory of the APA cell's letters, the own office's wing and branch (letterhead and
// signature), and the days after a period by which offices' reports are due.
import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../api/client.js';
import { useCall } from '../api/use-call.js';
import { errorText } from '../api/messages.js';
import { ErrorBanner, Field } from '../components/Field.js';
import { useApiError } from '../components/useApiError.js';
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { useI18n } from '../i18n/index.js';
import { BackupPanel } from '../backup/BackupPanel.js';
import { UsersPanel } from '../users/UsersPanel.js';

export function SettingsPage() {
  const { t, digits } = useI18n();
  const [signatory, setSignatory] = useState({ name: '', designation: '', phone: '', email: '' });
  const [ownBranch, setOwnBranch] = useState({ wing: '', branch: '' });
  const [graceDays, setGraceDays] = useState('');
  const [saved, setSaved] = useState(false);
  const errors = useApiError();
  const settings = useCall('settings.get', {});
  const loaded = settings.data;

  // The form starts from the stored settings once they arrive (and not again while the user types).
  useEffect(() => {
    if (!loaded) return;
    if (loaded.signatory) setSignatory({ ...loaded.signatory, phone: loaded.signatory.phone ?? '', email: loaded.signatory.email ?? '' });
    setOwnBranch({ wing: loaded.ownBranch.wing ?? '', branch: loaded.ownBranch.branch ?? '' });
    setGraceDays(digits(loaded.reportGraceDays));
  }, [loaded]); // eslint-disable-line react-hooks/exhaustive-deps -- digits follows the language; the form is filled once per load

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setSaved(false);
    try {
      // Bengali or Latin digits; anything else is refused by the API with the field named.
      const days = toLatinDigits(graceDays.trim());
      await call('settings.update', { signatory, ownBranch, reportGraceDays: /^\d+$/.test(days) ? Number(days) : Number.NaN });
      setSaved(true);
    } catch (error) {
      errors.capture(error);
    }
  }

  const fieldErrors = Object.fromEntries(Object.entries(errors.fields).map(([k, v]) => [k.replace(/^signatory\./, ''), v]));
  return (
    <div>
      <h2>{t('settings.title')}</h2>
      {settings.error ? <ErrorBanner>{errorText(settings.error, t)}</ErrorBanner> : null}
      {settings.loading && !loaded && <p className="loading">{t('common.loading')}</p>}
      <form onSubmit={submit} noValidate hidden={!loaded}>
        <fieldset>
          <legend>{t('settings.signatory')}</legend>
          <div className="form-grid">
            {(['name', 'designation', 'phone', 'email'] as const).map((key) => (
              <Field key={key} id={`settings-${key}`} label={t(`signatory.${key}`)} value={signatory[key]}
                onChange={(value) => setSignatory({ ...signatory, [key]: value })} error={fieldErrors[key]} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('settings.ownBranch')}</legend>
          <div className="form-grid">
            {(['wing', 'branch'] as const).map((key) => (
              <Field key={key} id={`settings-${key}`} label={t(`settings.${key}`)} value={ownBranch[key]}
                onChange={(value) => setOwnBranch({ ...ownBranch, [key]: value })} error={errors.fields[`ownBranch.${key}`]} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('settings.review')}</legend>
          <Field id="settings-report-grace-days" label={t('settings.reportGraceDays')} value={graceDays}
            onChange={setGraceDays} error={errors.fields.reportGraceDays} />
        </fieldset>
        <ErrorBanner>{errors.message}</ErrorBanner>
        {saved && <p className="success">{t('common.saved')}</p>}
        <button type="submit" className="primary">{t('common.save')}</button>
      </form>
      <UsersPanel />
      <BackupPanel />
    </div>
  );
}

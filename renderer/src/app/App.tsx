// Loads the settings, then shows first-run setup or the main shell.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { errorText } from '../api/messages.js';
import { setLanguage, useI18n } from '../i18n/index.js';
import { SetupPage } from '../setup/SetupPage.js';
import { UserPicker } from '../users/UserPicker.js';
import { Shell } from './Shell.js';

export function App() {
  const { t } = useI18n();
  const [state, setState] = useState<'loading' | 'setup' | 'choose-user' | 'ready'>('loading');
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const [status, settings] = await Promise.all([call('setup.status', {}), call('settings.get', {})]);
      setLanguage(settings.language);
      if (status.needsSetup) return setState('setup');
      const session = await call('session.current', {});
      setState(session.mustChoose ? 'choose-user' : 'ready');
    } catch (error) {
      setFailure(error);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (failure) return <div className="error-banner" role="alert">{errorText(failure, t)}</div>;
  if (state === 'loading') return <div className="loading">{t('common.loading')}</div>;
  if (state === 'setup') return <SetupPage onDone={() => void load()} />;
  if (state === 'choose-user') return <UserPicker onChosen={() => setState('ready')} />;
  return <Shell onSwitchUser={() => setState('choose-user')} />;
}

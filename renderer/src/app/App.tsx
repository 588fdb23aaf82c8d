// Loads the settings, then shows first-run setup or the main shell.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { setLanguage, useI18n } from '../i18n/index.js';
import { SetupPage } from '../setup/SetupPage.js';
import { Shell } from './Shell.js';

export function App() {
  const { t } = useI18n();
  const [state, setState] = useState<'loading' | 'setup' | 'ready'>('loading');
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [status, settings] = await Promise.all([call('setup.status', {}), call('settings.get', {})]);
      setLanguage(settings.language);
      setState(status.needsSetup ? 'setup' : 'ready');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (failure) return <div className="error-banner" role="alert">{t('errors.internal', { message: failure })}</div>;
  if (state === 'loading') return <div className="loading">{t('common.loading')}</div>;
  if (state === 'setup') return <SetupPage onDone={() => void load()} />;
  return <Shell />;
}

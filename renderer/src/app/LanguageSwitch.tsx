// Bengali ⇄ English. The choice is saved once the app is set up; before that it is only local.
import { call } from '../api/client.js';
import { setLanguage, useI18n, type Language } from '../i18n/index.js';

export function LanguageSwitch({ persist = false }: { persist?: boolean }) {
  const { t, language } = useI18n();
  const next: Language = language === 'bn' ? 'en' : 'bn';
  async function toggle() {
    setLanguage(next);
    if (!persist) return;
    try {
      await call('settings.update', { language: next });
    } catch {
      // The screen has switched; the choice is saved the next time a setting is saved.
    }
  }
  return (
    <button type="button" className="language-switch" onClick={() => void toggle()} data-testid="language-switch" lang={next}>
      {t(`common.languageNames.${next}`)}
    </button>
  );
}

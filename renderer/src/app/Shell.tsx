// The main window: header (fiscal year, language), navigation, and the current page.
import { useEffect, useState } from 'react';
import type { AppUser, FiscalYearInfo } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import { OfficesPage } from '../offices/OfficesPage.js';
import { ImportPage } from '../import/ImportPage.js';
import { ReviewPage } from '../review/ReviewPage.js';
import { PackagePage } from '../package/PackagePage.js';
import { SettingsPage } from '../settings/SettingsPage.js';
import { LanguageSwitch } from './LanguageSwitch.js';

type Page = 'offices' | 'import' | 'review' | 'package' | 'settings';
const PAGES: Page[] = ['offices', 'import', 'review', 'package', 'settings'];

export function Shell({ onSwitchUser }: { onSwitchUser: () => void }) {
  const { t, digits } = useI18n();
  const [user, setUser] = useState<AppUser | null>(null);
  const [page, setPage] = useState<Page>('offices');
  const [years, setYears] = useState<FiscalYearInfo | null>(null);

  useEffect(() => {
    void call('fiscalYears.list', {}).then(setYears);
    void call('session.current', {}).then((s) => setUser(s.user));
  }, []);

  async function chooseYear(label: string) {
    await call('settings.update', { fiscalYear: years && label === years.current ? null : label });
    setYears(await call('fiscalYears.list', {}));
  }

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        {years && (
          <label className="fiscal-year">
            {t('common.fiscalYear')}{' '}
            <select data-testid="fiscal-year" value={years.selected} onChange={(e) => void chooseYear(e.target.value)}>
              {years.years.map((y) => (
                <option key={y} value={y}>
                  {digits(y)}
                  {y === years.current ? ` (${t('common.current')})` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {user && (
          <button type="button" className="user-switch" onClick={onSwitchUser} title={t('users.switch')} data-testid="current-user">
            {t('users.current', { name: user.name })}
          </button>
        )}
        <LanguageSwitch persist />
      </header>
      <nav className="sidebar">
        {PAGES.map((p) => (
          <button key={p} type="button" className={page === p ? 'active' : ''} onClick={() => setPage(p)} data-nav={p}>
            {t(`nav.${p}`)}
          </button>
        ))}
      </nav>
      <main className="content">
        {page === 'offices' && <OfficesPage />}
        {page === 'import' && <ImportPage />}
        {page === 'review' && <ReviewPage />}
        {page === 'package' && <PackagePage />}
        {page === 'settings' && <SettingsPage />}
      </main>
    </div>
  );
}

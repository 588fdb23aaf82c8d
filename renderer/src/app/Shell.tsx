// The main window: header (fiscal year and period shared by every page, user, language), navigation,
// and the current page under its own error boundary.
import { useState } from 'react';
import type { Period } from '../../../common/plan-document/schema.js';
import { PERIODS } from '../../../common/terms/plan-terms.js';
import { useCall } from '../api/use-call.js';
import { errorMessage } from '../api/error-message.js';
import { useI18n } from '../i18n/index.js';
import { OfficesPage } from '../offices/OfficesPage.js';
import { HomePage } from '../home/HomePage.js';
import { ImportPage } from '../import/ImportPage.js';
import { ReviewPage } from '../review/ReviewPage.js';
import { PackagePage } from '../package/PackagePage.js';
import { SettingsPage } from '../settings/SettingsPage.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { PageErrorBoundary } from './PageErrorBoundary.js';
import { useWorkingPeriod, WorkingPeriodProvider } from './working-period.js';

type Page = 'home' | 'offices' | 'import' | 'review' | 'package' | 'settings';
const PAGES: Page[] = ['home', 'offices', 'import', 'review', 'package', 'settings'];

export function Shell({ onSwitchUser }: { onSwitchUser: () => void }) {
  const { t, language } = useI18n();
  return (
    <WorkingPeriodProvider
      loading={<div className="loading">{t('common.loading')}</div>}
      failed={(error) => <div className="error-banner" role="alert">{errorMessage(error, t, language)}</div>}
    >
      <ShellFrame onSwitchUser={onSwitchUser} />
    </WorkingPeriodProvider>
  );
}

function ShellFrame({ onSwitchUser }: { onSwitchUser: () => void }) {
  const { t, digits } = useI18n();
  const session = useCall('session.current', {});
  const working = useWorkingPeriod();
  // The app opens on the home screen: what is due, what arrived, what waits for review.
  const [page, setPage] = useState<Page>('home');
  const [importOpened, setImportOpened] = useState(false);
  const open = (p: Page) => {
    setPage(p);
    if (p === 'import') setImportOpened(true);
  };
  const user = session.data?.user ?? null;

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        <label className="fiscal-year">
          {t('common.fiscalYear')}{' '}
          <select data-testid="fiscal-year" value={working.fiscalYear} onChange={(e) => void working.setFiscalYear(e.target.value)}>
            {working.years.map((y) => (
              <option key={y} value={y}>
                {digits(y)}
                {y === working.currentYear ? ` (${t('common.current')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="working-period">
          {t('common.period')}{' '}
          <select data-testid="period" value={working.period} onChange={(e) => working.setPeriod(e.target.value as Period)}>
            {PERIODS.map((p) => <option key={p} value={p}>{t(`review.periods.${p}`)}</option>)}
          </select>
        </label>
        {user && (
          <button type="button" className="user-switch" onClick={onSwitchUser} title={t('users.switch')} data-testid="current-user">
            {t('users.current', { name: user.name })}
          </button>
        )}
        <LanguageSwitch persist />
      </header>
      <nav className="sidebar">
        {PAGES.map((p) => (
          <button key={p} type="button" className={page === p ? 'active' : ''} onClick={() => open(p)} data-nav={p}>
            {p === 'home' ? t('home.nav') : t(`nav.${p}`)}
          </button>
        ))}
      </nav>
      <main className="content">
        {/* The import page stays mounted once opened: its queue is work in progress that a look at another
            page must not lose. The other pages load afresh each time they are opened. */}
        {importOpened && (
          <div hidden={page !== 'import'}>
            <PageErrorBoundary resetKey="import">
              <ImportPage />
            </PageErrorBoundary>
          </div>
        )}
        {page !== 'import' && (
          <PageErrorBoundary resetKey={page}>
            {page === 'home' && <HomePage onNavigate={open} />}
            {page === 'offices' && <OfficesPage />}
            {page === 'review' && <ReviewPage />}
            {page === 'package' && <PackagePage />}
            {page === 'settings' && <SettingsPage />}
          </PageErrorBoundary>
        )}
      </main>
    </div>
  );
}

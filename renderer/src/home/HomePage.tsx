// The home screen, where the app opens: for the working fiscal year and period, what is due, what
// has arrived and from whom, what still needs review, the next deadline and the last package. Each
// card leads to the page that handles it.
import type { ReactNode } from 'react';
import type { HomeOffice } from '../../../electron/backend/api/contract.js';
import { dayNumber } from '../../../common/dates/iso-date.js';
import { errorMessage } from '../api/error-message.js';
import { useCall } from '../api/use-call.js';
import { useWorkingPeriod } from '../app/working-period.js';
import { useI18n } from '../i18n/index.js';
import './home.css';

export type HomeTarget = 'offices' | 'import' | 'review' | 'package' | 'settings';

/** How many offices a card lists before "n more". */
const LISTED = 8;

export function HomePage({ onNavigate }: { onNavigate: (page: HomeTarget) => void }) {
  const { t, digits, date, language } = useI18n();
  const working = useWorkingPeriod();
  const summary = useCall('home.summary', { fiscalYear: working.fiscalYear, period: working.period }, [working.fiscalYear, working.period]);
  const s = summary.data;

  const safeDate = (iso: string) => {
    try {
      return date(iso);
    } catch {
      return iso;
    }
  };
  const name = (o: HomeOffice) => (language === 'en' && o.officeNameEn ? o.officeNameEn : o.officeName);
  const periodName = (p: string) => t(`review.periods.${p}`);

  if (summary.error) return <div className="error-banner" role="alert">{errorMessage(summary.error, t, language)}</div>;
  if (!s) return <div className="loading">{t('common.loading')}</div>;

  const today = dayNumber(s.today);
  const deadlineDay = dayNumber(s.deadline);
  const daysLeft = today !== null && deadlineDay !== null ? deadlineDay - today : null;

  return (
    <div className="home-page" data-testid="home-page">
      <div className="home-head">
        <h1>{t('home.title')}</h1>
        <p className="muted">
          <span data-testid="home-working">{t('home.working', { year: digits(s.fiscalYear), period: periodName(s.period) })}</span>
          {' · '}
          <span data-testid="home-today">{t('home.today', { date: safeDate(s.today) })}</span>
        </p>
      </div>
      <div className="home-cards">
        <Card title={t('home.due.title')} testId="home-due" link={t('home.due.link')} onOpen={() => onNavigate('offices')}>
          {s.expected === 0 ? (
            <p className="muted">{t('home.due.none')}</p>
          ) : (
            <>
              <p className="home-number" data-testid="home-expected" data-value={s.expected}>{t('home.due.expected', { n: digits(s.expected) })}</p>
              <p>{t('home.due.deadline', { date: safeDate(s.deadline) })}</p>
              {daysLeft !== null && (
                <p className={daysLeft < 0 ? 'home-late' : 'muted'} data-testid="home-days-left">
                  {daysLeft > 0 ? t('home.due.daysLeft', { n: digits(daysLeft) }) : daysLeft === 0 ? t('home.due.dueToday') : t('home.due.daysPast', { n: digits(-daysLeft) })}
                </p>
              )}
            </>
          )}
        </Card>

        <Card title={t('home.arrived.title')} testId="home-arrived" link={t('home.arrived.link')} onOpen={() => onNavigate('review')}>
          <p className="home-number" data-testid="home-arrived-count" data-value={s.arrived.length}>
            {t('home.arrived.count', { n: digits(s.arrived.length), of: digits(s.expected) })}
          </p>
          {s.arrived.length === 0 ? (
            <p className="muted">{t('home.arrived.none')}</p>
          ) : (
            <OfficeList items={s.arrived} render={(a) => (
              <>
                <span>{name(a)}</span>
                <span className="muted">
                  {a.receivedOn ? t('home.arrived.received', { date: safeDate(a.receivedOn) }) : t('home.arrived.noDate')}
                  {a.versionCount > 1 ? ` · ${t('home.arrived.versions', { n: digits(a.versionCount) })}` : ''}
                </span>
                {a.late && <span className="home-late">{t('home.arrived.late')}</span>}
              </>
            )} />
          )}
        </Card>

        <Card title={t('home.missing.title')} testId="home-missing" link={t('home.missing.link')} onOpen={() => onNavigate('import')}>
          <p className="home-number" data-testid="home-missing-count" data-value={s.missing.length}>{t('home.missing.count', { n: digits(s.missing.length) })}</p>
          {s.missing.length === 0 ? (
            <p className="muted">{s.expected === 0 ? t('home.due.none') : t('home.missing.none')}</p>
          ) : (
            <OfficeList items={s.missing} render={(m) => <span>{name(m)}</span>} />
          )}
        </Card>

        <Card title={t('home.review.title')} testId="home-review" link={t('home.review.link')} onOpen={() => onNavigate('review')}>
          <p className="home-number" data-testid="home-review-count" data-value={s.needsReview.length}>{t('home.review.count', { n: digits(s.needsReview.length) })}</p>
          {s.needsReview.length === 0 ? (
            <p className="muted">{t('home.review.none')}</p>
          ) : (
            <OfficeList items={s.needsReview} render={(r) => (
              <>
                <span>{name(r)}</span>
                <span className="muted">{t('home.review.progress', { done: digits(r.reviewed), of: digits(r.indicatorCount) })}</span>
              </>
            )} />
          )}
        </Card>

        <Card title={t('home.next.title')} testId="home-next" link={t('home.next.link')} onOpen={() => onNavigate('settings')}>
          {s.nextDeadline ? (
            <>
              <p className="home-number" data-testid="home-next-date">{safeDate(s.nextDeadline.date)}</p>
              <p className="muted">{t('home.next.what', { year: digits(s.nextDeadline.fiscalYear), period: periodName(s.nextDeadline.period) })}</p>
            </>
          ) : (
            <p className="muted">{t('home.next.none')}</p>
          )}
        </Card>

        <Card title={t('home.package.title')} testId="home-package" link={t('home.package.link')} onOpen={() => onNavigate('package')}>
          {s.lastPackage ? (
            <>
              <p className="home-number" data-testid="home-package-memo">{t('home.package.memo', { memo: digits(s.lastPackage.memoNumber) })}</p>
              <p className="muted">
                {t('home.package.issued', { date: safeDate(s.lastPackage.issuedOn) })}
                {s.lastPackage.fiscalYear && s.lastPackage.period
                  ? ` · ${t('home.package.what', { year: digits(s.lastPackage.fiscalYear), period: periodName(s.lastPackage.period) })}`
                  : ''}
              </p>
            </>
          ) : (
            <p className="muted">{t('home.package.none')}</p>
          )}
        </Card>
      </div>
    </div>
  );
}

function Card(props: { title: string; testId: string; link: string; onOpen: () => void; children: ReactNode }) {
  return (
    <section className="home-card" data-testid={props.testId} aria-label={props.title}>
      <h2>{props.title}</h2>
      <div className="home-card-body">{props.children}</div>
      <button type="button" className="home-link" onClick={props.onOpen} data-testid={`${props.testId}-link`}>
        {props.link} →
      </button>
    </section>
  );
}

function OfficeList<T extends HomeOffice>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  const { t, digits } = useI18n();
  return (
    <ul className="home-offices">
      {items.slice(0, LISTED).map((item) => (
        <li key={item.officeId} data-office-id={item.officeId}>{render(item)}</li>
      ))}
      {items.length > LISTED && <li className="muted">{t('home.more', { n: digits(items.length - LISTED) })}</li>}
    </ul>
  );
}

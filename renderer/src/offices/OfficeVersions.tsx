// The plans and reports stored for one office, grouped by year (and period) with the number of
// versions and the current one; a version can be opened, and a wrong one deleted after a question
// (refused, with the reason beside it, where a review or an issued memo depends on it).
import { useState } from 'react';
import type { Office, StoredVersion, VersionGroup } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import { useCall } from '../api/use-call.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { useI18n } from '../i18n/index.js';
import { VersionDialog } from './VersionDialog.js';
import './registry.css';

export function OfficeVersions({ office, onChanged }: { office: Office; onChanged: () => Promise<void> }) {
  const { t, digits, language } = useI18n();
  const versions = useCall('offices.versions', { officeId: office.id }, [office.id]);
  const [opened, setOpened] = useState<StoredVersion | null>(null);
  const [deleting, setDeleting] = useState<{ group: VersionGroup; version: StoredVersion } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (versions.error) return <div className="error-banner" role="alert">{errorMessage(versions.error, t, language)}</div>;
  if (!versions.data) return <p className="muted">{t('common.loading')}</p>;

  async function remove(version: StoredVersion) {
    const result = await call('versions.delete', { kind: version.kind, id: version.id });
    const n = (v: number) => digits(v);
    setNotice(
      result.currentVersion === null
        ? t('registry.versions.deleted', { version: n(version.version) })
        : t('registry.versions.deletedNowCurrent', { version: n(version.version), current: n(result.currentVersion) }),
    );
    await versions.refresh();
    await onChanged();
  }

  return (
    <section data-testid="office-documents" className="office-versions">
      <h3>{t('registry.versions.title')}</h3>
      {notice && <p className="success" role="status" data-testid="version-notice">{notice}</p>}
      {versions.data.length === 0 ? (
        <p className="muted">{t('registry.versions.none')}</p>
      ) : (
        versions.data.map((group) => (
          <VersionGroupView
            key={`${group.kind}-${group.fiscalYear}-${group.period ?? ''}`}
            group={group}
            onOpen={setOpened}
            onDelete={(version) => { setNotice(null); setDeleting({ group, version }); }}
          />
        ))
      )}
      {opened && <VersionDialog office={office} version={opened} onClose={() => setOpened(null)} />}
      {deleting && (
        <ConfirmDialog
          testId="version-delete-confirm"
          danger
          title={t('registry.versions.confirmTitle')}
          confirmLabel={t('registry.versions.delete')}
          message={<DeleteQuestion office={office} group={deleting.group} version={deleting.version} />}
          onConfirm={() => remove(deleting.version)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

function groupTitle(t: ReturnType<typeof useI18n>['t'], digits: (s: string) => string, group: { kind: string; fiscalYear: string; period: string | null }) {
  return group.kind === 'plan'
    ? t('registry.versions.plan', { year: digits(group.fiscalYear) })
    : t('registry.versions.report', { year: digits(group.fiscalYear), period: t(`review.periods.${group.period}`) });
}

function DeleteQuestion({ office, group, version }: { office: Office; group: VersionGroup; version: StoredVersion }) {
  const { t, digits, language } = useI18n();
  const name = language === 'en' && office.nameEn ? office.nameEn : office.nameBn;
  const rest = group.versions.filter((v) => v.id !== version.id);
  const next = rest.length ? Math.max(...rest.map((v) => v.version)) : null;
  const params = {
    office: name, year: digits(group.fiscalYear), period: group.period ? t(`review.periods.${group.period}`) : '',
    version: digits(version.version), file: version.fileName ?? t('registry.versions.noFile'),
  };
  return (
    <>
      <p>{version.kind === 'report' ? t('registry.versions.confirmReport', params) : t('registry.versions.confirmPlan', params)}</p>
      <p>{next === null ? t('registry.versions.thenNone') : t('registry.versions.thenCurrent', { version: digits(next) })}</p>
    </>
  );
}

function VersionGroupView({ group, onOpen, onDelete }: { group: VersionGroup; onOpen: (v: StoredVersion) => void; onDelete: (v: StoredVersion) => void }) {
  const { t, digits } = useI18n();
  return (
    <div className="version-group" data-group-kind={group.kind} data-group-year={group.fiscalYear} data-group-period={group.period ?? ''}>
      <div className="version-group-head">
        <strong>{groupTitle(t, digits, group)}</strong>
        <span className="muted" data-testid="version-count">
          {t('registry.versions.count', { n: digits(group.count), current: digits(group.currentVersion) })}
        </span>
      </div>
      <ul className="documents">
        {group.versions.map((v) => (
          <VersionRow key={v.id} version={v} onOpen={() => onOpen(v)} onDelete={() => onDelete(v)} />
        ))}
      </ul>
    </div>
  );
}

function safeDate(date: (iso: string) => string, iso: string): string {
  try {
    return date(iso);
  } catch {
    return iso;
  }
}

function VersionRow({ version, onOpen, onDelete }: { version: StoredVersion; onOpen: () => void; onDelete: () => void }) {
  const { t, digits, date } = useI18n();
  const blocker = version.blockers[0];
  const reason = blocker
    ? blocker.code === 'version-has-review'
      ? t(version.kind === 'plan' ? 'registry.versions.blockedReviewPlan' : 'registry.versions.blockedReview')
      : t('registry.versions.blockedMemo', { memo: blocker.memoNumber, date: safeDate(date, blocker.issuedOn) })
    : null;
  return (
    <li
      data-kind={version.kind}
      data-version={version.version}
      data-period={version.period ?? ''}
      data-current={version.current ? 'true' : 'false'}
      className={version.current ? 'current' : ''}
    >
      <div>
        <strong>{t('registry.versions.version', { n: digits(version.version) })}</strong>
        {version.current && <span className="badge">{t('registry.versions.current')}</span>}{' '}
        · {t('registry.versions.indicators', { n: digits(version.indicatorCount) })}
      </div>
      <div className="muted">
        {version.fileName ? t('registry.versions.file', { name: version.fileName }) : t('registry.versions.noFile')}
        {' · '}{t('registry.versions.imported', { date: safeDate(date, version.createdAt) })}
        {version.receivedOn ? ` · ${t('registry.versions.received', { date: safeDate(date, version.receivedOn) })}` : ''}
      </div>
      <div className="actions compact">
        <button type="button" onClick={onOpen} data-testid="version-open">{t('registry.versions.open')}</button>
        <button type="button" className="danger" onClick={onDelete} disabled={Boolean(blocker)} data-testid="version-delete" aria-describedby={reason ? `blocked-${version.kind}-${version.id}` : undefined}>
          {t('registry.versions.delete')}
        </button>
        {reason && <span className="muted" id={`blocked-${version.kind}-${version.id}`} data-testid="version-blocked">{reason}</span>}
      </div>
    </li>
  );
}

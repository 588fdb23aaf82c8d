// Settings: the officers who use the app on this PC.
import { useState, type FormEvent } from 'react';
import { call } from '../api/client.js';
import { useCall } from '../api/use-call.js';
import { errorText } from '../api/messages.js';
import { useI18n } from '../i18n/index.js';

export function UsersPanel() {
  const { t } = useI18n();
  const users = useCall('users.list', { includeInactive: true });
  const [name, setName] = useState('');
  const [designation, setDesignation] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  async function run(action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
      await users.refresh();
    } catch (e) {
      setFailure(e);
    }
  }
  const error = failure ?? users.error;

  async function add(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await call('users.create', { name, designation });
      setName('');
      setDesignation('');
    });
  }

  return (
    <fieldset data-testid="users-panel">
      <legend>{t('users.title')}</legend>
      <ul className="user-list">
        {(users.data ?? []).map((u) => (
          <li key={u.id}>
            {u.name} {u.designation && <span className="muted">({u.designation})</span>} {!u.active && <span className="muted">· {t('users.inactive')}</span>}{' '}
            <button type="button" onClick={() => void run(() => call('users.setActive', { id: u.id, active: !u.active }))}>
              {u.active ? t('users.deactivate') : t('users.activate')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="actions" noValidate>
        <input aria-label={t('users.name')} placeholder={t('users.name')} value={name} onChange={(e) => setName(e.target.value)} />
        <input aria-label={t('users.designation')} placeholder={t('users.designation')} value={designation} onChange={(e) => setDesignation(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>{t('users.add')}</button>
      </form>
      {error ? <p className="error-banner" role="alert">{errorText(error, t)}</p> : null}
    </fieldset>
  );
}

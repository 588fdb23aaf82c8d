// At start, when several officers share the PC: who is at the keyboard (the actor of every change).
import { useState } from 'react';
import type { AppUser } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { useCall } from '../api/use-call.js';
import { errorText } from '../api/messages.js';
import { useI18n } from '../i18n/index.js';
import { LanguageSwitch } from '../app/LanguageSwitch.js';

export function UserPicker({ onChosen }: { onChosen: (user: AppUser) => void }) {
  const { t } = useI18n();
  const users = useCall('users.list', {});
  const [failure, setFailure] = useState<unknown>(null);

  async function choose(userId: number) {
    setFailure(null);
    try {
      const session = await call('session.choose', { userId });
      onChosen(session.user);
    } catch (error) {
      setFailure(error);
    }
  }

  const error = failure ?? users.error;
  return (
    <main className="setup" data-testid="user-picker">
      <header className="setup-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </header>
      <h2>{t('users.choose')}</h2>
      <p>{t('users.chooseIntro')}</p>
      {users.loading && !users.data && <p className="loading">{t('common.loading')}</p>}
      <ul className="user-list">
        {(users.data ?? []).map((u) => (
          <li key={u.id}>
            <button type="button" onClick={() => void choose(u.id)}>
              <strong>{u.name}</strong> {u.designation && <span className="muted">{u.designation}</span>}
            </button>
          </li>
        ))}
      </ul>
      {error ? <p className="error-banner" role="alert">{errorText(error, t)}</p> : null}
    </main>
  );
}

// At start, when several officers share the PC: who is at the keyboard (the actor of every change).
import { useEffect, useState } from 'react';
import type { AppUser } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import { LanguageSwitch } from '../app/LanguageSwitch.js';

export function UserPicker({ onChosen }: { onChosen: (user: AppUser) => void }) {
  const { t } = useI18n();
  const [users, setUsers] = useState<AppUser[]>([]);
  useEffect(() => {
    void call('users.list', {}).then(setUsers);
  }, []);
  return (
    <main className="setup" data-testid="user-picker">
      <header className="setup-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </header>
      <h2>{t('users.choose')}</h2>
      <p>{t('users.chooseIntro')}</p>
      <ul className="user-list">
        {users.map((u) => (
          <li key={u.id}>
            <button type="button" onClick={() => void call('session.choose', { userId: u.id }).then((s) => onChosen(s.user))}>
              <strong>{u.name}</strong> {u.designation && <span className="muted">{u.designation}</span>}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

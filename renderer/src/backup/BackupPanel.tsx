import { useI18n } from '../i18n/index.js';

export function BackupPanel() {
  const { t } = useI18n();
  return <h3>{t('backup.title')}</h3>;
}

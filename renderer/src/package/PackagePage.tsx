import { useI18n } from '../i18n/index.js';

export function PackagePage() {
  const { t } = useI18n();
  return <h2>{t('package.title')}</h2>;
}

import { useI18n } from '../i18n/index.js';

export function ReviewPage() {
  const { t } = useI18n();
  return <h2>{t('review.title')}</h2>;
}

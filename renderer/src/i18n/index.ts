// i18next with Bengali by default and English on request; numbers and dates through Intl.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { bn } from './bn.js';
import { en } from './en.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { MESSAGE_FORMATS } from '../../../common/messages/format.js';

export type Language = 'bn' | 'en';

void i18next.use(initReactI18next).init({
  resources: { bn: { translation: bn }, en: { translation: en } },
  lng: 'bn',
  fallbackLng: 'bn',
  interpolation: { escapeValue: false }, // React escapes
});
// The formats the backend's message templates use ({{code, digits}}, {{indicator, indicator}}).
for (const [name, format] of Object.entries(MESSAGE_FORMATS)) {
  i18next.services.formatter?.add(name, (value: unknown, lng: string | undefined) => format(value, lng === 'en' ? 'en' : 'bn'));
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'bn-BD';
}

/** Digits in the UI language (Bengali digits in Bengali). */
export function formatDigits(text: string | number, language: string): string {
  const s = String(text);
  return language === 'en' ? s : toBengaliDigits(s);
}

export function formatNumber(n: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf(language), options).format(n);
}

/** An ISO date (YYYY-MM-DD or a timestamp) as a date-only value in Dhaka, so midnight UTC never shifts a day. */
export function formatDate(iso: string, language: string): string {
  const date = iso.length === 10 ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: iso.length === 10 ? 'UTC' : 'Asia/Dhaka', day: 'numeric', month: 'long', year: 'numeric',
  }).format(date);
}

export function useI18n() {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'bn') as Language;
  return {
    t,
    language,
    digits: (text: string | number) => formatDigits(text, language),
    number: (n: number, options?: Intl.NumberFormatOptions) => formatNumber(n, language, options),
    date: (iso: string) => formatDate(iso, language),
  };
}

export { i18next };

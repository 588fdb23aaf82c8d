// Message templates both sides fill in: the backend writes a diagnostic's Bengali `message` (what the
// CLI prints) from them, the renderer shows them through i18next in the user's language. The syntax is
// i18next's: `{{name}}` and `{{name, format}}` with the formats below (registered in renderer/src/i18n).
import { toBengaliDigits } from '../bengali/digits.js';

export type MessageLanguage = 'bn' | 'en';
export type MessageParams = Record<string, string | number>;

/** Formats a template may ask for: `digits` (Bengali digits in Bengali), `indicator` (an indicator's code as "সূচক [১.১.১]"). */
export const MESSAGE_FORMATS: Record<string, (value: unknown, language: MessageLanguage) => string> = {
  digits: (value, language) => (language === 'bn' ? toBengaliDigits(String(value ?? '')) : String(value ?? '')),
  indicator: (value, language) => {
    const code = value === null || value === undefined ? '' : String(value);
    if (language === 'bn') return code ? `সূচক [${toBengaliDigits(code)}]` : 'সূচক';
    return code ? `indicator [${code}]` : 'indicator';
  },
};

/** Fills `{{name}}` / `{{name, format}}` as i18next does with the formats above. */
export function fillTemplate(template: string, params: MessageParams, language: MessageLanguage): string {
  return template.replace(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (_all, name: string, format?: string) => {
    const value = params[name];
    if (format) {
      const formatter = MESSAGE_FORMATS[format];
      if (!formatter) throw new Error(`unknown message format "${format}"`);
      return formatter(value, language);
    }
    return value === undefined ? '' : String(value);
  });
}

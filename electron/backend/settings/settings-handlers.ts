import type { HandlerContext } from '../api/handler-context.js';
import type { settingsCalls } from '../api/contract/settings.js';
import type { HandlersFor } from '../api/dispatch.js';
import { listFiscalYears } from '../fiscal-year/fiscal-year-service.js';
import { completeSetup, setupStatus } from '../setup/setup-service.js';
import { readAppSettings, updateAppSettings } from './app-settings.js';

export function settingsHandlers({ db, actor, today }: HandlerContext): HandlersFor<typeof settingsCalls> {
  return {
    'setup.status': () => setupStatus(db),
    'setup.complete': (input) => completeSetup(db, actor(), input),
    'settings.get': () => readAppSettings(db),
    'settings.update': (input) => updateAppSettings(db, actor(), input),
    'fiscalYears.list': () => listFiscalYears(db, today()),
  };
}

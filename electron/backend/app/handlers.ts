// Binds every API call of the contract to the service that does the work.
import type { Handlers } from '../api/dispatch.js';
import type { Db } from '../database/open-database.js';
import { listFiscalYears } from '../fiscal-year/fiscal-year-service.js';
import { confirmOfficeImport, previewOfficeImport } from '../offices/office-import.js';
import {
  createOffice, deleteOffice, getOffice, listOffices, moveOffice, setOfficeActive, updateOffice,
} from '../offices/office-service.js';
import { readAppSettings, updateAppSettings } from '../settings/app-settings.js';
import { completeSetup, setupStatus } from '../setup/setup-service.js';

export interface HandlerContext {
  db: Db;
  /** Who is making the change, for the audit log. */
  actor: () => string;
  today: () => Date;
}

export function createHandlers({ db, actor, today }: HandlerContext): Handlers {
  return {
    'setup.status': () => setupStatus(db),
    'setup.complete': (input) => completeSetup(db, actor(), input),
    'settings.get': () => readAppSettings(db),
    'settings.update': (input) => updateAppSettings(db, actor(), input),
    'fiscalYears.list': () => listFiscalYears(db, today()),
    'offices.list': (input) => listOffices(db, input),
    'offices.get': ({ id }) => getOffice(db, id),
    'offices.create': (input) => createOffice(db, actor(), input),
    'offices.update': (input) => updateOffice(db, actor(), input),
    'offices.move': (input) => moveOffice(db, actor(), input),
    'offices.setActive': (input) => setOfficeActive(db, actor(), input),
    'offices.delete': ({ id }) => deleteOffice(db, actor(), id),
    'offices.importPreview': ({ fileName, contentBase64 }) => previewOfficeImport(db, fileName, contentBase64),
    'offices.importConfirm': ({ fileName, contentBase64 }) => confirmOfficeImport(db, actor(), fileName, contentBase64),
  };
}

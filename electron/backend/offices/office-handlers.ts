import type { HandlerContext } from '../api/handler-context.js';
import type { officeCalls } from '../api/contract/offices.js';
import type { HandlersFor } from '../api/dispatch.js';
import { confirmOfficeImport, previewOfficeImport } from './office-import.js';
import { deleteVersion, listVersions, openVersion } from '../plan-store/versions.js';
import { createOffice, deleteOffice, getOffice, listOffices, moveOffice, setOfficeActive, updateOffice } from './office-service.js';

export function officeHandlers({ db, database, actor }: HandlerContext): HandlersFor<typeof officeCalls> {
  return {
    'offices.list': (input) => listOffices(db, input),
    'offices.get': ({ id }) => getOffice(db, id),
    'offices.create': (input) => createOffice(db, actor(), input),
    'offices.update': (input) => updateOffice(db, actor(), input),
    'offices.move': (input) => moveOffice(db, actor(), input),
    'offices.setActive': (input) => setOfficeActive(db, actor(), input),
    'offices.delete': ({ id }) => deleteOffice(db, actor(), id),
    'offices.importPreview': ({ fileName, contentBase64 }) => previewOfficeImport(db, fileName, contentBase64),
    'offices.importConfirm': ({ fileName, contentBase64 }) => confirmOfficeImport(db, actor(), fileName, contentBase64),
    'offices.versions': ({ officeId }) => listVersions(database.sqlite, officeId),
    'versions.open': ({ kind, id }) => openVersion(db, database.sqlite, kind, id),
    'versions.delete': ({ kind, id }) => deleteVersion(database.sqlite, actor(), kind, id),
  };
}

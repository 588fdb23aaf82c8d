import type { HandlerContext } from '../api/handler-context.js';
import type { importCalls } from '../api/contract/imports.js';
import type { HandlersFor } from '../api/dispatch.js';
import { decodeBase64 } from '../offices/office-import.js';
import { ImportService, listOfficeDocuments } from './import-service.js';

export function importHandlers({ db, database, actor }: HandlerContext): HandlersFor<typeof importCalls> {
  const imports = new ImportService(database);
  return {
    'offices.documents': ({ officeId }) => listOfficeDocuments(db, officeId),
    'imports.stage': ({ fileName, contentBase64 }) => imports.stage(fileName, decodeBase64(contentBase64)),
    'imports.analyse': ({ stagedId, ...choices }) => imports.analyse(stagedId, choices),
    'imports.commit': (input) => imports.commit(input, actor()),
    'imports.commitMany': ({ files }) => imports.commitMany(files, actor()),
    'imports.discard': ({ stagedId }) => imports.discard(stagedId),
  };
}

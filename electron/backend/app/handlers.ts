// Binds every API call of the contract to the service that does the work, one capability at a time.
import type { Handlers } from '../api/dispatch.js';
import type { HandlerContext } from '../api/handler-context.js';
import { importHandlers } from '../plan-import/import-handlers.js';
import { officeHandlers } from '../offices/office-handlers.js';
import { settingsHandlers } from '../settings/settings-handlers.js';
import { reviewHandlers } from '../review/review-handlers.js';
import { packageHandlers } from '../package/package-handlers.js';
import { backupHandlers } from '../backup/backup-handlers.js';
import { userHandlers } from '../users/user-handlers.js';
import { homeHandlers } from '../home/home-handlers.js';

export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...settingsHandlers(context),
    ...officeHandlers(context),
    ...importHandlers(context),
    ...reviewHandlers(context),
    ...packageHandlers(context),
    ...backupHandlers(context),
    ...userHandlers(context),
    ...homeHandlers(context),
  };
}

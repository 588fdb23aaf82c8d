import type { HandlerContext } from '../app/handlers.js';
import type { backupCalls } from '../api/contract/backup.js';
import type { HandlersFor } from '../api/dispatch.js';

export function backupHandlers(_context: HandlerContext): HandlersFor<typeof backupCalls> {
  return {};
}

import type { HandlerContext } from '../app/handlers.js';
import type { packageCalls } from '../api/contract/package.js';
import type { HandlersFor } from '../api/dispatch.js';

export function packageHandlers(_context: HandlerContext): HandlersFor<typeof packageCalls> {
  return {};
}

import type { HandlerContext } from '../app/handlers.js';
import type { reviewCalls } from '../api/contract/review.js';
import type { HandlersFor } from '../api/dispatch.js';

export function reviewHandlers(_context: HandlerContext): HandlersFor<typeof reviewCalls> {
  return {};
}

import type { HandlerContext } from '../api/handler-context.js';
import type { homeCalls } from '../api/contract/home.js';
import type { HandlersFor } from '../api/dispatch.js';
import { homeSummary } from './home-summary.js';

export function homeHandlers({ database, today }: HandlerContext): HandlersFor<typeof homeCalls> {
  return {
    'home.summary': ({ fiscalYear, period }) => homeSummary(database.sqlite, fiscalYear, period, today()),
  };
}

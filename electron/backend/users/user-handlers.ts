import type { HandlerContext } from '../api/handler-context.js';
import type { userCalls } from '../api/contract/users.js';
import type { HandlersFor } from '../api/dispatch.js';
import { createUser, listUsers, setUserActive } from './user-service.js';

export function userHandlers({ db, actor, session }: HandlerContext): HandlersFor<typeof userCalls> {
  return {
    'users.list': ({ includeInactive }) => listUsers(db, includeInactive),
    'users.create': (input) => createUser(db, actor(), input),
    'users.setActive': ({ id, active }) => setUserActive(db, actor(), id, active),
    'session.current': () => session.current(),
    'session.choose': ({ userId }) => session.choose(userId),
  };
}

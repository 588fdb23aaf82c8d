// Calls of the local user list: several officers share one PC; the one at the keyboard is chosen at
// start and recorded as the actor of every change.
import { z } from 'zod';
import { id, optionalText } from './common.js';

export interface AppUser {
  id: number;
  name: string;
  designation: string | null;
  active: boolean;
}

export const userCalls = {
  'users.list': { input: z.object({ includeInactive: z.boolean().optional() }).strict() },
  'users.create': { input: z.object({ name: z.string().trim().min(1).max(200), designation: optionalText(200) }).strict() },
  'users.setActive': { input: z.object({ id, active: z.boolean() }).strict() },
  'session.current': { input: z.object({}).strict() },
  'session.choose': { input: z.object({ userId: id }).strict() },
} as const;

export interface UserOutputs {
  'users.list': AppUser[];
  'users.create': AppUser;
  'users.setActive': AppUser;
  /** The user at the keyboard; null until one is chosen (the app then asks). */
  'session.current': { user: AppUser | null; mustChoose: boolean };
  'session.choose': { user: AppUser; mustChoose: boolean };
}

// The local user list and the session's current user (the actor written into the audit log).
import { asc, eq } from 'drizzle-orm';
import { users } from '../../../drizzle/schema.js';
import type { AppUser } from '../api/contract/users.js';
import { fieldError, notFound } from '../api/errors.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../database/open-database.js';

function toUser(row: typeof users.$inferSelect): AppUser {
  return { id: row.id, name: row.name, designation: row.designation, active: row.active };
}

export function listUsers(db: Db, includeInactive = false): AppUser[] {
  return db
    .select()
    .from(users)
    .where(includeInactive ? undefined : eq(users.active, true))
    .orderBy(asc(users.id))
    .all()
    .map(toUser);
}

export function getUser(db: Db, id: number): AppUser {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row) throw notFound('user', `user ${id} does not exist`);
  return toUser(row);
}

export function createUser(db: Db, actor: string, input: { name: string; designation: string | null }): AppUser {
  return db.transaction((tx) => {
    const row = tx.insert(users).values({ name: input.name, designation: input.designation }).returning().get();
    recordAudit(tx, { actor, entity: 'user', entityId: row.id, action: 'create', newValue: input });
    return toUser(row);
  });
}

export function setUserActive(db: Db, actor: string, id: number, active: boolean): AppUser {
  return db.transaction((tx) => {
    const before = getUser(tx, id);
    if (!active && listUsers(tx).filter((u) => u.id !== id).length === 0) {
      throw fieldError('id', 'last-user', 'at least one active user must remain');
    }
    if (before.active !== active) {
      tx.update(users).set({ active }).where(eq(users.id, id)).run();
      recordAudit(tx, { actor, entity: 'user', entityId: id, action: 'update', field: 'active', oldValue: before.active, newValue: active });
    }
    return getUser(tx, id);
  });
}

/** Who is at the keyboard in this run of the app. With a single user there is nothing to choose. */
export class Session {
  private userId: number | null = null;

  constructor(private readonly db: Db) {}

  current(): { user: AppUser | null; mustChoose: boolean } {
    const active = listUsers(this.db);
    let user = this.userId !== null ? active.find((u) => u.id === this.userId) ?? null : null;
    if (!user && active.length === 1) {
      user = active[0]!;
      this.userId = user.id; // stays the actor when a second user is added during this run
    }
    return { user, mustChoose: !user && active.length > 1 };
  }

  choose(userId: number): { user: AppUser; mustChoose: boolean } {
    const user = getUser(this.db, userId);
    if (!user.active) throw fieldError('userId', 'user-inactive', 'this user is deactivated');
    this.userId = user.id;
    return { user, mustChoose: false };
  }

  /** The actor for the audit log: the current user, else (before setup) "system". */
  actor(): string {
    const { user } = this.current();
    return user ? user.name : 'system';
  }
}

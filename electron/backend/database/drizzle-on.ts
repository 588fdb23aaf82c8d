// The typed query builder over a plain better-sqlite3 connection. Code handed the connection (a
// transaction runs on it) queries it through drizzle like everything else: one wrapper per
// connection, so the same connection and the same transaction.
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../../drizzle/schema.js';

export type Db = BetterSQLite3Database<typeof schema>;

const wrappers = new WeakMap<Database.Database, Db>();

export function drizzleOn(sqlite: Database.Database): Db {
  let db = wrappers.get(sqlite);
  if (!db) wrappers.set(sqlite, (db = drizzle(sqlite, { schema })));
  return db;
}

const preparedQueries = new WeakMap<Database.Database, Map<(db: Db) => unknown, unknown>>();

/**
 * A typed query built and prepared once per connection, for the paths an import takes for every file
 * (where building and compiling the same query a thousand times costs more than running it). `build`
 * is a module-level function returning `….prepare()` with `sql.placeholder`s; it is the cache key.
 */
export function preparedOn<Q>(sqlite: Database.Database, build: (db: Db) => Q): Q {
  let queries = preparedQueries.get(sqlite);
  if (!queries) preparedQueries.set(sqlite, (queries = new Map()));
  let query = queries.get(build) as Q | undefined;
  if (query === undefined) queries.set(build, (query = build(drizzleOn(sqlite))));
  return query;
}

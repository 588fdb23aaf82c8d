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

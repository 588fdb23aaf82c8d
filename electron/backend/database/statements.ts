// Plain better-sqlite3 statements, prepared once per connection. For the hot paths (every imported
// file, every report of the overview), where building and compiling a query anew each time cost
// more than running it.
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(sqlite: Database.Database, text: string): Database.Statement {
  let map = cache.get(sqlite);
  if (!map) cache.set(sqlite, (map = new Map()));
  let stmt = map.get(text);
  if (!stmt) map.set(text, (stmt = sqlite.prepare(text)));
  return stmt;
}

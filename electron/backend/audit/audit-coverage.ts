// What must always have its audit row: each issued memo number ('issue' on memo_register) and each
// imported plan or report ('import' on plan / report). Both are written in the same transaction as
// the row they record, so one without the other means the log was cut.
import type Database from 'better-sqlite3';

export interface MissingAudit {
  memoNumbers: string[];
  imports: string[];
}

export function missingAuditRows(sqlite: Database.Database, limit = 20): MissingAudit {
  const memoNumbers = sqlite
    .prepare(`
      SELECT m.memo_number FROM memo_register m
      WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'memo_register' AND a.entity_id = CAST(m.id AS TEXT) AND a.action = 'issue')
      ORDER BY m.id LIMIT ?`)
    .pluck()
    .all(limit) as string[];
  const imports = sqlite
    .prepare(`
      SELECT 'plan ' || p.id FROM plans p
      WHERE p.kind = 'plan' AND p.source_file_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'plan' AND a.entity_id = CAST(p.id AS TEXT) AND a.action = 'import')
      UNION ALL
      SELECT 'report ' || r.id FROM reports r
      WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'report' AND a.entity_id = CAST(r.id AS TEXT) AND a.action = 'import')
      LIMIT ?`)
    .pluck()
    .all(limit) as string[];
  return { memoNumbers, imports };
}

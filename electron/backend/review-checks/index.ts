// Automated review checks of a plan or progress report (domain.md §5). Pure: a document and its
// context in, findings out; nothing is read or written.
import type { PlanDocument } from '../plan-document/schema.js';
import { CHECKS } from './catalogue.js';
import { resolveContext } from './context.js';
import type { CheckContext, Finding } from './types.js';

export { CHECK_CATALOGUE, CHECK_CODES, CHECKS, type CatalogueEntry } from './catalogue.js';
export type { Check, CheckContext, Finding, Severity } from './types.js';

export function runChecks(doc: PlanDocument, context: CheckContext = {}): Finding[] {
  const ctx = resolveContext(context);
  const sheet = doc.source?.sheet ?? null;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const check of CHECKS) {
    for (const draft of check.run(doc, ctx)) {
      const cell = draft.cell ?? null;
      const finding: Finding = {
        code: check.code,
        severity: check.severity,
        message: draft.message,
        messageEn: draft.messageEn,
        indicatorCode: draft.indicatorCode,
        areaCode: draft.areaCode ?? null,
        sheet: draft.sheet ?? (cell ? sheet : null),
        cell,
      };
      // The reader's diagnostic and a check of the value may name the same cell; report it once.
      const key = `${finding.code}|${finding.indicatorCode}|${finding.cell}|${finding.messageEn}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}

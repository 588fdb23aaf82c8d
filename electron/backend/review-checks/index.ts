// Automated review checks of a plan or progress report (domain.md §5). Pure: a document and its
// context in, findings out; nothing is read or written.
import type { PlanDocument } from '../../../common/plan-document/schema.js';
import { CHECK_CODES, CHECKS } from './catalogue.js';
import { resolveContext } from './context.js';
import type { CheckContext, Finding } from './types.js';

export { CHECK_CATALOGUE, CHECK_CODES, CHECKS, type CatalogueEntry } from './catalogue.js';
export type { Check, CheckContext, Finding, Severity } from './types.js';

/**
 * Checks that compare the document with what is stored (the office's approved plan): they run where
 * the database is. The others need only the document, so an import runs them in its reader worker.
 */
export const STORED_DATA_CHECKS: ReadonlySet<string> = new Set(['plan-drift']);

export const isStoredDataCheck = (code: string): boolean => STORED_DATA_CHECKS.has(code);
export const isDocumentCheck = (code: string): boolean => !STORED_DATA_CHECKS.has(code);

/** `include`: run only the checks whose code it accepts (all by default). */
export function runChecks(doc: PlanDocument, context: CheckContext = {}, include: (code: string) => boolean = () => true): Finding[] {
  const ctx = resolveContext(context);
  const sheet = doc.source?.sheet ?? null;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const check of CHECKS) {
    if (!include(check.code)) continue;
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

/**
 * Findings of runs over one document with disjoint sets of checks, as one run of them all would list
 * them: by the catalogue's order of checks, each run's own order kept within a check.
 */
export function inCatalogueOrder(...runs: Finding[][]): Finding[] {
  const nonEmpty = runs.filter((run) => run.length > 0);
  if (nonEmpty.length <= 1) return [...(nonEmpty[0] ?? [])]; // one run is in that order already
  const rank = (f: Finding) => CATALOGUE_RANK.get(f.code) ?? CHECK_CODES.length;
  return nonEmpty.flat().map((finding, i) => ({ finding, i })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.i - b.i).map(({ finding }) => finding);
}

const CATALOGUE_RANK = new Map(CHECK_CODES.map((code, i) => [code, i]));

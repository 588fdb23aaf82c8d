// `cli score FILE --period P [--rule R]`: prints the plan's scores as an apa-score/1 document.
// FILE is an apa-plan/1 JSON document or a spreadsheet the importer can read.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planDocumentSchema, periodSchema, type PlanDocument, type Period } from '../../../common/plan-document/schema.js';
import { scorePlan } from '../../backend/scoring/plan.js';
import { parsePlanFile } from '../../backend/spreadsheet-import/index.js';
import { ruleSchema, type Rule } from '../../../common/score-document/schema.js';

const USAGE = 'usage: cli score FILE --period Q1|Q2|Q3|Q4|H1|annual [--rule interpolate|step|proportional] [--json]';

/** A failure to report as one line on stderr with exit code 1. */
class LoadError extends Error {}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args);
  if ('error' in parsed) {
    process.stderr.write(`score: ${parsed.error}; ${USAGE}\n`);
    return 2;
  }
  let doc: PlanDocument;
  try {
    doc = await loadPlan(parsed.file);
  } catch (error) {
    process.stderr.write(`score: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
  const scores = scorePlan(doc, { period: parsed.period, rule: parsed.rule });
  process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
  return 0;
}

interface CommandLine {
  file: string;
  period: Period;
  rule: Rule;
}

function parseCommandLine(args: string[]): CommandLine | { error: string } {
  let values: { period?: string; rule?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { period: { type: 'string' }, rule: { type: 'string' }, json: { type: 'boolean' } },
    }));
  } catch (error) {
    return { error: oneLine(error instanceof Error ? error.message : String(error)) };
  }
  if (positionals.length !== 1) return { error: positionals.length === 0 ? 'FILE is missing' : 'give exactly one FILE' };
  const period = periodSchema.safeParse(values.period);
  if (!period.success) {
    return { error: values.period === undefined ? '--period is missing' : `unknown period "${values.period}"` };
  }
  const rule = ruleSchema.safeParse(values.rule ?? 'interpolate');
  if (!rule.success) return { error: `unknown rule "${values.rule}"` };
  return { file: positionals[0]!, period: period.data, rule: rule.data };
}

async function loadPlan(file: string): Promise<PlanDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LoadError(`${file}: cannot read (${code ?? 'error'})`);
  }
  return looksLikeJson(file, bytes) ? parsePlanJson(file, bytes) : parseSpreadsheet(file);
}

function looksLikeJson(file: string, bytes: Buffer): boolean {
  if (path.extname(file).toLowerCase() === '.json') return true;
  const head = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{');
}

function parsePlanJson(file: string, bytes: Buffer): PlanDocument {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new LoadError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return validPlan(file, data);
}

function validPlan(file: string, data: unknown): PlanDocument {
  const result = planDocumentSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(document)';
    throw new LoadError(`${file}: not an apa-plan/1 document: ${field}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

async function parseSpreadsheet(file: string): Promise<PlanDocument> {
  return validPlan(file, await parsePlanFile(file));
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

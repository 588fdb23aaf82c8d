// `cli parse FILE [--json]`: reads a plan or progress report (a spreadsheet, a Word .docx or a PDF with
// a text layer) and prints it as an apa-plan/1 document (JSON is the only output, --json is accepted for symmetry with the other commands).
// Exit 0 when a table was read, diagnostics or not; otherwise one line on stderr and a non-zero code.
import { parseArgs } from 'node:util';
import { isPlanReadError, parsePlanFile } from '../../backend/spreadsheet-import/index.js';

const USAGE = 'usage: cli parse FILE [--json]';

export async function run(args: string[]): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } }));
  } catch (error) {
    process.stderr.write(`parse: ${oneLine(error)}; ${USAGE}\n`);
    return 2;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`parse: ${positionals.length === 0 ? 'FILE is missing' : 'give exactly one FILE'}; ${USAGE}\n`);
    return 2;
  }
  try {
    const document = await parsePlanFile(positionals[0]!);
    process.stdout.write(JSON.stringify(document, null, 2) + '\n');
    return 0;
  } catch (error) {
    process.stderr.write(`parse: ${oneLine(error)}\n`);
    // A file the reader refused (missing, not a table…) is 1; anything else is a bug, also one line.
    return isPlanReadError(error) ? 1 : 3;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim();
}

// `npm run --silent cli -- <command> ...`: the command line over the same backend modules the app uses.
// Each command lives in ./commands/<name>.ts and exports `run(args): Promise<number>` (the exit code).
// A command prints its JSON to stdout and a one-line error to stderr.

const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  parse: () => import('./commands/parse.js'),
  score: () => import('./commands/score.js'),
};

const USAGE = `usage: cli <command> [options]
  parse FILE [--json]                                   print the file as an apa-plan/1 document
  score FILE --period P [--rule interpolate|step|proportional]
                                                        print the scores as an apa-score/1 document`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`cli: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  const command = await load();
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cli: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

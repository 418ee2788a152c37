// `kg` — a thin yargs front end: parse, run one command, map errors to one line + exit code.
import { forTerminal, linesForTerminal } from '../terminal';
import yargs from 'yargs';
import { KgError } from '../errors';
import type { KgCommand } from './command';
import { commands } from './commands';

export async function run(args: string[]): Promise<number> {
  let code = 0;
  const verbose = args.includes('--verbose');
  const parser = yargs(args)
    .scriptName('kg')
    .strict()
    .demandCommand(1, 'name a command: kg <command> --help')
    .option('verbose', { type: 'boolean', describe: 'show stack traces', default: false })
    .help()
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`kg: ${forTerminal(msg)}\n`);
      code = 2;
    });
  for (const c of commands as KgCommand<any>[]) {
    parser.command(c.command, c.describe, c.builder, async (argv) => {
      code = await c.run(argv);
    });
  }
  try {
    await parser.parseAsync();
  } catch (err) {
    process.stderr.write(`kg: ${forTerminal(describeError(err))}\n`);
    if (verbose && err instanceof Error && err.stack) process.stderr.write(linesForTerminal(err.stack) + '\n');
    return code || 1;
  }
  return code;
}

export function describeError(err: unknown): string {
  if (err instanceof KgError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0];
  return String(err);
}

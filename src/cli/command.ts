import type { Argv } from 'yargs';

/** One `kg` sub-command: its options table, then a run that returns the exit code. */
export interface KgCommand<A = Record<string, unknown>> {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv<A>;
  run: (argv: A) => Promise<number>;
}

// kg build <inputs…> -o out/ [--year] [--workers N]: extract every input file, resolve the articles into one
// graph, write graph.json (viewer), CSV (neo4j-admin import), GEXF (Gephi), articles.jsonl.
import { forTerminal } from '../../terminal';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { buildCorpus } from '../../export/build';
import { MAX_WORKERS } from '../../parallel';
import { fieldsOf, inputOptions } from './extract';

export interface Args {
  inputs: string[];
  out: string;
  year?: number;
  iterations?: number;
  layout?: boolean;
  workers?: number;
  field?: string[];
}

export function check(argv: Args): Args {
  if (!argv.inputs || argv.inputs.length === 0) throw new UsageError('kg build: name at least one file or folder');
  if (!argv.out) throw new UsageError('kg build: name the output folder with -o');
  fieldsOf(argv, 'kg build');
  if (argv.year !== undefined && !(Number.isInteger(argv.year) && argv.year >= 1900 && argv.year <= 2100))
    throw new UsageError(`kg build: --year must be a year such as 2025, not ${argv.year}`);
  if (argv.workers !== undefined && !(Number.isInteger(argv.workers) && argv.workers >= 1 && argv.workers <= MAX_WORKERS))
    throw new UsageError(`kg build: --workers must be a whole number from 1 to ${MAX_WORKERS}, not ${argv.workers}`);
  if (argv.iterations !== undefined && !(Number.isInteger(argv.iterations) && argv.iterations >= 0))
    throw new UsageError(`kg build: --iterations must be a whole number, not ${argv.iterations}`);
  return argv;
}

export const build: KgCommand<Args> = {
  command: 'build <inputs..>',
  describe: 'extract and resolve newspaper pages into one graph: graph.json, Neo4j CSV, GEXF, articles.jsonl',
  builder: (y) =>
    inputOptions(
      y
        .positional('inputs', { type: 'string', array: true, describe: 'text files or folders of them' })
        .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'output folder' })
        .option('year', { type: 'number', describe: 'year for dates when a page does not tell' })
        .option('iterations', { type: 'number', describe: 'ForceAtlas2 iterations (default: bounded by graph size)' })
        .option('layout', { type: 'boolean', default: true, describe: 'lay out the people–meetings graph (--no-layout: every node keeps the position its key gives)' }),
    ) as any,
  run: async (argv) => {
    const args = check(argv);
    const summary = await buildCorpus(args.inputs, args.out, {
      year: args.year ?? null,
      iterations: args.iterations ?? 'auto',
      layout: args.layout !== false,
      workers: args.workers ?? 1,
      fields: fieldsOf(args, 'kg build'),
      log: (line) => process.stdout.write(forTerminal(line) + '\n'),
      warn: (line) => process.stderr.write(forTerminal(line) + '\n'),
    });
    return summary.failed.length || summary.problems ? 1 : 0;
  },
};

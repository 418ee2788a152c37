// kg load <out/> [--uri --user --password --database] [--batch-size] [--retry-seconds]
// Loads the graph.json that `kg build` wrote into Neo4j: schema, then MERGE batches.
import { forTerminal } from '../../terminal';
import type { Argv } from 'yargs';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { connect, loadBatches, openLoadStream, resolveLoadOptions, resolveNeo4jConfig, rowsPerBatch, type Neo4jConfig } from '../../store/neo4j';

export interface ConnectionArgs {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
}

/** The connection options every Neo4j command takes; the environment fills what is not given. */
export function connectionOptions<T>(y: Argv<T>): Argv<T & ConnectionArgs> {
  return y
    .option('uri', { type: 'string', describe: 'Bolt URI (env NEO4J_URI, default bolt://127.0.0.1:7687)' })
    .option('user', { type: 'string', describe: 'user (env NEO4J_USER, default neo4j)' })
    .option('password', { type: 'string', describe: 'password (env NEO4J_PASSWORD, default news-kg-local)' })
    .option('database', { type: 'string', describe: 'database (env NEO4J_DATABASE, default neo4j)' }) as Argv<T & ConnectionArgs>;
}

export interface Args extends ConnectionArgs {
  dir: string;
  batchSize?: number;
  retrySeconds?: number;
  perRow?: boolean;
  quiet?: boolean;
}

export function check(argv: Args): { dir: string; config: Neo4jConfig; batchSize?: number; perRow: boolean; quiet: boolean } {
  if (!argv.dir) throw new UsageError('kg load: name the folder kg build wrote (holding graph.json)');
  if (argv.batchSize !== undefined && !(Number.isInteger(argv.batchSize) && argv.batchSize >= 1 && argv.batchSize <= 100_000))
    throw new UsageError(`kg load: --batch-size must be an integer from 1 to 100000, not ${argv.batchSize}`);
  if (argv.retrySeconds !== undefined && !(argv.retrySeconds >= 0))
    throw new UsageError(`kg load: --retry-seconds must be ≥ 0, not ${argv.retrySeconds}`);
  const config = resolveNeo4jConfig({
    uri: argv.uri,
    user: argv.user,
    password: argv.password,
    database: argv.database,
    retryTimeMs: argv.retrySeconds === undefined ? undefined : argv.retrySeconds * 1000,
  });
  return { dir: argv.dir, config, batchSize: argv.batchSize, perRow: !!argv.perRow, quiet: !!argv.quiet };
}

export const load: KgCommand<Args> = {
  command: 'load <dir>',
  describe: 'load the graph.json of a kg build folder into Neo4j (idempotent: MERGE on keys)',
  builder: (y) =>
    connectionOptions(y)
      .positional('dir', { type: 'string', describe: 'folder written by kg build (or a graph.json)' })
      .option('batch-size', { type: 'number', describe: 'rows per transaction (default 10000)' })
      .option('retry-seconds', { type: 'number', describe: 'how long to retry a transaction on transient errors (default 30)' })
      .option('per-row', { type: 'boolean', hidden: true, describe: 'one statement per row (slow; for the benchmark)' })
      .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress lines' }) as any,
  run: async (argv) => {
    const a = check(argv);
    const options = resolveLoadOptions({ batchSize: a.batchSize, mode: a.perRow ? 'per-row' : 'batched' });
    // the plan streamed a batch at a time (checked whole first: a bad graph.json writes nothing)
    const plan = openLoadStream(a.dir, rowsPerBatch(options));
    const file = plan.file;
    // Article nodes carry their text, from the build's articles.jsonl (evidence is offsets into it)
    if (!plan.articles && !a.quiet)
      process.stderr.write(`kg load: no articles.jsonl beside ${forTerminal(file)}: Article nodes get no text, evidence no sentence\n`);
    // what Neo4j would refuse (a value too large for its indexes) is said and left out; the rest loads
    for (const line of plan.skipped) process.stderr.write(`kg load: ${forTerminal(line)}\n`);
    const { driver, server } = await connect(a.config);
    try {
      let lastShown = 0;
      const report = await loadBatches(driver, a.config, { ...plan, batches: plan.batches() }, {
        ...options,
        onBatch: (p) => {
          // one line per tenth of the load (and the last), not one per batch
          if (a.quiet) return;
          if (p.batch === p.batches || p.batch - lastShown >= Math.max(1, Math.ceil(p.batches / 10))) {
            lastShown = p.batch;
            process.stderr.write(`kg load: batch ${p.batch}/${p.batches} committed (${forTerminal(p.what)})\n`);
          }
        },
      });
      process.stderr.write(
        `kg load: ${report.nodes} nodes and ${report.relationships} relationships from ${forTerminal(file)} into ${forTerminal(server)} ` +
          `in ${(report.ms / 1000).toFixed(1)} s (${report.batches} batches; created ${report.nodesCreated} nodes, ` +
          `${report.relationshipsCreated} relationships)` +
          (plan.skipped.length ? `; ${plan.skipped.length} left out (above)` : '') +
          '\n',
      );
      return plan.skipped.length ? 1 : 0;
    } finally {
      await driver.close();
    }
  },
};

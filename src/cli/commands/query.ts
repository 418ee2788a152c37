// kg query <name> --param k=v … [--format table|json]   (kg query --list: what there is)
// Runs one research query of cypher/queries/ in a read transaction and prints a table.
import { forTerminal, jsonForTerminal } from '../../terminal';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { bindParams, connect, findQuery, formatTable, listQueries, resolveNeo4jConfig, runQuery } from '../../store/neo4j';
import { connectionOptions, type ConnectionArgs } from './load';

export interface Args extends ConnectionArgs {
  name?: string;
  param?: string[];
  format?: string;
  list?: boolean;
  lucene?: boolean;
}

export function check(argv: Args): Args & { format: 'table' | 'json'; param: string[] } {
  const format = argv.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`kg query: --format is table or json, not ${format}`);
  if (!argv.list && !argv.name) throw new UsageError('kg query: name a query (kg query --list shows them)');
  return { ...argv, format, param: (argv.param ?? []).map(String) };
}

export const query: KgCommand<Args> = {
  command: 'query [name]',
  describe: 'run a research query of cypher/queries/ against Neo4j and print a table',
  builder: (y) =>
    connectionOptions(y)
      .positional('name', { type: 'string', describe: 'the query file name without .cypher' })
      .option('param', { alias: 'p', type: 'string', array: true, describe: 'a parameter, name=value (repeatable)' })
      .option('format', { type: 'string', describe: 'table (default) or json' })
      .option('list', { type: 'boolean', describe: 'list the queries with their parameters' })
      .option('lucene', {
        type: 'boolean',
        default: false,
        describe: 'full-text search text is Lucene query syntax (AND, "phrase", wild*); by default it is searched for as written',
      }) as any,
  run: async (argv) => {
    const a = check(argv);
    if (a.list) {
      for (const q of listQueries()) {
        process.stdout.write(`${forTerminal(`${q.name}  ${q.params.map((p) => `--param ${p.name}=…`).join(' ')}`)}\n    ${forTerminal(q.question)}\n`);
      }
      return 0;
    }
    const q = findQuery(a.name!);
    const params = bindParams(q, a.param, { lucene: a.lucene });
    const config = resolveNeo4jConfig({ uri: a.uri, user: a.user, password: a.password, database: a.database });
    const { driver } = await connect(config);
    try {
      const result = await runQuery(driver, config, q, params).catch((err: unknown) => {
        // --lucene text that Lucene cannot parse: one line saying so, not the Java exception
        const why = err instanceof Error ? /(?:ParseException|TokenMgrError): (.*?)(?: \(Neo\.[\w.]+\))?$/m.exec(err.message)?.[1] : undefined;
        if (why === undefined || !q.lucene.length) throw err;
        throw new UsageError(`kg query: --param ${q.lucene[0]} is not Lucene query syntax (given with --lucene): ${why.slice(0, 200)}`);
      });
      if (a.format === 'json') {
        const rows = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
        process.stdout.write(jsonForTerminal(JSON.stringify(rows, null, 1)) + '\n');
      } else process.stdout.write(formatTable(result));
      return 0;
    } finally {
      await driver.close();
    }
  },
};

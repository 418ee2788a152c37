// kg query <name> --param k=v … [--format table|json]   (kg query --list: what there is)
// Runs one research query of cypher/queries/ in a read transaction and prints a table.
import { forTerminal, jsonForTerminal } from '../../terminal';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { bindParams, connect, findQuery, formatTable, listQueries, resolveNeo4jConfig, runQuery } from '../../store/neo4j';
import { connectionOptions, type ConnectionArgs } from './load';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../store/neo4j';
import { closeNames, type NameCandidate } from '../../resolve/lookup';

/**
 * The label a query's name parameter names, and the graph's names of that label that share a
 * character with the given one (fixed statements: the label never comes from the input).
 */
const NAMED: Record<string, { label: string; partial: boolean; cypher: string }> = {
  person: { label: 'Person', partial: false, cypher: 'MATCH (n:Person) WHERE any(c IN $chars WHERE n.name CONTAINS c) RETURN n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases' },
  from: { label: 'Person', partial: false, cypher: 'MATCH (n:Person) WHERE any(c IN $chars WHERE n.name CONTAINS c) RETURN n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases' },
  to: { label: 'Person', partial: false, cypher: 'MATCH (n:Person) WHERE any(c IN $chars WHERE n.name CONTAINS c) RETURN n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases' },
  meeting: { label: 'Meeting', partial: true, cypher: 'MATCH (n:Meeting) WHERE any(c IN $chars WHERE n.name CONTAINS c) RETURN n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases' },
  organization: { label: 'Organization', partial: false, cypher: 'MATCH (n:Organization) WHERE any(c IN $chars WHERE n.name CONTAINS c) RETURN n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases' },
  policy: { label: 'Policy', partial: true, cypher: 'MATCH (n:Policy) WHERE any(c IN $chars WHERE n.name CONTAINS c) RETURN n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases' },
};

/**
 * For a query that answered no rows: one line for each name parameter the graph does not hold
 * (`no Person named 张三 in the graph; close names: 张迎春, 张剑飞`), none when every name is known.
 */
export async function unknownNames(driver: Driver, config: Neo4jConfig, params: Record<string, unknown>): Promise<string[]> {
  const lines: string[] = [];
  for (const [param, value] of Object.entries(params)) {
    const named = NAMED[param];
    if (!named || typeof value !== 'string' || !value.trim()) continue;
    const v = value.trim();
    const chars = [...new Set(v)];
    const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
    let rows: { key: string; name: string; aliases: string[] }[];
    try {
      const res = await session.executeRead((tx) => tx.run(named.cypher, { chars }));
      rows = res.records.map((r) => ({ key: String(r.get('key')), name: String(r.get('name')), aliases: (r.get('aliases') as unknown[]).map(String) }));
    } finally {
      await session.close();
    }
    const known = rows.some((r) => r.key === v || r.name === v || r.aliases.includes(v) || (named.partial && r.name.includes(v)));
    if (known) continue;
    const candidates: NameCandidate[] = rows.flatMap((r) => [r.name, ...r.aliases].map((name) => ({ key: r.key, name, type: named.label })));
    const close = closeNames(v, candidates).map((c) => c.name);
    lines.push(
      close.length
        ? `no ${named.label} named ${v} in the graph; close names: ${close.join(', ')}`
        : `no ${named.label} named ${v} in the graph, and no close name (kg query search-names --param text=… searches by a few characters)`,
    );
  }
  return lines;
}

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
      // an empty answer for a name the graph does not hold says so, with the names it does hold
      const unknown = result.rows.length ? [] : await unknownNames(driver, config, params);
      if (a.format === 'json') {
        const rows = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
        process.stdout.write(jsonForTerminal(JSON.stringify(rows, null, 1)) + '\n');
        for (const l of unknown) process.stderr.write(`kg query: ${forTerminal(l)}\n`);
      } else {
        process.stdout.write(formatTable(result));
        for (const l of unknown) process.stdout.write(forTerminal(l) + '\n');
      }
      return 0;
    } finally {
      await driver.close();
    }
  },
};

// Where Neo4j is and how to log in: one options object, built once from the command line and
// the environment (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD), the same for `kg load`, `kg query`,
// `kg start`, the local server (`npm run neo4j`), the tests and CI.
import { UsageError } from '../../errors';

export interface Neo4jConfig {
  /** bolt:// or neo4j:// URI */
  uri: string;
  user: string;
  password: string;
  /** the database to write to and read from */
  database: string;
  /** how long the driver keeps retrying a transaction that fails with a transient error */
  retryTimeMs: number;
  /** how long to wait for a TCP connection */
  connectionTimeoutMs: number;
}

/** The local server's default password (Neo4j wants at least 8 characters). */
export const DEFAULT_NEO4J_PASSWORD = 'news-kg-local';

export const DEFAULT_NEO4J_CONFIG: Neo4jConfig = {
  uri: 'bolt://127.0.0.1:7687',
  user: 'neo4j',
  password: DEFAULT_NEO4J_PASSWORD,
  database: 'neo4j',
  retryTimeMs: 30_000,
  connectionTimeoutMs: 5_000,
};

/** Command-line values win over the environment, which wins over the defaults. Empty values are unset. */
export function resolveNeo4jConfig(
  given: Partial<Neo4jConfig> = {},
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConfig {
  const pick = (...vals: (string | undefined)[]) => vals.find((v) => v !== undefined && v !== '');
  return validateNeo4jConfig({
    uri: pick(given.uri, env.NEO4J_URI) ?? DEFAULT_NEO4J_CONFIG.uri,
    user: pick(given.user, env.NEO4J_USER, env.NEO4J_USERNAME) ?? DEFAULT_NEO4J_CONFIG.user,
    password: pick(given.password, env.NEO4J_PASSWORD) ?? DEFAULT_NEO4J_CONFIG.password,
    database: pick(given.database, env.NEO4J_DATABASE) ?? DEFAULT_NEO4J_CONFIG.database,
    retryTimeMs: given.retryTimeMs ?? DEFAULT_NEO4J_CONFIG.retryTimeMs,
    connectionTimeoutMs: given.connectionTimeoutMs ?? DEFAULT_NEO4J_CONFIG.connectionTimeoutMs,
  });
}

export function validateNeo4jConfig(c: Neo4jConfig): Neo4jConfig {
  let url: URL;
  try {
    url = new URL(c.uri);
  } catch {
    throw new UsageError(`Neo4j URI "${c.uri}" is not a URI; expected e.g. bolt://127.0.0.1:7687`);
  }
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:$/.test(url.protocol))
    throw new UsageError(`Neo4j URI "${c.uri}": expected bolt:// or neo4j://, not ${url.protocol}//`);
  if (!c.user) throw new UsageError('Neo4j user is empty (set NEO4J_USER or --user)');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.database))
    throw new UsageError(`Neo4j database name "${c.database}" is not a plain name`);
  for (const [k, v] of [
    ['retry time', c.retryTimeMs],
    ['connection timeout', c.connectionTimeoutMs],
  ] as const)
    if (!(Number.isFinite(v) && v >= 0)) throw new UsageError(`Neo4j ${k} must be a number of milliseconds ≥ 0, not ${v}`);
  return c;
}

/** host and port of a bolt URI (7687 when the URI names none) */
export function boltAddress(uri: string): { host: string; port: number } {
  const url = new URL(uri);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 7687 };
}

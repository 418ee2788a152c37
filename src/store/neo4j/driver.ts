// Opening a driver, checking that Neo4j is there and takes our login, and turning driver
// errors into the project's one-line Neo4jLoadError.
//
// Integers are decided once, here: reads return plain JS numbers (`disableLosslessIntegers`;
// every integer we store — protocol order, offsets, counts — is far below 2^53), and writes
// wrap the few integer fields in `neo4j.int` (see graph.ts), so Neo4j stores them as
// INTEGER, not FLOAT.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { Neo4jLoadError } from '../../errors';
import type { Neo4jConfig } from './config';

export const HOW_TO_START =
  'start it with `npm run neo4j` (needs Java 17+ and Maven) or `docker compose up -d`, or point NEO4J_URI at a running server';

export function openDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: config.retryTimeMs,
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.connectionTimeoutMs + 5_000,
    userAgent: 'news-kg',
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Open a driver and make sure the server answers and accepts the login; throws Neo4jLoadError. */
export async function connect(config: Neo4jConfig): Promise<{ driver: Driver; server: string }> {
  const driver = openDriver(config);
  try {
    const info = await driver.getServerInfo({ database: config.database });
    return { driver, server: `${info.agent ?? 'Neo4j'} at ${config.uri}` };
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw toNeo4jLoadError(err, config);
  }
}

export function isAuthError(err: unknown): boolean {
  return err instanceof Neo4jError && /^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(err.code);
}

export function isUnavailable(err: unknown): boolean {
  return err instanceof Neo4jError && (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired');
}

/** One clear line for the usual ways talking to Neo4j fails; anything else keeps Neo4j's own first line. */
export function toNeo4jLoadError(err: unknown, config: Neo4jConfig): Neo4jLoadError {
  if (err instanceof Neo4jLoadError) return err;
  if (isUnavailable(err)) {
    const cause = /Caused by: (.*)$/m.exec((err as Error).message)?.[1] ?? 'no answer';
    return new Neo4jLoadError(`cannot reach Neo4j at ${config.uri} (${cause.trim()}); ${HOW_TO_START}`, 'UNREACHABLE', true);
  }
  if (isAuthError(err)) {
    const code = (err as Neo4jError).code;
    const why = code.endsWith('AuthenticationRateLimit')
      ? 'too many failed logins, wait a moment'
      : code.endsWith('CredentialsExpired')
        ? 'the password must be changed first'
        : 'wrong user or password';
    return new Neo4jLoadError(
      `Neo4j at ${config.uri} refused user "${config.user}": ${why} (set NEO4J_PASSWORD or --password)`,
      'AUTH',
    );
  }
  if (err instanceof Neo4jError) {
    const db = /Neo\.ClientError\.Database\.DatabaseNotFound/.test(err.code);
    if (db) return new Neo4jLoadError(`Neo4j at ${config.uri} has no database "${config.database}"`, 'NO_DATABASE');
    return new Neo4jLoadError(`Neo4j at ${config.uri}: ${err.message.split('\n')[0]} (${err.code})`, err.code, err.retriable);
  }
  const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return new Neo4jLoadError(`Neo4j at ${config.uri}: ${msg}`, 'FAILED');
}

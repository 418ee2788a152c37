// Jest globalSetup: find the Neo4j server the Neo4j tests run against, or start the project's
// own, and tell the test files through KG_TEST_NEO4J_* variables (workers inherit them).
//
// 1. NEO4J_TEST_URI, if set, is used as it is (the tests empty that database!).
// 2. Else the server at NEO4J_URI (default bolt://127.0.0.1:7687: CI starts it in .ci/run)
//    is used if it takes the login and is empty or was emptied by these tests before (marker
//    node); a database holding someone's graph is never touched.
// 3. Else the project's own server is started on a free port with its data in .neo4j/test
//    (Java 17+ and Maven), and globalTeardown stops it.
// Without any of these, in CI the run fails here; elsewhere the Neo4j tests are skipped with
// the reason and the rest of the suite runs. When the run selects no test file that needs the
// server (one calling describeWithNeo4j), e.g. `npx jest test/ingest`, nothing is checked or started.
import fs from 'node:fs';
import path from 'node:path';
import { connect, localServerRequirements, resolveNeo4jConfig, startLocalServer, type LocalServer } from '../../src/store/neo4j';
import { freePort, MARKER_LABEL, ROOT } from './helpers';

declare global {
  // eslint-disable-next-line no-var
  var __kgTestNeo4j: LocalServer | undefined;
}

interface JestGlobalConfig {
  testPathPattern?: string;
  rootDir?: string;
}

function selectsNeo4jTests(globalConfig: JestGlobalConfig): boolean {
  const pattern = globalConfig.testPathPattern ?? '';
  if (!pattern) return true; // the whole suite
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'i');
  } catch {
    return true;
  }
  const dir = path.join(ROOT, 'test', 'neo4j');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && fs.readFileSync(path.join(dir, f), 'utf8').includes('describeWithNeo4j('))
    .some((f) => re.test(path.join(dir, f)));
}

function use(uri: string, user: string, password: string, how: string): void {
  process.env.KG_TEST_NEO4J_URI = uri;
  process.env.KG_TEST_NEO4J_USER = user;
  process.env.KG_TEST_NEO4J_PASSWORD = password;
  process.stderr.write(`\n[neo4j tests] ${how}: ${uri}\n`);
}

export default async function globalSetup(globalConfig: JestGlobalConfig): Promise<void> {
  if (!selectsNeo4jTests(globalConfig)) return;
  const explicit = process.env.NEO4J_TEST_URI;
  if (explicit) {
    const c = resolveNeo4jConfig({ uri: explicit });
    return use(c.uri, c.user, c.password, 'using NEO4J_TEST_URI');
  }
  const config = resolveNeo4jConfig({ connectionTimeoutMs: 2000 });
  let why = '';
  try {
    const { driver } = await connect(config);
    try {
      const r = await driver.executeQuery(
        `OPTIONAL MATCH (m:${MARKER_LABEL}) WITH count(m) AS marked OPTIONAL MATCH (n) RETURN marked, count(n) AS nodes`,
        {},
        { database: config.database },
      );
      const marked = r.records[0].get('marked') as number;
      const nodes = r.records[0].get('nodes') as number;
      if (nodes === 0 || marked > 0) return use(config.uri, config.user, config.password, 'using the server at NEO4J_URI');
      why = `${config.uri} holds a graph the tests did not write (${nodes} nodes); leaving it alone`;
    } finally {
      await driver.close();
    }
  } catch (err) {
    why = (err as Error).message;
  }
  const req = localServerRequirements();
  if (!req.ok) {
    const reason = `${why}; and cannot start the project's own: ${req.why}`;
    if (process.env.CI) throw new Error(`[neo4j tests] no Neo4j in CI: ${reason}`);
    process.env.KG_TEST_NEO4J_UNAVAILABLE = reason;
    return;
  }
  const home = path.join(ROOT, '.neo4j', 'test');
  fs.rmSync(home, { recursive: true, force: true });
  process.stderr.write(`\n[neo4j tests] ${why}; starting the project's own Neo4j (data in .neo4j/test) …\n`);
  const server = await startLocalServer({
    home,
    port: await freePort(),
    password: config.password,
    // a fresh clone fetches Neo4j first (Maven, ≈ 158 MB): progress lines instead of minutes of silence
    onProgress: (l) => process.stderr.write(`[neo4j tests] ${l}\n`),
  });
  globalThis.__kgTestNeo4j = server;
  use(server.uri, 'neo4j', config.password, `started in ${(server.startMs / 1000).toFixed(1)} s`);
}

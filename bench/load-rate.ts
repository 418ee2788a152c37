// The Neo4j part of `npm run bench`: how fast the graph of the `kg build` run loads, in
// relationships per second — `kg load`'s own path (the plan streamed from the build's files in
// batches, read–merge–write per batch); nodes come first and are timed apart.
//
// The load writes into the database, so it goes only into one that is empty: the server at
// NEO4J_URI (default bolt://127.0.0.1:7687) if it answers and holds no node, or, with
// `--neo4j start`, the project's own server started for the run with its data in
// bench/work/neo4j (git-ignored, removed when the server stops). What it loaded is deleted
// afterwards, leaving the database empty as it was. Anything else is a reason in the report, never a failure of the bench.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import {
  applySchema,
  connect,
  freePort,
  loadBatches,
  openLoadStream,
  resolveNeo4jConfig,
  startLocalServer,
  type LocalServer,
  type Neo4jConfig,
} from '../src/store/neo4j';

export type LoadRate =
  | {
      ok: true;
      server: string;
      nodes: number;
      relationships: number;
      nodeSeconds: number;
      relationshipSeconds: number;
      relationshipsPerSecond: number;
      /** the whole load, nodes and relationships (without the schema) */
      totalSeconds: number;
      batchSize: number;
    }
  | { ok: false; reason: string };

export interface LoadRateOptions {
  /** the `kg build` output folder */
  buildDir: string;
  /** 'uri': the server at NEO4J_URI only; 'start': start the project's own one for the run */
  neo4j: 'uri' | 'start';
  workDir: string;
  batchSize: number;
}

export async function measureLoadRate(o: LoadRateOptions): Promise<LoadRate> {
  let server: LocalServer | undefined;
  let config: Neo4jConfig;
  const home = path.join(o.workDir, 'neo4j');
  try {
    if (o.neo4j === 'start') {
      fs.rmSync(home, { recursive: true, force: true }); // the bench's own data, from an earlier run
      server = await startLocalServer({ home, port: await freePort() });
      config = resolveNeo4jConfig({ uri: server.uri, connectionTimeoutMs: 5000 });
    } else config = resolveNeo4jConfig({ connectionTimeoutMs: 3000 });
  } catch (err) {
    return { ok: false, reason: `could not start the project's Neo4j: ${(err as Error).message}` };
  }
  let driver: Driver;
  let where: string;
  try {
    ({ driver, server: where } = await connect(config));
  } catch (err) {
    await server?.stop();
    if (server) fs.rmSync(home, { recursive: true, force: true });
    return { ok: false, reason: `no Neo4j server reachable at ${config.uri} (${(err as Error).message.split('\n')[0]})` };
  }
  try {
    const held = await countNodes(driver, config);
    if (held > 0) return { ok: false, reason: `${config.uri} holds ${held} nodes; the bench loads only into an empty database` };
    const plan = openLoadStream(o.buildDir, o.batchSize);
    await applySchema(driver, config.database);
    try {
      const t0 = performance.now();
      let t1 = t0; // when the last node batch committed
      const report = await loadBatches(driver, config, { ...plan, batches: plan.batches() }, {
        schema: false,
        batchSize: o.batchSize,
        onBatch: (p) => {
          if (p.kind === 'node') t1 = performance.now();
        },
      });
      const t2 = performance.now();
      return {
        ok: true,
        server: where,
        nodes: plan.nodeCount,
        relationships: report.relationshipsCreated,
        nodeSeconds: (t1 - t0) / 1000,
        relationshipSeconds: (t2 - t1) / 1000,
        relationshipsPerSecond: report.relationshipsCreated / ((t2 - t1) / 1000),
        totalSeconds: (t2 - t0) / 1000,
        batchSize: o.batchSize,
      };
    } finally {
      await clear(driver, config);
    }
  } catch (err) {
    return { ok: false, reason: `load failed: ${(err as Error).message.split('\n')[0]}` };
  } finally {
    await driver.close();
    if (server) {
      await server.stop();
      fs.rmSync(home, { recursive: true, force: true }); // ~1 GB of store files, empty by now
    }
  }
}

async function countNodes(driver: Driver, config: Neo4jConfig): Promise<number> {
  const r = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database: config.database });
  return r.records[0].get('c') as number;
}

/** Empties the database again, in slices (a large graph in one transaction needs a large heap). */
async function clear(driver: Driver, config: Neo4jConfig): Promise<void> {
  for (;;) {
    const r = await driver.executeQuery('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c', {}, { database: config.database });
    if ((r.records[0].get('c') as number) === 0) return;
  }
}


// node dist/bench/load-rate.js <kg build folder> [--batch-size N] [--neo4j uri|start]: the
// measurement alone, as JSON (into the empty database at NEO4J_URI, or the project's own server).
if (require.main === module) {
  const argv = process.argv.slice(2);
  const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  measureLoadRate({
    buildDir: argv[0],
    neo4j: flag('--neo4j') === 'start' ? 'start' : 'uri',
    workDir: path.join(__dirname, '..', '..', 'bench', 'work'),
    batchSize: Number(flag('--batch-size') ?? 10_000),
  }).then((r) => {
    console.log(JSON.stringify(r, null, 1));
    process.exitCode = r.ok ? 0 : 1;
  });
}

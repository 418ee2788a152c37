// npm run bench:load — batched loading (UNWIND $rows, one transaction per batch) against one
// statement and one transaction per row, on the same synthetic graph and the same real Neo4j.
// Nodes are loaded first (batched, not timed); the timed part is the relationships, the bulk of
// a corpus graph. A first untimed load warms the query cache. Prints relationships per second
// for both and their ratio.
//
// It empties the database it loads into, so it never uses NEO4J_URI: it starts the project's
// own Neo4j on a free port with its data in .neo4j/bench (git-ignored), or uses
// BENCH_NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) if you name one.
//   node dist/bench/neo4j-load.js [--persons 600] [--meetings 300] [--attendees 8] [--batch-size 1000]
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../src/model';
import {
  applySchema,
  connect,
  freePort,
  loadPlan,
  planLoad,
  resolveNeo4jConfig,
  startLocalServer,
  type LoadPlan,
  type Neo4jConfig,
  type SerializedGraph,
} from '../src/store/neo4j';
import { projectRoot } from '../src/store/neo4j/paths';

export interface SyntheticOptions {
  persons: number;
  meetings: number;
  /** people per meeting */
  attendees: number;
  titles: number;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = { persons: 600, meetings: 300, attendees: 8, titles: 60 };

/**
 * A graph shaped like a corpus graph (every field of src/model.ts that the loader maps):
 * each meeting has one article reporting it, `attendees` people in protocol order (the first
 * presides), each person holds one or two titles; the article mentions all of them.
 * Deterministic: the same options give the same graph.
 */
export function syntheticGraph(given: Partial<SyntheticOptions> = {}): SerializedGraph {
  const o = { ...DEFAULT_SYNTHETIC, ...given };
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  const node = (key: string, a: Omit<GraphNodeAttributes, 'x' | 'y'>) => nodes.push({ key, attributes: { ...a, x: nodes.length % 100, y: Math.floor(nodes.length / 100) } });
  const edge = (type: GraphEdgeAttributes['type'], source: string, target: string, a: Omit<GraphEdgeAttributes, 'type'>) =>
    edges.push({ key: `${type}:${source}->${target}`, source, target, attributes: { type, ...a } });
  const seen = new Set<string>();
  const day = (i: number) => `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  for (let p = 0; p < o.persons; p++) node(`Person:人${p}`, { type: 'Person', name: `人${p}`, community: p % 17 });
  for (let t = 0; t < o.titles; t++) node(`Title:职务${t}`, { type: 'Title', name: `职务${t}` });
  for (let m = 0; m < o.meetings; m++) {
    const date = day(m);
    const art = `syn_${m}#1`;
    const title = `第${m}次会议召开`;
    const meeting = `Meeting:${date}:第${m}次会议`;
    node(meeting, { type: 'Meeting', name: `第${m}次会议`, date, location: null });
    node(`Article:${art}`, { type: 'Article', name: title, title, date, newspaper: '湖南日报', source: `syn_${m}.txt`, kind: 'news' });
    edge('MENTIONS', `Article:${art}`, meeting, { evidence: [] });
    for (let k = 0; k < o.attendees; k++) {
      const p = `Person:人${(m * 7 + k * 13) % o.persons}`;
      if (seen.has(`${p}|${meeting}`)) continue;
      seen.add(`${p}|${meeting}`);
      const sentence = `${p.slice(7)}出席第${m}次会议。`;
      const evidence = [{ article: art, start: 20 * k, end: 20 * k + sentence.length }];
      edge('ATTENDED', p, meeting, { role: k === 0 ? 'presided' : 'attended', spoke: k === 0, order: k + 1, first: date, last: date, evidence });
      edge('MENTIONS', `Article:${art}`, p, { evidence: [] });
    }
  }
  for (let p = 0; p < o.persons; p++) {
    for (const t of new Set([p % o.titles, (p * 3 + 1) % o.titles])) {
      const date = day(p);
      const sentence = `职务${t}人${p}出席。`;
      edge('HOLDS', `Person:人${p}`, `Title:职务${t}`, {
        first: date,
        last: date,
        evidence: [{ article: `syn_${p % o.meetings}#1`, start: 0, end: sentence.length }],
      });
    }
  }
  return { attributes: { name: 'synthetic' }, options: { type: 'directed', multi: false, allowSelfLoops: false }, nodes, edges };
}

async function clear(driver: Driver, config: Neo4jConfig): Promise<void> {
  // in slices, so a big graph does not need one huge transaction
  for (;;) {
    const r = await driver.executeQuery('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c', {}, { database: config.database });
    if ((r.records[0].get('c') as number) === 0) return;
  }
}

async function timeRelationships(driver: Driver, config: Neo4jConfig, plan: LoadPlan, mode: 'batched' | 'per-row', batchSize: number) {
  await clear(driver, config);
  await loadPlan(driver, config, { ...plan, relationships: [] }, { schema: false, batchSize });
  const relsOnly: LoadPlan = { ...plan, nodes: [] };
  const t0 = performance.now();
  const report = await loadPlan(driver, config, relsOnly, { schema: false, batchSize, mode });
  const s = (performance.now() - t0) / 1000;
  return { seconds: s, relationships: report.relationshipsCreated, perSecond: report.relationshipsCreated / s, transactions: report.batches };
}

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

async function main(): Promise<void> {
  const opts = { persons: arg('persons', DEFAULT_SYNTHETIC.persons), meetings: arg('meetings', DEFAULT_SYNTHETIC.meetings), attendees: arg('attendees', DEFAULT_SYNTHETIC.attendees) };
  const batchSize = arg('batch-size', 1000);
  const plan = planLoad(syntheticGraph(opts), 'synthetic');
  let server;
  let config: Neo4jConfig;
  if (process.env.BENCH_NEO4J_URI) config = resolveNeo4jConfig({ uri: process.env.BENCH_NEO4J_URI });
  else {
    fs.rmSync(path.join(projectRoot(), '.neo4j', 'bench'), { recursive: true, force: true });
    server = await startLocalServer({ home: path.join(projectRoot(), '.neo4j', 'bench'), port: await freePort() });
    config = resolveNeo4jConfig({ uri: server.uri, password: process.env.NEO4J_PASSWORD });
    console.log(`Neo4j started for the benchmark in ${(server.startMs / 1000).toFixed(1)} s at ${server.uri}`);
  }
  const { driver, server: where } = await connect(config);
  try {
    await applySchema(driver, config.database);
    console.log(`graph: ${plan.nodeCount} nodes, ${plan.relationshipCount} relationships (${JSON.stringify(opts)}); ${where}`);
    // warm-up: the same load once, untimed, so both timed runs find their plans cached
    await clear(driver, config);
    await loadPlan(driver, config, plan, { schema: false, batchSize });
    const batched = await timeRelationships(driver, config, plan, 'batched', batchSize);
    console.log(`batched (UNWIND, ${batchSize} rows a transaction): ${batched.relationships} relationships in ${batched.seconds.toFixed(2)} s = ${Math.round(batched.perSecond)} rel/s (${batched.transactions} transactions)`);
    const perRow = await timeRelationships(driver, config, plan, 'per-row', batchSize);
    console.log(`one statement per row: ${perRow.relationships} relationships in ${perRow.seconds.toFixed(2)} s = ${Math.round(perRow.perSecond)} rel/s (${perRow.transactions} transactions)`);
    console.log(`ratio: batched is ${(batched.perSecond / perRow.perSecond).toFixed(1)}× faster`);
    await clear(driver, config);
  } finally {
    await driver.close();
    await server?.stop();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`bench:load: ${(err as Error).message}`);
    process.exitCode = 1;
  });
}

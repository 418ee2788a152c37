// kg start (npm start): the whole product in one command.
//   1. build the graph from seeds/ (or --inputs) into out/ (kg build);
//   2. load it into the Neo4j at NEO4J_URI; if nothing answers there and Java is present, start
//      the project's own Neo4j (data in .neo4j/) and load into that; with neither, say how to
//      get Neo4j and go on;
//   3. serve the viewer on the graph just built, print its URL and where Neo4j is;
//   4. on Ctrl-C / SIGTERM: stop the viewer and the Neo4j it started.
import { forTerminal } from '../../terminal';
import path from 'node:path';
import { untilStopped } from '../signals';
import type { KgCommand } from '../command';
import { Neo4jLoadError, UsageError } from '../../errors';
import { buildCorpus } from '../../export/build';
import { startServer } from '../../serve/server';
import {
  boltAddress,
  connect,
  isLoopback,
  loadPlan,
  localServerRequirements,
  planLoad,
  portOpen,
  readGraphFile,
  resolveNeo4jConfig,
  startLocalServer,
  type LocalServer,
  type Neo4jConfig,
} from '../../store/neo4j';
import { projectRoot } from '../../store/neo4j/paths';
import { connectionOptions, type ConnectionArgs } from './load';

export interface Args extends ConnectionArgs {
  inputs?: string[];
  out?: string;
  port?: number;
  home?: string;
  neo4j?: boolean;
}

export interface StartOptions {
  inputs: string[];
  out: string;
  port: number;
  /** data folder of the project's own Neo4j, if kg start has to start it */
  home?: string;
  /** false: do not touch Neo4j (--no-neo4j) */
  neo4j: boolean;
  config: Neo4jConfig;
}

export function check(argv: Args): StartOptions {
  const port = argv.port ?? 8080;
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`kg start: --port must be an integer 0–65535, not ${port}`);
  const inputs = argv.inputs?.length ? argv.inputs : [path.join(projectRoot(), 'seeds')];
  return {
    inputs,
    out: argv.out ?? 'out',
    port,
    home: argv.home,
    neo4j: argv.neo4j !== false,
    config: resolveNeo4jConfig({ uri: argv.uri, user: argv.user, password: argv.password, database: argv.database }),
  };
}

const say = (line: string) => process.stdout.write(`kg start: ${forTerminal(line)}\n`);

/** Load graph.json into Neo4j, starting the project's own server if need be. Never throws. */
async function loadIntoNeo4j(o: StartOptions): Promise<{ where?: string; local?: LocalServer }> {
  const { file, graph } = readGraphFile(o.out);
  const plan = planLoad(graph, file);
  for (const line of plan.skipped) say(`Neo4j: ${line}`);
  let config = o.config;
  let local: LocalServer | undefined;
  try {
    let conn;
    try {
      conn = await connect(config);
    } catch (err) {
      const unreachable = err instanceof Neo4jLoadError && err.code === 'UNREACHABLE';
      const { host, port } = boltAddress(config.uri);
      if (!unreachable || !isLoopback(host)) throw err;
      const req = localServerRequirements();
      if (!req.ok) {
        say(`Neo4j: nothing at ${config.uri}, and ${req.why}. The graph is not in Neo4j; to get it there:`);
        say('  docker compose up -d   (Neo4j 5.26 in Docker), or install Java 17+ and Maven and run npm run neo4j;');
        say(`  then: npx kg load ${o.out}`);
        return {};
      }
      say(`Neo4j: nothing at ${config.uri}; starting the project's own Neo4j (Java ${req.java}; the first start fetches it with Maven) …`);
      local = await startLocalServer({ port, home: o.home, password: config.password });
      say(`Neo4j: started in ${(local.startMs / 1000).toFixed(1)} s, data in ${o.home ?? '.neo4j/'}`);
      config = { ...config, uri: local.uri };
      conn = await connect(config);
    }
    try {
      const report = await loadPlan(conn.driver, config, plan);
      say(`Neo4j: loaded ${report.nodes} nodes and ${report.relationships} relationships into ${conn.server} in ${(report.ms / 1000).toFixed(1)} s`);
    } finally {
      await conn.driver.close();
    }
    return { where: config.uri, local };
  } catch (err) {
    say(`Neo4j: not loaded: ${(err as Error).message}`);
    return { local };
  }
}

export const start: KgCommand<Args> = {
  command: 'start',
  describe: 'build the graph of seeds/ into out/, load it into Neo4j (starting the local one if need be), serve the viewer',
  builder: (y) =>
    connectionOptions(y)
      .option('inputs', { type: 'string', array: true, describe: 'pages to build from (default: seeds/)' })
      .option('out', { alias: 'o', type: 'string', describe: 'output folder (default out/)' })
      .option('port', { type: 'number', describe: 'viewer port (default 8080; 0: any free port)' })
      .option('home', { type: 'string', describe: "data folder of the project's own Neo4j (default .neo4j/)" })
      .option('neo4j', { type: 'boolean', describe: 'load into Neo4j (--no-neo4j: only build and serve)' }) as any,
  run: async (argv) => {
    const o = check(argv);
    const summary = await buildCorpus(o.inputs, o.out, { log: (l) => process.stdout.write(`${forTerminal(l)}\n`), warn: (l) => process.stderr.write(`${forTerminal(l)}\n`) });
    if (summary.failed.length) say(`${summary.failed.length} input file(s) could not be read; the graph holds the rest`);
    const neo = o.neo4j ? await loadIntoNeo4j(o) : {};
    let viewer;
    try {
      viewer = await startServer({ dir: o.out, port: o.port, host: '127.0.0.1' });
    } catch (err) {
      await neo.local?.stop();
      throw err;
    }
    say(`viewer: ${viewer.url}`);
    if (neo.where) {
      const { host } = boltAddress(neo.where);
      const browser = !neo.local && (await portOpen(host, 7474)) ? `; Neo4j Browser: http://${host}:7474/` : '';
      say(`Neo4j Bolt: ${neo.where} (user ${o.config.user})${browser}; try: npx kg query --list`);
    }
    say('Ctrl-C stops ' + (neo.local ? 'the viewer and Neo4j' : 'the viewer'));
    await untilStopped();
    await viewer.close();
    await neo.local?.stop();
    say('stopped');
    return 0;
  },
};

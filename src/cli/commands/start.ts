// kg start (npm start): the whole product in one command.
//   0. check that the viewer's port is free, before anything else: a taken port fails in
//      seconds with the hint `npm start -- --port N`, not after the build and Neo4j;
//   1. build the graph from seeds/ (or --inputs) into out/ (kg build);
//   2. serve the viewer on it and print its URL at once: it needs no Neo4j;
//   3. meanwhile load the graph into the Neo4j at NEO4J_URI; if nothing answers there and Java
//      is present, start the project's own Neo4j (data in .neo4j/; the first time Maven fetches
//      it, with a progress line every few seconds) and load into that; with neither, say how to
//      get Neo4j and go on; then print where Neo4j is;
//   4. on Ctrl-C / SIGTERM (also while Neo4j is still on its way): stop the viewer and the
//      Neo4j it started.
import net from 'node:net';
import { forTerminal } from '../../terminal';
import path from 'node:path';
import { untilStopped } from '../signals';
import type { KgCommand } from '../command';
import { Neo4jLoadError, UsageError } from '../../errors';
import { buildCorpus } from '../../export/build';
import { startServer } from '../../serve/server';
import {
  attachArticleTexts,
  boltAddress,
  connect,
  isLoopback,
  loadPlan,
  localServerRequirements,
  neo4jFetched,
  NEO4J_FETCH_MB,
  planLoad,
  portOpen,
  readGraphFile,
  resolveNeo4jConfig,
  startLocalServer,
  type LocalServer,
  type Neo4jConfig,
} from '../../store/neo4j';
import { projectRoot } from '../../store/neo4j/paths';
import { articlesFileOf, readArticleTexts } from '../../export/articles';
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

const VIEWER_HOST = '127.0.0.1';

/** Can a server listen on host:port now? false only when something else holds the port. */
export function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' || err.code === 'EACCES' ? resolve(false) : reject(err)));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

/** The error for a taken viewer port, with a free port to try in its hint. */
async function portTaken(port: number): Promise<UsageError> {
  let other = 0;
  for (let p = port + 1; p < Math.min(port + 50, 65536) && !other; p++) if (await portFree(VIEWER_HOST, p)) other = p;
  const n = other || 'N';
  return new UsageError(
    `kg start: the viewer's port ${port} on ${VIEWER_HOST} is in use (another kg start or kg serve?); ` +
      `start on another port: npm start -- --port ${n}   (or: kg start --port ${n})`,
  );
}

/** Load graph.json into Neo4j, starting the project's own server if need be. Never throws. */
async function loadIntoNeo4j(o: StartOptions, signal: AbortSignal): Promise<{ where?: string; local?: LocalServer }> {
  const { file, graph, build } = readGraphFile(o.out);
  const plan = planLoad(graph, file, build);
  const articles = articlesFileOf(file);
  if (articles) await attachArticleTexts(plan, readArticleTexts(articles));
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
      const first = neo4jFetched() ? '' : `; this first start fetches it with Maven, about ${NEO4J_FETCH_MB} MB: a few minutes`;
      say(`Neo4j: nothing at ${config.uri}; starting the project's own Neo4j (Java ${req.java}${first}) …`);
      local = await startLocalServer({ port, home: o.home, password: config.password, signal, onProgress: (l) => say(`Neo4j: ${l}`) });
      say(`Neo4j: started in ${(local.startMs / 1000).toFixed(1)} s, data in ${o.home ?? '.neo4j/'}`);
      config = { ...config, uri: local.uri };
      conn = await connect(config);
    }
    try {
      say(`Neo4j: loading ${plan.nodeCount} nodes and ${plan.relationshipCount} relationships into ${conn.server} at ${config.uri} …`);
      const report = await loadPlan(conn.driver, config, plan);
      say(`Neo4j: loaded ${report.nodes} nodes and ${report.relationships} relationships into ${conn.server} in ${(report.ms / 1000).toFixed(1)} s`);
    } finally {
      await conn.driver.close();
    }
    return { where: config.uri, local };
  } catch (err) {
    if (!signal.aborted) say(`Neo4j: not loaded: ${(err as Error).message}`);
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
    if (o.port !== 0 && !(await portFree(VIEWER_HOST, o.port))) throw await portTaken(o.port);
    const summary = await buildCorpus(o.inputs, o.out, { log: (l) => process.stdout.write(`${forTerminal(l)}\n`), warn: (l) => process.stderr.write(`${forTerminal(l)}\n`) });
    if (summary.failed.length) say(`${summary.failed.length} input file(s) could not be read; the graph holds the rest`);
    let viewer;
    try {
      viewer = await startServer({ dir: o.out, port: o.port, host: VIEWER_HOST });
    } catch (err) {
      // taken while the graph was built
      if (o.port !== 0 && !(await portFree(VIEWER_HOST, o.port))) throw await portTaken(o.port);
      throw err;
    }
    say(`viewer: ${viewer.url}${o.neo4j ? '   (Neo4j is on its way; the viewer does not need it)' : ''}`);
    const stop = new AbortController();
    const stopped = untilStopped().then(() => stop.abort());
    const neo = o.neo4j ? await loadIntoNeo4j(o, stop.signal) : {};
    if (!stop.signal.aborted) {
      if (neo.where) {
        const { host } = boltAddress(neo.where);
        const browser = !neo.local && (await portOpen(host, 7474)) ? `; Neo4j Browser: http://${host}:7474/` : '';
        say(`Neo4j Bolt: ${neo.where} (user ${o.config.user})${browser}; try: npx kg query --list`);
      }
      say(`Ctrl-C stops ${neo.local ? 'the viewer and Neo4j' : 'the viewer'}; the viewer: ${viewer.url}`);
      await stopped;
    }
    await viewer.close();
    await neo.local?.stop();
    say('stopped');
    return 0;
  },
};

// kg neo4j  (npm run neo4j): run the project's own Neo4j Community 5.26 in the foreground,
// Bolt on 127.0.0.1 (port of NEO4J_URI, default 7687), user neo4j, password NEO4J_PASSWORD,
// data in .neo4j/. Ctrl-C or SIGTERM stops it cleanly.
//   --build-only   fetch Neo4j with Maven and compile the launcher, then exit (CI's first step)
//   --wait <s>     do not start anything: wait until NEO4J_URI takes the login (CI's last step)
import { forTerminal } from '../../terminal';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import {
  buildLauncher,
  connect,
  localServerRequirements,
  resolveLocalServerOptions,
  resolveNeo4jConfig,
  startLocalServer,
  type LocalServer,
} from '../../store/neo4j';

export interface Args {
  home?: string;
  heapMb?: number;
  pagecacheMb?: number;
  buildOnly?: boolean;
  wait?: number;
}

/** --home, --heap-mb and --pagecache-mb, as kg neo4j and kg import take them. */
export function serverOptions<T>(y: T, home: string): T {
  return (y as any)
    .option('home', { type: 'string', describe: home })
    .option('heap-mb', { type: 'number', describe: 'JVM heap, MiB (env NEO4J_HEAP_MB; default an eighth of RAM, 512–8192)' })
    .option('pagecache-mb', { type: 'number', describe: 'page cache / off-heap memory, MiB (env NEO4J_PAGECACHE_MB; default a quarter of RAM, 256–16384)' });
}

/** A UsageError for a --heap-mb or --pagecache-mb that is not a whole number of MiB ≥ 64. */
export function checkMemory(command: string, argv: { heapMb?: number; pagecacheMb?: number }): void {
  for (const [flag, v] of [['--heap-mb', argv.heapMb], ['--pagecache-mb', argv.pagecacheMb]] as const)
    if (v !== undefined && !(Number.isInteger(v) && v >= 64)) throw new UsageError(`${command}: ${flag} takes a whole number of MiB ≥ 64, not ${v}`);
}

export function check(argv: Args): Args {
  checkMemory('kg neo4j', argv);
  if (argv.wait !== undefined && !(argv.wait > 0)) throw new UsageError(`kg neo4j: --wait takes seconds > 0, not ${argv.wait}`);
  if (argv.wait !== undefined && argv.buildOnly) throw new UsageError('kg neo4j: --wait and --build-only do not go together');
  return argv;
}

/** Poll until Neo4j at NEO4J_URI accepts the login, or throw the last reason after `seconds`. */
export async function waitForNeo4j(seconds: number): Promise<string> {
  const config = resolveNeo4jConfig({ connectionTimeoutMs: 2000 });
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const { driver, server } = await connect(config);
      await driver.close();
      return server;
    } catch (err) {
      if (Date.now() > deadline || (err as { code?: string }).code === 'AUTH') throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export const neo4j: KgCommand<Args> = {
  command: 'neo4j',
  describe: "run the project's own Neo4j server (Java 17+, Maven) until Ctrl-C",
  builder: (y) =>
    serverOptions(y, 'data and logs folder (default .neo4j/)')
      .option('build-only', { type: 'boolean', describe: 'only fetch Neo4j and build the launcher' })
      .option('wait', { type: 'number', describe: 'only wait up to this many seconds for NEO4J_URI to answer' }) as any,
  run: async (argv) => {
    const a = check(argv);
    const say = (l: string) => process.stderr.write(`kg neo4j: ${forTerminal(l)}\n`);
    if (a.wait !== undefined) {
      const t0 = Date.now();
      const server = await waitForNeo4j(a.wait);
      say(`${server} is up (waited ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return 0;
    }
    const req = localServerRequirements();
    if (!req.ok) throw new UsageError(`kg neo4j: ${req.why}. Or run Neo4j with Docker: docker compose up -d`);
    if (a.buildOnly) {
      const t0 = Date.now();
      await buildLauncher(say);
      say(`launcher built (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return 0;
    }
    const o = resolveLocalServerOptions({ home: a.home, heapMb: a.heapMb, pagecacheMb: a.pagecacheMb });
    // A signal during the start is kept and acted on once the server is up, so that even then
    // Neo4j stops cleanly (checkpoint, store closed) rather than with its parent.
    let stopping = false;
    let server: LocalServer | undefined;
    const stop = (sig: string) => {
      if (stopping) return;
      stopping = true;
      say(`${sig}: stopping …`);
      void server?.stop();
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    const t0 = Date.now();
    await buildLauncher(say);
    if (Date.now() - t0 > 1000) say(`launcher built (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    say(`starting Neo4j Community 5.26 (Java ${req.java}), data in ${o.home} …`);
    server = await startLocalServer({ ...o, onOutput: (l) => (l.startsWith('WARN') ? say(l) : undefined) });
    say(
      `ready in ${(server.startMs / 1000).toFixed(1)} s: ${server.uri}, user neo4j, password from NEO4J_PASSWORD` +
        `${process.env.NEO4J_PASSWORD ? '' : ' (unset: news-kg-local)'}; Ctrl-C stops it`,
    );
    if (stopping) void server.stop();
    const code = await server.exited;
    say(stopping ? 'stopped' : `Neo4j exited unexpectedly (${code}); see ${o.home}/logs/debug.log`);
    return stopping ? 0 : 1;
  },
};

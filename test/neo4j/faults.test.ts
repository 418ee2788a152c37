// Faults against a real Neo4j server that this file starts and stops itself (the project's
// own, on a free port, data in a temporary folder): the server dies in the middle of a
// `kg load`; wrong credentials; nothing listening. Each is checked through the kg command
// (exit code, one line) and, where it matters, the error's class and code. The killed server
// is started again with `kg neo4j` (npm run neo4j) on the same store, which is how that command
// is tested too: one JVM start fewer than a server of its own (each start is 15–100 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jLoadError } from '../../src/errors';
import { connect, neo4jFetched, resolveNeo4jConfig, startLocalServer, type LocalServer, type Neo4jConfig } from '../../src/store/neo4j';
import { syntheticGraph } from '../../bench/neo4j-load';
import {
  clearDatabase,
  countsByLabel,
  countsByType,
  describeWithJava,
  FIXTURES,
  freePort,
  kgEnv,
  runKg,
  snapshot,
  startKg,
  type KgProcess,
} from './helpers';
import { ensureViewerBuilt } from '../viewer/helpers';

jest.setTimeout(600_000);

const countBy = (xs: (string | undefined)[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x!] = (m[x!] ?? 0) + 1), m), {});

describeWithJava('faults against a real Neo4j', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-faults-'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-faults-'));
  const password = 'faults-password';
  let port: number;
  let server: LocalServer | undefined;
  /** `kg neo4j` on the same store, after the kill */
  let neo4jCmd: KgProcess | undefined;
  let config: Neo4jConfig;

  beforeAll(async () => {
    port = await freePort();
    server = await startLocalServer({ home, port, password });
    config = resolveNeo4jConfig({ uri: server.uri, password }, {});
  });
  afterAll(async () => {
    await server?.stop();
    await neo4jCmd?.stop('SIGTERM');
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('wrong credentials: one line saying so, exit 1, code AUTH', async () => {
    const r = await runKg(['load', path.join(FIXTURES, 'corpus-a'), '--password', 'not-the-password'], { ...kgEnv(config), NEO4J_PASSWORD: '' });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `kg: Neo4j at ${config.uri} refused user "neo4j": wrong user or password (set NEO4J_PASSWORD or --password)`,
    ]);
    await expect(connect({ ...config, password: 'not-the-password-either' })).rejects.toMatchObject({ code: 'AUTH' });
  });

  it('nothing listening: one line with the URI and how to start Neo4j, exit 1, code UNREACHABLE', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const r = await runKg(['query', 'person-posts', '--param', 'person=x', '--uri', uri], kgEnv(config));
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`cannot reach Neo4j at ${uri}`);
    expect(lines[0]).toContain('npm run neo4j');
    const err = await connect(resolveNeo4jConfig({ uri }, {})).catch((e) => e);
    expect(err).toBeInstanceOf(Neo4jLoadError);
    expect(err.code).toBe('UNREACHABLE');
  });

  it('the server dies in the middle of kg load: reported, exit 1; after a restart (kg neo4j) a re-run gives the same graph as an uninterrupted load', async () => {
    const graph = syntheticGraph({ persons: 600, meetings: 250, attendees: 6, titles: 60 });
    fs.writeFileSync(path.join(work, 'graph.json'), JSON.stringify(graph));
    const wantLabels = countBy(graph.nodes.map((n) => n.attributes?.type));
    const wantTypes = countBy(graph.edges.map((e) => e.attributes?.type));

    // kill -9 the server when the first relationship batches are committed
    let killed: Promise<void> | undefined;
    const r = await runKg(['load', work, '--batch-size', '20', '--retry-seconds', '3'], kgEnv(config), (line) => {
      if (!killed && /batch \d+\/\d+ committed \(\(/.test(line)) killed = server!.kill();
    });
    await killed;
    expect(killed).toBeDefined();
    expect(r.code).toBe(1);
    const last = r.stderr.trimEnd().split('\n').pop()!;
    const m = /^kg: lost Neo4j at (\S+) during the load, (\d+) of (\d+) batches committed; start it again and re-run kg load/.exec(last);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(config.uri);
    expect(Number(m![2])).toBeGreaterThan(0);
    expect(Number(m![2])).toBeLessThan(Number(m![3]));

    // npm run neo4j: port from NEO4J_URI, password from NEO4J_PASSWORD, the store of the killed server
    neo4jCmd = startKg(['neo4j', '--home', home], kgEnv(config));
    await neo4jCmd.waitFor(new RegExp(`kg neo4j: ready in [\\d.]+ s: bolt://127\\.0\\.0\\.1:${port}, user neo4j`));
    const again = await runKg(['load', work, '--quiet'], kgEnv(config));
    expect(again.stderr).toContain(`kg load: ${graph.nodes.length} nodes and ${graph.edges.length} relationships`);
    expect(again.code).toBe(0);
    const { driver } = await connect(config);
    try {
      expect(await countsByLabel(driver, config)).toEqual(wantLabels);
      expect(await countsByType(driver, config)).toEqual(wantTypes);
      const resumed = await snapshot(driver, config);
      // the same graph loaded without interruption into an empty database
      await clearDatabase(driver, config);
      const clean = await runKg(['load', work, '--quiet'], kgEnv(config));
      expect(clean.code).toBe(0);
      expect(await snapshot(driver, config)).toEqual(resumed);
    } finally {
      await driver.close();
    }
  });

  it('kg neo4j (npm run neo4j), the restarted server: Neo4j Community 5.26 taking NEO4J_PASSWORD; SIGTERM stops it cleanly', async () => {
    expect(neo4jCmd).toBeDefined();
    const info = await connect(config);
    const n = await info.driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN *');
    expect(n.records[0].get('edition')).toBe('community');
    expect(n.records[0].get('versions')[0]).toMatch(/^5\.26\./);
    await info.driver.close();
    await expect(connect({ ...config, password: 'news-kg-local' })).rejects.toMatchObject({ code: 'AUTH' });
    const run = await neo4jCmd!.stop('SIGTERM');
    expect(run.stderr).toContain('kg neo4j: stopped');
    expect(run.code).toBe(0);
    // a clean stop: Neo4j checkpointed and closed its store
    expect(fs.readFileSync(path.join(home, 'logs', 'debug.log'), 'utf8')).toMatch(/Checkpoint triggered by "Database shutdown"/);
    await expect(connect(config)).rejects.toMatchObject({ code: 'UNREACHABLE' });
  });
});

describeWithJava('kg start without a Neo4j at NEO4J_URI', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-start-local-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('with Java: starts the project’s own Neo4j, loads the seeds graph into it, and stops it on Ctrl-C', async () => {
    ensureViewerBuilt();
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const config = resolveNeo4jConfig({ uri, password: 'start-password' }, {});
    const out = path.join(work, 'out');
    const fetched = neo4jFetched();
    const kg = startKg(['start', '--port', '0', '-o', out, '--home', path.join(work, 'neo4j')], kgEnv(config));
    let stdout = '';
    try {
      await kg.waitFor(/kg start: Neo4j: nothing at bolt:\/\/127\.0\.0\.1:\d+; starting the project's own Neo4j/);
      await kg.waitFor(/kg start: Neo4j: loaded \d+ nodes/);
      await kg.waitFor(/kg start: viewer: http:\/\/127\.0\.0\.1:\d+\//);
      await kg.waitFor(new RegExp(`kg start: Neo4j Bolt: bolt://127\\.0\\.0\\.1:${port} `));
      const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
      const { driver } = await connect(config);
      try {
        const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
        expect(n.records[0].get('c')).toBe(graph.nodes.length);
        const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
        expect(r.records[0].get('c')).toBe(graph.edges.length);
      } finally {
        await driver.close();
      }
    } finally {
      const r = await kg.stop('SIGINT');
      expect(r.stdout).toContain('kg start: stopped');
      expect(r.code).toBe(0);
      stdout = r.stdout;
    }
    // the viewer is served first and says Neo4j is on its way; the Maven fetch is announced
    // only when Neo4j's jars are not there yet
    expect(stdout).toMatch(/kg start: viewer: http:\S+ +\(Neo4j is on its way/);
    expect(stdout.indexOf('kg start: viewer:')).toBeLessThan(stdout.indexOf('kg start: Neo4j: loaded'));
    expect(stdout.includes('fetches it with Maven')).toBe(!fetched);
    // the Neo4j it started is gone with it
    const err = await connect(config).catch((e) => e);
    expect(err.code).toBe('UNREACHABLE');
  });

  it('without Java: still builds and serves, and says how to get Neo4j', async () => {
    ensureViewerBuilt();
    const out = path.join(work, 'out-nojava');
    // a PATH with node alone: no java, no mvn
    const bin = path.join(work, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const env = { ...kgEnv(resolveNeo4jConfig({ uri: `bolt://127.0.0.1:${await freePort()}` }, {})), PATH: bin };
    const kg = startKg(['start', '--port', '0', '-o', out, '--home', path.join(work, 'neo4j-nojava')], env);
    try {
      await kg.waitFor(/kg start: Neo4j: nothing at bolt:\/\/127\.0\.0\.1:\d+, and Java 17\+ is not installed/);
      await kg.waitFor(/docker compose up -d/);
      const [, url] = await kg.waitFor(/kg start: viewer: (http:\/\/127\.0\.0\.1:\d+\/)/);
      expect((await fetch(`${url}graph.json`)).status).toBe(200);
    } finally {
      const r = await kg.stop('SIGTERM');
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('Neo4j Bolt:');
    }
  });
});

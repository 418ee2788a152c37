// Issue 15 `kg import` against the real Neo4j and the real CLI: seed pages 000–002 imported by
// neo4j-admin (through the launcher) into a new database of the project's own server, and the
// same build loaded by `kg load` into the tests' empty database, give the same database — a
// byte-identical `kg dump` (every property with its type) and the same rows from the eight
// queries of cypher/queries/ —; `kg load` of the same build afterwards changes nothing, and
// of a second build (pages 003–004 and a changed 002) gives what it gives after kg load.
// A second `kg import` into the now non-empty database is refused with one line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import {
  connect,
  listQueries,
  readGraphFile,
  resolveNeo4jConfig,
  runQuery,
  startLocalServer,
  type LocalServer,
  type Neo4jConfig,
} from '../../src/store/neo4j';
import { clearDatabase, countsByLabel, countsByType, describeWithNeo4j, freePort, kgEnv, MARKER_LABEL, ROOT, runKg } from './helpers';

jest.setTimeout(900_000);

const SEEDS = path.join(ROOT, 'seeds');
const pages = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describeWithNeo4j('kg import (issue 15)', (cfg) => {
  let loaded: Neo4jConfig;
  let imported: Neo4jConfig;
  let driverL: Driver;
  let driverI: Driver;
  let server: LocalServer | undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-import-'));
  const home = path.join(tmp, 'neo4j');
  const outA = path.join(tmp, 'out-a');
  const outB = path.join(tmp, 'out-b');
  const dump = async (config: Neo4jConfig) => {
    const r = await runKg(['dump'], kgEnv(config));
    expect(r.code).toBe(0);
    // the tests' marker node is in the tests' database only
    return r.stdout.split('\n').filter((l) => !l.includes(MARKER_LABEL)).join('\n');
  };

  beforeAll(async () => {
    loaded = cfg();
    ({ driver: driverL } = await connect(loaded));
    await clearDatabase(driverL, loaded);
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    for (const p of pages.slice(0, 3)) fs.copyFileSync(path.join(SEEDS, p), path.join(a, p));
    for (const p of pages.slice(3)) fs.copyFileSync(path.join(SEEDS, p), path.join(b, p));
    fs.writeFileSync(path.join(b, pages[2]), fs.readFileSync(path.join(SEEDS, pages[2]), 'utf8').replace('省长、省委外事工作委员会副主任毛伟明', '省长毛伟明'));
    for (const [dir, out] of [[a, outA], [b, outB]]) expect((await runKg(['build', dir, '-o', out, '--iterations', '20'])).code).toBe(0);

    const im = await runKg(['import', outA, '--home', home, '--heap-mb', '512', '--pagecache-mb', '128']);
    expect(im.stderr).toMatch(/kg import: \d+ nodes and \d+ relationships from .* \(CSV [\d.]+ s, neo4j-admin [\d.]+ s, \d+ relationships\/s; schema [\d.]+ s\)/);
    expect(im.code).toBe(0);
    server = await startLocalServer({ home, port: await freePort(), heapMb: 512, pagecacheMb: 128 });
    imported = resolveNeo4jConfig({ uri: server.uri, password: loaded.password, retryTimeMs: 5_000 });
    ({ driver: driverI } = await connect(imported));
    const l = await runKg(['load', outA, '--quiet'], kgEnv(loaded));
    expect(l.code).toBe(0);
  });
  afterAll(async () => {
    await driverL?.close();
    await driverI?.close();
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the imported database is the loaded one: the same dump, property types included', async () => {
    const d = await dump(loaded);
    expect(d.split('\n').length).toBeGreaterThan(300);
    expect(await dump(imported)).toBe(d);
  });

  it('has the schema: the same constraints and indexes', async () => {
    const show = async (driver: Driver, config: Neo4jConfig) =>
      (await driver.executeQuery('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name', {}, { database: config.database })).records.map((r) => r.toObject());
    const i = await show(driverI, imported);
    expect(i.length).toBeGreaterThan(25);
    expect(i.every((x) => x.state === 'ONLINE')).toBe(true);
    expect(i).toEqual(await show(driverL, loaded));
  });

  it('the eight queries of cypher/queries/ return identical rows on both databases', async () => {
    const { graph } = readGraphFile(outA);
    const keys = (type: string) => graph.nodes.filter((n) => n.attributes?.type === type).map((n) => n.key);
    const people = keys('Person');
    const params: Record<string, Record<string, string>[]> = {
      'meeting-attendees': keys('Meeting').map((meeting) => ({ meeting })),
      'official-path': people.slice(0, 5).flatMap((from) => people.slice(5, 9).map((to) => ({ from, to }))),
      'organization-officials': keys('Organization').map((organization) => ({ organization })),
      'person-coattendees': people.map((person) => ({ person })),
      'person-meetings': people.map((person) => ({ person })),
      'person-posts': people.map((person) => ({ person })),
      'policy-meetings': keys('Policy').map((policy) => ({ policy })),
      'search-names': ['外事', '智赋', '省委', '湖南'].map((text) => ({ text })),
    };
    const queries = listQueries();
    expect(queries.map((q) => q.name).sort()).toEqual(Object.keys(params).sort());
    let rows = 0;
    let sentences = 0;
    for (const q of queries)
      for (const p of params[q.name]) {
        const a = await runQuery(driverL, loaded, q, p);
        const b = await runQuery(driverI, imported, q, p);
        expect([q.name, p, b]).toEqual([q.name, p, a]);
        rows += a.rows.length;
        const s = a.columns.indexOf('sentence');
        if (s >= 0) sentences += a.rows.filter((r) => typeof r[s] === 'string' && (r[s] as string).length > 0).length;
      }
    expect(rows).toBeGreaterThan(100);
    expect(sentences).toBeGreaterThan(20);
  });

  it('kg load of the same build after kg import changes no count and nothing else', async () => {
    const before = [await countsByLabel(driverI, imported), await countsByType(driverI, imported), await dump(imported)];
    const r = await runKg(['load', outA, '--quiet'], kgEnv(imported));
    expect(r.stderr).toMatch(/created 0 nodes, 0 relationships/);
    expect(r.code).toBe(0);
    expect([await countsByLabel(driverI, imported), await countsByType(driverI, imported), await dump(imported)]).toEqual(before);
  });

  it('kg load of a second build adds to the imported database without duplicates, as it does to a loaded one', async () => {
    for (const config of [imported, loaded]) expect((await runKg(['load', outB, '--quiet'], kgEnv(config))).code).toBe(0);
    const d = await dump(loaded);
    expect(await dump(imported)).toBe(d);
    const dup = await driverI.executeQuery('MATCH (n) WITH n.key AS k, count(*) AS c WHERE c > 1 RETURN count(k) AS dup', {}, { database: imported.database });
    expect(dup.records[0].get('dup')).toBe(0);
  });

  it('refuses to import into a database that is not empty, with one line', async () => {
    await driverI.close();
    await server!.stop();
    server = undefined;
    const r = await runKg(['import', outB, '--home', home, '--heap-mb', '512', '--pagecache-mb', '128']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^kg: .*the database in .* is not empty \([\d,]+ nodes\); kg import builds a new database/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

// Issue 17 item 10 against a real Neo4j, with the real CLI: two builds that share nodes —
// A: seed pages 000–002, B: a copy of page 002 with one sentence changed (same article id,
// other text, other offsets, other counts) and pages 003–004 — loaded A then B and B then A
// into an empty database give byte-identical dumps (`kg dump`: every node and relationship,
// every property with its type, sorted), and loading either again changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connect, readGraphFile, type Neo4jConfig } from '../../src/store/neo4j';
import { clearDatabase, countsByLabel, countsByType, describeWithNeo4j, kgEnv, ROOT, runKg } from './helpers';

jest.setTimeout(300_000);

const SEEDS = path.join(ROOT, 'seeds');
const pages = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const CHANGED_FROM = '省委副书记、省长、省委外事工作委员会副主任毛伟明出席。';
const CHANGED_TO = '省委副书记、省长毛伟明出席。';

describeWithNeo4j('load order (issue 17 item 10)', (cfg) => {
  let driver: Driver;
  let config: Neo4jConfig;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-order-'));
  const outA = path.join(tmp, 'out-a');
  const outB = path.join(tmp, 'out-b');

  const load = async (out: string) => {
    const r = await runKg(['load', out, '--quiet'], kgEnv(config));
    expect(r.stderr).toMatch(/kg load: \d+ nodes and \d+ relationships/);
    expect(r.code).toBe(0);
  };
  const dump = async () => {
    const r = await runKg(['dump'], kgEnv(config));
    expect(r.code).toBe(0);
    return r.stdout;
  };

  beforeAll(async () => {
    config = cfg();
    ({ driver } = await connect(config));
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    for (const p of pages.slice(0, 3)) fs.copyFileSync(path.join(SEEDS, p), path.join(a, p));
    for (const p of pages.slice(3)) fs.copyFileSync(path.join(SEEDS, p), path.join(b, p));
    const page2 = fs.readFileSync(path.join(SEEDS, pages[2]), 'utf8');
    expect(page2).toContain(CHANGED_FROM);
    fs.writeFileSync(path.join(b, pages[2]), page2.replace(CHANGED_FROM, CHANGED_TO));
    for (const [dir, out] of [[a, outA], [b, outB]]) {
      const r = await runKg(['build', dir, '-o', out, '--iterations', '20']);
      expect(r.code).toBe(0);
    }
  });
  afterAll(async () => {
    await driver?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the two builds share nodes and give some of them other properties (else the test shows nothing)', () => {
    const a = readGraphFile(outA).graph;
    const b = readGraphFile(outB).graph;
    const inB = new Map(b.nodes.map((n) => [n.key, n.attributes]));
    const shared = a.nodes.filter((n) => inB.has(n.key));
    expect(shared.length).toBeGreaterThan(20);
    const differ = shared.filter((n) => JSON.stringify(n.attributes) !== JSON.stringify(inB.get(n.key)));
    expect(differ.length).toBeGreaterThan(10);
    // the same article (page 002) in both, with other text
    expect(shared.some((n) => n.key.startsWith(`Article:${pages[2].replace(/\.txt$/, '')}#`))).toBe(true);
  });

  it('A then B and B then A give byte-identical dumps; loading either again changes nothing', async () => {
    await clearDatabase(driver, config);
    await load(outA);
    await load(outB);
    const ab = await dump();
    const counts = [await countsByLabel(driver, config), await countsByType(driver, config)];

    await clearDatabase(driver, config);
    await load(outB);
    await load(outA);
    const ba = await dump();
    expect(ba.split('\n').length).toBeGreaterThan(500);
    expect(ba).toBe(ab);

    await load(outA);
    await load(outB);
    expect([await countsByLabel(driver, config), await countsByType(driver, config)]).toEqual(counts);
    expect(await dump()).toBe(ab);
  });

  it('a shared node: scalar properties of the build with more mentions, aliases a sorted union, dates widened', async () => {
    const q = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: config.database })).records.map((r) => r.toObject());
    // every node names the build it took its properties from
    const builds = await q(`MATCH (n) WHERE n.key IS NOT NULL RETURN count(n) AS n, count(n.build) AS b, count(DISTINCT n.build) AS d`);
    expect(builds[0].b).toBe(builds[0].n);
    expect(builds[0].d).toBe(2);
    const unsorted = await q(`MATCH (n) WHERE n.aliases IS NOT NULL AND (size(n.aliases) = 0 OR n.name IN n.aliases
                              OR any(i IN range(1, size(n.aliases) - 1) WHERE n.aliases[i - 1] >= n.aliases[i])) RETURN n.key AS k`);
    expect(unsorted).toEqual([]);
    const widened = await q(`MATCH (:Person {name: '毛伟明'})-[h:HOLDS]->(:Title) RETURN min(h.first) AS first, max(h.last) AS last`);
    expect(widened[0].first <= widened[0].last).toBe(true);
    // evidence in (article, start, end) order, one entry each
    const ev = await q(`MATCH ()-[r]->() WHERE r.evidenceCount > 1 RETURN r.evidenceArticles AS a, r.evidenceStarts AS s, r.evidenceEnds AS e`);
    expect(ev.length).toBeGreaterThan(10);
    for (const { a, s, e } of ev)
      for (let i = 1; i < a.length; i++) {
        const order = a[i - 1] < a[i] ? -1 : a[i - 1] > a[i] ? 1 : s[i - 1] - s[i] || e[i - 1] - e[i];
        expect(order).toBeLessThan(0);
      }
  });
});

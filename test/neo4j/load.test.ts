// Integration: kg load and the research queries against a real Neo4j server (the one
// globalSetup found or started). The fixtures are hand-made graph.json files that follow
// src/model.ts: corpus-a (two 湖南日报 articles), corpus-b (the same meeting in 三湘都市报 plus a
// later meeting), hostile (names that look like Cypher). Expected numbers are counted by hand
// from the fixtures; the comments say how.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readArticleTexts } from '../../src/export/articles';
import {
  attachArticleTexts,
  connect,
  findQuery,
  listQueries,
  loadPlan,
  planLoad,
  readGraphFile,
  runQuery,
  type Neo4jConfig,
  type QueryResult,
  type SerializedGraph,
} from '../../src/store/neo4j';
import {
  clearDatabase,
  countsByLabel,
  countsByType,
  describeWithNeo4j,
  FIXTURES,
  kgEnv,
  ROOT,
  runKg,
  snapshot,
  startKg,
  total,
} from './helpers';
import { ensureViewerBuilt } from '../viewer/helpers';

jest.setTimeout(180_000);

const A = path.join(FIXTURES, 'corpus-a');
const B = path.join(FIXTURES, 'corpus-b');
const HOSTILE = path.join(FIXTURES, 'hostile');

async function load(driver: Driver, config: Neo4jConfig, dir: string) {
  const { file, graph, build } = readGraphFile(dir);
  const plan = planLoad(graph, file, build);
  await attachArticleTexts(plan, readArticleTexts(path.join(dir, 'articles.jsonl')));
  return loadPlan(driver, config, plan, { batchSize: 5 });
}

// corpus-a: 2 articles, 8 people (6 officials + 2 reporters), 7 titles, 2 organizations,
// 2 meetings, 1 policy, 1 location
const A_LABELS = { Article: 2, Person: 8, Title: 7, Organization: 2, Meeting: 2, Policy: 1, Location: 1 };
// HOLDS: 沈晓明 2 + 毛伟明 3 + 曹志强 1 + 瞿海 1; ATTENDED: 4 at the 外事 meeting + 3 at 智赋万企;
// MENTIONS: 6 entities in each article
const A_TYPES = { HOLDS: 7, TITLE_AT: 3, ATTENDED: 7, CONVENED: 1, HELD_IN: 1, ADDRESSED: 1, REPORTED: 2, MENTIONS: 12 };
// corpus-b adds 2 articles, 李殿勋 and 罗宾·库克, the 省政府常务会议; the 外事 meeting, the policy,
// 湖南省人民政府 and the titles are already there. New edges: HOLDS 李殿勋→副省长; ATTENDED ×3 at the
// 常务会议 (the two at the 外事 meeting exist); CONVENED, ADDRESSED, MET ×1; MENTIONS 3 + 7.
const AB_LABELS = { ...A_LABELS, Article: 4, Person: 10, Meeting: 3 };
const AB_TYPES = { ...A_TYPES, HOLDS: 8, ATTENDED: 10, CONVENED: 2, ADDRESSED: 2, MET: 1, MENTIONS: 22 };

const A1 = '000_1e7db5bd96cc0b6e#1';
const A2 = '000_1e7db5bd96cc0b6e#2';
const B1 = '002_30a12b78ac807949#1';
const B2 = '099_fixture#1';

const rowsOf = (r: QueryResult) => r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));

describeWithNeo4j('kg load into a real Neo4j', (cfg) => {
  let driver: Driver;
  let config: Neo4jConfig;
  beforeAll(async () => {
    config = cfg();
    ({ driver } = await connect(config));
    await clearDatabase(driver, config);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('kg load (the command) loads corpus-a: node and relationship counts by type', async () => {
    const r = await runKg(['load', A, '--batch-size', '4'], kgEnv(config));
    expect(r.stderr).toMatch(/kg load: 23 nodes and 34 relationships from .*graph\.json into Neo4j\/5\.26\.\d+ at /);
    expect(r.code).toBe(0);
    expect(await countsByLabel(driver, config)).toEqual(A_LABELS);
    expect(await countsByType(driver, config)).toEqual(A_TYPES);
  });

  it('applied the schema: a key constraint per label and relationship type, the full-text index', async () => {
    const c = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *', {}, { database: config.database });
    const keyed = c.records.filter((r) => r.get('type').endsWith('UNIQUENESS') && r.get('properties')[0] === 'key').map((r) => r.get('labelsOrTypes')[0]);
    expect(new Set(keyed)).toEqual(
      new Set(['Person', 'Title', 'Organization', 'Meeting', 'Policy', 'Location', 'Article', 'HOLDS', 'TITLE_AT', 'ATTENDED', 'VISITED', 'CONVENED', 'HELD_IN', 'ADDRESSED', 'ISSUED', 'MET', 'REPORTED', 'MENTIONS']),
    );
    const ft = await driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_names' RETURN state", {}, { database: config.database });
    expect(ft.records.map((r) => r.get('state'))).toEqual(['ONLINE']);
  });

  it('stores order and offsets as integers, evidence as (article, start, end) arrays, the text once on its Article', async () => {
    // the README's query: cite the sentence behind an edge
    const r = await driver.executeQuery(
      `MATCH (:Person {name: '毛伟明'})-[a:ATTENDED]->(m:Meeting) WHERE m.name STARTS WITH '2025年'
       UNWIND range(0, a.evidenceCount - 1) AS i
       MATCH (art:Article {key: 'Article:' + a.evidenceArticles[i]})
       RETURN a.order AS o, valueType(a.order) AS t, valueType(a.evidenceStarts) AS st, a.evidenceCount AS n, a.role AS role,
              art.newspaper AS np, art.date AS d, substring(art.text, a.evidenceStarts[i], a.evidenceEnds[i] - a.evidenceStarts[i]) AS s`,
      {},
      { database: config.database },
    );
    const row = r.records[0].toObject();
    expect(row).toMatchObject({ o: 2, t: 'INTEGER NOT NULL', st: 'LIST<INTEGER NOT NULL> NOT NULL', n: 1, role: 'attended', d: '2025-03-26', np: '湖南日报' });
    expect(row.s).toBe('省委副书记、省长、省委外事工作委员会副主任毛伟明出席。');
    const ragged = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.evidenceCount IS NOT NULL AND NOT all(k IN ['evidenceArticles','evidenceStarts','evidenceEnds'] WHERE size(r[k]) = r.evidenceCount)
       RETURN count(r) AS c`,
      {},
      { database: config.database },
    );
    expect(ragged.records[0].get('c')).toBe(0);
  });

  it('loading the same graph again changes nothing', async () => {
    const before = await snapshot(driver, config);
    const report = await load(driver, config, A);
    expect(report.nodesCreated).toBe(0);
    expect(report.relationshipsCreated).toBe(0);
    expect(await snapshot(driver, config)).toEqual(before);
  });

  it('a second corpus adds to the first without duplicates, merging evidence, dates and aliases', async () => {
    await load(driver, config, B);
    expect(await countsByLabel(driver, config)).toEqual(AB_LABELS);
    expect(await countsByType(driver, config)).toEqual(AB_TYPES);
    const q = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: config.database })).records[0].toObject();
    // the 外事 meeting in both papers: one edge, two sentences
    expect(
      await q(`MATCH (:Person {name: '毛伟明'})-[a:ATTENDED]->(m:Meeting) WHERE m.name STARTS WITH '2025年'
               RETURN a.evidenceArticles AS arts, [x IN a.evidenceArticles | COLLECT { MATCH (n:Article {key: 'Article:' + x}) RETURN n.newspaper }[0]] AS papers, a.evidenceCount AS n`),
    ).toEqual({ arts: [A1, B1], papers: ['湖南日报', '三湘都市报'], n: 2 });
    // 省长: seen on 03-26 (A, B) and 04-10 (B)
    expect(await q(`MATCH (:Person {name: '毛伟明'})-[h:HOLDS]->(:Title {name: '省长'}) RETURN h.first AS first, h.last AS last, h.evidenceCount AS n`)).toEqual({
      first: '2025-03-26',
      last: '2025-04-10',
      n: 4,
    });
    const aliases = await q(`MATCH (o:Organization {name: '湖南省人民政府'}) RETURN o.aliases AS a`);
    expect([...(aliases.a as string[])].sort()).toEqual(['湖南省政府', '省政府'].sort());
  });

  it('loading both corpora again changes nothing', async () => {
    const before = await snapshot(driver, config);
    await load(driver, config, A);
    await load(driver, config, B);
    expect(await snapshot(driver, config)).toEqual(before);
  });

  // ---- every query in cypher/queries/, with its answer on corpus-a + corpus-b
  const expected: Record<string, { params: Record<string, string>; check: (rows: Record<string, unknown>[]) => void }> = {
    'meeting-attendees': {
      params: { meeting: '省委外事工作委员会全体会议' },
      check: (rows) => {
        expect(rows.map((r) => [r.protocolOrder, r.person, r.role, r.spoke])).toEqual([
          [1, '沈晓明', 'presided', false],
          [2, '毛伟明', 'attended', false],
          [3, '汪一光', 'attended', false],
          [4, '张迎春', 'attended', false],
        ]);
        expect(rows.every((r) => r.meeting === '2025年省委外事工作委员会全体会议' && r.date === '2025-03-26')).toBe(true);
        expect([...(rows[0].titles as string[])].sort()).toEqual(['省委书记', '省委外事工作委员会主任'].sort());
        expect([...(rows[1].titles as string[])].sort()).toEqual(['省委副书记', '省长', '省委外事工作委员会副主任'].sort());
        expect(rows[2].titles).toEqual([]);
        expect(rows[0]).toMatchObject({ article: A1, sentence: expect.stringContaining('沈晓明主持召开2025年省委外事工作委员会全体会议') });
      },
    },
    'person-meetings': {
      params: { person: '毛伟明' },
      check: (rows) =>
        expect(rows.map((r) => [r.date, r.meeting, r.role, r.spoke, r.protocolOrder, r.heldIn, r.reports, r.articles])).toEqual([
          ['2025-03-26', '2025年省委外事工作委员会全体会议', 'attended', false, 2, [], 2, [A1, B1]],
          ['2025-03-26', '全省“智赋万企”行动推进大会', 'attended', true, 1, ['长沙'], 1, [A2]],
          ['2025-04-10', '省政府常务会议', 'presided', true, 1, [], 1, [B2]],
        ]),
    },
    'person-coattendees': {
      params: { person: '毛伟明' },
      // 曹志强 sat with him twice (智赋万企, 常务会议); the rest once; ties by name (code point)
      check: (rows) =>
        expect(rows.map((r) => [r.person, r.meetings, r.meetingNames])).toEqual([
          ['曹志强', 2, ['全省“智赋万企”行动推进大会', '省政府常务会议']],
          ['张迎春', 1, ['2025年省委外事工作委员会全体会议']],
          ['李殿勋', 1, ['省政府常务会议']],
          ['汪一光', 1, ['2025年省委外事工作委员会全体会议']],
          ['沈晓明', 1, ['2025年省委外事工作委员会全体会议']],
          ['瞿海', 1, ['全省“智赋万企”行动推进大会']],
        ]),
    },
    'person-posts': {
      params: { person: '毛伟明' },
      check: (rows) =>
        expect(rows.map((r) => [r.title, r.organization, r.first, r.last, r.seen, r.articles])).toEqual([
          ['省委副书记', [], '2025-03-26', '2025-03-26', 2, [A1, A2]],
          ['省委外事工作委员会副主任', ['省委外事工作委员会'], '2025-03-26', '2025-03-26', 2, [A1, A2]],
          ['省长', [], '2025-03-26', '2025-04-10', 4, [A1, A2, B1, B2]],
        ]),
    },
    'policy-meetings': {
      params: { policy: '智赋万企' },
      check: (rows) =>
        expect(rows.map((r) => [r.policy, r.date, r.meeting, r.presidedBy, r.article])).toEqual([
          ['“智赋万企”行动', '2025-03-26', '全省“智赋万企”行动推进大会', [], A2],
          ['“智赋万企”行动', '2025-04-10', '省政府常务会议', ['毛伟明'], B2],
        ]),
    },
    'organization-officials': {
      params: { organization: '省委外事工作委员会' },
      check: (rows) =>
        expect(rows.map((r) => [r.title, r.person, r.first])).toEqual([
          ['省委外事工作委员会主任', '沈晓明', '2025-03-26'],
          ['省委外事工作委员会副主任', '毛伟明', '2025-03-26'],
        ]),
    },
    'official-path': {
      params: { from: '沈晓明', to: '曹志强' },
      // 沈晓明 → 外事 meeting ← 毛伟明 → (智赋万企 or 常务会议) ← 曹志强; nothing shorter
      check: (rows) => {
        expect(rows).toHaveLength(1);
        expect(rows[0].hops).toBe(4);
        expect(rows[0].path).toMatch(/^沈晓明 -\[ATTENDED\]-> 2025年省委外事工作委员会全体会议 <-\[ATTENDED\]- 毛伟明 -\[ATTENDED\]-> .+ <-\[ATTENDED\]- 曹志强$/);
      },
    },
    'search-names': {
      params: { text: '外事工作' },
      check: (rows) =>
        expect(new Set(rows.map((r) => `${r.type}:${r.name}`))).toEqual(
          new Set(['Organization:省委外事工作委员会', 'Title:省委外事工作委员会主任', 'Title:省委外事工作委员会副主任', 'Meeting:2025年省委外事工作委员会全体会议']),
        ),
    },
  };

  it('has an expected answer for every query in cypher/queries/', () => {
    expect(listQueries().map((q) => q.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('query %s gives its answer', async (name) => {
    const q = findQuery(name);
    const result = await runQuery(driver, config, q, expected[name].params);
    expected[name].check(rowsOf(result));
  });

  it('a query finds an organization by an alias only the second corpus gave', async () => {
    const rows = rowsOf(await runQuery(driver, config, findQuery('organization-officials'), { organization: '湖南省政府' }));
    expect(rows.map((r) => [r.organization, r.title, r.person])).toEqual([['湖南省人民政府', '省政府秘书长', '瞿海']]);
  });

  it('kg query (the command) prints the answer as a table', async () => {
    const r = await runKg(['query', 'person-posts', '--param', 'person=毛伟明'], kgEnv(config));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^title\s+│ organization\s+│ first\s+│ last\s+│ seen │ articles$/);
    expect(lines.slice(2, 5).map((l) => l.split('│')[0].trim())).toEqual(['省委副书记', '省委外事工作委员会副主任', '省长']);
    expect(lines[5]).toBe('(3 rows)');
  });

  it('stores names that look like Cypher as data and leaves everything else alone', async () => {
    const before = await snapshot(driver, config);
    const { graph } = readGraphFile(HOSTILE);
    await load(driver, config, HOSTILE);
    // hostile: 1 article, 7 people, 1 meeting, 1 title; ATTENDED ×7, HOLDS ×1, MENTIONS ×9
    expect(await countsByLabel(driver, config)).toEqual({ ...AB_LABELS, Article: 5, Person: 17, Meeting: 4, Title: 8 });
    expect(await countsByType(driver, config)).toEqual({ ...AB_TYPES, ATTENDED: 17, HOLDS: 9, MENTIONS: 31 });
    expect(total(await countsByLabel(driver, config))).toBe(total(AB_LABELS) + graph.nodes.length);
    // every earlier node and relationship is still there, unchanged
    const after = new Set(await snapshot(driver, config));
    expect(before.filter((x) => !after.has(x))).toEqual([]);
    // every hostile node reads back exactly as written, under its exact key
    for (const n of graph.nodes) {
      const r = await driver.executeQuery('MATCH (x {key: $key}) RETURN x.name AS name, labels(x) AS labels, properties(x) AS p', { key: n.key }, { database: config.database });
      expect(r.records).toHaveLength(1);
      expect(r.records[0].get('name')).toBe(n.attributes!.name);
      expect(r.records[0].get('labels')).toEqual([n.attributes!.type]);
      for (const [k, v] of Object.entries(n.attributes!)) if (typeof v === 'string' && k !== 'type') expect(r.records[0].get('p')[k]).toBe(v);
    }
    const role = await driver.executeQuery("MATCH ()-[a:ATTENDED]->(:Meeting {name: 'MATCH (n) DETACH DELETE n'}) WHERE a.order = 1 RETURN a.role AS role", {}, { database: config.database });
    expect(role.records[0].get('role')).toBe("attended'}) DETACH DELETE r //");
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN count(*) AS c', {}, { database: config.database });
    expect(constraints.records[0].get('c')).toBe(18);
    // and the queries still work on the rest
    const rows = rowsOf(await runQuery(driver, config, findQuery('person-posts'), { person: '毛伟明' }));
    expect(rows).toHaveLength(3);
  });
});

// ---- the seeds: `kg build seeds` (src/resolve + src/export) then `kg load`. Expectations are
// computed from the graph.json that build wrote, independently of Neo4j, so the test checks the
// loader and every query against whatever the extractor finds today.
describeWithNeo4j('kg build seeds, then kg load and the queries', (cfg) => {
  let driver: Driver;
  let config: Neo4jConfig;
  let graph: SerializedGraph;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'));
  const nodeAttr = (key: string) => graph.nodes.find((n) => n.key === key)!.attributes!;
  const edgesOf = (type: string) => graph.edges.filter((e) => e.attributes?.type === type);
  const keysOf = (type: string) => graph.nodes.filter((n) => n.attributes?.type === type).map((n) => n.key);
  const run = async (name: string, params: Record<string, string>) => rowsOf(await runQuery(driver, config, findQuery(name), params));
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();

  beforeAll(async () => {
    config = cfg();
    ({ driver } = await connect(config));
    await clearDatabase(driver, config);
    const built = await runKg(['build', path.join(ROOT, 'seeds'), '-o', out]);
    expect(built.code).toBe(0);
    graph = readGraphFile(out).graph;
  });
  afterAll(async () => {
    await driver?.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('loads every node and relationship of the seeds graph, and a second load changes nothing', async () => {
    const r = await runKg(['load', out, '--quiet'], kgEnv(config));
    expect(r.code).toBe(0);
    const want = (xs: (string | undefined)[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x!] = (m[x!] ?? 0) + 1), m), {});
    expect(await countsByLabel(driver, config)).toEqual(want(graph.nodes.map((n) => n.attributes?.type)));
    expect(await countsByType(driver, config)).toEqual(want(graph.edges.map((e) => e.attributes?.type)));
    const before = await snapshot(driver, config);
    expect((await runKg(['load', out, '--quiet'], kgEnv(config))).code).toBe(0);
    expect(await snapshot(driver, config)).toEqual(before);
  });

  it('the 外事 meeting of seed 000 was presided by 沈晓明 (gold/seeds/000)', async () => {
    const rows = await run('meeting-attendees', { meeting: '外事工作委员会全体会议' });
    expect(rows.find((r) => r.person === '沈晓明')).toMatchObject({ role: 'presided' });
  });

  it('meeting-attendees lists, for every meeting, exactly its ATTENDED edges with role and order', async () => {
    for (const m of keysOf('Meeting')) {
      const want = edgesOf('ATTENDED')
        .filter((e) => e.target === m)
        .map((e) => [nodeAttr(e.source).name, e.attributes!.role ?? null, e.attributes!.order ?? null]);
      const got = (await run('meeting-attendees', { meeting: m })).map((r) => [r.person, r.role, r.protocolOrder]);
      expect(sorted(got)).toEqual(sorted(want));
    }
  });

  it('person-meetings, person-posts and person-coattendees agree with graph.json for every person', async () => {
    for (const p of keysOf('Person')) {
      const attended = edgesOf('ATTENDED').filter((e) => e.source === p);
      const meetings = (await run('person-meetings', { person: p })).map((r) => [r.meeting, r.role]);
      expect(sorted(meetings)).toEqual(sorted(attended.map((e) => [nodeAttr(e.target).name, e.attributes!.role ?? null])));
      const posts = (await run('person-posts', { person: p })).map((r) => r.title);
      expect(sorted(posts)).toEqual(sorted(edgesOf('HOLDS').filter((e) => e.source === p).map((e) => nodeAttr(e.target).name)));
      const co = new Map<string, number>();
      for (const a of attended)
        for (const b of edgesOf('ATTENDED'))
          if (b.target === a.target && b.source !== p) co.set(b.source, (co.get(b.source) ?? 0) + 1);
      const got = (await run('person-coattendees', { person: p })).map((r) => [r.person, r.meetings]);
      expect(sorted(got)).toEqual(sorted([...co].map(([k, n]) => [nodeAttr(k).name, n])));
    }
  });

  it('policy-meetings and organization-officials agree with graph.json', async () => {
    for (const pol of keysOf('Policy')) {
      const want = edgesOf('ADDRESSED').filter((e) => e.target === pol).map((e) => nodeAttr(e.source).name);
      expect(sorted((await run('policy-meetings', { policy: pol })).map((r) => r.meeting))).toEqual(sorted(want));
    }
    for (const org of keysOf('Organization')) {
      const titles = edgesOf('TITLE_AT').filter((e) => e.target === org).map((e) => e.source);
      const want = edgesOf('HOLDS')
        .filter((h) => titles.includes(h.target))
        .map((h) => [nodeAttr(h.target).name, nodeAttr(h.source).name]);
      expect(sorted((await run('organization-officials', { organization: org })).map((r) => [r.title, r.person]))).toEqual(sorted(want));
    }
  });

  it('official-path finds paths as short as a breadth-first search of graph.json', async () => {
    const types = new Set(['ATTENDED', 'HOLDS', 'TITLE_AT', 'MET', 'VISITED', 'CONVENED', 'HELD_IN', 'ADDRESSED', 'ISSUED']);
    const adj = new Map<string, string[]>();
    for (const e of graph.edges)
      if (types.has(e.attributes!.type!)) {
        adj.set(e.source, [...(adj.get(e.source) ?? []), e.target]);
        adj.set(e.target, [...(adj.get(e.target) ?? []), e.source]);
      }
    const bfs = (from: string, to: string) => {
      const dist = new Map([[from, 0]]);
      const queue = [from];
      while (queue.length) {
        const x = queue.shift()!;
        if (x === to) return dist.get(x)!;
        for (const y of adj.get(x) ?? []) if (!dist.has(y)) (dist.set(y, dist.get(x)! + 1), queue.push(y));
      }
      return undefined;
    };
    const officials = edgesOf('ATTENDED').map((e) => e.source).filter((k, i, a) => a.indexOf(k) === i).slice(0, 6);
    let checked = 0;
    for (const a of officials)
      for (const b of officials) {
        if (a >= b) continue;
        const want = bfs(a, b);
        const rows = await run('official-path', { from: a, to: b });
        if (want === undefined || want > 10) expect(rows).toEqual([]);
        else {
          expect(rows.map((r) => r.hops)).toEqual([want]);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(0);
  });

  it('search-names finds every meeting by its own name', async () => {
    for (const m of keysOf('Meeting')) {
      const name = nodeAttr(m).name as string;
      const rows = await run('search-names', { text: name.replace(/[“”"《》]/g, '') });
      expect(rows.map((r) => r.key)).toContain(m);
    }
  });

  it('organization-officials answers for the bodies that the posts of the seeds name (TITLE_AT, issue 16)', async () => {
    expect(edgesOf('TITLE_AT').length).toBeGreaterThan(0);
    const rows = await run('organization-officials', { organization: '省委外事工作委员会' });
    expect(rows.map((r) => [r.title, r.person])).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/外事工作委员会主任$/), '沈晓明'],
        [expect.stringMatching(/外事工作委员会副主任$/), '毛伟明'],
      ]),
    );
    const posts = await run('person-posts', { person: '毛伟明' });
    expect(posts.find((r) => /省委副书记$/.test(String(r.title)))?.organization).toEqual([expect.stringMatching(/省委$/)]);
  });

  it('kg query for a name the graph does not hold says so and offers close names', async () => {
    const r = await runKg(['query', 'person-posts', '--param', 'person=张三'], kgEnv(config));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\(no rows\)\nno Person named 张三 in the graph; close names: 张/);
    expect(r.stdout).toMatch(/张迎春/);
    const known = await runKg(['query', 'person-posts', '--param', 'person=汪一光'], kgEnv(config));
    expect(known.stdout).not.toMatch(/in the graph/);
  });
});

// ---- kg start with a Neo4j at NEO4J_URI: builds seeds/, loads, serves the viewer
describeWithNeo4j('kg start with Neo4j at NEO4J_URI', (cfg) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-start-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('builds the seeds, loads them into that Neo4j, serves the viewer, prints both addresses, stops on Ctrl-C', async () => {
    ensureViewerBuilt();
    const config = cfg();
    const { driver } = await connect(config);
    try {
      await clearDatabase(driver, config);
      const kg = startKg(['start', '--port', '0', '-o', out], kgEnv(config));
      try {
        const [, url] = await kg.waitFor(/kg start: viewer: (http:\/\/127\.0\.0\.1:\d+\/)/);
        await kg.waitFor(new RegExp(`kg start: Neo4j Bolt: ${config.uri.replace(/[.]/g, '\\.')} \\(user neo4j\\)`));
        const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')) as SerializedGraph;
        const served = (await (await fetch(`${url}graph.json`)).json()) as SerializedGraph;
        expect(served.nodes).toHaveLength(graph.nodes.length);
        expect(total(await countsByLabel(driver, config))).toBe(graph.nodes.length);
        expect(total(await countsByType(driver, config))).toBe(graph.edges.length);
      } finally {
        const r = await kg.stop('SIGINT');
        expect(r.stdout).toContain('kg start: stopped');
        expect(r.code).toBe(0);
      }
    } finally {
      await driver.close();
    }
  });
});

// Unit tests of the pure parts of the Neo4j store: graph.json → load plan, the allow-lists,
// the connection options, the query files and the table. No server needed.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { InputError, Neo4jLoadError, UsageError } from '../../src/errors';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/model';
import {
  asSerializedGraph,
  batchesOf,
  bindParams,
  displayWidth,
  formatTable,
  listQueries,
  mergeNodesCypher,
  mergeRelsCypher,
  parseQueryFile,
  planLoad,
  resolveLocalServerOptions,
  resolveNeo4jConfig,
  schemaItem,
  schemaStatements,
  toNeo4jLoadError,
  type SerializedGraph,
} from '../../src/store/neo4j';
import { check as checkLoad } from '../../src/cli/commands/load';
import { FIXTURES } from './helpers';

const fixture = (name: string): SerializedGraph =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'graph.json'), 'utf8'));

describe('planLoad', () => {
  const a = fixture('corpus-a');
  const plan = planLoad(a);

  it('groups every node by its label and every edge by (type, start label, end label)', () => {
    expect(plan.nodeCount).toBe(a.nodes.length);
    expect(plan.nodes.reduce((n, g) => n + g.rows.length, 0)).toBe(a.nodes.length);
    expect(plan.relationships.reduce((n, g) => n + g.rows.length, 0)).toBe(a.edges.length);
    const attended = plan.relationships.find((g) => g.type === 'ATTENDED')!;
    expect([attended.from, attended.to]).toEqual(['Person', 'Meeting']);
    const mentions = plan.relationships.filter((g) => g.type === 'MENTIONS').map((g) => g.to);
    expect(new Set(mentions)).toEqual(new Set(['Person', 'Meeting', 'Organization', 'Policy', 'Location']));
  });

  it('flattens evidence into rows and types integers as Neo4j integers', () => {
    const edge = a.edges.find((e) => e.attributes?.type === 'ATTENDED' && e.attributes.order === 2)!;
    const row = plan.relationships.flatMap((g) => g.rows).find((r) => r.key === edge.key)!;
    expect(neo4j.isInt(row.props.order as any)).toBe(true);
    expect((row.props.order as any).toNumber()).toBe(2);
    expect(row.props.role).toBe(edge.attributes!.role);
    const ev = edge.attributes!.evidence!;
    expect(row.evidence.evidenceCount.toNumber()).toBe(ev.length);
    expect(row.evidence.evidenceArticles).toEqual(ev.map((e) => e.article));
    expect(row.evidence.evidenceStarts.map((x) => x.toNumber())).toEqual(ev.map((e) => e.start));
    expect(Object.keys(row.evidence).sort()).toEqual(['evidenceArticles', 'evidenceCount', 'evidenceEnds', 'evidenceStarts']);
    // x/y stay floats; an attribute the build lacks is named null: the build that wins the node
    // replaces all its scalar properties, whatever the order of loads (docs/graph.md)
    const meeting = plan.nodes.find((g) => g.label === 'Meeting')!.rows[0];
    expect(meeting.props.location).toBeNull();
    expect(typeof meeting.props.x).toBe('number');
    expect(meeting).toMatchObject({ build: '', mentions: 0, name: meeting.props.name });
  });

  it('rejects types outside the allow-list, naming the node or edge', () => {
    const bad = (g: unknown) => () => planLoad(asSerializedGraph(g, 'x.json'), 'x.json');
    expect(bad({ nodes: [{ key: 'k', attributes: { type: 'Person`) DETACH DELETE n //', name: 'x' } }], edges: [] })).toThrow(InputError);
    expect(
      bad({ nodes: [{ key: 'a', attributes: { type: 'Person', name: 'a' } }], edges: [{ source: 'a', target: 'a', attributes: { type: 'KNOWS' } }] }),
    ).toThrow(/edge #0: type "KNOWS"/);
    expect(bad({ nodes: [], edges: [{ source: 'a', target: 'b', attributes: { type: 'MET' } }] })).toThrow(/source "a" is not a node/);
    expect(bad({ nodes: [{ key: 'a', attributes: { type: 'Person', name: 'a', extra: { nested: 1 } } }], edges: [] })).toThrow(/attribute "extra"/);
    expect(() => asSerializedGraph([], 'x.json')).toThrow(InputError);
  });

  it('allows exactly the labels and types of src/model.ts plus Article, REPORTED and MENTIONS', () => {
    for (const l of [...ENTITY_TYPES, 'Article'] as const) expect(mergeNodesCypher(l)).toContain(`MERGE (n:${l} {key: row.key})`);
    for (const t of [...RELATION_TYPES, 'REPORTED', 'MENTIONS'] as const) expect(mergeRelsCypher(t, 'Person', 'Article')).toContain(`[r:${t} {key: row.key}]`);
    expect(() => mergeNodesCypher('Person) DETACH DELETE n //' as any)).toThrow(/not an allowed label/);
    expect(() => mergeRelsCypher('X' as any, 'Person', 'Person')).toThrow(/not an allowed relationship type/);
  });

  it('every schema statement names what it creates, so one the database holds by that name is not sent again', () => {
    const items = schemaStatements().map(schemaItem);
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(items.map((i) => `${i!.kind}:${i!.name}`)).size).toBe(items.length);
    expect(schemaItem('CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE')).toEqual({ kind: 'constraint', name: 'person_key' });
    expect(schemaItem('CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name]')).toEqual({ kind: 'index', name: 'entity_names' });
    expect(schemaItem('CREATE INDEX FOR (n:Person) ON (n.name)')).toBeNull(); // no name: always sent
  });

  it('cuts each group into batches of batchSize rows, one per row in per-row mode', () => {
    const batched = batchesOf(plan, { batchSize: 4, mode: 'batched' });
    const groups = plan.nodes.length + plan.relationships.length;
    expect(batched.length).toBeGreaterThanOrEqual(groups);
    expect(batched.every((b) => b.rows.length <= 4 && b.rows.length > 0)).toBe(true);
    expect(batchesOf(plan, { batchSize: 4, mode: 'per-row' })).toHaveLength(a.nodes.length + a.edges.length);
  });
});

describe('connection options', () => {
  it('takes flags over the environment over the defaults', () => {
    expect(resolveNeo4jConfig({}, {})).toMatchObject({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'news-kg-local' });
    const env = { NEO4J_URI: 'neo4j://db:7688', NEO4J_USER: 'u', NEO4J_PASSWORD: 'envpass1' };
    expect(resolveNeo4jConfig({}, env)).toMatchObject({ uri: 'neo4j://db:7688', user: 'u', password: 'envpass1' });
    expect(resolveNeo4jConfig({ password: 'flagpass', uri: 'bolt://h:1' }, env)).toMatchObject({ uri: 'bolt://h:1', password: 'flagpass' });
  });

  it('refuses a URI that is not bolt or neo4j', () => {
    expect(() => resolveNeo4jConfig({ uri: 'http://127.0.0.1:7474' }, {})).toThrow(UsageError);
    expect(() => resolveNeo4jConfig({ uri: 'not a uri' }, {})).toThrow(UsageError);
  });

  it('kg load checks its flags before connecting', () => {
    expect(() => checkLoad({ dir: 'out', batchSize: 0 })).toThrow(UsageError);
    expect(() => checkLoad({ dir: 'out', retrySeconds: -1 })).toThrow(UsageError);
    expect(checkLoad({ dir: 'out', batchSize: 10, retrySeconds: 2 }).config.retryTimeMs).toBe(2000);
  });

  it('the local server listens on loopback only and needs an 8-character password', () => {
    expect(() => resolveLocalServerOptions({}, { NEO4J_URI: 'bolt://10.0.0.5:7687' })).toThrow(Neo4jLoadError);
    expect(resolveLocalServerOptions({}, { NEO4J_URI: 'bolt://localhost:7699' }).port).toBe(7699);
    expect(() => resolveLocalServerOptions({ password: 'short' }, {})).toThrow(/at least 8/);
  });

  it('turns driver errors into one line with a code', () => {
    const config = resolveNeo4jConfig({}, {});
    const unreachable = new neo4j.Neo4jError('Failed to connect. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', '', '');
    const e = toNeo4jLoadError(unreachable, config);
    expect(e.code).toBe('UNREACHABLE');
    expect(e.message).toContain('bolt://127.0.0.1:7687');
    expect(e.message).toContain('npm run neo4j');
    expect(e.message).not.toContain('\n');
    const auth = toNeo4jLoadError(new neo4j.Neo4jError('no', 'Neo.ClientError.Security.Unauthorized', '', ''), config);
    expect(auth.code).toBe('AUTH');
  });
});

describe('cypher files', () => {
  it('schema.cypher has a key constraint per label and per relationship type, and a full-text index', () => {
    const s = schemaStatements();
    for (const l of [...ENTITY_TYPES, 'Article']) expect(s).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(n:${l}\\) REQUIRE n\\.key IS UNIQUE`)));
    for (const t of [...RELATION_TYPES, 'REPORTED', 'MENTIONS'])
      expect(s).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(\\)-\\[r:${t}\\]-\\(\\) REQUIRE r\\.key IS UNIQUE`)));
    expect(s.some((x) => /CREATE FULLTEXT INDEX entity_names/.test(x))).toBe(true);
    expect(s.every((x) => /IF NOT EXISTS/.test(x))).toBe(true);
  });

  it('every query file has a question, declares each $parameter and gives an example', () => {
    const qs = listQueries();
    expect(qs.length).toBeGreaterThanOrEqual(7);
    for (const q of qs) {
      expect(q.question.length).toBeGreaterThan(20);
      expect(q.examples.length).toBeGreaterThan(0);
      for (const p of q.params) expect(q.examples.join(' ')).toContain(`--param ${p.name}=`);
    }
  });

  it('refuses a query that uses an undeclared parameter, and binds typed parameters', () => {
    expect(() => parseQueryFile('// q\nMATCH (n) WHERE n.name = $who RETURN n', 'x.cypher')).toThrow(/\$who/);
    const q = parseQueryFile('// q: a question\n// @param who a name\n// @param n:int how many\nMATCH (p {name: $who}) RETURN p LIMIT $n', 'q.cypher');
    const p = bindParams(q, ['who=a=b', 'n=3']);
    expect(p.who).toBe('a=b');
    expect(neo4j.isInt(p.n as any)).toBe(true);
    expect(() => bindParams(q, ['who=x'])).toThrow(/needs --param n=/);
    expect(() => bindParams(q, ['who=x', 'n=three'])).toThrow(UsageError);
    expect(() => bindParams(q, ['who=x', 'n=1', 'zzz=1'])).toThrow(/no parameter "zzz"/);
  });

  it('formats a table by display width (a Chinese character is two columns)', () => {
    expect(displayWidth('沈晓明')).toBe(6);
    expect(displayWidth('ab')).toBe(2);
    const t = formatTable({ columns: ['person', 'n'], rows: [['沈晓明', 1], ['ab', null]] });
    const lines = t.split('\n');
    expect(lines[0]).toBe('person │ n');
    expect(lines[2]).toBe('沈晓明 │ 1');
    expect(lines[3]).toBe('ab     │');
    expect(lines[4]).toBe('(2 rows)');
  });
});

// Unit tests of the client-side merge (src/store/neo4j/merge.ts) on the plans of the two fixture
// corpora: a store simulated as maps of key → properties, written as the loader writes
// (`SET x += p`, null removes). The database-level twins of these checks are load.test.ts and
// load-order.test.ts against a real Neo4j; here every row and every order is cheap to try.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { buildId, mergeNode, mergeRel, planLoad, unionEvidence, type LoadPlan, type NodeRow, type RelRow } from '../../src/store/neo4j';
import { FIXTURES } from './helpers';

type Store = Map<string, Record<string, unknown>>;

/** A value as the driver reads it back (integers as numbers). */
const stored = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Array.isArray(v) ? v.map(stored) : v);

function write(store: Store, key: string, p: Record<string, unknown>): void {
  const x = store.get(key) ?? {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null) delete x[k];
    else x[k] = stored(v);
  }
  store.set(key, x);
}

/** Load a plan into the simulated store; returns how many rows wrote something. */
function load(plan: LoadPlan, nodes: Store, rels: Store): number {
  let writes = 0;
  for (const g of plan.nodes)
    for (const row of g.rows) {
      const p = mergeNode(row, nodes.get(row.key) as never);
      if (p) (writes++, write(nodes, row.key, p));
    }
  for (const g of plan.relationships)
    for (const row of g.rows) {
      const p = mergeRel(row, rels.get(row.key) as never);
      if (p) (writes++, write(rels, row.key, p));
    }
  return writes;
}

/** The store as sorted JSON: equal strings, equal databases. */
const dump = (s: Store) => JSON.stringify([...s.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).sort())]));

function planOf(name: string): LoadPlan {
  const file = path.join(FIXTURES, name, 'graph.json');
  const bytes = fs.readFileSync(file);
  return planLoad(JSON.parse(bytes.toString('utf8')), file, buildId(bytes));
}

describe('the client-side merge of a load', () => {
  const a = planOf('corpus-a');
  const b = planOf('corpus-b');

  it('A then B and B then A give the same store; loading again writes nothing', () => {
    const [n1, r1, n2, r2] = [new Map(), new Map(), new Map(), new Map()] as Store[];
    expect(load(a, n1, r1)).toBe(a.nodeCount + a.relationshipCount);
    expect(load(b, n1, r1)).toBeGreaterThan(0);
    load(b, n2, r2);
    load(a, n2, r2);
    expect(dump(n1)).toBe(dump(n2));
    expect(dump(r1)).toBe(dump(r2));
    expect(load(a, n1, r1) + load(b, n1, r1) + load(b, n2, r2)).toBe(0);
  });

  it('the corpora overlap: some node and some relationship got entries from both', () => {
    const nodes: Store = new Map();
    const rels: Store = new Map();
    load(a, nodes, rels);
    load(b, nodes, rels);
    const aKeys = new Set(a.relationships.flatMap((g) => g.rows.map((r) => r.key)));
    const both = b.relationships.flatMap((g) => g.rows).filter((r) => aKeys.has(r.key));
    expect(both.length).toBeGreaterThan(0);
    for (const r of both) {
      const arts = rels.get(r.key)!.evidenceArticles as string[];
      expect(rels.get(r.key)!.evidenceCount).toBe(arts.length);
      expect([...arts].sort()).toEqual(arts);
    }
  });

  const node = (over: Partial<NodeRow> & { props?: Record<string, unknown> }): NodeRow =>
    ({ key: 'Person:x', name: 'x', mentions: 1, build: 'b', aliases: [], ...over, props: { key: 'Person:x', name: 'x', build: over.build ?? 'b', buildMentions: neo4j.int(over.mentions ?? 1), ...over.props } }) as NodeRow;

  it('a node: the build with more mentions wins the scalars, ties the smaller id; aliases the sorted union less the name', () => {
    const low = node({ name: '湖南省委', mentions: 1, build: 'b2', aliases: ['省委'], props: { name: '湖南省委', title: 'low' } });
    const high = node({ name: '中共湖南省委', mentions: 3, build: 'b9', aliases: ['𠮷', '\uffe0'], props: { name: '中共湖南省委', title: null } });
    const s1: Store = new Map();
    write(s1, 'Person:x', mergeNode(low, undefined)!);
    write(s1, 'Person:x', mergeNode(high, s1.get('Person:x') as never)!);
    const s2: Store = new Map();
    write(s2, 'Person:x', mergeNode(high, undefined)!);
    write(s2, 'Person:x', mergeNode(low, s2.get('Person:x') as never) ?? {});
    expect(dump(s1)).toBe(dump(s2));
    // U+20BB7 is two UTF-16 code units starting D842, before U+FFE0 (Neo4j's order too)
    expect(s1.get('Person:x')).toMatchObject({ name: '中共湖南省委', build: 'b9', buildMentions: 3, aliases: ['湖南省委', '省委', '𠮷', '\uffe0'] });
    expect(s1.get('Person:x')!.title).toBeUndefined();
    const tie = node({ mentions: 3, build: 'a0', props: { title: 'tie' } });
    expect(mergeNode(tie, s1.get('Person:x') as never)).toMatchObject({ build: 'a0', title: 'tie', name: 'x' });
  });

  const rel = (over: Partial<RelRow>, ev: [string, number, number][]): RelRow => ({
    key: 'ATTENDED:p->m',
    from: 'p',
    to: 'm',
    props: { key: 'ATTENDED:p->m' },
    first: null,
    last: null,
    ...over,
    evidence: {
      evidenceCount: neo4j.int(ev.length),
      evidenceArticles: ev.map((e) => e[0]),
      evidenceStarts: ev.map((e) => neo4j.int(e[1])),
      evidenceEnds: ev.map((e) => neo4j.int(e[2])),
    },
  });

  it('a relationship: presided beats attended, spoke if any, the smallest order, earliest first, latest last, evidence a sorted union', () => {
    const x = rel({ props: { key: 'k', role: 'attended', spoke: false, order: neo4j.int(3) }, first: '2024-02-01', last: '2024-02-01' }, [['b', 5, 9], ['a', 10, 20]].sort() as never);
    const y = rel({ props: { key: 'k', role: 'presided', spoke: true, order: neo4j.int(1) }, first: '2024-01-01', last: '2024-03-01' }, [['a', 10, 20], ['a', 2, 9]].sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : (p[1] as number) - (q[1] as number))) as never);
    const once = (r1: RelRow, r2: RelRow) => {
      const s: Store = new Map();
      write(s, 'k', mergeRel(r1, undefined)!);
      write(s, 'k', mergeRel(r2, s.get('k') as never) ?? {});
      return s;
    };
    const s = once(x, y);
    expect(dump(s)).toBe(dump(once(y, x)));
    expect(s.get('k')).toMatchObject({
      role: 'presided',
      spoke: true,
      order: 1,
      first: '2024-01-01',
      last: '2024-03-01',
      evidenceCount: 3,
      evidenceArticles: ['a', 'a', 'b'],
      evidenceStarts: [2, 10, 5],
      evidenceEnds: [9, 20, 9],
    });
    expect(mergeRel(x, s.get('k') as never)).toBeNull();
  });

  it('unionEvidence: one entry per (article, start, end), numbers compared as numbers', () => {
    expect(unionEvidence([['a', 10, 1], ['a', 9, 1]], [['a', 10, 1], ['a', 100, 0]])).toEqual([['a', 9, 1], ['a', 10, 1], ['a', 100, 0]]);
  });
});

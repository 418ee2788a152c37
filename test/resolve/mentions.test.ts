// kg build keeps the MENTIONS edges (6 of every 7 edges of a large corpus) beside the graph as
// rows of numbers (src/resolve/mentions.ts, graphApart in src/resolve/graph.ts), not in
// graphology. What that must not change — every file of the build, byte for byte, the layout
// included — and what it saves.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { writeGraphFiles } from '../../src/export/build';
import { buildGraph, graphApart, graphOf } from '../../src/resolve/graph';
import { CorpusResolver, cmp } from '../../src/resolve/resolve';
import type { ArticleRecord } from '../../src/model';
import { FIXTURES, readFixture } from './helpers';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-mentions-'));
const allFixtures = (): ArticleRecord[] =>
  fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).sort().flatMap(readFixture);
const checksums = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]),
  );
const resolverOf = (records: readonly ArticleRecord[]) => {
  const r = new CorpusResolver();
  for (const rec of records) r.add(rec);
  return r;
};
/** The fixtures again under other ids (and dates shifted by the copy's number: new meetings). */
const copies = (records: readonly ArticleRecord[], n: number, id: (rec: ArticleRecord, i: number) => string): ArticleRecord[] =>
  Array.from({ length: n }, (_, i) => records.map((rec) => ({ ...rec, id: id(rec, i) }))).flat();

describe('MENTIONS edges held apart (graphApart)', () => {
  it('the graph holds every edge but MENTIONS; the files are byte for byte those of the whole graph, layout included', () => {
    const records = allFixtures();
    const texts = new Map(records.map((r) => [r.id, r.text]));
    const whole = buildGraph(records);
    const apart = graphApart(resolverOf(records).finishStream());
    const mentions = whole.graph.filterEdges((_, a) => a.type === 'MENTIONS').length;
    expect(mentions).toBeGreaterThan(40);
    expect(apart.mentions.size).toBe(mentions);
    expect(apart.graph.size).toBe(whole.graph.size - mentions);
    expect(apart.graph.filterEdges((_, a) => a.type === 'MENTIONS')).toEqual([]);
    expect(apart.graph.order).toBe(whole.graph.order);
    // the layout placed the articles by what they mention
    expect(apart.graph.getNodeAttributes(`Article:${records[0].id}`)).toEqual(whole.graph.getNodeAttributes(`Article:${records[0].id}`));
    const a = tmp();
    const b = tmp();
    writeGraphFiles(whole.graph, a, texts);
    writeGraphFiles(apart.graph, b, texts, apart.mentions);
    expect(Object.keys(checksums(a)).length).toBeGreaterThan(20);
    expect(checksums(b)).toEqual(checksums(a));
  });

  it('gives the MENTIONS edges in key order, one per key, whatever the ids (one id the start of another, "->" in an id, an id twice)', () => {
    const base = readFixture('same-meeting.jsonl');
    // "x->" + target against "x->y->" + target: the order of the keys is not that of the ids
    const ids = ['x', 'x->y', 'x-', 'x->', 'x-!', 'x!', '', 'x'];
    const records = ids.flatMap((id, i) => base.map((rec, j) => ({ ...rec, id: `${id}${j ? `#${j}` : ''}`, date: i === 7 ? '2001-01-01' : rec.date })));
    const whole = buildGraph(records, { layout: false }).graph;
    const keys = whole.filterEdges((_, a) => a.type === 'MENTIONS');
    expect(keys.length).toBeGreaterThan(10);
    expect(keys).toEqual([...new Set(keys)].sort(cmp));
    // the edge of a key is its first article's (the id 'x' twice: the first one's date)
    const first = whole.getEdgeAttributes(keys.find((k) => k.startsWith('MENTIONS:Article:x->'))!);
    expect(first.first).toBe(base[0].date);
    // the same edges apart, in the same order
    const apart = graphApart(resolverOf(records).finishStream(), { layout: false }).mentions;
    expect([...apart.edges()].map((e) => e.key)).toEqual(keys);
    expect([...apart.edges()].map((e) => e.attributes)).toEqual(keys.map((k) => whole.getEdgeAttributes(k)));
  });

  it('graphOf and buildGraph still give the whole graph: the same as before, MENTIONS included', () => {
    const records = allFixtures();
    const a = graphOf(resolverOf(records).finishStream(), { layout: false }).graph;
    const b = buildGraph(records, { layout: false }).graph;
    expect(a.export()).toEqual(b.export());
    expect(a.filterEdges((_, x) => x.type === 'MENTIONS').length).toBeGreaterThan(40);
  });

  it('saves more than 150 bytes (heap and typed arrays) a MENTIONS edge', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const records = copies(allFixtures(), 20, (rec, i) => `${rec.id}/${i}`);
    const used = () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    /** what `make` keeps of a finished resolver, beyond what the resolver held */
    const measure = (make: (r: CorpusResolver) => unknown) => {
      const resolver = resolverOf(records);
      gc();
      const before = used();
      const kept = make(resolver);
      gc();
      const grown = used() - before;
      expect(kept).toBeTruthy();
      return grown;
    };
    let mentions = 0;
    const whole = measure((r) => graphOf(r.finishStream(), { layout: false }));
    const apart = measure((r) => {
      const g = graphApart(r.finishStream(), { layout: false });
      mentions = g.mentions.size;
      return g;
    });
    expect(mentions).toBeGreaterThan(1000);
    // (at 100k bench articles, with longer ids and keys: ≈ 600 bytes)
    expect(whole - apart).toBeGreaterThan(150 * mentions);
  });
});

// kg build keeps the MENTIONS edges (6 of every 7 edges of a large corpus) beside the graph as
// rows of numbers (src/resolve/mentions.ts, graphApart in src/resolve/graph.ts), not in
// graphology. What that must not change — every file of the build, byte for byte, the layout
// included — and what it saves.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeGraphFiles } from '../../src/export/build';
import { buildGraph, graphApart, graphOf } from '../../src/resolve/graph';
import { CorpusResolver, cmp } from '../../src/resolve/resolve';
import type { ArticleRecord } from '../../src/model';
import { FIXTURES, readFixture } from './helpers';
import { ensureDist } from '../dist';
import { ROOT } from '../shared';

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

  it('saves more than 150 bytes of heap a MENTIONS edge (its row: 16 bytes of typed arrays)', () => {
    ensureDist();
    // each in a process of its own (a test worker's heap moves by megabytes on its own)
    const measure = (fn: 'graphOf' | 'graphApart') => {
      const script = `
        const fs = require('fs'), path = require('path');
        const { CorpusResolver } = require('./dist/src/resolve/resolve');
        const g = require('./dist/src/resolve/graph');
        const dir = ${JSON.stringify(FIXTURES)};
        const base = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
          .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
        const r = new CorpusResolver();
        for (let i = 0; i < 100; i++) for (const rec of base) r.add({ ...rec, id: rec.id + '/' + i });
        const used = () => (gc(), gc(), process.memoryUsage().heapUsed);
        const before = used();
        const built = g.${fn}(r.finishStream(), { layout: false });
        const grown = used() - before;
        process.stdout.write(JSON.stringify({ grown, mentions: built.mentions ? built.mentions.size : built.graph.filterEdges((_, a) => a.type === 'MENTIONS').length }));
      `;
      return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { cwd: ROOT, encoding: 'utf8' })) as { grown: number; mentions: number };
    };
    const whole = measure('graphOf');
    const apart = measure('graphApart');
    expect(apart.mentions).toBe(whole.mentions);
    expect(apart.mentions).toBeGreaterThan(5000);
    // (at 100k bench articles, with longer ids and keys: ≈ 600 bytes)
    expect(whole.grown - apart.grown).toBeGreaterThan(150 * apart.mentions);
  });
});

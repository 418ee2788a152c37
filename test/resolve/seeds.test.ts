// The seed pages through the whole of `kg build`, `kg rank`, `kg lookup`. These tests rest
// on the extractor finding the facts of the seeds; they show what the corpus graph gives
// the user on real newspaper text.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGraph } from '../../src/export/build';
import type { CorpusGraph } from '../../src/resolve/graph';
import { rankOfficials } from '../../src/resolve/rank';
import { SEEDS } from './helpers';
import { kg } from './cli-helpers';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'));
const checksums = (dir: string) =>
  Object.fromEntries(
    fs.readdirSync(dir).sort().map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]),
  );

const outA = tmp();
const outB = tmp();
let first: Awaited<ReturnType<typeof kg>>;
let graph: CorpusGraph;

beforeAll(async () => {
  first = await kg(['build', SEEDS, '-o', outA]);
  await kg(['build', SEEDS, '-o', outB]);
  graph = readGraph(outA);
}, 120_000);

/** Articles (by source file) whose MENTIONS or evidence lead to a node. */
function sourcesOf(g: CorpusGraph, node: string): string[] {
  const arts = new Set<string>();
  g.forEachInEdge(node, (_, a) => a.evidence.forEach((e) => arts.add(e.article)));
  return [...new Set([...arts].map((a) => a.split('#')[0]))].sort();
}

describe('kg build on the seeds', () => {
  it('completes and prints the counts of nodes and edges by type', () => {
    expect(first.code).toBe(0);
    const nodes = /^nodes: (\d+) \((.*)\)$/m.exec(first.stdout);
    const edges = /^edges: (\d+) \((.*)\)$/m.exec(first.stdout);
    expect(nodes && edges).toBeTruthy();
    expect(Number(nodes![1])).toBe(graph.order);
    expect(Number(edges![1])).toBe(graph.size);
    for (const [, type, n] of nodes![2].matchAll(/(\w+) (\d+)/g))
      expect(graph.filterNodes((_, a) => a.type === type)).toHaveLength(Number(n));
    for (const t of ['Article', 'Person', 'Meeting']) expect(nodes![2]).toMatch(new RegExp(`${t} [1-9]`));
    for (const t of ['ATTENDED', 'HOLDS', 'MENTIONS', 'REPORTED']) expect(edges![2]).toMatch(new RegExp(`${t} [1-9]`));
  });

  it('gives byte-identical files on a second build', () => {
    expect(checksums(outB)).toEqual(checksums(outA));
  });

  it.each([
    ['2025年省委外事工作委员会全体会议', /省委外事工作委员会全体会议/],
    ['the 智赋万企 推进大会', /智赋万企.*推进大会/],
    ['the 省地质院 座谈会', /地质院.*座谈会/],
  ])('has one node for %s, reported by seeds 000 and 002', (_label, re) => {
    const hits = graph.filterNodes((_, a) => a.type === 'Meeting' && a.date === '2025-03-26' && [a.name, ...(a.aliases ?? [])].some((n) => re.test(n)));
    expect(hits).toHaveLength(1);
    expect(sourcesOf(graph, hits[0])).toEqual(expect.arrayContaining(['000_1e7db5bd96cc0b6e', '002_30a12b78ac807949']));
    const attended = graph.inEdges(hits[0]).filter((e) => graph.getEdgeAttribute(e, 'type') === 'ATTENDED');
    const attendedSources = new Set(attended.flatMap((e) => graph.getEdgeAttribute(e, 'evidence').map((v) => v.article.split('#')[0])));
    expect([...attendedSources].sort()).toEqual(['000_1e7db5bd96cc0b6e', '002_30a12b78ac807949']);
  });

  it('has one node per person', () => {
    const names = graph.filterNodes((_, a) => a.type === 'Person' && !a.homonym).map((k) => graph.getNodeAttribute(k, 'name'));
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['沈晓明', '毛伟明', '毛万春'])
      expect(graph.filterNodes((_, a) => a.type === 'Person' && a.name === name)).toHaveLength(1);
  });
});

describe('kg rank on the seeds', () => {
  it('puts 沈晓明 before 毛伟明 before 毛万春, with the observations of each step', async () => {
    const r = await kg(['rank', outA]);
    expect(r.code).toBe(0);
    const names = [...r.stdout.matchAll(/^\s+\d+\. (\S+)/gm)].map((m) => m[1]);
    const [a, b, c] = ['沈晓明', '毛伟明', '毛万春'].map((n) => names.indexOf(n));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(r.stdout).toMatch(/沈晓明 > \S+: \d+ of \d+ observations/);
    const ranking = rankOfficials(graph);
    expect(ranking.steps.length).toBe(ranking.people.length - 1);
  });
});

describe('kg lookup on the seeds', () => {
  it('lists the meetings 沈晓明 presided over, each with its sentence', async () => {
    const r = await kg(['lookup', '沈晓明', outA]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const presided = lines.flatMap((l, i) => (/^\s+\S+\s+presided\s+/.test(l) ? [i] : []));
    const meetings = presided.map((i) => lines[i]).join('\n');
    expect(meetings).toMatch(/省委外事工作委员会全体会议/);
    expect(meetings).toMatch(/座谈会/);
    for (const i of presided) expect(lines[i + 1]).toMatch(/「[^」]*沈晓明[^」]*主持[^」]*」 — 00[0-4]_/);
  });
});

describe('the README on the seeds', () => {
  // every node key the README quotes as an example (`Organization:湖南省政府`) is one the
  // seeds' build gives, so that a reader who tries it finds it
  it('quotes only node keys that the seeds graph holds', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const keys = [...readme.matchAll(/`((?:Person|Title|Organization|Meeting|Policy|Location|Article):[^`\s]+)`/g)].map((m) => m[1]);
    // (`Article:<id>` stands for any article: a placeholder, not a key)
    expect(keys.length).toBeGreaterThanOrEqual(7);
    expect(keys.filter((k) => !k.includes('<') && !graph.hasNode(k))).toEqual([]);
  });
  it('the bodies its query examples name answer organization-officials (TITLE_AT)', () => {
    const org = graph.findNode((_, a) => a.type === 'Organization' && (a.aliases ?? []).includes('省委外事工作委员会'));
    expect(org).toBeDefined();
    const officials: string[] = [];
    graph.forEachInEdge(org!, (_, e, title) => {
      if (e.type !== 'TITLE_AT') return;
      graph.forEachInEdge(title, (__, h, person) => {
        if (h.type === 'HOLDS') officials.push(graph.getNodeAttribute(person, 'name'));
      });
    });
    expect(officials.sort()).toEqual(['毛伟明', '沈晓明']);
  });
});

// Resolve → graph: the resolved corpus as a graphology graph (the graph.json of `kg build`),
// with Person co-attendance communities and a ForceAtlas2 layout. Pure and deterministic:
// nodes and edges are added in key order, communities use a seeded random generator and
// the layout starts from positions hashed from the node keys.

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ArticleRecord, GraphEdgeAttributes, GraphNodeAttributes } from '../model';
import { CorpusResolver, cmp, type DroppedRelation, type ResolvedEdge, type ResolvedNode, type ResolvedStream } from './resolve';
import { mergeByKey, type MentionEdges } from './mentions';
import { mulberry32 } from '../prng';
import { forceAtlas2Positions } from './forceatlas2';

export type CorpusGraph = Graph<GraphNodeAttributes, GraphEdgeAttributes>;

export interface BuildGraphOptions {
  /** compute the ForceAtlas2 layout (else nodes keep their hashed start positions) */
  layout: boolean;
  /** ForceAtlas2 iterations; 'auto' bounds them by the graph's size */
  iterations: number | 'auto';
  /** seed of the random generator used by Louvain */
  seed: number;
}

export const DEFAULT_BUILD_GRAPH_OPTIONS: Readonly<BuildGraphOptions> = { layout: true, iterations: 'auto', seed: 42 };

export function resolveBuildGraphOptions(opts: Partial<BuildGraphOptions> = {}): BuildGraphOptions {
  const o = { ...DEFAULT_BUILD_GRAPH_OPTIONS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
  if (o.iterations !== 'auto' && !(Number.isInteger(o.iterations) && o.iterations >= 0))
    throw new RangeError(`buildGraph: iterations must be 'auto' or an integer ≥ 0, not ${o.iterations}`);
  if (!Number.isInteger(o.seed)) throw new RangeError(`buildGraph: seed must be an integer, not ${o.seed}`);
  return o;
}

export interface BuiltGraph {
  graph: CorpusGraph;
  dropped: DroppedRelation[];
}

/** kg build's graph: every edge but MENTIONS, which are beside it as rows (./mentions.ts). */
export interface GraphApart extends BuiltGraph {
  mentions: MentionEdges;
}

/** The corpus graph of a set of articles. */
export function buildGraph(records: readonly ArticleRecord[], options: Partial<BuildGraphOptions> = {}): BuiltGraph {
  const opts = resolveBuildGraphOptions(options);
  const resolver = new CorpusResolver();
  for (const rec of records) resolver.add(rec);
  return graphOf(resolver.finishStream(), opts);
}

/**
 * The corpus graph of resolved articles (resolveCorpus, or a CorpusResolver's finish or
 * finishStream), every edge in it: the MENTIONS rows of finishStream are merged in, in key order.
 */
export function graphOf(resolved: ResolvedStream, options: Partial<BuildGraphOptions> = {}): BuiltGraph {
  const { nodes, edges, mentions, dropped } = resolved;
  const graph = graphFrom(nodes, mentions ? mergeByKey(edges, mentions.edges()) : edges, null, options);
  return { graph, dropped };
}

/**
 * The corpus graph with its MENTIONS edges apart, as finishStream gives them: what kg build
 * holds (at 100k bench articles MENTIONS are 685,214 of 777,991 edges, ≈ 600 bytes each in
 * graphology, 16 here); its files are those of graphOf's graph (writeGraphFiles, src/export/build.ts).
 */
export function graphApart(resolved: Required<ResolvedStream>, options: Partial<BuildGraphOptions> = {}): GraphApart {
  const { nodes, edges, mentions, dropped } = resolved;
  return { graph: graphFrom(nodes, edges, mentions, options), mentions, dropped };
}

/** The graph of these nodes and edges (each in key order), its communities and layout; `mentions`: MENTIONS edges not in it. */
function graphFrom(nodes: Iterable<ResolvedNode>, edges: Iterable<ResolvedEdge>, mentions: MentionEdges | null, options: Partial<BuildGraphOptions>): CorpusGraph {
  const opts = resolveBuildGraphOptions(options);
  const graph: CorpusGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const n of nodes) {
    const [x, y] = hashPosition(n.key);
    graph.addNode(n.key, { ...n.attributes, x, y });
  }
  for (const e of edges) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  assignCommunities(graph, opts.seed);
  if (opts.layout) layout(graph, opts.iterations, mentions);
  return graph;
}

// ---------------------------------------------------------------------------------------
// Co-attendance

/**
 * The Person–Person projection of ATTENDED: an undirected graph whose edge weight is the
 * number of meetings two people attended together.
 */
export function coAttendance(graph: CorpusGraph): Graph<{ name: string }, { weight: number }> {
  const proj = new Graph<{ name: string }, { weight: number }>({ type: 'undirected' });
  const meetings = graph.filterNodes((_, a) => a.type === 'Meeting').sort(cmp);
  for (const m of meetings) {
    const people = graph
      .inboundEdges(m)
      .filter((e) => graph.getEdgeAttribute(e, 'type') === 'ATTENDED')
      .map((e) => graph.source(e))
      .sort(cmp);
    for (const p of people) if (!proj.hasNode(p)) proj.addNode(p, { name: graph.getNodeAttribute(p, 'name') });
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) {
        const [a, b] = [people[i], people[j]];
        if (proj.hasEdge(a, b)) proj.updateEdgeAttribute(a, b, 'weight', (w) => (w ?? 0) + 1);
        else proj.addEdge(a, b, { weight: 1 });
      }
  }
  return proj;
}

/**
 * Louvain communities of the co-attendance projection, written to Person nodes as
 * `community`. Numbered by size (largest first), then by smallest member key, so that the
 * numbers do not depend on the algorithm's internal order.
 */
export function assignCommunities(graph: CorpusGraph, seed: number): void {
  const proj = coAttendance(graph);
  if (proj.order === 0) return;
  const raw = proj.size > 0 ? louvain(proj, { getEdgeWeight: 'weight', rng: mulberry32(seed) }) : {};
  const members = new Map<number, string[]>();
  for (const n of proj.nodes().sort(cmp)) {
    const c = raw[n] ?? -1 - members.size; // isolated: a community of its own
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(n);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || cmp(a[0], b[0]));
  ordered.forEach((list, i) => list.forEach((n) => graph.setNodeAttribute(n, 'community', i)));
}


// ---------------------------------------------------------------------------------------
// Layout

/** A start position in [-100, 100]² from an FNV-1a hash of the key: same key, same place. */
export function hashPosition(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 13;
  }
  return [(h1 / 0xffffffff) * 200 - 100, (h2 / 0xffffffff) * 200 - 100];
}

/**
 * ForceAtlas2 iterations for a graph of this size: many for a small graph, few for a big
 * one, so that a 10,000-article build stays fast (the work of one iteration grows with
 * nodes + edges; Barnes–Hut keeps the repulsion n log n).
 */
export function layoutIterations(order: number, size: number): number {
  const work = order + size;
  return Math.max(8, Math.min(300, Math.floor(2_500_000 / Math.max(1, work))));
}

/**
 * ForceAtlas2 on the people–meetings projection (Person and Meeting nodes, ATTENDED edges: the
 * structure a reader looks at), not on articles and their MENTIONS, which are most of a big
 * graph's nodes and edges; every other node is then put at the mean position of its laid-out
 * neighbours (else it keeps the position its key gives). Iterations are bounded by the
 * projection's size (layoutIterations), so the time is too, and the result never depends on
 * the machine's speed. `mentions`: the graph's MENTIONS edges, where they are not in it
 * (graphApart): an Article's place is then reckoned as if they were.
 */
export function layout(graph: CorpusGraph, iterations: number | 'auto', mentions: MentionEdges | null = null): void {
  if (graph.order === 0) return;
  const proj = new Graph<{ x: number; y: number }>({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.forEachNode((k, a) => {
    if (a.type === 'Person' || a.type === 'Meeting') proj.addNode(k, { x: a.x, y: a.y });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (a.type === 'ATTENDED' && proj.hasNode(s) && proj.hasNode(t)) proj.addEdgeWithKey(e, s, t);
  });
  if (proj.order === 0) return;
  const n = iterations === 'auto' ? layoutIterations(proj.order, proj.size) : iterations;
  // no iterations: the nodes keep the positions their keys give (ForceAtlas2 refuses 0)
  if (n === 0) return;
  const settings = { ...forceAtlas2.inferSettings(proj), barnesHutOptimize: proj.order > 1000 };
  // the package's layout, its Barnes–Hut regions in one buffer for all iterations (./forceatlas2.ts)
  const positions = forceAtlas2Positions(proj, n, settings);
  // rounded: the file is the same across runs and platforms, and sigma needs finite x/y
  const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0);
  proj.forEachNode((node) => graph.mergeNodeAttributes(node, { x: round(positions[node].x), y: round(positions[node].y) }));
  // MENTIONS held apart: each node's targets (its out-neighbours in the graph they belong to)
  const apart = mentions?.bySource() ?? null;
  let i = -1;
  graph.forEachNode((node, a) => {
    i++;
    if (proj.hasNode(node)) return;
    let sx = 0;
    let sy = 0;
    let k = 0;
    const add = (m: string) => {
      if (!proj.hasNode(m)) return;
      sx += positions[m].x;
      sy += positions[m].y;
      k++;
    };
    // graphology's order: in-neighbours, then out-neighbours not among them
    graph.forEachNeighbor(node, add);
    if (apart && apart.first[i] < apart.first[i + 1]) {
      // the rows number the nodes in key order, the order graphFrom added them in
      if (mentions!.nodeKeys[i] !== node) throw new Error(`layout: node ${i} is ${node}, not ${mentions!.nodeKeys[i]}`);
      // (an Article is the source of no edge but MENTIONS: its out-neighbours in graphology's graph would be these)
      for (let t = apart.first[i]; t < apart.first[i + 1]; t++) {
        const m = mentions!.nodeKeys[apart.targets[t]];
        if (!graph.hasEdge(m, node)) add(m);
      }
    }
    // a small offset from the key, so that nodes with the same neighbours do not sit on one point
    if (k) graph.mergeNodeAttributes(node, { x: round(sx / k + a.x / 100), y: round(sy / k + a.y / 100) });
  });
}

// Which nodes and edges the filters leave on screen (pure). Takes the graph and the filters
// (hidden types, a date range, the nodes whose neighbours the user expanded); gives the sets
// of visible nodes and edges and their counts, which the reducers, the status line, the
// camera's refit and the exports all read.
//
// Rules, in order:
//   - a node of a hidden type is hidden, unless it is an expanded node's neighbour;
//   - a dated node (meeting, article) outside the date range is hidden;
//   - an edge shows when both ends show and, with a date range, it was seen in it (its
//     first/last or evidence dates, else the date of the meeting or article at one end);
//   - a node shows only while one of its edges shows (a node with no edge at all always
//     shows): a one-day filter leaves that day's meetings and the people at them, not every
//     undated person and post of the corpus.
import type { GraphEdgeAttributes, GraphNodeAttributes, NodeType } from '../../src/model';
import type { KgGraph } from './data';
import { edgeSpan, nodeSpan } from './data';

export interface Filters {
  hiddenTypes: ReadonlySet<NodeType>;
  /** inclusive ISO dates; null: open */
  dateFrom: string | null;
  dateTo: string | null;
  /** nodes whose every neighbour is shown, whatever its type */
  expanded: ReadonlySet<string>;
}

export interface Visible {
  nodes: KeySet;
  edges: KeySet;
  /** visible nodes by type */
  byType: Map<NodeType, number>;
}

/**
 * A set of node or edge keys as one flag per item of a fixed list: a filter change on a graph of
 * 300,000 items fills two byte arrays instead of building Sets of strings (5 s of a loaded
 * machine's time at 100,000 nodes, most of it allocation).
 */
export class KeySet implements Iterable<string> {
  constructor(
    private readonly keys: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    /** 1 where keys[i] is in the set */
    readonly flags: Uint8Array,
    readonly size: number,
  ) {}

  has(key: string): boolean {
    const i = this.index.get(key);
    return i !== undefined && this.flags[i] === 1;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.keys.length; i++) if (this.flags[i] === 1) yield this.keys[i];
  }

  /** The keys in exactly one of two sets over the same list. */
  changedFrom(other: KeySet): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.flags[i] !== other.flags[i]) out.push(this.keys[i]);
    return out;
  }
}

export type Span = [string, string] | null;

export function overlaps(span: Span, from: string | null, to: string | null): boolean {
  if (!span) return true;
  if (from && span[1] < from) return false;
  if (to && span[0] > to) return false;
  return true;
}

/** When an edge was seen: its own dates, else those of a dated end (a meeting, an article). */
export function edgeDates(a: GraphEdgeAttributes, source: GraphNodeAttributes, target: GraphNodeAttributes): Span {
  const own = edgeSpan(a);
  if (own) return own;
  const s = nodeSpan(source);
  const t = nodeSpan(target);
  if (s && t) return [s[0] < t[0] ? s[0] : t[0], s[1] > t[1] ? s[1] : t[1]];
  return s ?? t;
}

/** Computes visibility for any filters; edge dates are worked out once, on creation. */
export function createVisibility(graph: KgGraph) {
  // everything a filter reads, once, by position
  const nodeKeys: string[] = [];
  const nodeIndex = new Map<string, number>();
  const nodeTypes: NodeType[] = [];
  const nodeSpans: Span[] = [];
  const isolated: boolean[] = [];
  graph.forEachNode((key, a) => {
    nodeIndex.set(key, nodeKeys.length);
    nodeKeys.push(key);
    nodeTypes.push(a.type);
    nodeSpans.push(nodeSpan(a));
    isolated.push(graph.degree(key) === 0);
  });
  const edgeKeys: string[] = [];
  const edgeIndex = new Map<string, number>();
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const edgeSpans: Span[] = [];
  graph.forEachEdge((e, a, s, t, sa, ta) => {
    const i = edgeKeys.length;
    edgeIndex.set(e, i);
    edgeKeys.push(e);
    sources[i] = nodeIndex.get(s)!;
    targets[i] = nodeIndex.get(t)!;
    edgeSpans.push(edgeDates(a, sa, ta));
  });

  /** Was the edge seen in the filters' date range? (always, without one) */
  const inRange = (edge: string, f: Filters) => {
    const i = edgeIndex.get(edge);
    return i === undefined || overlaps(edgeSpans[i], f.dateFrom, f.dateTo);
  };

  function visible(f: Filters): Visible {
    const dated = f.dateFrom !== null || f.dateTo !== null;
    const n = nodeKeys.length;
    const candidate = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (f.hiddenTypes.has(nodeTypes[i])) continue;
      if (dated && !overlaps(nodeSpans[i], f.dateFrom, f.dateTo)) continue;
      candidate[i] = 1;
    }
    // an expanded node and its neighbours, whatever their type (still within the dates)
    for (const x of f.expanded) {
      if (!graph.hasNode(x)) continue;
      for (const key of [x, ...graph.neighbors(x)]) {
        const i = nodeIndex.get(key)!;
        if (!dated || overlaps(nodeSpans[i], f.dateFrom, f.dateTo)) candidate[i] = 1;
      }
    }
    const nodes = new Uint8Array(n);
    const edges = new Uint8Array(edgeKeys.length);
    let edgeCount = 0;
    for (let e = 0; e < edgeKeys.length; e++) {
      const s = sources[e];
      const t = targets[e];
      if (candidate[s] === 0 || candidate[t] === 0) continue;
      if (dated && !overlaps(edgeSpans[e], f.dateFrom, f.dateTo)) continue;
      edges[e] = 1;
      edgeCount++;
      nodes[s] = 1;
      nodes[t] = 1;
    }
    let nodeCount = 0;
    const byType = new Map<NodeType, number>();
    for (let i = 0; i < n; i++) {
      if (candidate[i] === 1 && isolated[i]) nodes[i] = 1;
      if (nodes[i] === 0) continue;
      nodeCount++;
      byType.set(nodeTypes[i], (byType.get(nodeTypes[i]) ?? 0) + 1);
    }
    return { nodes: new KeySet(nodeKeys, nodeIndex, nodes, nodeCount), edges: new KeySet(edgeKeys, edgeIndex, edges, edgeCount), byType };
  }

  return { visible, inRange };
}

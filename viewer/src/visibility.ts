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
  nodes: Set<string>;
  edges: Set<string>;
  /** visible nodes by type */
  byType: Map<NodeType, number>;
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
  const spans = new Map<string, Span>();
  graph.forEachEdge((e, a, _s, _t, sa, ta) => spans.set(e, edgeDates(a, sa, ta)));

  /** Was the edge seen in the filters' date range? (always, without one) */
  const inRange = (edge: string, f: Filters) => overlaps(spans.get(edge) ?? null, f.dateFrom, f.dateTo);

  function visible(f: Filters): Visible {
    const dated = f.dateFrom !== null || f.dateTo !== null;
    const revealed = new Set<string>();
    for (const x of f.expanded) if (graph.hasNode(x)) graph.forEachNeighbor(x, (n) => revealed.add(n));
    const candidates = new Set<string>();
    graph.forEachNode((key, a) => {
      if (f.hiddenTypes.has(a.type) && !revealed.has(key) && !f.expanded.has(key)) return;
      if (dated && !overlaps(nodeSpan(a), f.dateFrom, f.dateTo)) return;
      candidates.add(key);
    });

    const nodes = new Set<string>();
    const edges = new Set<string>();
    graph.forEachEdge((e, _a, s, t) => {
      if (!candidates.has(s) || !candidates.has(t)) return;
      if (dated && !inRange(e, f)) return;
      edges.add(e);
      nodes.add(s);
      nodes.add(t);
    });
    for (const key of candidates) if (graph.degree(key) === 0) nodes.add(key);
    const byType = new Map<NodeType, number>();
    for (const key of nodes) {
      const t = graph.getNodeAttribute(key, 'type');
      byType.set(t, (byType.get(t) ?? 0) + 1);
    }
    return { nodes, edges, byType };
  }

  return { visible, inRange };
}

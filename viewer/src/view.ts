// What is shown and how: the view state (selection, filters, colour mode) and the sigma
// reducers computed from it. The graph's own attributes are never edited for display:
// colours, sizes, highlight, dimming and hiding all come out of nodeReducer / edgeReducer.
import type { GraphEdgeAttributes, GraphNodeAttributes, NodeType } from '../../src/model';
import type { KgGraph } from './data';
import { factDegrees, nodeLabel, nodeSizes, NODE_TYPES } from './data';
import { createVisibility, type Visible } from './visibility';

export type ColorBy = 'type' | 'community';

export interface ViewState {
  selected: string | null;
  /** the last search hit: its label is forced on */
  focused: string | null;
  hiddenTypes: Set<NodeType>;
  /** inclusive ISO dates; null: open */
  dateFrom: string | null;
  dateTo: string | null;
  /** nodes whose hidden neighbours the user asked to see */
  expanded: Set<string>;
  colorBy: ColorBy;
}

/**
 * The overview is who met whom: people, meetings, bodies, policies, places. Articles (every
 * fact's source, hubs of MENTIONS edges) and posts are a tick away, or one node's neighbours
 * away (expand).
 */
export const DEFAULT_HIDDEN_TYPES: readonly NodeType[] = ['Article', 'Title'];

export function initialState(): ViewState {
  return {
    selected: null,
    focused: null,
    hiddenTypes: new Set(DEFAULT_HIDDEN_TYPES),
    dateFrom: null,
    dateTo: null,
    expanded: new Set(),
    colorBy: 'type',
  };
}

export const TYPE_COLORS: Record<NodeType, string> = {
  Person: '#d1495b',
  Meeting: '#00798c',
  Organization: '#8f5fa8',
  Policy: '#3a9d5d',
  Title: '#edae49',
  Location: '#6b7a8f',
  Article: '#9a9a9a',
};

/** Community colours, cycled; persons outside any community and non-persons are grey. */
export const COMMUNITY_COLORS = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#bcbd22', '#17becf', '#393b79', '#637939', '#843c39',
];
export const NO_COMMUNITY_COLOR = '#c8c8c8';
/** translucent and shrunk, so that in a dense graph the selection's edges show through */
export const DIM_NODE = 'rgba(200, 200, 200, 0.25)';
const DIM_SIZE = 0.5;
const DIM_EDGE = '#f0f0f0';
const EDGE = '#cfcfcf';
const EDGE_SELECTED = '#555555';
/** above this many neighbours, only the selected node's label is forced on */
const MAX_FORCED_LABELS = 40;

/**
 * A node's display under the selection and the focus, the same in every view: the selected and
 * the focused node highlighted with their label, the selection's neighbours raised (their
 * labels forced when few, and `neighbourLabel` says the node's kind deserves one), the rest
 * dimmed — except on large graphs, where dimming everything would redraw everything.
 */
export function emphasize(
  d: NodeDisplay,
  key: string,
  state: { selected: string | null; focused: string | null },
  neighbours: ReadonlySet<string>,
  large: boolean,
  neighbourLabel = true,
): NodeDisplay {
  if (state.selected) {
    if (key === state.selected) {
      d.highlighted = true;
      d.forceLabel = true;
      d.hidden = false;
      d.zIndex = 3;
    } else if (neighbours.has(key)) {
      d.forceLabel = neighbours.size <= MAX_FORCED_LABELS && neighbourLabel;
      d.zIndex = 2;
    } else if (!large) {
      d.color = DIM_NODE;
      d.size *= DIM_SIZE;
      d.label = null;
      d.zIndex = 0;
    }
  }
  if (key === state.focused) {
    d.forceLabel = true;
    d.highlighted = true;
    d.hidden = false;
    d.zIndex = 3;
  }
  return d;
}
const FORCED_LABEL_TYPES = new Set<NodeType>(['Person', 'Meeting', 'Title']);
/** labels longer than this are cut on the canvas (article titles); the panel has them whole */
const MAX_LABEL_CHARS = 14;

export function shortLabel(label: string): string {
  const chars = Array.from(label);
  return chars.length > MAX_LABEL_CHARS ? chars.slice(0, MAX_LABEL_CHARS - 1).join('') + '…' : label;
}

export function communityColor(c: number | undefined): string {
  return typeof c === 'number' && Number.isInteger(c) && c >= 0 ? COMMUNITY_COLORS[c % COMMUNITY_COLORS.length] : NO_COMMUNITY_COLOR;
}

export function nodeColor(a: GraphNodeAttributes, colorBy: ColorBy): string {
  if (colorBy === 'community') return a.type === 'Person' ? communityColor(a.community) : NO_COMMUNITY_COLOR;
  return TYPE_COLORS[a.type] ?? NO_COMMUNITY_COLOR;
}

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  type: 'circle';
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay {
  color: string;
  size: number;
  /**
   * line: antialiased quads; thin: 1px GL lines, cheaper on big graphs; selected: quads drawn
   * after both (sigma draws one program after the other, so zIndex alone cannot lift an edge
   * above the edges of a program drawn later)
   */
  type: 'line' | 'thin' | 'selected';
  hidden: boolean;
  zIndex: number;
  label: string | null;
}

/**
 * What `update` changed, for sigma.refresh: `partial` lists the only nodes and edges whose
 * display changed (a refresh of those alone skips sigma's re-indexing of the whole graph,
 * which at 100,000 nodes takes seconds); null asks for a full refresh.
 */
export interface ViewChange {
  /** the filters changed what is visible (the camera refits then) */
  refiltered: boolean;
  partial: { nodes: string[]; edges: string[] } | null;
}

/**
 * The reducers for a graph. `update(state)` must be called (then sigma.refresh()) whenever the
 * state changes: it precomputes the selection's neighbourhood so the reducers stay O(1).
 *
 * `large`: a graph where a full refresh is too slow for a click. There a selection does not dim
 * the rest of the graph (which would touch every node) and keeps its edges in their program
 * (a partial refresh cannot move an edge to another program); it only colours, enlarges and
 * labels the selection and its neighbours.
 */
export function createReducers(graph: KgGraph, options: { thinEdges?: boolean; large?: boolean } = {}) {
  const degrees = factDegrees(graph);
  const sizes = nodeSizes(graph, degrees);
  const plainEdge = options.thinEdges ? 'thin' : 'line';
  const large = options.large ?? false;
  const visibility = createVisibility(graph);
  let state = initialState();
  let visible: Visible = visibility.visible(state);
  let filters = filterKey(state);
  let neighbours = new Set<string>();
  let selectedEdges = new Set<string>();

  function update(next: ViewState): ViewChange {
    const prev = state;
    const prevVisible = visible;
    const prevNeighbours = neighbours;
    const prevEdges = selectedEdges;
    state = next;
    const key = filterKey(state);
    const refiltered = key !== filters;
    if (refiltered) {
      visible = visibility.visible(state);
      filters = key;
    }
    neighbours = new Set();
    selectedEdges = new Set();
    const selected = state.selected;
    if (selected && graph.hasNode(selected)) {
      // the selection's edges to what is visible (the selection itself always is)
      graph.forEachEdge(selected, (edge, _a, source, target) => {
        const other = source === selected ? target : source;
        if (!visible.edges.has(edge) && !(visible.nodes.has(other) && visibility.inRange(edge, state))) return;
        selectedEdges.add(edge);
        neighbours.add(other);
      });
    }
    // a change of colours, or (outside large graphs) of the selection, dims or undims every node
    const everyNode = prev.colorBy !== state.colorBy || (!large && (prev.selected !== state.selected || prev.focused !== state.focused));
    if (everyNode) return { refiltered, partial: null };
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (refiltered) {
      for (const k of visible.nodes.changedFrom(prevVisible.nodes)) nodes.add(k);
      for (const e of visible.edges.changedFrom(prevVisible.edges)) edges.add(e);
    }
    for (const k of [prev.selected, state.selected, prev.focused, state.focused]) if (k !== null && graph.hasNode(k)) nodes.add(k);
    for (const k of prevNeighbours) nodes.add(k);
    for (const k of neighbours) nodes.add(k);
    for (const e of prevEdges) edges.add(e);
    for (const e of selectedEdges) edges.add(e);
    return { refiltered, partial: { nodes: [...nodes], edges: [...edges] } };
  }

  function nodeReducer(key: string, a: GraphNodeAttributes): NodeDisplay {
    const d: NodeDisplay = {
      x: a.x,
      y: a.y,
      size: sizes.get(key) ?? 3,
      color: nodeColor(a, state.colorBy),
      label: shortLabel(nodeLabel(a)),
      type: 'circle',
      hidden: !visible.nodes.has(key),
      highlighted: false,
      forceLabel: false,
      zIndex: 1,
    };
    // forced labels are placed first (labels.ts): keep them to the few that matter
    // (people, meetings, posts: who attended what, as what); the others compete for space
    return emphasize(d, key, state, neighbours, large, FORCED_LABEL_TYPES.has(a.type));
  }

  function edgeReducer(key: string, _a: GraphEdgeAttributes): EdgeDisplay {
    const d: EdgeDisplay = { color: EDGE, size: 0.6, type: plainEdge, hidden: !visible.edges.has(key), zIndex: 1, label: null };
    if (state.selected) {
      if (selectedEdges.has(key)) {
        d.hidden = false;
        if (!large) d.type = 'selected';
        d.color = EDGE_SELECTED;
        d.size = 1.6;
        d.zIndex = 2;
      } else if (!large) {
        d.color = DIM_EDGE;
        d.zIndex = 0;
      }
    }
    return d;
  }

  return { nodeReducer, edgeReducer, update, sizes, degrees, getNeighbours: () => neighbours, getVisible: () => visible };
}

function filterKey(s: ViewState): string {
  return JSON.stringify([[...s.hiddenTypes].sort(), s.dateFrom, s.dateTo, [...s.expanded].sort()]);
}

/** Legend rows for the current colour mode: type → colour, or the largest communities. */
export function legendRows(graph: KgGraph, colorBy: ColorBy, maxCommunities = 12, names = communityNames(graph)): { label: string; color: string; count: number }[] {
  if (colorBy === 'type') {
    const counts = new Map<NodeType, number>();
    graph.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    return NODE_TYPES.map((t) => ({ label: t, color: TYPE_COLORS[t], count: counts.get(t) ?? 0 }));
  }
  const counts = new Map<number, number>();
  let none = 0;
  graph.forEachNode((_k, a) => {
    if (a.type !== 'Person') return;
    if (typeof a.community === 'number') counts.set(a.community, (counts.get(a.community) ?? 0) + 1);
    else none++;
  });
  const rows = [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .map(([c, n]) => ({ label: names.get(c) ?? `community ${c}`, color: communityColor(c), count: n }));
  const shown = rows.slice(0, maxCommunities);
  const rest = rows.slice(maxCommunities).reduce((s, r) => s + r.count, 0);
  if (rest) shown.push({ label: `${rows.length - maxCommunities} smaller communities (colours repeat)`, color: '#999999', count: rest });
  if (none) shown.push({ label: 'no community', color: NO_COMMUNITY_COLOR, count: none });
  shown.push({ label: 'not a person', color: NO_COMMUNITY_COLOR, count: graph.order - [...counts.values()].reduce((s, n) => s + n, 0) - none });
  return shown;
}

/** How many members name a community. */
const COMMUNITY_NAMED_BY = 3;

/**
 * A community is named by its most central members: the people taking part in most facts
 * (`沈晓明、毛伟明、张迎春…`), not by its number.
 */
export function communityNames(graph: KgGraph, degrees = factDegrees(graph)): Map<number, string> {
  const members = new Map<number, { name: string; degree: number }[]>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'Person' || typeof a.community !== 'number') return;
    let list = members.get(a.community);
    if (!list) members.set(a.community, (list = []));
    list.push({ name: a.name, degree: degrees.get(key) ?? 0 });
  });
  const names = new Map<number, string>();
  for (const [c, list] of members) {
    list.sort((x, y) => y.degree - x.degree || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const top = list.slice(0, COMMUNITY_NAMED_BY).map((m) => m.name);
    names.set(c, top.join('、') + (list.length > COMMUNITY_NAMED_BY ? '…' : ''));
  }
  return names;
}

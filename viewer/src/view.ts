// What is shown and how: the view state (selection, filters, colour mode) and the sigma
// reducers computed from it. The graph's own attributes are never edited for display:
// colours, sizes, highlight, dimming and hiding all come out of nodeReducer / edgeReducer.
import type { GraphEdgeAttributes, GraphNodeAttributes, NodeType } from '../../src/model';
import type { KgGraph } from './data';
import { edgeSpan, nodeLabel, nodeSizes, nodeSpan, NODE_TYPES } from './data';

export type ColorBy = 'type' | 'community';

export interface ViewState {
  selected: string | null;
  /** the last search hit: its label is forced on */
  focused: string | null;
  hiddenTypes: Set<NodeType>;
  /** inclusive ISO dates; null: open */
  dateFrom: string | null;
  dateTo: string | null;
  colorBy: ColorBy;
}

export function initialState(): ViewState {
  return { selected: null, focused: null, hiddenTypes: new Set(), dateFrom: null, dateTo: null, colorBy: 'type' };
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

function overlaps(span: [string, string] | null, from: string | null, to: string | null): boolean {
  if (!span) return true; // undated things are not filtered by date
  if (from && span[1] < from) return false;
  if (to && span[0] > to) return false;
  return true;
}

export function nodeVisible(a: GraphNodeAttributes, s: ViewState): boolean {
  if (s.hiddenTypes.has(a.type)) return false;
  return overlaps(nodeSpan(a), s.dateFrom, s.dateTo);
}

export function edgeVisible(a: GraphEdgeAttributes, s: ViewState): boolean {
  return overlaps(edgeSpan(a), s.dateFrom, s.dateTo);
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
 * The reducers for a graph. `update(state)` must be called (then sigma.refresh()) whenever the
 * state changes: it precomputes the selection's neighbourhood so the reducers stay O(1).
 */
export function createReducers(graph: KgGraph, options: { thinEdges?: boolean } = {}) {
  const sizes = nodeSizes(graph);
  const plainEdge = options.thinEdges ? 'thin' : 'line';
  let state = initialState();
  let neighbours = new Set<string>();
  let selectedEdges = new Set<string>();

  function update(next: ViewState): void {
    state = next;
    neighbours = new Set();
    selectedEdges = new Set();
    if (state.selected && graph.hasNode(state.selected)) {
      graph.forEachEdge(state.selected, (edge, a, source, target) => {
        if (!edgeVisible(a, state)) return;
        selectedEdges.add(edge);
        neighbours.add(source === state.selected ? target : source);
      });
    }
  }

  function nodeReducer(key: string, a: GraphNodeAttributes): NodeDisplay {
    const d: NodeDisplay = {
      x: a.x,
      y: a.y,
      size: sizes.get(key) ?? 3,
      color: nodeColor(a, state.colorBy),
      label: shortLabel(nodeLabel(a)),
      type: 'circle',
      hidden: !nodeVisible(a, state),
      highlighted: false,
      forceLabel: false,
      zIndex: 1,
    };
    if (state.selected) {
      if (key === state.selected) {
        d.highlighted = true;
        d.forceLabel = true;
        d.hidden = false;
        d.zIndex = 3;
      } else if (neighbours.has(key)) {
        // forced labels skip sigma's collision grid: keep them to the few that matter
        // (people, meetings, posts: who attended what, as what); the others compete for space
        d.forceLabel = neighbours.size <= MAX_FORCED_LABELS && FORCED_LABEL_TYPES.has(a.type);
        d.zIndex = 2;
      } else {
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

  function edgeReducer(key: string, a: GraphEdgeAttributes): EdgeDisplay {
    const d: EdgeDisplay = { color: EDGE, size: 0.6, type: plainEdge, hidden: !edgeVisible(a, state), zIndex: 1, label: null };
    if (state.selected) {
      if (selectedEdges.has(key)) {
        d.type = 'selected';
        d.color = EDGE_SELECTED;
        d.size = 1.6;
        d.zIndex = 2;
      } else {
        d.color = DIM_EDGE;
        d.zIndex = 0;
      }
    }
    return d;
  }

  return { nodeReducer, edgeReducer, update, sizes, getNeighbours: () => neighbours };
}

/** Legend rows for the current colour mode: type → colour, or the largest communities. */
export function legendRows(graph: KgGraph, colorBy: ColorBy, maxCommunities = 12): { label: string; color: string; count: number }[] {
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
    .map(([c, n]) => ({ label: `community ${c}`, color: communityColor(c), count: n }));
  const shown = rows.slice(0, maxCommunities);
  const rest = rows.slice(maxCommunities).reduce((s, r) => s + r.count, 0);
  if (rest) shown.push({ label: `${rows.length - maxCommunities} smaller communities (colours repeat)`, color: '#999999', count: rest });
  if (none) shown.push({ label: 'no community', color: NO_COMMUNITY_COLOR, count: none });
  shown.push({ label: 'not a person', color: NO_COMMUNITY_COLOR, count: graph.order - [...counts.values()].reduce((s, n) => s + n, 0) - none });
  return shown;
}

// How the co-attendance projection (projection.ts) is drawn: sizes by a person's summed pair
// weight, edges as thick as the meetings the two shared, the selection and its co-attendees
// highlighted. Like view.ts, display comes out of reducers; the projection's own attributes
// are never edited for display.
import type { ColorBy, EdgeDisplay, NodeDisplay } from './view';
import { communityColor, emphasize, shortLabel, TYPE_COLORS } from './view';
import type { PairEdge, PersonNode, ProjectionGraph } from './projection';

export interface ProjectionViewState {
  selected: string | null;
  focused: string | null;
  colorBy: ColorBy;
}

/** Edge thickness for a pair weight: 1 meeting is a hairline, ten a thick line. */
export function pairEdgeSize(weight: number): number {
  return Math.min(0.5 + 1.1 * Math.sqrt(Math.max(0, weight - 1)), 7);
}

export function createProjectionReducers(proj: ProjectionGraph, options: { large?: boolean } = {}) {
  const large = options.large ?? false;
  const sizes = new Map<string, number>();
  proj.forEachNode((k, a) => sizes.set(k, Math.min(3 + 1.3 * Math.sqrt(a.strength), 22)));
  const thin = proj.size > 5000;
  let state: ProjectionViewState = { selected: null, focused: null, colorBy: 'type' };
  let neighbours = new Set<string>();
  let selectedEdges = new Set<string>();

  /** Returns the nodes and edges whose display changed, or null when all did. */
  function update(next: ProjectionViewState): { nodes: string[]; edges: string[] } | null {
    const prev = state;
    const prevNeighbours = neighbours;
    const prevEdges = selectedEdges;
    state = next;
    neighbours = new Set();
    selectedEdges = new Set();
    if (state.selected && proj.hasNode(state.selected)) {
      proj.forEachEdge(state.selected, (e, _a, s, t) => {
        selectedEdges.add(e);
        neighbours.add(s === state.selected ? t : s);
      });
    }
    if (prev.colorBy !== state.colorBy || (!large && (prev.selected !== state.selected || prev.focused !== state.focused))) return null;
    const nodes = new Set<string>([...prevNeighbours, ...neighbours]);
    for (const k of [prev.selected, state.selected, prev.focused, state.focused]) if (k !== null && proj.hasNode(k)) nodes.add(k);
    return { nodes: [...nodes], edges: [...new Set([...prevEdges, ...selectedEdges])] };
  }

  function nodeReducer(key: string, a: PersonNode): NodeDisplay {
    const d: NodeDisplay = {
      x: a.x,
      y: a.y,
      size: sizes.get(key) ?? 3,
      color: state.colorBy === 'community' ? communityColor(a.community) : TYPE_COLORS.Person,
      label: shortLabel(a.name),
      type: 'circle',
      hidden: false,
      highlighted: false,
      forceLabel: false,
      zIndex: 1,
    };
    return emphasize(d, key, state, neighbours, large);
  }

  function edgeReducer(key: string, a: PairEdge): EdgeDisplay {
    const size = pairEdgeSize(a.weight);
    // heavier pairs darker too: thickness alone is hard to read on a hairline
    const shade = Math.round(205 - Math.min(1, (a.weight - 1) / 8) * 95);
    const d: EdgeDisplay = { color: `rgb(${shade},${shade},${shade})`, size, type: thin && size < 1 ? 'thin' : 'line', hidden: false, zIndex: 1, label: null };
    if (state.selected) {
      if (selectedEdges.has(key)) {
        if (!large) d.type = 'selected';
        d.color = '#555555';
        d.size = Math.max(size, 1.2);
        d.zIndex = 2;
      } else if (!large) {
        d.color = '#f0f0f0';
        d.zIndex = 0;
      }
    }
    return d;
  }

  return { nodeReducer, edgeReducer, update, sizes };
}

// The co-attendance projection ("who sat with whom"): people only, two people joined by an
// edge weighted by the meetings both attended (ATTENDED edges to one Meeting) plus the times
// they met (MET edges). Computed from the graph the viewer has; pure (no DOM), so it is tested
// in Node and timed in the page alike. `layoutProjection` lays it out with ForceAtlas2, started
// from the people's positions in the full graph and bounded in iterations and time.
//
// At archive scale a meeting of two hundred attendees gives 19,900 pairs: a meeting counts its
// first `maxAttendees` attendees in protocol order (the order of its list), and only the
// `maxPairs` heaviest pairs are kept. Both caps are reported (`ProjectionStats`), and the page
// says so.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KgGraph } from './data';
import { evidenceOf, nodeSpan } from './data';
import { edgeDates, overlaps } from './visibility';

export interface ProjectionOptions {
  /** inclusive ISO dates: only meetings (and MET facts) seen in this range count; null: open */
  dateFrom?: string | null;
  dateTo?: string | null;
  /** a meeting with more attendees counts its first this many, in protocol order */
  maxAttendees?: number;
  /** at most this many pairs are kept, the heaviest */
  maxPairs?: number;
}

export const DEFAULT_PROJECTION: Required<Pick<ProjectionOptions, 'maxAttendees' | 'maxPairs'>> = {
  maxAttendees: 40,
  // more lines than a reader can follow, and each costs drawing time in the page
  maxPairs: 30_000,
};

export interface PersonNode {
  type: 'Person';
  name: string;
  x: number;
  y: number;
  community?: number;
  /** the sum of the person's pair weights */
  strength: number;
}

export interface PairEdge {
  /** meetings both attended + times they met */
  weight: number;
  /** the Meeting keys both attended, by date */
  meetings: string[];
  /** MET facts between the two */
  met: number;
}

export type ProjectionGraph = Graph<PersonNode, PairEdge>;

export interface ProjectionStats {
  people: number;
  pairs: number;
  /** meetings with two or more attendees that gave pairs */
  meetings: number;
  /** meetings cut to their first maxAttendees attendees */
  cappedMeetings: number;
  /** pairs left out by maxPairs (the lightest) */
  droppedPairs: number;
  maxAttendees: number;
  maxPairs: number;
  /** the heaviest pair's weight */
  maxWeight: number;
}

/** The protocol position of an attendance: the edge's order, else its evidence's smallest. */
function attendanceOrder(a: { order?: number; evidence: unknown }): number {
  if (typeof a.order === 'number') return a.order;
  let best = Infinity;
  for (const e of evidenceOf(a as never)) if (typeof e.order === 'number' && e.order < best) best = e.order;
  return best;
}

/**
 * People joined by the meetings they attended together and the times they met. People without
 * a pair are left out; node positions are their positions in `graph`.
 *
 * Two passes over the meetings: the first counts each pair's weight (a number keyed by a
 * number), the second collects the meeting names of the pairs kept only — at 100,000 nodes
 * most pairs are cut, and an array of names for each would cost more than the rest.
 */
export function coAttendance(graph: KgGraph, options: ProjectionOptions = {}): { graph: ProjectionGraph; stats: ProjectionStats } {
  const { maxAttendees, maxPairs } = { ...DEFAULT_PROJECTION, ...options };
  const from = options.dateFrom ?? null;
  const to = options.dateTo ?? null;
  const dated = from !== null || to !== null;

  // people by number: a pair's key is i * N + j (i < j), a number, not a string
  const people: string[] = [];
  const index = new Map<string, number>();
  const idOf = (key: string) => {
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = people.length)), people.push(key);
    return i;
  };
  // an upper bound on people, so that i * N + j stays unique
  const N = graph.order + 1;
  const pairKey = (a: number, b: number) => (a < b ? a * N + b : b * N + a);

  // who attended each meeting in range, in one pass over the edges (a MET fact is noted on the way)
  const byMeeting = new Map<string, { key: string; order: number }[]>();
  const metEdges: [string, string][] = [];
  graph.forEachEdge((_e, a, source, target, sa, ta) => {
    if (a.type === 'MET') {
      if (source !== target && sa.type === 'Person' && ta.type === 'Person' && (!dated || overlaps(edgeDates(a, sa, ta), from, to))) metEdges.push([source, target]);
      return;
    }
    if (a.type !== 'ATTENDED') return;
    const [person, p, meeting, m] = sa.type === 'Person' ? [source, sa, target, ta] : [target, ta, source, sa];
    if (m.type !== 'Meeting' || p.type !== 'Person') return;
    let list = byMeeting.get(meeting);
    if (!list) {
      if (dated && !overlaps(nodeSpan(m), from, to)) return;
      byMeeting.set(meeting, (list = []));
    }
    list.push({ key: person, order: attendanceOrder(a) });
  });
  // the meetings with two or more attendees, each as its attendees' numbers (capped)
  const lists: { meeting: string; ids: number[] }[] = [];
  let cappedMeetings = 0;
  for (const [meeting, list] of byMeeting) {
    let attendees = list;
    if (new Set(list.map((x) => x.key)).size !== list.length) {
      // a person on two ATTENDED edges of one meeting (two articles' roles) counts once, at their best place
      const best = new Map<string, number>();
      for (const x of list) best.set(x.key, Math.min(best.get(x.key) ?? Infinity, x.order));
      attendees = [...best].map(([key, order]) => ({ key, order }));
    }
    if (attendees.length < 2) continue;
    if (attendees.length > maxAttendees) {
      cappedMeetings++;
      attendees.sort((x, y) => x.order - y.order || (x.key < y.key ? -1 : 1));
      attendees = attendees.slice(0, maxAttendees);
    }
    lists.push({ meeting, ids: attendees.map((x) => idOf(x.key)) });
  }

  // pass 1: weights (meetings together + MET facts)
  const weights = new Map<number, number>();
  const add = (k: number) => weights.set(k, (weights.get(k) ?? 0) + 1);
  for (const { ids } of lists) for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) add(pairKey(ids[x], ids[y]));
  const met = new Map<number, number>();
  for (const [source, target] of metEdges) {
    const k = pairKey(idOf(source), idOf(target));
    add(k);
    met.set(k, (met.get(k) ?? 0) + 1);
  }

  // the heaviest maxPairs: by a histogram of weights (small integers), not a sort; among pairs
  // of the cut-off weight, the first met in meeting order
  let keep: (k: number, w: number) => boolean = () => true;
  let droppedPairs = 0;
  if (weights.size > maxPairs) {
    const histogram = new Map<number, number>();
    for (const w of weights.values()) histogram.set(w, (histogram.get(w) ?? 0) + 1);
    const desc = [...histogram.keys()].sort((a, b) => b - a);
    let above = 0;
    let cut = desc[desc.length - 1];
    for (const w of desc) {
      if (above + histogram.get(w)! >= maxPairs) {
        cut = w;
        break;
      }
      above += histogram.get(w)!;
    }
    let atCut = maxPairs - above;
    keep = (_k, w) => w > cut || (w === cut && atCut-- > 0);
    droppedPairs = weights.size - maxPairs;
  }
  const kept = new Map<number, { i: number; j: number; weight: number; meetings: string[] }>();
  for (const [k, w] of weights) if (keep(k, w)) kept.set(k, { i: Math.floor(k / N), j: k % N, weight: w, meetings: [] });

  // pass 2: the meetings of the pairs kept (lists are in graph order; sorted by date below)
  for (const { meeting, ids } of lists)
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) kept.get(pairKey(ids[x], ids[y]))?.meetings.push(meeting);

  const strength = new Map<number, number>();
  let maxWeight = 0;
  for (const p of kept.values()) {
    strength.set(p.i, (strength.get(p.i) ?? 0) + p.weight);
    strength.set(p.j, (strength.get(p.j) ?? 0) + p.weight);
    if (p.weight > maxWeight) maxWeight = p.weight;
  }
  const proj: ProjectionGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const [i, st] of strength) {
    const a = graph.getNodeAttributes(people[i]);
    proj.addNode(people[i], { type: 'Person', name: a.name, x: a.x, y: a.y, community: a.community, strength: st });
  }
  const dateOf = (k: string) => (graph.getNodeAttribute(k, 'date') as string | null | undefined) ?? '';
  for (const [k, p] of kept) {
    if (p.meetings.length > 1) p.meetings.sort((x, y) => (dateOf(x) < dateOf(y) ? -1 : dateOf(x) > dateOf(y) ? 1 : x < y ? -1 : 1));
    proj.addEdge(people[p.i], people[p.j], { weight: p.weight, meetings: p.meetings, met: met.get(k) ?? 0 });
  }
  return {
    graph: proj,
    stats: { people: proj.order, pairs: proj.size, meetings: lists.length, cappedMeetings, droppedPairs, maxAttendees, maxPairs, maxWeight },
  };
}

export interface LayoutOptions {
  /** stop after about this many ms even if the iterations are not done */
  budgetMs?: number;
  /** override the iterations chosen by size */
  iterations?: number;
  /** above this many people the full graph's positions are kept (one ForceAtlas2 iteration there takes seconds) */
  maxPeople?: number;
  now?: () => number;
}

/**
 * Above this many people the projection keeps the full graph's ForceAtlas2 positions, which
 * already put co-attendees round their meetings: one Barnes–Hut iteration on the synthetic
 * 100,000-node graph's 23,000 people took 0.8–5 s here, past any budget for a click.
 */
export const LAYOUT_MAX_PEOPLE = 5000;

/** Iterations for a projection of this size: many for a small one, a few for a big one. */
export function projectionIterations(order: number, size: number): number {
  return Math.max(10, Math.min(200, Math.floor(1_500_000 / Math.max(1, order + size))));
}

/**
 * ForceAtlas2 on the projection, weighted by pair weight, started from the full graph's
 * positions (co-attendees already sit near their meetings there, so few iterations settle it).
 * One iteration is timed, then as many run as fit in `budgetMs`; returns the iterations run
 * (0: the positions are the full graph's).
 */
export function layoutProjection(proj: ProjectionGraph, options: LayoutOptions = {}): number {
  if (proj.order < 2 || proj.order > (options.maxPeople ?? LAYOUT_MAX_PEOPLE)) return 0;
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? 1500;
  if (budget <= 0) return 0;
  const total = options.iterations ?? projectionIterations(proj.order, proj.size);
  const settings = { ...forceAtlas2.inferSettings(proj), barnesHutOptimize: proj.order > 500 };
  const run = (n: number) => forceAtlas2.assign(proj, { iterations: n, settings, getEdgeWeight: 'weight' });
  const t0 = now();
  run(1);
  let done = 1;
  const each = Math.max(now() - t0, 0.01);
  // the rest in a few chunks, so that a slower machine (or a busier moment) still stops near the budget
  while (done < total) {
    const left = budget - (now() - t0);
    const n = Math.min(total - done, Math.floor(left / each / 2) || (left > each ? 1 : 0));
    if (n <= 0) break;
    run(n);
    done += n;
  }
  // sigma needs finite positions
  proj.forEachNode((k, a) => {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) proj.mergeNodeAttributes(k, { x: 0, y: 0 });
  });
  return done;
}

/** A person's co-attendees in the projection, heaviest first: "with X: N meetings". */
export interface PairRow {
  other: string;
  otherLabel: string;
  weight: number;
  meetings: string[];
  met: number;
}

export function pairsOf(proj: ProjectionGraph, key: string): PairRow[] {
  if (!proj.hasNode(key)) return [];
  const rows: PairRow[] = [];
  proj.forEachEdge(key, (_e, a, s, t) => {
    const other = s === key ? t : s;
    rows.push({ other, otherLabel: proj.getNodeAttribute(other, 'name'), weight: a.weight, meetings: a.meetings, met: a.met });
  });
  rows.sort((x, y) => y.weight - x.weight || (x.otherLabel < y.otherLabel ? -1 : x.otherLabel > y.otherLabel ? 1 : 0));
  return rows;
}

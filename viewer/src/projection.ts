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
  maxPairs: 60_000,
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
 */
export function coAttendance(graph: KgGraph, options: ProjectionOptions = {}): { graph: ProjectionGraph; stats: ProjectionStats } {
  const { maxAttendees, maxPairs } = { ...DEFAULT_PROJECTION, ...options };
  const from = options.dateFrom ?? null;
  const to = options.dateTo ?? null;
  const dated = from !== null || to !== null;

  // people by number: a pair's key is i * n + j (i < j), a number, not a string
  const people: string[] = [];
  const index = new Map<string, number>();
  const idOf = (key: string) => {
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = people.length)), people.push(key);
    return i;
  };
  interface Pair {
    i: number;
    j: number;
    meetings: string[];
    met: number;
  }
  const pairs = new Map<number, Pair>();
  // an upper bound on people, so that i * N + j stays unique
  const N = graph.order + 1;
  const pairOf = (a: number, b: number): Pair => {
    const [i, j] = a < b ? [a, b] : [b, a];
    const k = i * N + j;
    let p = pairs.get(k);
    if (!p) pairs.set(k, (p = { i, j, meetings: [], met: 0 }));
    return p;
  };

  let meetings = 0;
  let cappedMeetings = 0;
  const attendees: { key: string; order: number }[] = [];
  const seen = new Set<string>();
  graph.forEachNode((meeting, m) => {
    if (m.type !== 'Meeting') return;
    if (dated && !overlaps(nodeSpan(m), from, to)) return;
    attendees.length = 0;
    seen.clear();
    graph.forEachEdge(meeting, (_e, a, source, target, sa, ta) => {
      if (a.type !== 'ATTENDED') return;
      const [person, pa] = source === meeting ? [target, ta] : [source, sa];
      if (pa.type !== 'Person' || seen.has(person)) return;
      seen.add(person);
      attendees.push({ key: person, order: attendanceOrder(a) });
    });
    if (attendees.length < 2) return;
    meetings++;
    if (attendees.length > maxAttendees) {
      cappedMeetings++;
      attendees.sort((x, y) => x.order - y.order || (x.key < y.key ? -1 : 1));
      attendees.length = maxAttendees;
    }
    const ids = attendees.map((x) => idOf(x.key));
    for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) pairOf(ids[x], ids[y]).meetings.push(meeting);
  });
  graph.forEachEdge((_e, a, source, target, sa, ta) => {
    if (a.type !== 'MET' || source === target || sa.type !== 'Person' || ta.type !== 'Person') return;
    if (dated && !overlaps(edgeDates(a, sa, ta), from, to)) return;
    pairOf(idOf(source), idOf(target)).met++;
  });

  let kept = [...pairs.values()];
  const weightOf = (p: Pair) => p.meetings.length + p.met;
  let droppedPairs = 0;
  if (kept.length > maxPairs) {
    kept.sort((p, q) => weightOf(q) - weightOf(p) || p.i - q.i || p.j - q.j);
    droppedPairs = kept.length - maxPairs;
    kept = kept.slice(0, maxPairs);
  }

  const proj: ProjectionGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const dateOf = (k: string) => (graph.getNodeAttribute(k, 'date') as string | null | undefined) ?? '';
  let maxWeight = 0;
  for (const p of kept) {
    for (const i of [p.i, p.j]) {
      const key = people[i];
      if (proj.hasNode(key)) continue;
      const a = graph.getNodeAttributes(key);
      proj.addNode(key, { type: 'Person', name: a.name, x: a.x, y: a.y, community: a.community, strength: 0 });
    }
    const weight = weightOf(p);
    maxWeight = Math.max(maxWeight, weight);
    if (p.meetings.length > 1) p.meetings.sort((x, y) => (dateOf(x) < dateOf(y) ? -1 : dateOf(x) > dateOf(y) ? 1 : x < y ? -1 : 1));
    proj.addEdge(people[p.i], people[p.j], { weight, meetings: p.meetings, met: p.met });
    proj.updateNodeAttribute(people[p.i], 'strength', (s) => (s ?? 0) + weight);
    proj.updateNodeAttribute(people[p.j], 'strength', (s) => (s ?? 0) + weight);
  }
  return {
    graph: proj,
    stats: { people: proj.order, pairs: proj.size, meetings, cappedMeetings, droppedPairs, maxAttendees, maxPairs, maxWeight },
  };
}

export interface LayoutOptions {
  /** stop after this many ms even if the iterations are not done */
  budgetMs?: number;
  /** override the iterations chosen by size */
  iterations?: number;
  now?: () => number;
}

/** Iterations for a projection of this size: many for a small one, a few for a big one. */
export function projectionIterations(order: number, size: number): number {
  return Math.max(10, Math.min(200, Math.floor(1_500_000 / Math.max(1, order + size))));
}

/**
 * ForceAtlas2 on the projection, weighted by pair weight, started from the full graph's
 * positions (co-attendees already sit near their meetings there, so few iterations settle it).
 * Runs in chunks and stops at `budgetMs`; returns the iterations run.
 */
export function layoutProjection(proj: ProjectionGraph, options: LayoutOptions = {}): number {
  if (proj.order < 2) return 0;
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? 1500;
  const total = options.iterations ?? projectionIterations(proj.order, proj.size);
  const settings = { ...forceAtlas2.inferSettings(proj), barnesHutOptimize: proj.order > 1000 };
  const t0 = now();
  // chunks of about a tenth of the work, so that the budget is checked often enough
  const chunk = Math.max(1, Math.ceil(total / 10));
  let done = 0;
  while (done < total && now() - t0 < budget) {
    const n = Math.min(chunk, total - done);
    forceAtlas2.assign(proj, { iterations: n, settings, getEdgeWeight: 'weight' });
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

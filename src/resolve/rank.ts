// Rank: one order of officials from the protocol order of all meetings. Pure, over the
// corpus graph.
//
// Party newspapers list the officials at a meeting by rank (the genre's 排名顺序), so each
// article's list of attendees is a set of pairwise observations "A is listed before B".
// They are aggregated by majority: A precedes B when more lists put A first. The majority
// graph can hold cycles (lists disagree) and gaps (two people never listed together); the
// ranking is a topological order of its strongly connected components, ties and cycles
// broken by a Borda score (the mean relative position of a person in the lists, 1 = first)
// and then by key, so the result is deterministic.

import type { CorpusGraph } from './graph';
import { cmp } from './resolve';

/** One article's list of attendees of one meeting, in protocol order. */
export interface AttendanceList {
  meeting: string;
  article: string;
  people: string[];
}

export interface RankedPerson {
  key: string;
  name: string;
  /** mean relative position in the lists, 1 = always listed first, 0 = always last */
  borda: number;
  /** lists the person appears in (with at least one other person) */
  lists: number;
}

export interface RankStep {
  from: string;
  to: string;
  /** lists that put `from` before `to` */
  agree: number;
  /** lists that hold both */
  observations: number;
}

export interface Ranking {
  people: RankedPerson[];
  /** consecutive steps of the ranking, each with the observations behind it */
  steps: RankStep[];
  lists: number;
  /** pairs of people observed together */
  pairs: number;
}

export interface RankOptions {
  /** pairs observed in fewer lists are ignored */
  minObservations: number;
}

export const DEFAULT_RANK_OPTIONS: Readonly<RankOptions> = { minObservations: 1 };

/** The attendance lists of the graph: per meeting and article, attendees by their `order`. */
export function attendanceLists(graph: CorpusGraph): AttendanceList[] {
  const lists = new Map<string, { meeting: string; article: string; entries: { person: string; order: number }[] }>();
  graph.forEachEdge((_, attrs, source, target) => {
    if (attrs.type !== 'ATTENDED') return;
    for (const ev of attrs.evidence) {
      if (ev.order === undefined) continue;
      const k = `${target}\u0000${ev.article}`;
      let l = lists.get(k);
      if (!l) lists.set(k, (l = { meeting: target, article: ev.article, entries: [] }));
      if (!l.entries.some((e) => e.person === source)) l.entries.push({ person: source, order: ev.order });
    }
  });
  return [...lists.values()]
    .map((l) => ({
      meeting: l.meeting,
      article: l.article,
      people: l.entries.sort((a, b) => a.order - b.order || cmp(a.person, b.person)).map((e) => e.person),
    }))
    .sort((a, b) => cmp(a.meeting, b.meeting) || cmp(a.article, b.article));
}

/** Pairwise precedence counts: `before.get(a)?.get(b)` = lists that put a before b. */
export function precedences(lists: AttendanceList[]): Map<string, Map<string, number>> {
  const before = new Map<string, Map<string, number>>();
  for (const l of lists)
    for (let i = 0; i < l.people.length; i++)
      for (let j = i + 1; j < l.people.length; j++) {
        const a = l.people[i];
        let m = before.get(a);
        if (!m) before.set(a, (m = new Map()));
        m.set(l.people[j], (m.get(l.people[j]) ?? 0) + 1);
      }
  return before;
}

export function rankOfficials(graph: CorpusGraph, options: Partial<RankOptions> = {}): Ranking {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  const lists = attendanceLists(graph).filter((l) => l.people.length >= 2);
  const before = precedences(lists);
  const count = (a: string, b: string) => before.get(a)?.get(b) ?? 0;

  // Borda: mean relative position, 1 for first, 0 for last
  const borda = new Map<string, { sum: number; n: number }>();
  for (const l of lists)
    l.people.forEach((p, i) => {
      const s = borda.get(p) ?? { sum: 0, n: 0 };
      s.sum += 1 - i / (l.people.length - 1);
      s.n++;
      borda.set(p, s);
    });
  const score = (p: string) => borda.get(p)!.sum / borda.get(p)!.n;
  const people = [...borda.keys()].sort(cmp);

  // majority graph
  const wins = new Map<string, string[]>(people.map((p) => [p, []]));
  let pairs = 0;
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const [a, b] = [people[i], people[j]];
      const ab = count(a, b);
      const ba = count(b, a);
      if (ab + ba === 0) continue;
      pairs++;
      if (ab + ba < opts.minObservations) continue;
      if (ab > ba) wins.get(a)!.push(b);
      else if (ba > ab) wins.get(b)!.push(a);
    }

  const byScore = (a: string, b: string) => score(b) - score(a) || cmp(a, b);
  const components = stronglyConnected(people, wins);
  // order inside a cycle: wins over the other members, then Borda
  const compOf = new Map<string, number>();
  components.forEach((c, i) => c.forEach((p) => compOf.set(p, i)));
  for (const c of components) {
    const inside = new Set(c);
    const net = (p: string) => c.reduce((s, q) => s + (inside.has(q) && q !== p ? Math.sign(count(p, q) - count(q, p)) : 0), 0);
    c.sort((a, b) => net(b) - net(a) || byScore(a, b));
  }
  // topological order of the components (Kahn), the best-scored ready component first
  const indeg = components.map(() => 0);
  const succ = components.map(() => new Set<number>());
  for (const [a, bs] of wins)
    for (const b of bs) {
      const [ca, cb] = [compOf.get(a)!, compOf.get(b)!];
      if (ca !== cb && !succ[ca].has(cb)) {
        succ[ca].add(cb);
        indeg[cb]++;
      }
    }
  const best = components.map((c) => c.reduce((m, p) => Math.max(m, score(p)), -1));
  const ready = components.map((_, i) => i).filter((i) => indeg[i] === 0);
  const order: string[] = [];
  while (ready.length) {
    ready.sort((x, y) => best[y] - best[x] || cmp(components[x][0], components[y][0]));
    const c = ready.shift()!;
    order.push(...components[c]);
    for (const d of succ[c]) if (--indeg[d] === 0) ready.push(d);
  }

  return {
    people: order.map((key) => ({
      key,
      name: graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key,
      borda: Math.round(score(key) * 1000) / 1000,
      lists: borda.get(key)!.n,
    })),
    steps: order.slice(1).map((to, i) => {
      const from = order[i];
      return { from, to, agree: count(from, to), observations: count(from, to) + count(to, from) };
    }),
    lists: lists.length,
    pairs,
  };
}

/** Tarjan's strongly connected components, iteratively (lists can be long). */
function stronglyConnected(nodes: string[], succ: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  for (const root of nodes) {
    if (idx.has(root)) continue;
    const work: { v: string; i: number }[] = [{ v: root, i: 0 }];
    idx.set(root, index);
    low.set(root, index++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const next = succ.get(top.v)!;
      if (top.i < next.length) {
        const w = next[top.i++];
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, idx.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].v;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.v)!));
      }
      if (low.get(top.v) === idx.get(top.v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.v);
        out.push(comp);
      }
    }
  }
  return out;
}

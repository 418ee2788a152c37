// Lookup: what the corpus graph says about a name, every fact with its evidence. Pure, over
// the graph of graph.json (no Neo4j needed); `kg lookup` formats the result.

import type { EdgeEvidence, GraphNodeAttributes } from '../model';
import type { CorpusGraph } from './graph';
import { cmp } from './resolve';

export interface Fact {
  /** the node the fact leads to */
  key: string;
  name: string;
  type: string;
  date?: string | null;
  role?: string;
  order?: number;
  first?: string | null;
  last?: string | null;
  evidence: EdgeEvidence[];
}

export interface CoAttendee {
  key: string;
  name: string;
  /** the meetings both attended */
  meetings: { key: string; name: string; date: string | null }[];
}

export interface PersonReport {
  kind: 'Person';
  key: string;
  node: GraphNodeAttributes;
  /** HOLDS, by the first date the post was seen */
  posts: Fact[];
  /** ATTENDED, by meeting date */
  meetings: Fact[];
  coAttendees: CoAttendee[];
  /** VISITED, MET */
  visits: Fact[];
  met: Fact[];
  /** REPORTED: articles the person wrote */
  reported: Fact[];
}

export interface MeetingReport {
  kind: 'Meeting';
  key: string;
  node: GraphNodeAttributes;
  /** ATTENDED, in protocol order */
  attendees: Fact[];
  policies: Fact[];
  conveners: Fact[];
  places: Fact[];
  /** the articles that report it (MENTIONS, and the articles of its evidence) */
  articles: { key: string; id: string; title: string; newspaper: string | null; date: string | null }[];
}

export interface OtherReport {
  kind: 'Other';
  key: string;
  node: GraphNodeAttributes;
  /** every edge at the node, the other end named */
  facts: (Fact & { relation: string; direction: 'out' | 'in' })[];
}

export type Report = PersonReport | MeetingReport | OtherReport;

export interface LookupResult {
  reports: Report[];
  /** when nothing matched exactly: close names of the graph, best first (closeNames) */
  suggestions: { key: string; name: string; type: string }[];
}

const byDateThenName = (a: Fact, b: Fact) =>
  cmp(a.date ?? a.first ?? '9999', b.date ?? b.first ?? '9999') || cmp(a.name, b.name) || cmp(a.key, b.key);

/** Nodes (not articles) whose name or an alias is the query. */
export function findNodes(graph: CorpusGraph, query: string): string[] {
  const q = query.trim();
  return graph
    .filterNodes((_, a) => a.type !== 'Article' && (a.name === q || (a.aliases ?? []).includes(q)))
    .sort((a, b) => typeOrder(graph.getNodeAttribute(a, 'type')) - typeOrder(graph.getNodeAttribute(b, 'type')) || cmp(a, b));
}

const TYPE_ORDER = ['Person', 'Meeting', 'Organization', 'Policy', 'Title', 'Location'];
const typeOrder = (t: string) => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);

export function lookup(graph: CorpusGraph, query: string): LookupResult {
  const keys = findNodes(graph, query);
  const reports = keys.map((k) => report(graph, k));
  const suggestions = reports.length
    ? []
    : closeNames(
        query,
        graph
          .filterNodes((_, a) => a.type !== 'Article')
          .flatMap((k) => {
            const a = graph.getNodeAttributes(k);
            return [a.name, ...(a.aliases ?? [])].map((name) => ({ key: k, name, type: a.type }));
          }),
      );
  return { reports, suggestions };
}

export interface NameCandidate {
  key: string;
  name: string;
  type: string;
}

/** Edit distance (insertions, deletions, substitutions) between two short names, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}

/** How many characters two names share (each character of `a` counted once per occurrence in `b`). */
function sharedChars(a: string, b: string): number {
  const left = [...b];
  let n = 0;
  for (const c of a) {
    const k = left.indexOf(c);
    if (k >= 0) (n++, left.splice(k, 1));
  }
  return n;
}

/**
 * Names of the graph close to one it does not hold, best first: names that contain the query
 * (or that it contains), then by edit distance, shared characters and — for a person — the
 * same surname (张三 → 张迎春, 张剑飞). A name is offered when it contains the query, is within
 * half the query's length of edits (a person of the same surname: within its length), or holds
 * three quarters of its characters (外事委员会 → 省委外事工作委员会).
 */
export function closeNames(query: string, candidates: NameCandidate[], limit = 10): NameCandidate[] {
  const q = query.trim();
  if (!q) return [];
  const scored: { c: NameCandidate; contains: boolean; d: number; shared: number; surname: boolean }[] = [];
  for (const c of candidates) {
    if (!c.name || c.name === q) continue;
    const contains = c.name.includes(q) || (q.length >= 2 && c.name.length >= 2 && q.includes(c.name));
    const shared = sharedChars(q, c.name);
    if (!contains && shared === 0) continue;
    const d = editDistance(q, c.name);
    const surname = c.type === 'Person' && c.name[0] === q[0];
    const n = [...q].length;
    const near = d <= Math.max(1, Math.ceil(n / 2)) || (surname && d <= n) || shared >= Math.max(2, Math.ceil(n * 0.75));
    if (!contains && !near) continue;
    scored.push({ c, contains, d, shared, surname });
  }
  scored.sort(
    (a, b) =>
      Number(b.contains) - Number(a.contains) ||
      a.d - b.d ||
      b.shared - a.shared ||
      Number(b.surname) - Number(a.surname) ||
      cmp(a.c.name, b.c.name) ||
      cmp(a.c.key, b.c.key),
  );
  const seen = new Set<string>();
  const out: NameCandidate[] = [];
  for (const s of scored) {
    if (seen.has(s.c.key)) continue;
    seen.add(s.c.key);
    out.push(s.c);
    if (out.length >= limit) break;
  }
  return out;
}

export function report(graph: CorpusGraph, key: string): Report {
  const node = graph.getNodeAttributes(key);
  if (node.type === 'Person') return personReport(graph, key);
  if (node.type === 'Meeting') return meetingReport(graph, key);
  const facts: OtherReport['facts'] = [];
  graph.forEachOutEdge(key, (_, e, __, t) => facts.push({ ...fact(graph, t, e), relation: e.type, direction: 'out' }));
  graph.forEachInEdge(key, (_, e, s) => {
    if (e.type === 'MENTIONS') return;
    facts.push({ ...fact(graph, s, e), relation: e.type, direction: 'in' });
  });
  facts.sort((a, b) => cmp(a.relation, b.relation) || byDateThenName(a, b));
  return { kind: 'Other', key, node, facts };
}

function fact(graph: CorpusGraph, other: string, e: { role?: string; order?: number; first?: string | null; last?: string | null; evidence: EdgeEvidence[] }): Fact {
  const a = graph.getNodeAttributes(other);
  const f: Fact = { key: other, name: a.name, type: a.type, evidence: e.evidence };
  if (a.date !== undefined) f.date = a.date;
  if (e.role !== undefined) f.role = e.role;
  if (e.order !== undefined) f.order = e.order;
  f.first = e.first ?? null;
  f.last = e.last ?? null;
  return f;
}

function personReport(graph: CorpusGraph, key: string): PersonReport {
  const r: PersonReport = { kind: 'Person', key, node: graph.getNodeAttributes(key), posts: [], meetings: [], coAttendees: [], visits: [], met: [], reported: [] };
  graph.forEachOutEdge(key, (_, e, __, t) => {
    const f = fact(graph, t, e);
    if (e.type === 'HOLDS') r.posts.push(f);
    else if (e.type === 'ATTENDED') r.meetings.push(f);
    else if (e.type === 'VISITED') r.visits.push(f);
    else if (e.type === 'MET') r.met.push(f);
    else if (e.type === 'REPORTED') r.reported.push(f);
  });
  graph.forEachInEdge(key, (_, e, s) => {
    if (e.type === 'MET') r.met.push(fact(graph, s, e));
  });
  r.posts.sort((a, b) => cmp(a.first ?? '9999', b.first ?? '9999') || cmp(a.last ?? '', b.last ?? '') || cmp(a.name, b.name));
  for (const list of [r.meetings, r.visits, r.met, r.reported]) list.sort(byDateThenName);

  const co = new Map<string, CoAttendee>();
  for (const m of r.meetings) {
    graph.forEachInEdge(m.key, (_, e, s) => {
      if (e.type !== 'ATTENDED' || s === key) return;
      let c = co.get(s);
      if (!c) co.set(s, (c = { key: s, name: graph.getNodeAttribute(s, 'name'), meetings: [] }));
      c.meetings.push({ key: m.key, name: m.name, date: m.date ?? null });
    });
  }
  r.coAttendees = [...co.values()].sort((a, b) => b.meetings.length - a.meetings.length || cmp(a.name, b.name) || cmp(a.key, b.key));
  return r;
}

function meetingReport(graph: CorpusGraph, key: string): MeetingReport {
  const r: MeetingReport = { kind: 'Meeting', key, node: graph.getNodeAttributes(key), attendees: [], policies: [], conveners: [], places: [], articles: [] };
  const articles = new Set<string>();
  graph.forEachInEdge(key, (_, e, s) => {
    if (e.type === 'ATTENDED') r.attendees.push(fact(graph, s, e));
    else if (e.type === 'CONVENED') r.conveners.push(fact(graph, s, e));
    else if (e.type === 'MENTIONS') articles.add(s);
  });
  graph.forEachOutEdge(key, (_, e, __, t) => {
    if (e.type === 'ADDRESSED') r.policies.push(fact(graph, t, e));
    else if (e.type === 'HELD_IN') r.places.push(fact(graph, t, e));
  });
  for (const f of [...r.attendees, ...r.policies, ...r.conveners, ...r.places])
    for (const ev of f.evidence) if (graph.hasNode(`Article:${ev.article}`)) articles.add(`Article:${ev.article}`);
  // protocol order: the position the lists give (presiders first where no list says)
  r.attendees.sort(
    (a, b) =>
      (a.order ?? Infinity) - (b.order ?? Infinity) ||
      (a.role === 'presided' ? 0 : 1) - (b.role === 'presided' ? 0 : 1) ||
      cmp(a.name, b.name),
  );
  r.policies.sort(byDateThenName);
  r.articles = [...articles].sort(cmp).map((k) => {
    const a = graph.getNodeAttributes(k);
    return { key: k, id: k.replace(/^Article:/, ''), title: a.title ?? a.name, newspaper: a.newspaper ?? null, date: a.date ?? null };
  });
  return r;
}

// What the side panel says about one node, computed from the graph (pure; panel.ts draws it).
// A person: meetings with role and date, posts with first/last dates, co-attendees. A meeting:
// attendees in protocol order with roles, the policies it addressed, the articles reporting it.
// An article: its heading and, by type, what it names (its text is fetched by the panel).
// Every row keeps its edge's evidence so the panel can cite the sentence behind it.
import type { GraphEdgeAttributes, GraphNodeAttributes, NodeType } from '../../src/model';
import type { Citation, KgGraph } from './data';
import { articleKey, evidenceOf, nodeLabel, NODE_TYPES } from './data';

export interface EdgeRow {
  edge: string;
  type: GraphEdgeAttributes['type'];
  /** the node at the other end */
  other: string;
  otherLabel: string;
  otherType: NodeType;
  /** 'out' when the selected node is the edge's source */
  direction: 'out' | 'in';
  role?: string;
  order?: number;
  spoke?: boolean;
  /** the meeting's date (ATTENDED, ADDRESSED) or the article's */
  date?: string | null;
  first?: string | null;
  last?: string | null;
  evidence: Citation[];
}

export interface CoAttendee {
  key: string;
  label: string;
  /** the meetings both attended */
  meetings: string[];
}

export interface ArticleRef {
  /** the Article node, when the graph has one */
  key: string | null;
  article: string;
  title: string;
  newspaper: string | null;
  date: string | null;
}

interface Base {
  key: string;
  type: NodeType;
  label: string;
  attributes: GraphNodeAttributes;
  /** every edge not listed in a section above, grouped by edge type */
  other: EdgeRow[];
  /** articles that mention the node (MENTIONS edges carry no sentence), by date */
  mentionedIn: ArticleRef[];
}

export interface PersonDetails extends Base {
  kind: 'person';
  meetings: EdgeRow[];
  posts: EdgeRow[];
  coAttendees: CoAttendee[];
}

export interface MeetingDetails extends Base {
  kind: 'meeting';
  attendees: EdgeRow[];
  policies: EdgeRow[];
  articles: ArticleRef[];
}

export interface ArticleDetails extends Base {
  kind: 'article';
  /** the article id (`<source>#<n>`) */
  article: string;
  /** what the article names (MENTIONS), by type in legend order */
  named: { type: NodeType; nodes: { key: string; label: string }[] }[];
  /** its reporters (REPORTED) */
  reporters: EdgeRow[];
}

export interface NodeDetails extends Base {
  kind: 'node';
}

export type Details = PersonDetails | MeetingDetails | ArticleDetails | NodeDetails;

export function details(graph: KgGraph, key: string): Details {
  const attributes = graph.getNodeAttributes(key);
  const rows = edgeRows(graph, key);
  const base = { key, type: attributes.type, label: nodeLabel(attributes), attributes };
  const mentions = rows.filter((r) => r.type === 'MENTIONS' && r.direction === 'in' && r.otherType === 'Article');
  const mentionedIn = mentions
    .map((r) => articleRef(graph, r.other))
    .sort((a, b) => cmpDate(a.date, b.date) || cmpStr(a.article, b.article));
  if (attributes.type === 'Person') {
    const meetings = rows.filter((r) => r.type === 'ATTENDED' && r.direction === 'out');
    meetings.sort((a, b) => cmpDate(a.date, b.date) || cmpStr(a.otherLabel, b.otherLabel));
    const posts = rows.filter((r) => r.type === 'HOLDS' && r.direction === 'out');
    posts.sort((a, b) => cmpDate(a.first, b.first) || cmpStr(a.otherLabel, b.otherLabel));
    const used = new Set([...meetings, ...posts, ...mentions]);
    return {
      ...base,
      mentionedIn,
      kind: 'person',
      meetings,
      posts,
      coAttendees: coAttendees(graph, key, meetings),
      other: sortOther(rows.filter((r) => !used.has(r))),
    };
  }
  if (attributes.type === 'Meeting') {
    const attendees = rows.filter((r) => r.type === 'ATTENDED' && r.direction === 'in');
    attendees.sort(byProtocolOrder);
    const policies = rows.filter((r) => r.type === 'ADDRESSED' && r.direction === 'out');
    const used = new Set([...attendees, ...policies, ...mentions]);
    return {
      ...base,
      // the articles section lists them, with those its facts cite
      mentionedIn: [],
      kind: 'meeting',
      attendees,
      policies,
      articles: reportingArticles(graph, rows),
      other: sortOther(rows.filter((r) => !used.has(r))),
    };
  }
  if (attributes.type === 'Article') {
    const named = rows.filter((r) => r.type === 'MENTIONS' && r.direction === 'out');
    const reporters = rows.filter((r) => r.type === 'REPORTED' && r.direction === 'in');
    const used = new Set([...named, ...reporters]);
    return {
      ...base,
      mentionedIn: [],
      kind: 'article',
      article: articleIdOf(key),
      named: NODE_TYPES.map((type) => ({
        type,
        nodes: named
          .filter((r) => r.otherType === type)
          .map((r) => ({ key: r.other, label: r.otherLabel }))
          .sort((a, b) => cmpStr(a.label, b.label)),
      })).filter((g) => g.nodes.length > 0),
      reporters,
      other: sortOther(rows.filter((r) => !used.has(r))),
    };
  }
  const used = new Set(mentions);
  return { ...base, mentionedIn, kind: 'node', other: sortOther(rows.filter((r) => !used.has(r))) };
}

function edgeRows(graph: KgGraph, key: string): EdgeRow[] {
  const rows: EdgeRow[] = [];
  graph.forEachEdge(key, (edge, a, source, target, sa, ta) => {
    const out = source === key;
    const other = out ? target : source;
    const oa = out ? ta : sa;
    const meeting = a.type === 'ATTENDED' || a.type === 'ADDRESSED' ? (out ? oa : sa) : undefined;
    rows.push({
      edge,
      type: a.type,
      other,
      otherLabel: nodeLabel(oa),
      otherType: oa.type,
      direction: out ? 'out' : 'in',
      role: a.role,
      order: a.order,
      spoke: a.spoke,
      date: meeting ? (meeting.date ?? null) : oa.type === 'Article' ? (oa.date ?? null) : undefined,
      first: a.first,
      last: a.last,
      evidence: evidenceOf(a),
    });
  });
  return rows;
}

/** Protocol order as the articles list it; presiders first where no order is given. */
function byProtocolOrder(a: EdgeRow, b: EdgeRow): number {
  const oa = a.order ?? Infinity;
  const ob = b.order ?? Infinity;
  if (oa !== ob) return oa - ob;
  const ra = a.role === 'presided' ? 0 : 1;
  const rb = b.role === 'presided' ? 0 : 1;
  return ra - rb || cmpStr(a.otherLabel, b.otherLabel);
}

function coAttendees(graph: KgGraph, person: string, meetings: EdgeRow[]): CoAttendee[] {
  const byPerson = new Map<string, CoAttendee>();
  for (const m of meetings) {
    graph.forEachInEdge(m.other, (_e, a, source, _t, sa) => {
      if (a.type !== 'ATTENDED' || source === person || sa.type !== 'Person') return;
      let c = byPerson.get(source);
      if (!c) byPerson.set(source, (c = { key: source, label: nodeLabel(sa), meetings: [] }));
      if (!c.meetings.includes(m.other)) c.meetings.push(m.other);
    });
  }
  return [...byPerson.values()].sort((a, b) => b.meetings.length - a.meetings.length || cmpStr(a.label, b.label));
}

/** Articles that report a meeting: those mentioning it, and those its edges cite as evidence. */
function reportingArticles(graph: KgGraph, rows: EdgeRow[]): ArticleRef[] {
  const byId = new Map<string, ArticleRef>();
  for (const r of rows) {
    if (r.otherType !== 'Article') continue;
    const ref = articleRef(graph, r.other);
    byId.set(ref.article, ref);
  }
  for (const r of rows)
    for (const e of r.evidence) {
      if (byId.has(e.article)) continue;
      const nodeKey = articleKey(e.article);
      const node = graph.hasNode(nodeKey) ? graph.getNodeAttributes(nodeKey) : undefined;
      byId.set(e.article, {
        key: node ? nodeKey : null,
        article: e.article,
        title: e.title ?? node?.title ?? e.article,
        newspaper: e.newspaper ?? node?.newspaper ?? null,
        date: e.date ?? node?.date ?? null,
      });
    }
  return [...byId.values()].sort((a, b) => cmpDate(a.date, b.date) || cmpStr(a.newspaper ?? '', b.newspaper ?? '') || cmpStr(a.article, b.article));
}

function articleRef(graph: KgGraph, key: string): ArticleRef {
  const a = graph.getNodeAttributes(key);
  return { key, article: articleIdOf(key), title: a.title ?? a.name, newspaper: a.newspaper ?? null, date: a.date ?? null };
}

function articleIdOf(nodeKey: string): string {
  return nodeKey.startsWith('Article:') ? nodeKey.slice('Article:'.length) : nodeKey;
}

function sortOther(rows: EdgeRow[]): EdgeRow[] {
  return rows.sort((a, b) => cmpStr(a.type, b.type) || cmpDate(a.date ?? a.first, b.date ?? b.first) || cmpStr(a.otherLabel, b.otherLabel));
}

/** ISO dates compare as strings; unknown dates go last. */
function cmpDate(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Graph data for the viewer: graph.json (graphology's serialized graph, src/model.ts) → a
// graphology Graph, plus what the display derives from it once (sizes by degree, date spans).
// Pure: no DOM, no fetch; main.ts does the I/O.
import Graph from 'graphology';
import type { EdgeEvidence, GraphEdgeAttributes, GraphNodeAttributes, NodeType } from '../../src/model';

export type KgGraph = Graph<GraphNodeAttributes, GraphEdgeAttributes>;

/**
 * One sentence behind an edge, as the viewer reads it. `article`, `start` and `end` are always
 * there (UTF-16 offsets into the article's text, as in the build's articles.jsonl); the
 * sentence and the article's date, newspaper and title may be left out of graph.json, and are
 * then read from the article itself (GET /api/article) or its Article node.
 */
export type Citation = Pick<EdgeEvidence, 'article' | 'start' | 'end' | 'role' | 'order'> &
  Partial<Pick<EdgeEvidence, 'text' | 'date' | 'newspaper' | 'title'>>;

/** The node types the viewer knows, in legend order. */
export const NODE_TYPES: readonly NodeType[] = [
  'Person',
  'Meeting',
  'Organization',
  'Policy',
  'Title',
  'Location',
  'Article',
];

export class GraphDataError extends Error {
  override name = 'GraphDataError';
}

/**
 * Import a serialized graph. Any graph type is accepted (mixed, multi), since `kg build`
 * decides that; a node without finite x/y gets a position from `fallbackLayout`.
 */
export function importGraph(data: unknown): { graph: KgGraph; laidOut: number } {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes))
    throw new GraphDataError('graph.json: expected graphology\'s serialized graph ({ nodes: [...], edges: [...] })');
  const graph: KgGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.import(data as Parameters<KgGraph['import']>[0]);
  const laidOut = fallbackLayout(graph);
  return { graph, laidOut };
}

/**
 * Give every node lacking finite x/y a place on a circle around the laid-out ones (all nodes
 * on one circle if none has a position). `kg build` precomputes positions; this only keeps
 * the viewer usable on a graph without them. Returns how many nodes were placed.
 */
export function fallbackLayout(graph: KgGraph): number {
  const missing: string[] = [];
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((key, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    } else missing.push(key);
  });
  if (missing.length === 0) return 0;
  const placed = graph.order - missing.length;
  const cx = placed ? (minX + maxX) / 2 : 0;
  const cy = placed ? (minY + maxY) / 2 : 0;
  const r = placed ? Math.max(maxX - minX, maxY - minY, 1) * 0.75 : 100;
  missing.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / missing.length;
    graph.mergeNodeAttributes(key, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  });
  return missing.length;
}

/**
 * Edges that say who did what: every type but an article's MENTIONS and a reporter's REPORTED,
 * which would make headlines and bylines the largest nodes of the overview.
 */
export function isFactEdge(a: GraphEdgeAttributes): boolean {
  return a.type !== 'MENTIONS' && a.type !== 'REPORTED';
}

/** How many facts a node takes part in (its degree without MENTIONS and REPORTED edges). */
export function factDegrees(graph: KgGraph): Map<string, number> {
  const degrees = new Map<string, number>();
  graph.forEachNode((key) => degrees.set(key, 0));
  graph.forEachEdge((_e, a, source, target) => {
    if (!isFactEdge(a)) return;
    degrees.set(source, degrees.get(source)! + 1);
    if (target !== source) degrees.set(target, degrees.get(target)! + 1);
  });
  return degrees;
}

/** An article is a source, not an actor: drawn small whatever it mentions. */
const ARTICLE_SIZE = 2.5;

/**
 * Display size by the facts a node takes part in: grows with √degree so the people and
 * meetings at the centre of things stand out without swamping the view. Label priority
 * follows size (labels.ts).
 */
export function nodeSizes(graph: KgGraph, degrees = factDegrees(graph)): Map<string, number> {
  const sizes = new Map<string, number>();
  graph.forEachNode((key, a) => {
    sizes.set(key, a.type === 'Article' ? ARTICLE_SIZE : Math.min(3 + 1.6 * Math.sqrt(degrees.get(key) ?? 0), 22));
  });
  return sizes;
}

/** The label a node is shown with. */
export function nodeLabel(a: GraphNodeAttributes): string {
  if (a.type === 'Article') return a.title || a.name;
  return a.name;
}

/** [earliest, latest] ISO date of a node (Meeting, Article) or null. */
export function nodeSpan(a: GraphNodeAttributes): [string, string] | null {
  return isIsoDate(a.date) ? [a.date, a.date] : null;
}

/** [earliest, latest] date an edge was seen (first/last, else its evidence's dates) or null. */
export function edgeSpan(a: GraphEdgeAttributes): [string, string] | null {
  const dates: string[] = [];
  if (isIsoDate(a.first)) dates.push(a.first);
  if (isIsoDate(a.last)) dates.push(a.last);
  if (dates.length === 0) for (const e of evidenceOf(a)) if (isIsoDate(e.date)) dates.push(e.date);
  if (dates.length === 0) return null;
  dates.sort();
  return [dates[0], dates[dates.length - 1]];
}

/** Earliest and latest date anywhere in the graph, for the date filter's bounds. */
export function dateExtent(graph: KgGraph): [string, string] | null {
  let lo: string | null = null;
  let hi: string | null = null;
  const see = (s: [string, string] | null) => {
    if (!s) return;
    if (lo === null || s[0] < lo) lo = s[0];
    if (hi === null || s[1] > hi) hi = s[1];
  };
  graph.forEachNode((_k, a) => see(nodeSpan(a)));
  graph.forEachEdge((_k, a) => see(edgeSpan(a)));
  return lo !== null && hi !== null ? [lo, hi] : null;
}

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s);
}

export function evidenceOf(a: GraphEdgeAttributes): Citation[] {
  return Array.isArray(a.evidence) ? a.evidence : [];
}

/** The Article node's key for an article id. */
export function articleKey(article: string): string {
  return `Article:${article}`;
}

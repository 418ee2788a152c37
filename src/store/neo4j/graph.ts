// graph.json (graphology's serialized graph, written by `kg build`) → a load plan: rows for
// Neo4j grouped by node label and by (relationship type, start label, end label). Pure: no I/O,
// no driver; loader.ts applies the plan.
//
// How the model maps to Neo4j (docs/neo4j.md says the same for users):
// - a node's `key` (type + normal form) is its identity; its label is its `type`;
// - Neo4j properties cannot hold maps, so an edge's evidence list becomes parallel arrays on
//   the relationship, index i of each describing the same sentence: evidenceArticles (article
//   ids), evidenceStarts, evidenceEnds (UTF-16 offsets into the article's text); the text is
//   stored once, on the Article node (`text`, from articles.jsonl), with its date, newspaper
//   and title;
// - labels and types come only from the allow-lists below, never from the data.
import neo4j, { type Integer } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type GraphEdgeAttributes, type GraphNodeAttributes } from '../../model';
import { InputError } from '../../errors';

export const NODE_LABELS = [...ENTITY_TYPES, 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export const REL_TYPES = [...RELATION_TYPES, 'REPORTED', 'MENTIONS'] as const;
export type RelType = (typeof REL_TYPES)[number];

export function isNodeLabel(s: unknown): s is NodeLabel {
  return typeof s === 'string' && (NODE_LABELS as readonly string[]).includes(s);
}
export function isRelType(s: unknown): s is RelType {
  return typeof s === 'string' && (REL_TYPES as readonly string[]).includes(s);
}

/** graphology's `graph.export()` */
export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  options?: Record<string, unknown>;
  nodes: { key: string; attributes?: Partial<GraphNodeAttributes> & Record<string, unknown> }[];
  edges: {
    key?: string;
    source: string;
    target: string;
    undirected?: boolean;
    attributes?: Partial<GraphEdgeAttributes> & Record<string, unknown>;
  }[];
}

export type PropValue = string | number | boolean | Integer | string[] | number[] | boolean[] | Integer[];

export interface NodeRow {
  key: string;
  /**
   * The node's scalar properties in this build, set with `SET n += props` when this build wins
   * the node (./cypher.ts): every attribute of the model is named, null where this build has
   * none, so the winner's properties replace the loser's whole, whatever the order of loads.
   * Holds `build` and `buildMentions`, the ranking of the build for this node.
   */
  props: Record<string, PropValue | null>;
  /** this build's name of the node: a loser's name becomes an alias */
  name: string;
  /** this build's article count for the node (0 when graph.json gives none) */
  mentions: number;
  /** the id of the build (./read.ts: a hash of its graph.json) */
  build: string;
  /** merged as a sorted set with what the node already has */
  aliases: string[];
}

/** An edge's evidence as the parallel arrays stored on the relationship (index i = one sentence). */
export interface EvidenceArrays {
  evidenceCount: Integer;
  /** article ids: the sentence is in the text of `(:Article {key: 'Article:' + id})` */
  evidenceArticles: string[];
  /** UTF-16 offsets of the sentence in the article text (-1 when graph.json has none) */
  evidenceStarts: Integer[];
  evidenceEnds: Integer[];
}

export interface RelRow {
  key: string;
  from: string;
  to: string;
  props: Record<string, PropValue>;
  /** merged with the evidence already there, one entry per (article, start, end) */
  evidence: EvidenceArrays;
  /** merged as the earliest / latest date seen */
  first: string | null;
  last: string | null;
}

export interface NodeGroup {
  label: NodeLabel;
  rows: NodeRow[];
}
export interface RelGroup {
  type: RelType;
  from: NodeLabel;
  to: NodeLabel;
  rows: RelRow[];
}
export interface LoadPlan {
  nodes: NodeGroup[];
  relationships: RelGroup[];
  nodeCount: number;
  relationshipCount: number;
  /** nodes and edges left out, each with one line saying which and why (the rest is loaded) */
  skipped: string[];
}

/**
 * The most UTF-8 bytes a value Neo4j indexes may have here: keys (uniqueness constraints),
 * names and dates (range indexes). Neo4j refuses a larger one (8 KiB less overhead) and with it
 * the whole batch, again at every re-run; half of that leaves room, and no real name comes near.
 */
export const MAX_INDEXED_BYTES = 4096;
/** Node attributes under a range index (besides the key). */
const INDEXED_NODE_ATTRS = ['name', 'date'];

/** `"湖南省…" (10,000 characters)`: a value named in a message without printing all of it. */
function shortValue(s: string): string {
  return s.length <= 60 ? JSON.stringify(s) : `${JSON.stringify(s.slice(0, 40))}… (${s.length.toLocaleString('en')} characters)`;
}

/** Why a node cannot be indexed, or null. */
function oversize(key: string, a: Record<string, unknown>): string | null {
  if (Buffer.byteLength(key, 'utf8') > MAX_INDEXED_BYTES) return `its key is ${Buffer.byteLength(key, 'utf8')} bytes`;
  for (const k of INDEXED_NODE_ATTRS) {
    const v = a[k];
    if (typeof v === 'string' && Buffer.byteLength(v, 'utf8') > MAX_INDEXED_BYTES) return `its ${k} is ${Buffer.byteLength(v, 'utf8')} bytes`;
  }
  return null;
}

/**
 * Attributes that are floats whatever their value (the layout). Every other whole number —
 * community, protocol order, counts such as `mentions` — is stored as Neo4j INTEGER, so
 * `order = 1` matches and the Browser shows 1, not 1.0.
 */
const FLOAT_ATTRS = new Set(['x', 'y']);
/** Attributes the plan handles itself rather than copying. */
const NODE_SPECIAL = new Set(['type', 'aliases', 'key']);
/**
 * The scalar attributes of the model's nodes (src/model.ts): a row names each of them, null
 * where the build has none, so the winning build's set replaces the others' whole.
 */
const NODE_SCALARS = ['name', 'date', 'location', 'homonym', 'title', 'newspaper', 'source', 'kind', 'community', 'mentions', 'x', 'y'];

/**
 * Strings in the order Neo4j sorts them: UTF-16 code units, as Java's String.compareTo and
 * JavaScript's `<` (checked: Neo4j 5.26 puts U+20BB7 𠮷 before U+FFE0).
 */
export const cmpStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const EDGE_SPECIAL = new Set(['type', 'evidence', 'first', 'last', 'key']);

/** Check the shape of parsed graph.json; `file` names it in errors. */
export function asSerializedGraph(data: unknown, file: string): SerializedGraph {
  const bad = (why: string): never => {
    throw new InputError(file, `not a graph.json written by kg build: ${why}`, 'UNDECODABLE');
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) bad('expected a JSON object');
  const g = data as Record<string, unknown>;
  if (!Array.isArray(g.nodes)) bad('expected a "nodes" array');
  if (!Array.isArray(g.edges)) bad('expected an "edges" array');
  return g as unknown as SerializedGraph;
}

/**
 * The rows of a graph.json one node or edge at a time, for a plan held whole (planLoad) or
 * streamed in batches (./stream.ts). Nodes must come before edges (graph.json's order): an
 * edge's labels are those of its nodes. Throws InputError naming the node or edge that does not
 * fit the model; `skipped` collects the ones left out (one line each, the rest is loaded).
 */
export interface RowPlanner {
  node(n: SerializedGraph['nodes'][number], i: number): { label: NodeLabel; row: NodeRow } | null;
  edge(e: SerializedGraph['edges'][number], i: number): { type: RelType; from: NodeLabel; to: NodeLabel; row: RelRow } | null;
  readonly skipped: string[];
}

/**
 * `build` identifies the build (./read.ts: a hash of graph.json); where two builds give a node
 * the same number of mentions, the smaller id wins it. The planner holds the keys seen (to find
 * an edge's labels and duplicates), never the rows — unless `labelOf` gives a node's label: the
 * rows then come from a graph whose keys are unique and whose edges join its nodes (a
 * graphology graph), and the planner keeps no keys at all.
 */
export function rowPlanner(file = 'graph.json', build = '', labelOf?: (key: string) => NodeLabel | undefined): RowPlanner {
  const fail = (why: string): never => {
    throw new InputError(file, why, 'UNDECODABLE');
  };
  const labels = new Map<string, NodeLabel>();
  const skipped: string[] = [];
  const skippedNodes = new Set<string>();
  const edgeKeys = new Set<string>();
  const labelOfNode = labelOf ?? ((key: string) => labels.get(key));
  const node: RowPlanner['node'] = (n, i) => {
    if (!n || typeof n.key !== 'string' || n.key === '') fail(`node #${i}: expected a string "key"`);
    const a = n.attributes ?? {};
    if (!isNodeLabel(a.type))
      fail(`node "${n.key}": type ${JSON.stringify(a.type)} is not one of ${NODE_LABELS.join(', ')}`);
    if (!labelOf && (labels.has(n.key) || skippedNodes.has(n.key))) fail(`node "${n.key}" appears twice`);
    const label = a.type as NodeLabel;
    // a value too large for Neo4j's indexes: this node (and its edges) left out, the rest loaded
    const tooLarge = oversize(n.key, a);
    if (tooLarge) {
      skipped.push(`${file}: node ${shortValue(n.key)} not loaded: ${tooLarge}, more than the ${MAX_INDEXED_BYTES} Neo4j's indexes take here`);
      skippedNodes.add(n.key);
      return null;
    }
    if (!labelOf) labels.set(n.key, label);
    const props: Record<string, PropValue | null> = { key: n.key };
    for (const k of NODE_SCALARS) props[k] = null;
    for (const [k, v] of Object.entries(a)) {
      if (NODE_SPECIAL.has(k)) continue;
      const p = toProp(v, !FLOAT_ATTRS.has(k));
      if (p !== undefined) props[k] = p;
      else if (v !== null && v !== undefined) fail(`node "${n.key}": attribute "${k}" is not a string, number, boolean or list of them`);
    }
    const mentions = typeof a.mentions === 'number' && Number.isInteger(a.mentions) && a.mentions >= 0 ? a.mentions : 0;
    props.build = build;
    props.buildMentions = neo4j.int(mentions);
    const name = typeof a.name === 'string' ? a.name : '';
    const aliases = [...new Set(Array.isArray(a.aliases) ? a.aliases.filter((s): s is string => typeof s === 'string' && s !== name) : [])].sort(cmpStrings);
    return { label, row: { key: n.key, props, name, mentions, build, aliases } };
  };

  const edge: RowPlanner['edge'] = (e, i) => {
    const a = e?.attributes ?? {};
    if (!isRelType(a.type)) fail(`edge #${i}: type ${JSON.stringify(a.type)} is not one of ${REL_TYPES.join(', ')}`);
    const type = a.type as RelType;
    if (skippedNodes.has(e.source) || skippedNodes.has(e.target)) return null; // said with the node
    const from = labelOfNode(e.source);
    const to = labelOfNode(e.target);
    if (!from) fail(`edge #${i}: source "${e.source}" is not a node`);
    if (!to) fail(`edge #${i}: target "${e.target}" is not a node`);
    const key = typeof e.key === 'string' && e.key !== '' ? e.key : `${type}:${e.source}->${e.target}`;
    if (!labelOf) {
      if (edgeKeys.has(key)) fail(`edge "${key}" appears twice`);
      edgeKeys.add(key);
    }
    if (Buffer.byteLength(key, 'utf8') > MAX_INDEXED_BYTES) {
      skipped.push(`${file}: edge ${shortValue(key)} not loaded: its key is ${Buffer.byteLength(key, 'utf8')} bytes, more than the ${MAX_INDEXED_BYTES} Neo4j's indexes take here`);
      return null;
    }
    const props: Record<string, PropValue> = { key };
    for (const [k, v] of Object.entries(a)) {
      if (EDGE_SPECIAL.has(k)) continue;
      const p = toProp(v, !FLOAT_ATTRS.has(k));
      if (p !== undefined) props[k] = p;
      else if (v !== null && v !== undefined) fail(`edge "${key}": attribute "${k}" is not a string, number, boolean or list of them`);
    }
    const given = Array.isArray(a.evidence) ? a.evidence : [];
    given.forEach((ev, j) => {
      if (!ev || typeof ev.article !== 'string') fail(`edge "${key}": evidence #${j} needs "article"`);
    });
    // one entry per (article, start, end), in that order: the order the merge of two loads keeps
    const seen = new Set<string>();
    const list = given
      .filter((ev) => {
        const k = `${ev.article}\u0000${intOr(ev.start, -1)}\u0000${intOr(ev.end, -1)}`;
        return seen.has(k) ? false : (seen.add(k), true);
      })
      .sort((x, y) => cmpStrings(x.article, y.article) || intOr(x.start, -1) - intOr(y.start, -1) || intOr(x.end, -1) - intOr(y.end, -1));
    const evidence: EvidenceArrays = {
      evidenceCount: neo4j.int(list.length),
      evidenceArticles: list.map((ev) => ev.article),
      evidenceStarts: list.map((ev) => neo4j.int(intOr(ev.start, -1))),
      evidenceEnds: list.map((ev) => neo4j.int(intOr(ev.end, -1))),
    };
    const row: RelRow = {
      key,
      from: e.source,
      to: e.target,
      props,
      evidence,
      first: typeof a.first === 'string' ? a.first : null,
      last: typeof a.last === 'string' ? a.last : null,
    };
    return { type, from: from!, to: to!, row };
  };
  return { node, edge, skipped };
}

/** A fixed order of groups (allow-list order), so batches and progress are the same on every run. */
export function compareNodeGroups(x: NodeLabel, y: NodeLabel): number {
  return NODE_LABELS.indexOf(x) - NODE_LABELS.indexOf(y);
}
export function compareRelGroups(x: Omit<RelGroup, 'rows'>, y: Omit<RelGroup, 'rows'>): number {
  const rank = (t: string) => (REL_TYPES as readonly string[]).indexOf(t);
  return rank(x.type) - rank(y.type) || compareNodeGroups(x.from, y.from) || compareNodeGroups(x.to, y.to);
}

/** A row of the plan with its group: a node row under its label, a relationship row under its type and end labels. */
export type PlannedRow =
  | { kind: 'node'; label: NodeLabel; row: NodeRow }
  | { kind: 'rel'; type: RelType; from: NodeLabel; to: NodeLabel; row: RelRow };

/**
 * The rows of a graph's nodes, then of its edges, one at a time in the graph's order (so each
 * group's rows come in the order planLoad gives them); what is held is the planner's keys, never
 * the rows. See rowPlanner for `build`, `labelOf` and the errors.
 */
export function* plannedRows(
  graph: { nodes: Iterable<SerializedGraph['nodes'][number]>; edges: Iterable<SerializedGraph['edges'][number]> },
  file = 'graph.json',
  build = '',
  labelOf?: (key: string) => NodeLabel | undefined,
): Generator<PlannedRow> {
  const planner = rowPlanner(file, build, labelOf);
  let i = 0;
  for (const n of graph.nodes) {
    const r = planner.node(n, i++);
    if (r) yield { kind: 'node', ...r };
  }
  i = 0;
  for (const e of graph.edges) {
    const r = planner.edge(e, i++);
    if (r) yield { kind: 'rel', ...r };
  }
}

/**
 * Build the load plan, whole; throws InputError naming the node or edge that does not fit the
 * model. See rowPlanner for `build`.
 */
export function planLoad(graph: SerializedGraph, file = 'graph.json', build = ''): LoadPlan {
  const planner = rowPlanner(file, build);
  const nodeGroups = new Map<NodeLabel, NodeRow[]>();
  graph.nodes.forEach((n, i) => {
    const r = planner.node(n, i);
    if (r) (nodeGroups.get(r.label) ?? nodeGroups.set(r.label, []).get(r.label)!).push(r.row);
  });
  const relGroups = new Map<string, RelGroup>();
  graph.edges.forEach((e, i) => {
    const r = planner.edge(e, i);
    if (!r) return;
    const gk = `${r.type}|${r.from}|${r.to}`;
    const group = relGroups.get(gk) ?? relGroups.set(gk, { type: r.type, from: r.from, to: r.to, rows: [] }).get(gk)!;
    group.rows.push(r.row);
  });
  const nodes = [...nodeGroups.keys()].sort(compareNodeGroups).map((label) => ({ label, rows: nodeGroups.get(label)! }));
  const relationships = [...relGroups.values()].sort(compareRelGroups);
  return {
    nodes,
    relationships,
    nodeCount: nodes.reduce((s, g) => s + g.rows.length, 0),
    relationshipCount: relationships.reduce((s, g) => s + g.rows.length, 0),
    skipped: planner.skipped,
  };
}

function intOr(v: unknown, dflt: number): number {
  return typeof v === 'number' && Number.isInteger(v) ? v : dflt;
}

/** A value Neo4j can store as a property, or undefined (null, objects, mixed lists). */
function toProp(v: unknown, integer: boolean): PropValue | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    return integer && Number.isInteger(v) ? neo4j.int(v) : v;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string')) return v as string[];
    if (v.every((x) => typeof x === 'boolean')) return v as boolean[];
    if (v.every((x) => typeof x === 'number' && Number.isFinite(x))) return v as number[];
  }
  return undefined;
}

/**
 * Give the plan's Article rows their `text`: `texts` yields (id, text) pairs, from the
 * articles.jsonl of the same build (./read.ts). Returns how many rows got one.
 */
export async function attachArticleTexts(plan: LoadPlan, texts: AsyncIterable<{ id: string; text: string }>): Promise<number> {
  const rows = new Map<string, NodeRow>();
  for (const r of plan.nodes.find((g) => g.label === 'Article')?.rows ?? []) rows.set(r.key, r);
  let n = 0;
  for await (const { id, text } of texts) {
    const row = rows.get(`Article:${id}`);
    if (row && typeof text === 'string') {
      row.props.text = text;
      n++;
    }
  }
  return n;
}

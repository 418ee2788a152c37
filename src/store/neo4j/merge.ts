// The merge of a build's row with what the database already holds for the same key, computed
// in the client: pure, no driver. The loader (./loader.ts) reads the stored state of a batch's
// keys, asks these functions what to write, and writes only that — a new node or relationship
// whole, a stored one only the properties that change. So a reload writes nothing, and the
// server does index seeks and plain SETs rather than sorting lists row by row.
//
// The rules are those of docs/graph.md ("Loading several builds into one database"): the order
// of loads does not matter and loading again changes nothing.
import neo4j, { type Integer } from 'neo4j-driver';
import { cmpStrings, type NodeRow, type PropValue, type RelRow } from './graph';

/** A stored property as the driver reads it (integers as numbers: disableLosslessIntegers). */
export type StoredValue = string | number | boolean | null | undefined | (string | number | boolean)[];

/** What the database holds for a node key: its properties (`text` included for an Article). */
export type StoredNode = Record<string, StoredValue>;

/** What the database holds for a relationship key: the properties the merge reads. */
export interface StoredRel {
  role?: StoredValue;
  spoke?: StoredValue;
  order?: StoredValue;
  first?: StoredValue;
  last?: StoredValue;
  evidenceArticles?: StoredValue;
  evidenceStarts?: StoredValue;
  evidenceEnds?: StoredValue;
}

/** The properties to SET (`+=`: null removes one) on the key's node or relationship. */
export type PropertyWrite = Record<string, PropValue | null>;

const num = (v: unknown): unknown => (neo4j.isInt(v) ? (v as Integer).toNumber() : v);

/** Equal as stored values: an Integer equals its number, null equals absent, lists element-wise. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => num(x) === num(b[i]));
  }
  return num(a) === num(b);
}

function withoutNulls(p: Record<string, PropValue | null>): PropertyWrite {
  const out: PropertyWrite = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

/** The properties of `want` whose values differ from `stored`; null when none does. */
function changes(want: Record<string, PropValue | null>, stored: Record<string, unknown>): PropertyWrite | null {
  let out: PropertyWrite | null = null;
  for (const [k, v] of Object.entries(want)) if (!sameValue(v, stored[k])) (out ??= {})[k] = v;
  return out;
}

/**
 * What to write for a node row, given the stored node (undefined: none). The scalar
 * properties come whole from one build, the one with the most mentions of the node (ties: the
 * smaller build id); `aliases` is the sorted set of every name and alias any build gave, less
 * the node's name; an Article's `text` goes with the winning build's properties (a row without
 * text leaves the stored one). Returns null when nothing changes.
 */
export function mergeNode(row: NodeRow, stored: StoredNode | undefined): PropertyWrite | null {
  if (!stored) {
    const aliases = sortedForms(row.aliases, row.props.name);
    return withoutNulls({ ...row.props, aliases: aliases.length ? aliases : null });
  }
  const storedMentions = num(stored.buildMentions);
  const wins =
    storedMentions === null ||
    storedMentions === undefined ||
    row.mentions > (storedMentions as number) ||
    (row.mentions === storedMentions && typeof stored.build === 'string' && cmpStrings(row.build, stored.build) <= 0);
  const name = wins ? row.props.name : stored.name;
  const storedAliases = Array.isArray(stored.aliases) ? stored.aliases.filter((s): s is string => typeof s === 'string') : [];
  const forms = [...storedAliases, ...(typeof stored.name === 'string' ? [stored.name] : []), ...row.aliases, row.name];
  const aliases = sortedForms(forms, name);
  const want: Record<string, PropValue | null> = wins ? { ...row.props } : {};
  want.aliases = aliases.length ? aliases : null;
  return changes(want, stored);
}

/**
 * The distinct non-empty forms in UTF-16 code-unit order, less `name`. A node without a name
 * keeps no aliases (as the Cypher merge of the first loader did: a comparison with null drops
 * every form).
 */
function sortedForms(forms: readonly string[], name: unknown): string[] {
  if (name === null || name === undefined) return [];
  return [...new Set(forms.filter((f) => f !== '' && f !== name))].sort(cmpStrings);
}

/** An evidence entry of a relationship: (article, start, end). */
type Entry = [string, number, number];

function entriesOf(articles: unknown, starts: unknown, ends: unknown): Entry[] {
  if (!Array.isArray(articles) || !Array.isArray(starts) || !Array.isArray(ends)) return [];
  return articles.map((a, i) => [String(a), Number(num(starts[i])), Number(num(ends[i]))]);
}

/** The union of two evidence lists, one entry per (article, start, end), sorted by them. */
export function unionEvidence(a: Entry[], b: Entry[]): Entry[] {
  const seen = new Map<string, Entry>();
  for (const e of [...a, ...b]) seen.set(`${e[0]}\u0000${e[1]}\u0000${e[2]}`, e);
  return [...seen.values()].sort((x, y) => cmpStrings(x[0], y[0]) || x[1] - y[1] || x[2] - y[2]);
}

const isNull = (v: unknown) => v === null || v === undefined;

/**
 * What to write for a relationship row, given the stored relationship (undefined: none):
 * `role` presided beats attended (other roles: the greatest string), `spoke` true if any build
 * says so, `order` the smallest, `first`/`last` the earliest/latest date, the evidence the
 * union of entries. Returns null when nothing changes.
 */
export function mergeRel(row: RelRow, stored: StoredRel | undefined): PropertyWrite | null {
  if (!stored) return withoutNulls({ ...row.props, ...row.evidence, first: row.first, last: row.last });
  const p = row.props;
  const want: Record<string, PropValue | null> = {};
  const sr = stored.role;
  const rr = p.role;
  if (isNull(sr)) want.role = isNull(rr) ? null : rr;
  else if (!isNull(rr) && typeof rr === 'string' && typeof sr === 'string')
    want.role = sr === 'presided' || rr === 'presided' ? 'presided' : cmpStrings(rr, sr) > 0 ? rr : sr;
  if (isNull(stored.spoke)) want.spoke = isNull(p.spoke) ? null : p.spoke;
  else if (!isNull(p.spoke)) want.spoke = stored.spoke === true || p.spoke === true;
  if (isNull(stored.order)) want.order = isNull(p.order) ? null : p.order;
  else if (!isNull(p.order) && Number(num(p.order)) < Number(stored.order)) want.order = p.order;
  if (isNull(stored.first) || (row.first !== null && typeof stored.first === 'string' && cmpStrings(row.first, stored.first) < 0)) want.first = row.first;
  if (isNull(stored.last) || (row.last !== null && typeof stored.last === 'string' && cmpStrings(row.last, stored.last) > 0)) want.last = row.last;
  const ev = row.evidence;
  const same =
    sameValue(stored.evidenceArticles ?? [], ev.evidenceArticles) &&
    sameValue(stored.evidenceStarts ?? [], ev.evidenceStarts) &&
    sameValue(stored.evidenceEnds ?? [], ev.evidenceEnds);
  if (!same) {
    const mine = entriesOf(ev.evidenceArticles, ev.evidenceStarts, ev.evidenceEnds);
    const all = unionEvidence(entriesOf(stored.evidenceArticles, stored.evidenceStarts, stored.evidenceEnds), mine);
    want.evidenceCount = neo4j.int(all.length);
    want.evidenceArticles = all.map((e) => e[0]);
    want.evidenceStarts = all.map((e) => neo4j.int(e[1]));
    want.evidenceEnds = all.map((e) => neo4j.int(e[2]));
  }
  return changes(want, stored as Record<string, unknown>);
}

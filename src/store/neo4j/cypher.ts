// The read and write statements of the loader. Everything from the data is a parameter ($rows,
// $keys); the only things spliced into the text are a label and a relationship type, and those
// are checked against the allow-lists of graph.ts first (Cypher cannot take them as parameters).
// The merge rules themselves are in ./merge.ts (pure), not in Cypher.
import { isNodeLabel, isRelType, type NodeLabel, type RelType } from './graph';

function label(l: NodeLabel): string {
  if (!isNodeLabel(l)) throw new Error(`not an allowed label: ${String(l)}`);
  return l;
}
function relType(t: RelType): string {
  if (!isRelType(t)) throw new Error(`not an allowed relationship type: ${String(t)}`);
  return t;
}

/**
 * Write nodes of one label: `row.p` holds what ./merge.ts decided to write for the key — the
 * whole node when it is new, else only the properties that change (null removes one).
 */
export function mergeNodesCypher(l: NodeLabel): string {
  return `UNWIND $rows AS row
MERGE (n:${label(l)} {key: row.key})
SET n += row.p`;
}

// The reads and the MATCHes demand a seek of the key's index (USING INDEX SEEK). Without, the
// planner — replanning in the middle of a load, its statistics of an index sampled while empty —
// chose a scan per key: 3,173 keys took 105 s instead of 0.4 s; with a plain USING INDEX it
// chose a scan of that index per key (2,000 keys: 46 s).

/**
 * Create nodes of one label that the batch's read found absent: each row is the whole node's
 * properties (its key among them) — nothing else to pack and unpack for a row.
 */
export function createNodesCypher(l: NodeLabel): string {
  return `UNWIND $rows AS p
CREATE (n:${label(l)})
SET n = p`;
}

/**
 * Read what the database holds for some keys of one label, for ./merge.ts: every property as
 * (name, value) pairs (an Article's text among them).
 */
export function readNodesCypher(l: NodeLabel): string {
  return `UNWIND $keys AS k
MATCH (n:${label(l)} {key: k}) USING INDEX SEEK n:${label(l)}(key)
RETURN k AS key, [p IN keys(n) | [p, n[p]]] AS props`;
}

/**
 * Write relationships of one type between two labels, as mergeNodesCypher writes nodes: the
 * whole relationship when it is new, else the properties ./merge.ts says change.
 */
export function mergeRelsCypher(t: RelType, from: NodeLabel, to: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${label(from)} {key: row.from}) USING INDEX SEEK a:${label(from)}(key)
MATCH (b:${label(to)} {key: row.to}) USING INDEX SEEK b:${label(to)}(key)
MERGE (a)-[r:${relType(t)} {key: row.key}]->(b)
SET r += row.p`;
}

/**
 * Create relationships known to be absent (CREATE: half the server's work of a MERGE, which
 * seeks and locks the key again); the key constraint still refuses a duplicate. A row is the
 * relationship whole, as mergeRel(row, undefined) of ./merge.ts gives it, in columns:
 * `[from key, to key, properties (the key among them), evidence articles, starts, ends, first,
 * last]` — a list, not maps, so the driver packs no member names (a null first or last sets
 * nothing).
 */
export function createRelsCypher(t: RelType, from: NodeLabel, to: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${label(from)} {key: row[0]}) USING INDEX SEEK a:${label(from)}(key)
MATCH (b:${label(to)} {key: row[1]}) USING INDEX SEEK b:${label(to)}(key)
CREATE (a)-[r:${relType(t)}]->(b)
SET r = row[2], r.evidenceCount = size(row[3]), r.evidenceArticles = row[3], r.evidenceStarts = row[4], r.evidenceEnds = row[5],
  r.first = row[6], r.last = row[7]`;
}

/** Read the properties ./merge.ts merges, for some keys of one relationship type. */
export function readRelsCypher(t: RelType): string {
  return `UNWIND $keys AS k
MATCH ()-[r:${relType(t)} {key: k}]->() USING INDEX SEEK r:${relType(t)}(key)
RETURN k AS key, r {.role, .spoke, .order, .first, .last, .evidenceArticles, .evidenceStarts, .evidenceEnds} AS props`;
}

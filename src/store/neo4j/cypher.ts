// The write statements of the loader. Everything from the data is a parameter ($rows); the
// only things spliced into the text are a label and a relationship type, and those are checked
// against the allow-lists of graph.ts first (Cypher cannot take them as parameters).
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
 * MERGE nodes of one label on `key`, so that the order of loads does not matter and loading
 * again changes nothing (docs/graph.md, "Loading several builds"):
 * - the scalar properties come whole from one build, the one with the most mentions of the node
 *   (ties: the smallest build id), which the node keeps as `build` and `buildMentions`;
 * - `aliases` is the sorted set of every name and alias any build gave, without the name.
 */
export function mergeNodesCypher(l: NodeLabel): string {
  return `UNWIND $rows AS row
MERGE (n:${label(l)} {key: row.key})
WITH n, row,
     n.buildMentions IS NULL OR row.mentions > n.buildMentions
       OR (row.mentions = n.buildMentions AND row.build <= n.build) AS wins,
     coalesce(n.aliases, []) + [x IN [n.name] WHERE x IS NOT NULL] + row.aliases + [row.name] AS forms
FOREACH (_ IN CASE WHEN wins THEN [1] ELSE [] END | SET n += row.props)
WITH n, forms
CALL (n, forms) {
  UNWIND forms AS f
  WITH DISTINCT f WHERE f <> n.name AND f <> ''
  ORDER BY f
  RETURN collect(f) AS aliases
}
SET n.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END`;
}

/**
 * MERGE relationships of one type between two labels on `key`, order-independent and
 * idempotent: `role` presided beats attended (other roles: the greatest string), `spoke` is true
 * if any build says so, `order` is the smallest, `first`/`last` the earliest/latest date; the
 * evidence is the union of the builds' entries, one per (article, start, end), sorted by them.
 * A relationship whose evidence arrays equal the row's (a reload) keeps them as they are.
 */
export function mergeRelsCypher(t: RelType, from: NodeLabel, to: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${label(from)} {key: row.from})
MATCH (b:${label(to)} {key: row.to})
MERGE (a)-[r:${relType(t)} {key: row.key}]->(b)
ON CREATE SET r += row.props, r += row.evidence, r.first = row.first, r.last = row.last
ON MATCH SET
    r.role = CASE WHEN r.role IS NULL THEN row.props.role WHEN row.props.role IS NULL THEN r.role
                  WHEN r.role = 'presided' OR row.props.role = 'presided' THEN 'presided'
                  WHEN row.props.role > r.role THEN row.props.role ELSE r.role END,
    r.spoke = CASE WHEN r.spoke IS NULL THEN row.props.spoke WHEN row.props.spoke IS NULL THEN r.spoke
                   ELSE r.spoke OR row.props.spoke END,
    r.order = CASE WHEN r.order IS NULL THEN row.props.order WHEN row.props.order IS NULL THEN r.order
                   WHEN row.props.order < r.order THEN row.props.order ELSE r.order END,
    r.first = CASE WHEN r.first IS NULL OR (row.first IS NOT NULL AND row.first < r.first) THEN row.first ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR (row.last IS NOT NULL AND row.last > r.last) THEN row.last ELSE r.last END
WITH r, row.evidence AS n
WHERE NOT (coalesce(r.evidenceArticles, []) = n.evidenceArticles
       AND coalesce(r.evidenceStarts, []) = n.evidenceStarts
       AND coalesce(r.evidenceEnds, []) = n.evidenceEnds)
CALL (r, n) {
  UNWIND [i IN range(0, size(coalesce(r.evidenceArticles, [])) - 1) | [r.evidenceArticles[i], r.evidenceStarts[i], r.evidenceEnds[i]]]
       + [i IN range(0, size(n.evidenceArticles) - 1) | [n.evidenceArticles[i], n.evidenceStarts[i], n.evidenceEnds[i]]] AS e
  WITH DISTINCT e[0] AS article, e[1] AS start, e[2] AS end
  ORDER BY article, start, end
  RETURN collect(article) AS arts, collect(start) AS starts, collect(end) AS ends
}
SET r.evidenceCount = size(arts), r.evidenceArticles = arts, r.evidenceStarts = starts, r.evidenceEnds = ends`;
}

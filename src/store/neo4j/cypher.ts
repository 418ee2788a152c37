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

/** MERGE nodes of one label on `key`; aliases are kept as a set across loads. */
export function mergeNodesCypher(l: NodeLabel): string {
  return `UNWIND $rows AS row
MERGE (n:${label(l)} {key: row.key})
SET n += row.props
SET n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases`;
}

/**
 * MERGE relationships of one type between two labels on `key`. A new relationship takes the
 * row's evidence arrays as they are; one that exists keeps its evidence when the row brings
 * the same sentences (a reload), and otherwise gains the sentences it lacks (one entry per
 * article + offsets: a second corpus). first/last become the earliest/latest date seen.
 */
export function mergeRelsCypher(t: RelType, from: NodeLabel, to: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${label(from)} {key: row.from})
MATCH (b:${label(to)} {key: row.to})
MERGE (a)-[r:${relType(t)} {key: row.key}]->(b)
ON CREATE SET r += row.props, r += row.evidence, r.first = row.first, r.last = row.last
ON MATCH SET r += row.props,
    r.first = CASE WHEN r.first IS NULL OR (row.first IS NOT NULL AND row.first < r.first) THEN row.first ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR (row.last IS NOT NULL AND row.last > r.last) THEN row.last ELSE r.last END
WITH r, row, row.evidence AS n
WHERE NOT (coalesce(r.evidenceArticles, []) = n.evidenceArticles
       AND coalesce(r.evidenceStarts, []) = n.evidenceStarts
       AND coalesce(r.evidenceEnds, []) = n.evidenceEnds)
WITH r, n, coalesce(r.evidenceArticles, []) AS arts
WITH r, [i IN range(0, size(arts) - 1) | {
    article: arts[i], text: r.evidenceSentences[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i],
    date: r.evidenceDates[i], newspaper: r.evidenceNewspapers[i], title: r.evidenceTitles[i]}] AS old,
  [i IN range(0, size(n.evidenceArticles) - 1) | {
    article: n.evidenceArticles[i], text: n.evidenceSentences[i], start: n.evidenceStarts[i], end: n.evidenceEnds[i],
    date: n.evidenceDates[i], newspaper: n.evidenceNewspapers[i], title: n.evidenceTitles[i]}] AS new
WITH r, old + [e IN new WHERE NONE(o IN old WHERE o.article = e.article AND o.start = e.start AND o.end = e.end)] AS ev
SET r.evidenceCount = size(ev),
    r.evidenceArticles = [e IN ev | e.article],
    r.evidenceSentences = [e IN ev | e.text],
    r.evidenceStarts = [e IN ev | e.start],
    r.evidenceEnds = [e IN ev | e.end],
    r.evidenceDates = [e IN ev | e.date],
    r.evidenceNewspapers = [e IN ev | e.newspaper],
    r.evidenceTitles = [e IN ev | e.title]`;
}

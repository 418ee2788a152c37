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
 * MERGE relationships of one type between two labels on `key`. Evidence is merged with what is
 * there (one entry per article + offsets), so loading the same graph twice changes nothing and a
 * second corpus adds its sentences; first/last become the earliest/latest date seen.
 */
export function mergeRelsCypher(t: RelType, from: NodeLabel, to: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${label(from)} {key: row.from})
MATCH (b:${label(to)} {key: row.to})
MERGE (a)-[r:${relType(t)} {key: row.key}]->(b)
WITH r, row, coalesce(r.evidenceArticles, []) AS arts
WITH r, row, [i IN range(0, size(arts) - 1) | {
    article: arts[i], text: r.evidenceSentences[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i],
    date: r.evidenceDates[i], newspaper: r.evidenceNewspapers[i], title: r.evidenceTitles[i]}] AS old
WITH r, row, old + [e IN row.evidence WHERE NONE(o IN old WHERE o.article = e.article AND o.start = e.start AND o.end = e.end)] AS ev,
     CASE WHEN r.first IS NULL OR (row.first IS NOT NULL AND row.first < r.first) THEN row.first ELSE r.first END AS first,
     CASE WHEN r.last IS NULL OR (row.last IS NOT NULL AND row.last > r.last) THEN row.last ELSE r.last END AS last
SET r += row.props,
    r.first = first,
    r.last = last,
    r.evidenceCount = size(ev),
    r.evidenceArticles = [e IN ev | e.article],
    r.evidenceSentences = [e IN ev | e.text],
    r.evidenceStarts = [e IN ev | e.start],
    r.evidenceEnds = [e IN ev | e.end],
    r.evidenceDates = [e IN ev | e.date],
    r.evidenceNewspapers = [e IN ev | e.newspaper],
    r.evidenceTitles = [e IN ev | e.title]`;
}

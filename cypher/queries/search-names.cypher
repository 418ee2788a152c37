// Find entities by a part of their name or alias (full-text, Chinese character bigrams), to learn the exact name the other queries take.
// Uses the `entity_names` full-text index of cypher/schema.cypher (analyzer `cjk`).
// @param text a few characters of the name, e.g. 外事 or 智赋
// @example npx kg query search-names --param text=外事工作
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN labels(node)[0] AS type,
       node.name AS name,
       node.key AS key,
       round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 20

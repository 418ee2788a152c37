// A person's posts over time: every title the papers gave them, with its organization and the first and last date it was seen.
// `first`/`last` are the earliest and latest article dates that name the person with that
// post (a post held before or after the corpus is not known to it).
// @param person the person's name (or node key, for homonyms)
// @example npx kg query person-posts --param person=毛伟明
MATCH (p:Person)-[h:HOLDS]->(t:Title)
WHERE p.name = $person OR p.key = $person
RETURN t.name AS title,
       COLLECT { MATCH (t)-[:TITLE_AT]->(o:Organization) RETURN o.name ORDER BY o.name } AS organization,
       h.first AS first,
       h.last AS last,
       h.evidenceCount AS seen,
       h.evidenceArticles AS articles
ORDER BY first, title

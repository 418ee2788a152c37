// The officials of an organization: who holds a post that names it, with the post and the dates it was seen.
// Posts reach their organization through TITLE_AT (省委外事工作委员会主任 → 省委外事工作委员会).
// @param organization the organization's name, one of its aliases, or its key
// @example npx kg query organization-officials --param organization=省委外事工作委员会
MATCH (o:Organization)<-[:TITLE_AT]-(t:Title)<-[h:HOLDS]-(p:Person)
WHERE o.key = $organization OR o.name = $organization OR $organization IN coalesce(o.aliases, [])
RETURN o.name AS organization,
       t.name AS title,
       p.name AS person,
       h.first AS first,
       h.last AS last,
       COLLECT { MATCH (art:Article {key: 'Article:' + h.evidenceArticles[0]})
                RETURN substring(art.text, h.evidenceStarts[0], h.evidenceEnds[0] - h.evidenceStarts[0]) }[0] AS sentence
ORDER BY title, person

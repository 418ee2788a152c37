// The meetings a person attended, in date order, with the role they had and where the meeting was held.
// @param person the person's name (or node key, for homonyms)
// @example npx kg query person-meetings --param person=毛伟明
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
WHERE p.name = $person OR p.key = $person
RETURN m.date AS date,
       m.name AS meeting,
       a.role AS role,
       coalesce(a.spoke, false) AS spoke,
       a.order AS protocolOrder,
       COLLECT { MATCH (m)-[:HELD_IN]->(l:Location) RETURN l.name ORDER BY l.name } AS heldIn,
       a.evidenceCount AS reports,
       a.evidenceArticles AS articles
ORDER BY date, meeting

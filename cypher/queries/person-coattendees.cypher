// A person's co-attendees: who sat in the same meetings, how often, and in which meetings.
// @param person the person's name (or node key, for homonyms)
// @example npx kg query person-coattendees --param person=毛伟明
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
WHERE (p.name = $person OR p.key = $person) AND other <> p
WITH other, m
ORDER BY m.date, m.name
RETURN other.name AS person,
       count(m) AS meetings,
       collect(m.name) AS meetingNames
ORDER BY meetings DESC, person

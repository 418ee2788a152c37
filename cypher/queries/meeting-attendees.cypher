// Who attended a meeting: the people in protocol order, with their role, whether they spoke, their posts on that day, and the sentence that says so.
// Protocol order is the 1-based position of the person in the list the article gives (the
// order of rank the newspaper prints); who presided comes first.
// @param meeting the meeting's name, part of it, or its key
// @example npx kg query meeting-attendees --param meeting=省委外事工作委员会全体会议
MATCH (m:Meeting)
WHERE m.key = $meeting OR m.name = $meeting OR m.name CONTAINS $meeting
MATCH (p:Person)-[a:ATTENDED]->(m)
RETURN m.name AS meeting,
       m.date AS date,
       a.order AS protocolOrder,
       p.name AS person,
       a.role AS role,
       coalesce(a.spoke, false) AS spoke,
       COLLECT { MATCH (p)-[h:HOLDS]->(t:Title)
          WHERE m.date IS NULL OR h.first IS NULL OR (h.first <= m.date AND m.date <= coalesce(h.last, h.first))
          RETURN t.name ORDER BY t.name } AS titles,
       a.evidenceArticles[0] AS article,
       // the sentence: offsets into the text its Article stores once
       COLLECT { MATCH (art:Article {key: 'Article:' + a.evidenceArticles[0]})
                RETURN substring(art.text, a.evidenceStarts[0], a.evidenceEnds[0] - a.evidenceStarts[0]) }[0] AS sentence
ORDER BY date, meeting, CASE role WHEN 'presided' THEN 0 ELSE 1 END, coalesce(protocolOrder, 1000000), person

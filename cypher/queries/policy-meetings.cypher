// The meetings that addressed a policy (reviewed, deployed, announced or discussed it), in date order, with who presided and the sentence.
// @param policy the policy's name, one of its aliases, part of its name, or its key
// @example npx kg query policy-meetings --param policy=智赋万企
MATCH (m:Meeting)-[r:ADDRESSED]->(pol:Policy)
WHERE pol.key = $policy OR pol.name = $policy OR $policy IN coalesce(pol.aliases, []) OR pol.name CONTAINS $policy
RETURN pol.name AS policy,
       m.date AS date,
       m.name AS meeting,
       COLLECT { MATCH (x:Person)-[a:ATTENDED]->(m) WHERE a.role = 'presided' RETURN x.name ORDER BY x.name } AS presidedBy,
       r.evidenceArticles[0] AS article,
       COLLECT { MATCH (art:Article {key: 'Article:' + r.evidenceArticles[0]})
                RETURN substring(art.text, r.evidenceStarts[0], r.evidenceEnds[0] - r.evidenceStarts[0]) }[0] AS sentence
ORDER BY date, meeting, policy

// The shortest path between two officials through meetings, posts, organizations, visits and meetings with each other.
// Articles (REPORTED, MENTIONS) are left out: every person named in one article would be two
// steps apart through it, which says nothing.
// @param from one person's name (or node key)
// @param to the other person's name (or node key)
// @example npx kg query official-path --param from=沈晓明 --param to=曹志强
MATCH (a:Person) WHERE a.name = $from OR a.key = $from
MATCH (b:Person) WHERE (b.name = $to OR b.key = $to) AND b <> a
MATCH path = shortestPath((a)-[:ATTENDED|HOLDS|TITLE_AT|MET|VISITED|CONVENED|HELD_IN|ADDRESSED|ISSUED*..10]-(b))
RETURN length(path) AS hops,
       path
ORDER BY hops
LIMIT 1

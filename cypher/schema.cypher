// The news-kg schema, applied by `kg load` before it writes (every statement is IF NOT EXISTS,
// so applying it again changes nothing). One statement per `;`.
//
// Every label's `key` (type + normal form, the node key of graph.json) is unique: the loader
// MERGEs on it, and these constraints are the indexes that make MERGE fast and keep it from
// creating duplicates. Relationship keys (`<TYPE>:<from>-><to>`) likewise.

// Node keys
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT title_key IF NOT EXISTS FOR (n:Title) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT policy_key IF NOT EXISTS FOR (n:Policy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT location_key IF NOT EXISTS FOR (n:Location) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;

// Relationship keys
CREATE CONSTRAINT holds_key IF NOT EXISTS FOR ()-[r:HOLDS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT title_at_key IF NOT EXISTS FOR ()-[r:TITLE_AT]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT convened_key IF NOT EXISTS FOR ()-[r:CONVENED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT addressed_key IF NOT EXISTS FOR ()-[r:ADDRESSED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT issued_key IF NOT EXISTS FOR ()-[r:ISSUED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT met_key IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reported_key IF NOT EXISTS FOR ()-[r:REPORTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT mentions_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.key IS UNIQUE;

// Exact-name lookups (the queries of cypher/queries/ find people, meetings, … by name)
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX title_name IF NOT EXISTS FOR (n:Title) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);

// Dates: meetings and articles by day, posts over time
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);

// Full-text search over names and aliases of every entity, and article titles. The `cjk`
// analyzer indexes Chinese as overlapping character bigrams, so 外事工作 finds
// 2025年省委外事工作委员会全体会议 (the standard analyzer would split every character).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Title|Organization|Meeting|Policy|Location) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS
FOR (n:Article) ON EACH [n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

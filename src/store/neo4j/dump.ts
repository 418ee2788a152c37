// Every node and relationship of the database with all its properties, one JSON line each,
// sorted: nodes by label and key, then relationships by type and key. Two databases with the
// same dump hold the same graph (property types included: each value is written with Neo4j's
// `valueType`, so 1 and 1.0, or a DATE and its string, differ). `kg dump` prints it.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config';
import { toNeo4jLoadError } from './driver';

const NODES = `MATCH (n)
WITH n, labels(n) AS labels ORDER BY labels, n.key, elementId(n)
RETURN labels, [k IN keys(n) | [k, n[k], valueType(n[k])]] AS props`;
const RELS = `MATCH (a)-[r]->(b)
WITH a, r, b ORDER BY type(r), r.key, a.key, b.key
RETURN type(r) AS type, a.key AS from, b.key AS to, [k IN keys(r) | [k, r[k], valueType(r[k])]] AS props`;

const sortedProps = (props: [string, unknown, string][]) =>
  Object.fromEntries([...props].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([k, v, t]) => [k, [v, t]]));

/** Write the dump line by line; returns how many nodes and relationships it wrote. */
export async function dumpDatabase(driver: Driver, config: Neo4jConfig, write: (line: string) => void): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  let nodes = 0;
  let relationships = 0;
  try {
    for await (const r of session.run(NODES)) {
      write(JSON.stringify({ node: r.get('labels'), props: sortedProps(r.get('props')) }));
      nodes++;
    }
    for await (const r of session.run(RELS)) {
      write(JSON.stringify({ rel: r.get('type'), from: r.get('from'), to: r.get('to'), props: sortedProps(r.get('props')) }));
      relationships++;
    }
  } catch (err) {
    throw toNeo4jLoadError(err, config);
  } finally {
    await session.close();
  }
  return { nodes, relationships };
}

// Jest globalTeardown: stop the Neo4j server globalSetup started, if it started one.
import type { LocalServer } from '../../src/store/neo4j';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __kgTestNeo4j?: LocalServer }).__kgTestNeo4j;
  if (server) await server.stop();
}

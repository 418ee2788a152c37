// news-kg's Neo4j store: connection config, the load plan (pure), the loader, the schema, the
// research queries and the project's own local server.
export * from './config';
export { connect, openDriver, toNeo4jLoadError, HOW_TO_START } from './driver';
export * from './graph';
export { createNodesCypher, createRelsCypher, mergeNodesCypher, mergeRelsCypher, readNodesCypher, readRelsCypher } from './cypher';
export { applySchema, schemaItem, schemaStatements, splitStatements } from './schema';
export * from './loader';
export * from './queries';
export * from './server';
export { buildId, readGraphFile } from './read';
export { dumpDatabase } from './dump';
export * from './csv';
export { importBuild, type ImportOptions, type ImportReport } from './import';
export { mergeNode, mergeRel, unionEvidence, sameValue, type PropertyWrite, type StoredNode, type StoredRel } from './merge';
export { openLoadStream, graphElements, type LoadStream } from './stream';

// The library API of news-kg: one import for each pipeline stage; internals stay internal.
export * from './model';
export * from './errors';
// ingest → segment → extract (pure)
export { decode } from './ingest/decode';
export { cleanPage } from './ingest/clean';
export { segmentPage, type SegmentedArticle, type SegmentOptions } from './segment/segment';
export { extractArticle, type Extraction } from './extract/extract';
export { extractPage, extractPdfPages, STAGES, type ExtractOptions } from './pipeline';
export { isPdf, readPdfPages } from './ingest/pdf';
export { layoutPage, type PdfPage, type PdfItem, type PageLayout, type PdfArticle } from './ingest/pdf-layout';
export { findPersonNames, type NameSpan } from './extract/names';
// resolve (pure) and export (files)
export { buildGraph, rankOfficials, lookup, type BuildGraphOptions, type CorpusGraph, type Ranking, type LookupResult } from './resolve';
export { buildCorpus, readGraph, type BuildOptions, type BuildSummary } from './export/build';
// store (Neo4j)
export { loadPlan, type LoadOptions, type LoadReport } from './store/neo4j';
// serve
export { startServer, type ServeOptions, type RunningServer } from './serve/server';

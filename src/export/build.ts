// Export, the I/O edge of `kg build`: input files → extract (one file at a time) → resolve
// → the files of the output folder:
//   articles.jsonl       the articles as `kg extract` writes them
//   graph.json           graphology's serialized graph (as graph.export() gives it), laid out: the viewer's
//                        and the Neo4j loader's input
//   nodes_<Label>.csv, rels_<TYPE>_<From>_<To>.csv, import.args   for `neo4j-admin database import`
//                        (the rows `kg load` writes: src/store/neo4j/csv.ts)
//   graph.gexf           for Gephi
// Same input, same bytes: records keep input order, the graph is built in key order, and
// nothing carries a time stamp.

import { forTerminal } from '../terminal';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import Graph from 'graphology';
import { InputError } from '../errors';
import { listInputs, type InputList } from '../ingest/files';
import { nameInputs } from '../ingest/ids';
import { checkOutputFolder } from '../ingest/overlap';
import { stageFolder, type Staging } from './staging';
import type { GraphEdgeType, NodeType } from '../model';
import { startExtraction, type Extraction } from '../parallel';
import type { FieldMap } from '../ingest/records';
import { graphApart, type BuildGraphOptions, type CorpusGraph } from '../resolve/graph';
import type { MentionEdges } from '../resolve/mentions';
import { CorpusResolver, type ResolvedStream } from '../resolve/resolve';
import { ArticlesFile, type ArticleTextSource } from './articles';
import { gexfPieces } from './formats';
import { graphMembers, readJsonLines, writeJsonLines } from './jsonl-graph';
import { importCsvPiecesOf, plannedRows, type NodeLabel, type PlannedRow, type SerializedGraph } from '../store/neo4j';

export interface BuildOptions {
  /** the year for dates when a page does not tell (`kg build --year`) */
  year?: number | null;
  /** progress and the summary, one line each (default: nothing) */
  log?: (line: string) => void;
  /** one line per bad input file (default: standard error) */
  warn?: (line: string) => void;
  /** ForceAtlas2 iterations ('auto': bounded by the graph's size) */
  iterations?: BuildGraphOptions['iterations'];
  /** compute the layout (default true) */
  layout?: boolean;
  /** worker threads that extract (default 1: this thread); the output is the same for any number */
  workers?: number;
  /** where records keep their fields (`--field`) */
  fields?: FieldMap;
}

export interface BuildSummary {
  outDir: string;
  /** input files read */
  files: number;
  articles: number;
  /** input files that could not be read or extracted, with the reason */
  failed: { file: string; message: string }[];
  /** bad records and cut streams inside files that were read (one line each, printed by `warn`) */
  problems: number;
  nodes: Partial<Record<NodeType, number>>;
  edges: Partial<Record<GraphEdgeType, number>>;
  /** relations of the articles that could not become edges (unknown entity, wrong endpoint types) */
  dropped: number;
  /** files written, relative to outDir */
  written: string[];
  ms: number;
}

/**
 * `KG_MEMLOG=1`: one line on standard error at each stage of a build with the heap and RSS
 * (after a collection when node runs with --expose-gc), to see where a build's memory goes;
 * `KG_MEMLOG=2`: and a line of V8's spaces, committed/used MiB.
 */
export function memoryLog(stage: string): void {
  if (!process.env.KG_MEMLOG) return;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mib = (n: number) => (n / 1048576).toFixed(0);
  process.stderr.write(`kg build: memory after ${stage}: heap ${mib(m.heapUsed)} MiB, external ${mib(m.external + m.arrayBuffers)} MiB, rss ${mib(m.rss)} MiB\n`);
  if (process.env.KG_MEMLOG === '2') process.stderr.write(v8.getHeapSpaceStatistics().map((s) => `  ${s.space_name} ${mib(s.space_size)}/${mib(s.space_used_size)}`).join('') + '\n');
}

/**
 * How far V8's old generation may grow past what survived its last full collection before it
 * collects again, during a build: while articles are extracted, and from resolution on. Left
 * to itself V8 lets it grow to up to 4× that, and a build's heap is mostly what it keeps (the
 * resolver's facts, then the graph): the facts die while the graph is made, so that slack
 * filled with dead objects in proportion to the graph (40k bench articles: old space 572 MiB
 * at a live 276 MiB; peak RSS 705 → 473 MiB with 20 % throughout, 477 with 10 %, 495 with
 * 35 %, CPU the same). Once the graph is made it stays until the end, so a small percentage
 * there is a few collections of a heap that hardly changes.
 */
export const BUILD_HEAP_GROWING_PERCENT = { extraction: 20, graph: 5 } as const;

/** node was started with a --heap-growing-percent of its own: a build leaves it alone */
const ownHeapGrowth = (): boolean => [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('heap-growing-percent'));

/** V8's heap growing factor for the build's stage (BUILD_HEAP_GROWING_PERCENT). */
function heapGrowthFor(stage: keyof typeof BUILD_HEAP_GROWING_PERCENT): void {
  if (!ownHeapGrowth()) v8.setFlagsFromString(`--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT[stage]}`);
}

/** Runs the build `fn` with the heap growing factors above, then gives V8 its own back. */
export async function withBuildHeapGrowth<T>(fn: () => Promise<T>): Promise<T> {
  if (ownHeapGrowth()) return fn();
  heapGrowthFor('extraction');
  try {
    return await fn();
  } finally {
    // 0: V8 chooses the factor
    v8.setFlagsFromString('--heap-growing-percent=0');
  }
}

export const GRAPH_FILE = 'graph.json';
export const ARTICLES_FILE = 'articles.jsonl';
export const GEXF_FILE = 'graph.gexf';

/** A name of a file `kg build` writes (and may write over) in its output folder. */
export function isBuildOutput(name: string): boolean {
  return name === GRAPH_FILE || name === ARTICLES_FILE || name === GEXF_FILE || name === 'import.args' || /^(nodes|rels)_.*\.csv$/.test(name);
}

export async function buildCorpus(inputs: string[], outDir: string, opts: BuildOptions = {}): Promise<BuildSummary> {
  return withBuildHeapGrowth(() => buildCorpusNow(inputs, outDir, opts));
}

async function buildCorpusNow(inputs: string[], outDir: string, opts: BuildOptions): Promise<BuildSummary> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const warn = opts.warn ?? ((line: string) => process.stderr.write(forTerminal(line) + '\n'));
  // the worker threads load the extractor while the folders are listed
  const extraction = startExtraction({ workers: opts.workers ?? 1, year: opts.year ?? null, form: 'records', fields: opts.fields });
  const listed = listInputs(inputs);
  // everything is written into a temporary folder beside outDir and put in place at the end
  // (./staging.ts): a reader never sees two builds mixed, an interrupted build changes nothing
  let staging: Staging;
  try {
    checkOutputFolder('kg build', outDir, inputs, listed.files, isBuildOutput);
    staging = stageFolder(outDir, isBuildOutput, GRAPH_FILE);
  } catch (err) {
    await extraction.close();
    throw err;
  }
  try {
    const summary = await buildInto(staging.dir, extraction, inputs, listed, { ...opts, log, warn });
    // the graph is gone: the heap of 'the files' less this one is the graph's own size
    memoryLog('the build (graph dropped)');
    staging.commit();
    const done: BuildSummary = { ...summary, outDir, ms: Date.now() - t0 };
    for (const line of formatSummary(done)) log(line);
    return done;
  } catch (err) {
    staging.discard();
    throw err;
  }
}

/** The build into `outDir`; `listed` is its own (its list of files is emptied once they are extracted). */
async function buildInto(
  outDir: string,
  extraction: Extraction,
  inputs: string[],
  listed: InputList,
  opts: BuildOptions & { log: (line: string) => void; warn: (line: string) => void },
): Promise<BuildSummary> {
  const { log, warn } = opts;
  const { files, names, errors: refused } = nameInputs(inputs, listed.files);
  const errors = [...listed.errors, ...refused];
  const { notes } = listed;
  const failed = errors.map((e) => ({ file: e.file, message: e.message }));
  for (const e of errors) warn(`kg build: ${e.message}`);
  for (const n of notes) warn(`kg build: ${n}`);
  let problems = 0;

  // each article is written to articles.jsonl and handed to resolution as it comes, then
  // dropped: resolution keeps keys, counts and offsets; a text needed later (the import
  // files, the GEXF's sentences) is read back from the file by id
  let resolver: CorpusResolver | null = new CorpusResolver();
  let articles = 0;
  let out: ArticlesFile | null = null;
  try {
    try {
      out = new ArticlesFile(path.join(outDir, ARTICLES_FILE));
      // one file at a time (or a few per worker): its raw text is dropped once its articles are extracted
      // article ids are unique per input (src/ingest/ids.ts); an input whose ids an earlier one
      // already has (records carrying their own ids) is refused, never merged into that one
      const idFrom = new Map<string, string>();
      for await (const r of extraction.extract(files, names)) {
        const taken = r.ok ? r.records?.find((rec) => idFrom.has(rec.id)) : undefined;
        if (r.ok && taken) {
          const error = `${r.file}: article id ${taken.id} is already that of an article of ${idFrom.get(taken.id)}; not taken`;
          failed.push({ file: r.file, message: error });
          warn(`kg build: ${error}`);
        } else if (r.ok) {
          const recs = r.records ?? [];
          for (const rec of recs) idFrom.set(rec.id, r.file);
          out.append(recs);
          for (const rec of recs) resolver!.add(rec);
          articles += recs.length;
          for (const line of r.notes ?? []) warn(`kg build: ${line}`);
          for (const line of r.problems ?? []) warn(`kg build: ${line}`);
          problems += r.problems?.length ?? 0;
        } else {
          failed.push({ file: r.file, message: r.error });
          warn(`kg build: ${r.error}`);
        }
        if (files.length > 50 && (r.index + 1) % 500 === 0) log(`kg build: extracted ${r.index + 1}/${files.length} files`);
      }
      idFrom.clear();
    } finally {
      await extraction.close();
    }
    // the lists of input files and their names go with the extraction (100k bench files: 17 MiB)
    const fileCount = files.length;
    for (const list of [files, names, listed.files]) list.length = 0;
    log(`kg build: ${articles} articles from ${fileCount - (failed.length - errors.length)} of ${fileCount} files; resolving`);
    memoryLog('extraction');
    heapGrowthFor('graph');

    // what resolution kept of the articles, then its nodes and edges, go as soon as they are
    // used: from here on the graph is what is held
    let resolved: Required<ResolvedStream> | null = resolver.finishStream();
    resolver = null;
    memoryLog('resolution');
    // the MENTIONS edges (most of them) stay rows of numbers beside the graph
    const { graph, mentions, dropped } = graphApart(resolved, { iterations: opts.iterations, layout: opts.layout });
    resolved = null;
    memoryLog('the graph and its layout');
    const nodes = countBy(graph, 'node');
    const edges = countBy(graph, 'edge', mentions.size);
    const written = writeGraphFiles(graph, outDir, out, mentions);
    memoryLog('the files');
    return {
      outDir,
      files: fileCount,
      articles,
      failed,
      problems,
      nodes,
      edges,
      dropped: dropped.length,
      written: [ARTICLES_FILE, ...written].sort(),
      ms: 0,
    };
  } finally {
    out?.close();
  }
}

/**
 * Writes graph.json, the CSV files and graph.gexf; returns their names. `texts` are the
 * articles' texts by id (the Article nodes of the import files carry them; GEXF quotes a
 * sentence): a Map, or the build's articles.jsonl (ArticlesFile), read a text when it is written.
 * `mentions`: the graph's MENTIONS edges where they are apart from it (graphApart): the files
 * are those of the graph that held them.
 */
export function writeGraphFiles(graph: CorpusGraph, outDir: string, texts: ArticleTextSource = new Map(), mentions: MentionEdges | null = null): string[] {
  const written: string[] = [];
  // straight from the graph, a node or edge at a time: no serialized copy of it (a MENTIONS
  // edge is made from its row when written, once for each file)
  const members = () => graphMembers(graph, mentions?.edges());
  const build = writeJsonLines(path.join(outDir, GRAPH_FILE), members());
  written.push(GRAPH_FILE);
  memoryLog('graph.json');
  // the import files hold what kg load would write: the load plan of this graph.json, its rows
  // made from the graph as they are written (twice: once for the files' columns)
  const rows = function* (pass: 'columns' | 'write'): Generator<PlannedRow> {
    // the graph's keys are unique and its edges join its nodes: the planner need keep no keys
    const labelOf = (key: string) => graph.getNodeAttribute(key, 'type') as NodeLabel;
    for (const r of plannedRows(members() as unknown as SerializedGraph, GRAPH_FILE, build, labelOf)) {
      // an Article's text is read when its row is written, so the texts are never all in
      // memory at once (for the columns a string stands in: only its type counts there)
      const id = r.kind === 'node' && r.label === 'Article' ? r.row.key.slice('Article:'.length) : null;
      if (id !== null && texts.has(id)) {
        const text = pass === 'write' ? texts.get(id) : '';
        if (text !== undefined) r.row.props.text = text;
      }
      yield r;
    }
  };
  // the CSV files piece by piece, each appended as it comes
  const fds = new Map<string, number>();
  try {
    for (const { file, text } of importCsvPiecesOf(rows, GRAPH_FILE)) {
      let fd = fds.get(file);
      if (fd === undefined) {
        fd = fs.openSync(path.join(outDir, file), 'w');
        fds.set(file, fd);
        written.push(file);
      }
      fs.writeSync(fd, text);
    }
  } finally {
    for (const fd of fds.values()) fs.closeSync(fd);
  }
  memoryLog('the CSV files');
  const gexf = fs.openSync(path.join(outDir, GEXF_FILE), 'w');
  try {
    for (const piece of gexfPieces(graph, texts, mentions)) fs.writeSync(gexf, piece);
  } finally {
    fs.closeSync(gexf);
  }
  written.push(GEXF_FILE);
  memoryLog('graph.gexf');
  return written;
}

/** Nodes or edges by type; `mentions`: MENTIONS edges apart from the graph. */
function countBy(graph: CorpusGraph, what: 'node' | 'edge', mentions = 0): Record<string, number> {
  const counts: Record<string, number> = {};
  if (what === 'node') graph.forEachNode((_, a) => (counts[a.type] = (counts[a.type] ?? 0) + 1));
  else graph.forEachEdge((_, a) => (counts[a.type] = (counts[a.type] ?? 0) + 1));
  if (mentions) counts.MENTIONS = (counts.MENTIONS ?? 0) + mentions;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** The lines `kg build` prints: counts of nodes and edges by type. */
export function formatSummary(s: BuildSummary): string[] {
  const total = (r: Record<string, number | undefined>) => Object.values(r).reduce<number>((a, b) => a + (b ?? 0), 0);
  const row = (r: Record<string, number | undefined>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `nodes: ${total(s.nodes)} (${row(s.nodes)})`,
    `edges: ${total(s.edges)} (${row(s.edges)})`,
    ...(s.dropped ? [`relations not taken: ${s.dropped} (unknown entity or wrong endpoint types)`] : []),
    ...(s.failed.length ? [`failed files: ${s.failed.length}`] : []),
    `wrote ${s.written.length} files to ${s.outDir} in ${(s.ms / 1000).toFixed(1)} s`,
  ];
}

/** The graph of a `kg build` output folder. */
export function readGraph(outDir: string): CorpusGraph {
  const file = path.join(outDir, GRAPH_FILE);
  if (!fs.existsSync(file)) throw new InputError(file, `no ${GRAPH_FILE} here; run kg build first`, 'MISSING');
  // a node or edge a line: never the whole file as one string (./jsonl-graph.ts)
  const { value } = readJsonLines(file);
  return Graph.from(value as Parameters<typeof Graph.from>[0]) as CorpusGraph;
}
